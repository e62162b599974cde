// Imported (for its effect) by the base layout, so that a build starts its two worker threads
// (shared text and the pilot checklist: src/reuse/siteReuse.ts) as soon as the first page module
// loads, before Astro reads every route's paths. They used to start when a route that needs them
// was reached, and the build then waited for them with nothing else to do (about 20 s at 2,850
// documents). While they run, this thread collects the targets that the target and timeline routes
// share (targetsView, kept for the build). The dev server computes on demand instead.
import { siteChecklist, siteReuse } from '../reuse/siteReuse.ts';
import { targetsView } from '../components/who/targetsView.ts';
import { whoInputs } from '../components/who/whoInputs.ts';

if (!import.meta.env.DEV) {
  // Failures surface where the results are used.
  void siteReuse().catch(() => undefined);
  void siteChecklist().catch(() => undefined);
  // After the workers have been handed their data (a later turn of the event loop).
  setImmediate(() => void whoInputs().then(targetsView).catch(() => undefined));
}
