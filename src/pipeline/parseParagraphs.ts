// Fallback parser: a document whose structure is not recognised becomes one provision per
// paragraph (never nothing), with metadata lines set aside and a warning naming the file.
import { claim } from './ledger.ts';
import { emptyDocument } from './emptyDocument.ts';
import { metadataRole } from './metadataLines.ts';
import type { ParsedProvision, SourceLine, StructureParser } from './types.ts';

/** Blank-line-separated blocks of non-blank lines. */
export function paragraphs(lines: SourceLine[]): SourceLine[][] {
  const out: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}

export const paragraphParser: StructureParser = {
  structure: 'paragraphs',
  detect: () => 0.01,
  parse(lines, file) {
    const doc = emptyDocument('paragraphs');
    doc.warnings.push(`${file}: structure not recognised; fell back to one provision per paragraph`);
    let titleTaken = false;
    for (const para of paragraphs(lines)) {
      const first = para[0]!;
      const role = para.length === 1 ? metadataRole(first.text) : null;
      if (role !== null || (!titleTaken && para.length === 1 && first.text.trim().length <= 60)) {
        const text = first.text.trim();
        doc.metadataText.push({ role: role ?? 'title', text, line: first.no });
        claim(doc.ledger, first.no, first.text, 'metadata');
        if (role === null) titleTaken = true;
        continue;
      }
      const provision: ParsedProvision = {
        key: String(doc.provisions.length + 1),
        label: `¶${doc.provisions.length + 1}`,
        headingPath: [],
        text: para.map((l) => l.text.trim()).join('\n'),
        leadAgencies: [],
        partnerAgencies: [],
        agencyNote: null,
        deadline: null,
        targets: [],
        lines: [first.no, para[para.length - 1]!.no],
      };
      for (const l of para) claim(doc.ledger, l.no, l.text, 'provision');
      doc.provisions.push(provision);
    }
    return doc;
  },
};
