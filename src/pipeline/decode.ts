// Stage 1: bytes → text. Detects UTF-8 (with or without BOM) and GB18030/GBK, refuses empty,
// binary and undecodable input with a message naming the file and, where it can, the line.
import { IngestError } from './IngestError.ts';

export interface DecodedText {
  text: string;
  encoding: 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';
}

/** 1-based line number of a byte offset, counting LF, CRLF and CR as line ends. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1 if the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

const hasBinaryControl = (bytes: Uint8Array): number => {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    // NUL and the C0 controls other than tab, LF, VT, FF, CR and ESC do not occur in text files.
    if (b === 0 || (b < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(b))) return i;
  }
  return -1;
};

export function decode(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0 || /^[\s\uFEFF]*$/u.test(new TextDecoder('utf-8').decode(bytes))) {
    throw new IngestError(file, null, 'the file is empty; expected the text of a policy document');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  const control = hasBinaryControl(bytes);
  if (control >= 0) {
    throw new IngestError(
      file,
      lineOfByte(bytes, control),
      `binary content (byte 0x${bytes[control]!.toString(16).padStart(2, '0')} at offset ${control}); expected a plain-text document in UTF-8 or GB18030`,
    );
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const badUtf8 = firstInvalidUtf8(body);
  if (badUtf8 < 0) return { text: new TextDecoder('utf-8').decode(body), encoding: bom ? 'UTF-8 with BOM' : 'UTF-8' };
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'GB18030' };
  } catch {
    const offset = badUtf8 + (bom ? 3 : 0);
    throw new IngestError(
      file,
      lineOfByte(bytes, offset),
      `undecodable bytes at offset ${offset}; expected UTF-8 (with or without BOM) or GB18030/GBK text`,
    );
  }
}
