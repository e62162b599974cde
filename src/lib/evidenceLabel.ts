import type { ThemeTag } from '../schemas/corpus.ts';

const WHERE: Record<ThemeTag['evidence'][number]['where'], string> = { heading: '标题', text: '正文', agency: '单位' };

/** "用地（正文）、划拨（标题）" — why a provision carries a theme, in a few words. */
export function evidenceLabel(tag: ThemeTag): string {
  if (tag.source === 'override') return `人工整理：${tag.reason ?? ''}`;
  return tag.evidence.map((e) => `${e.term}（${WHERE[e.where]}）`).join('、');
}
