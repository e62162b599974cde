// The whole ingestion chain on the real seeds and on fixtures.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCorpus, ingestSeeds, listSeeds, loadGazetteer } from '../../src/pipeline/ingestCorpus.ts';
import { ingestDocument } from '../../src/pipeline/ingestDocument.ts';
import { paragraphParser } from '../../src/pipeline/parseParagraphs.ts';
import type { StructureParser } from '../../src/pipeline/types.ts';
import { ingestErrorOf, scratchDirs } from './helpers.ts';

const root = new URL('../..', import.meta.url).pathname;
const scratchDir = scratchDirs('ingest-');
const seeds = join(root, 'seeds');
const gazetteer = loadGazetteer(join(root, 'content/jurisdictions.yml'));
const corpus = ingestCorpus(seeds, gazetteer, root);
const byJurisdiction = (name: string) => {
  const found = corpus.documents.find((d) => d.document.jurisdiction.name === name);
  if (!found) throw new Error(`no document for ${name}`);
  return found;
};
const fixture = (name: string) => new Uint8Array(readFileSync(join(root, 'tests/fixtures', name)));
const squash = (s: string) => s.replace(/\s+/gu, '');

/**
 * In how many in-order pieces `text` occurs in `source` (greedy longest match), or null if it
 * does not. One piece means the text is verbatim; more means it was joined from separate places.
 */
function chunksInSource(text: string, source: string): number | null {
  let pieces = 0;
  let from = 0;
  let rest = text;
  while (rest.length > 0) {
    let len = rest.length;
    let at = -1;
    while (len > 0 && (at = source.indexOf(rest.slice(0, len), from)) < 0) len--;
    if (len === 0) return null;
    pieces++;
    from = at + len;
    rest = rest.slice(len);
  }
  return pieces;
}

const ingestError = ingestErrorOf;

describe('the five seeds', () => {
  it('each becomes a document of the expected structure', () => {
    const structures = Object.fromEntries(corpus.documents.map((d) => [d.document.jurisdiction.name, d.document.structure]));
    expect(structures).toEqual({
      中宁县: 'task-table',
      王益区: 'cell-table',
      丘北县: 'numbered-plan',
      江口县: 'numbered-plan',
      全国: 'forwarding-chain',
    });
  });

  it('has 57 provisions for 中宁, 29 for 王益 and one per numbered item elsewhere', () => {
    expect(byJurisdiction('中宁县').provisions).toHaveLength(57);
    expect(byJurisdiction('王益区').provisions).toHaveLength(29);
    expect(byJurisdiction('丘北县').provisions.map((p) => p.label)).toEqual([
      '一', ...'一二三四五六七八九十'.split('').map((n) => `（${n}）`),
      ...['十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一'].map((n) => `（${n}）`),
    ]);
    expect(byJurisdiction('江口县').provisions).toHaveLength(26);
    expect(byJurisdiction('全国').provisions.map((p) => p.id.split('/')[1])).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '4.1', '4.2']);
  });

  it('keeps every provision text as in its seed (ignoring whitespace)', () => {
    const rejoined: string[] = [];
    for (const { document, provisions } of corpus.documents) {
      const source = squash(readFileSync(join(root, document.source.path), 'utf8'));
      for (const p of provisions) {
        const chunks = chunksInSource(squash(p.text), source);
        expect(chunks, p.id).not.toBeNull();
        if (chunks! > 1) rejoined.push(p.id);
      }
    }
    // Only the table cells that the source splits across rows are stitched from two places.
    expect(rejoined).toEqual(['zhongning-2021/18', 'zhongning-2021/21', 'zhongning-2021/22']);
  });

  it('gives unique ids built from the slug and the provision number', () => {
    const ids = corpus.documents.flatMap((d) => d.provisions.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('qiubei-2021/13');
    expect(ids).toContain('zhongning-2021/43');
    expect(ids).toContain('jiangkou-2022/2.1.5');
    expect(ids).toContain('qiubei-2021/s1');
  });

  it('reads the metadata of each document', () => {
    const qiubei = byJurisdiction('丘北县').document;
    expect(qiubei).toMatchObject({
      title: '丘北县深入推进医养结合发展实施方案',
      docNumber: '丘政办发〔2021〕104号',
      issuers: ['丘北县人民政府办公室'],
      dates: { issued: '2021-07-23', printed: '2021-07-23' },
      kind: 'plan',
      jurisdiction: { name: '丘北县', province: '云南省', level: 'county' },
    });
    expect(qiubei.citedDocuments.map((c) => c.docNumber)).toEqual(['文卫健发〔2020〕181号', '国卫办老龄发〔2019〕17号']);

    const zhongning = byJurisdiction('中宁县').document;
    expect(zhongning).toMatchObject({
      title: '中宁县深入推进医养结合促进老年健康服务体系建设主要任务清单',
      docNumber: null,
      issuers: ['中宁县卫生健康局办公室'],
      dates: { issued: null, printed: '2021-02-26' },
      kind: 'task-list',
      jurisdiction: { level: 'county', province: '宁夏回族自治区' },
    });

    const wangyi = byJurisdiction('王益区').document;
    expect(wangyi).toMatchObject({ title: '王益区医养结合试点工作任务表', kind: 'task-list', period: { from: 2016, to: 2020 }, jurisdiction: { level: 'district', province: '陕西省' } });

    const jiangkou = byJurisdiction('江口县').document;
    expect(jiangkou).toMatchObject({ title: '江口县创建省级医养结合示范县工作实施方案', issuers: ['江口县人民政府'], dates: { issued: '2022-05-11' }, kind: 'plan' });
    expect(jiangkou.citedDocuments.map((c) => c.docNumber)).toEqual(['黔卫健函〔2022〕44号']);

    const national = byJurisdiction('全国').document;
    expect(national).toMatchObject({
      title: '关于推广医养结合试点工作典型经验的通知',
      docNumber: '国卫办老龄发〔2023〕3号',
      issuers: ['国家卫生健康委办公厅', '民政部办公厅'],
      dates: { printed: '2023-03-14' },
      kind: 'notice',
      jurisdiction: { level: 'national' },
    });
    expect(national.forwardingChain.map((l) => [l.docNumber, l.date])).toEqual([
      ['鞍卫发〔2023〕9号', '2023-03-31'],
      ['辽卫发〔2023〕8号', null],
      ['国卫办老龄发〔2023〕3号', '2023-03-14'],
    ]);
    expect(national.abolishedDocuments.map((a) => a.docNumber)).toEqual(['国卫办家庭发〔2016〕511号', '国卫办家庭函〔2016〕644号', '国卫办家庭函〔2016〕1004号']);
    for (const a of national.abolishedDocuments) expect(national.citedDocuments.map((c) => c.docNumber)).toContain(a.docNumber);
  });

  it('reports the repeated title after 江口\'s signature as an artefact, not a provision', () => {
    const { document, provisions } = byJurisdiction('江口县');
    const repeated = document.artefacts.filter((a) => a.kind === 'repeated-title-fragment');
    expect(repeated.map((a) => a.text).join('')).toContain('工作实施方案的通知');
    expect(provisions.some((p) => p.text.includes('工作实施方案的通知'))).toBe(false);
  });

  it('accounts for every character of each seed', () => {
    for (const { report } of corpus.documents) {
      const { source, ...used } = report.characters;
      expect(Object.values(used).reduce((a, b) => a + (b ?? 0), 0), report.file).toBe(source);
    }
  });
});

describe('ids are stable when other documents change', () => {
  it('adding, removing or renaming another document leaves every other id unchanged', () => {
    const dir = scratchDir();
    const names = listSeeds(seeds);
    for (const name of names.slice(1)) copyFileSync(join(seeds, name), join(dir, name));
    copyFileSync(join(seeds, names[0]!), join(dir, `renamed-${names[0]}`));
    copyFileSync(join(root, 'tests/fixtures/good/gb18030-crlf.txt'), join(dir, 'xinhe-2024.txt'));
    const changed = ingestCorpus(dir, gazetteer, root);
    const ids = (c: typeof corpus, skip: string) =>
      c.documents.filter((d) => !d.document.id.includes(skip)).flatMap((d) => d.provisions.map((p) => `${p.id}|${p.anchor}`));
    const first = names[0]!.replace(/\.txt$/u, '');
    expect(ids(changed, first).filter((id) => !id.startsWith('xinhe-2024/'))).toEqual(ids(corpus, first));
    expect(changed.documents.find((d) => d.document.id === `renamed-${first}`)?.provisions.length).toBe(
      corpus.documents.find((d) => d.document.id === first)?.provisions.length,
    );
  });
});

describe('encodings and layouts', () => {
  it.each(['gb18030-crlf.txt', 'utf8-bom.txt', 'cr-only.txt'])('reads %s as a numbered plan with agencies', (name) => {
    const { document, provisions } = ingestDocument({ file: `fixtures/${name}`, slug: 'fixture', bytes: fixture(`good/${name}`) }, gazetteer);
    expect(document.structure).toBe('numbered-plan');
    expect(provisions.map((p) => p.label)).toEqual(['（一）', '（二）', '（三）']);
    expect(provisions[1]?.text).toContain('国有划拨土地');
    expect(provisions[0]?.leadAgencies).toEqual(['县卫健局', '县民政局']);
    expect(document.jurisdiction.level).toBe('county');
  });

  it('reads a table whose cells are separated by runs of full-width spaces, with full-width digits', () => {
    const { document, provisions } = ingestDocument({ file: 'fixtures/fullwidth.txt', slug: 'dongpo-2024', bytes: fixture('good/fullwidth-spaces-table.txt') }, gazetteer);
    expect(document.structure).toBe('task-table');
    expect(provisions.map((p) => p.id)).toEqual(['dongpo-2024/1', 'dongpo-2024/2']);
    expect(provisions[1]).toMatchObject({ text: '各类养老机构与医疗卫生机构开展签约合作。', leadAgencies: ['民政局'], partnerAgencies: ['卫生健康局'], deadline: '２０２２年６月底' });
    expect(provisions[1]?.headingPath).toEqual(['（一）推进医养结合']);
  });

  it('keeps hostile text literally', () => {
    const { provisions, document } = ingestDocument({ file: 'fixtures/hostile.txt', slug: 'hostile', bytes: fixture('good/hostile.txt') }, gazetteer);
    const all = provisions.map((p) => `${p.text}${p.agencyNote ?? ''}`).join('\n');
    expect(all).toContain('<img src=x onerror=alert(1)>');
    expect(all).toContain('{alert(1)}');
    expect(all).toContain('[链接](javascript:alert(3))');
    expect(document.title).toContain('医养结合实施方案');
  });

  it('falls back to one provision per paragraph, with a warning naming the file', () => {
    const text = '东山县养老服务工作要点\n\n今年要完成养老服务设施建设。\n\n继续推进医养结合，加强人才培训。\n';
    const { document, provisions } = ingestDocument({ file: 'seeds/dongshan.txt', slug: 'dongshan', bytes: new TextEncoder().encode(text) }, gazetteer);
    expect(document.structure).toBe('paragraphs');
    expect(provisions.map((p) => p.text)).toEqual(['今年要完成养老服务设施建设。', '继续推进医养结合，加强人才培训。']);
    expect(document.warnings.join('\n')).toMatch(/seeds\/dongshan\.txt: structure not recognised; fell back to one provision per paragraph/);
  });
});

describe('metadata overrides', () => {
  const text = '---\ntitle: 东山县养老服务工作要点（2024）\njurisdiction:\n  name: 东山县\n  nameEn: Dongshan County\n  province: 福建省\n  provinceEn: Fujian\ndates:\n  issued: 2024-03-01\n---\n工作要点\n\n今年要完成养老服务设施建设。\n';
  it('applies a front-matter block and accounts for its lines', () => {
    const { document, report } = ingestDocument({ file: 'seeds/dongshan.txt', slug: 'dongshan', bytes: new TextEncoder().encode(text) }, gazetteer);
    expect(document.title).toBe('东山县养老服务工作要点（2024）');
    expect(document.jurisdiction).toMatchObject({ name: '东山县', nameEn: 'Dongshan County', province: '福建省', level: 'county' });
    expect(document.dates.issued).toBe('2024-03-01');
    expect(report.characters.metadata).toBeGreaterThan(0);
    // The front matter gives the English name and province: no call for a gazetteer entry.
    expect(document.warnings.filter((w) => w.includes('jurisdictions.yml'))).toEqual([]);
  });
  it('applies a sidecar .yml', () => {
    const plain = '东山县养老服务工作要点\n\n今年要完成养老服务设施建设。\n';
    const { document } = ingestDocument(
      { file: 'seeds/dongshan.txt', slug: 'dongshan', bytes: new TextEncoder().encode(plain), sidecar: { file: 'seeds/dongshan.yml', text: 'docNumber: 东政办〔2024〕1号\nkind: plan\n' } },
      gazetteer,
    );
    expect(document).toMatchObject({ docNumber: '东政办〔2024〕1号', kind: 'plan' });
  });
  it('rejects an unknown override key with file and line', () => {
    const bad = '---\ntitle: 东山县要点\nauthor: 某人\n---\n东山县要点\n\n正文一段。\n';
    const err = ingestError(() => ingestDocument({ file: 'seeds/dongshan.txt', slug: 'dongshan', bytes: new TextEncoder().encode(bad) }, gazetteer));
    expect(err.message).toMatch(/^seeds\/dongshan\.txt:2: metadata override/);
  });
});

describe('the character account', () => {
  it('stops the build when a parser loses text', () => {
    const lossy: StructureParser = {
      ...paragraphParser,
      detect: () => 1,
      parse(lines, file) {
        const doc = paragraphParser.parse(lines, file);
        // Drop the last paragraph, as a buggy parser might.
        const lost = doc.provisions.pop()!;
        doc.ledger = doc.ledger.filter((e) => e.line < lost.lines[0]);
        return doc;
      },
    };
    const text = '东山县养老服务工作要点\n\n今年要完成养老服务设施建设。\n\n这一段会被丢掉。\n';
    const err = ingestError(() => ingestDocument({ file: 'seeds/dongshan.txt', slug: 'dongshan', bytes: new TextEncoder().encode(text) }, gazetteer, [lossy]));
    expect(err.message).toMatch(/^seeds\/dongshan\.txt:5: the paragraphs parser did not account for every character of this line \(1 line\(s\) in all\); source: "这一段会被丢掉。"/u);
  });
});

describe('bad input stops the build with file, line and what was expected', () => {
  function seedDir(files: Record<string, Uint8Array | string>): string {
    const dir = scratchDir();
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  }
  const plan = readFileSync(join(root, 'tests/fixtures/good/utf8-bom.txt'));

  it.each([
    ['empty.txt', 'bad/empty.txt', /^empty\.txt: the file is empty; expected the text of a policy document$/],
    ['binary.txt', 'bad/binary.txt', /^binary\.txt:2: binary content .* expected a plain-text document/],
    ['undecodable.txt', 'bad/undecodable.txt', /^undecodable\.txt:3: undecodable bytes .* expected UTF-8 \(with or without BOM\) or GB18030\/GBK text$/],
  ])('%s', (name, fixtureName, message) => {
    const dir = seedDir({ [name]: fixture(fixtureName) });
    expect(ingestError(() => ingestCorpus(dir, gazetteer, dir)).message).toMatch(message);
  });

  it('two documents with the same id', () => {
    const dir = seedDir({ 'beishan-2024.txt': plan, 'beishan-2024.TXT': new Uint8Array([...plan, 0x0a]) });
    expect(ingestError(() => ingestCorpus(dir, gazetteer, dir)).message).toMatch(/^beishan-2024\.txt: duplicate document id "beishan-2024" \(also beishan-2024\.TXT\)/);
  });

  it('the same document twice under two names', () => {
    const dir = seedDir({ 'a-2024.txt': plan, 'b-2024.txt': plan });
    expect(ingestError(() => ingestCorpus(dir, gazetteer, dir)).message).toBe('b-2024.txt: duplicate document: same bytes as a-2024.txt; expected each document once');
  });

  it('a file name that cannot be an id', () => {
    const dir = seedDir({ '丘北 2021.txt': plan });
    expect(ingestError(() => ingestCorpus(dir, gazetteer, dir)).message).toMatch(/^丘北 2021\.txt: file name "丘北 2021" cannot be a document id; expected lowercase letters, digits and hyphens/);
  });

  it('collects every error for the ingest report', () => {
    const dir = seedDir({ 'empty.txt': '', 'good-2024.txt': plan, 'binary.txt': fixture('bad/binary.txt') });
    const { documents, errors } = ingestSeeds(dir, gazetteer, dir);
    expect(documents.map((d) => d.document.id)).toEqual(['good-2024']);
    expect(errors.map((e) => e.file)).toEqual(['binary.txt', 'empty.txt']);
  });
});
