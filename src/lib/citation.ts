// Citation strings for a provision: a plain Chinese form and a GB/T 7714-2015 electronic-resource form.
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';

type CitedDocument = Pick<PolicyDocument, 'title' | 'docNumber' | 'issuers' | 'dates'>;
type CitedProvision = Pick<Provision, 'label'>;

/** 《title》（文号）label — the form officials paste into their own drafts. */
export function plainCitation(doc: CitedDocument, provision: CitedProvision): string {
  return `《${doc.title}》${doc.docNumber ? `（${doc.docNumber}）` : ''}${provision.label}`;
}

/** GB/T 7714-2015 for an online document: Issuer. Title: 文号[EB/OL]. (date)[accessed]. URL. */
export function gbtCitation(doc: CitedDocument, provision: CitedProvision, url: string, accessed: string): string {
  const author = doc.issuers.length > 0 ? doc.issuers.join(', ') : '佚名';
  const date = doc.dates.issued ?? doc.dates.printed;
  const number = doc.docNumber ? `: ${doc.docNumber}` : '';
  return `${author}. ${doc.title}${number}[EB/OL]. ${date ? `(${date})` : ''}[${accessed}]. ${url}（${provision.label}）.`;
}
