// Lets `astro build` start the shared text during the content sync (src/reuse/sharedTextAhead.ts
// says why), and says at the end whether the pages used it. Other commands (dev, sync) never start it.
import type { AstroIntegration } from 'astro';
import { requestSharedTextAhead, sharedTextAheadMessage, sharedTextAheadReport } from '../reuse/sharedTextAhead.ts';

export default function sharedTextAhead(): AstroIntegration {
  return {
    name: 'yiyang:shared-text-ahead',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') requestSharedTextAhead();
      },
      'astro:build:done': ({ logger }) => {
        const line = sharedTextAheadMessage(sharedTextAheadReport());
        if (line) logger[line.level](line.message);
      },
    },
  };
}
