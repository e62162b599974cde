import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8 } from '../../src/pipeline/decode.ts';
import { ingestErrorOf } from './helpers.ts';
import { detectLineEnding, segmentLines } from '../../src/pipeline/segment.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

const decodeError = (bytes: Uint8Array, file: string) => ingestErrorOf(() => decode(bytes, file));

describe('decode', () => {
  it('reads the UTF-8 seeds as UTF-8', () => {
    const { text, encoding } = decode(new Uint8Array(readFileSync(new URL('../../seeds/qiubei-2021.txt', import.meta.url))), 'q');
    expect(encoding).toBe('UTF-8');
    expect(text).toContain('丘北县深入推进医养结合发展实施方案');
  });

  it('decodes GB18030 with CRLF line ends', () => {
    const { text, encoding } = decode(fixture('good/gb18030-crlf.txt'), 'gb.txt');
    expect(encoding).toBe('GB18030');
    expect(text).toContain('新和县医养结合工作方案');
    expect(detectLineEnding(text)).toBe('CRLF');
    expect(segmentLines(text).every((l) => !l.text.includes('\r'))).toBe(true);
  });

  it('strips nothing but reports a UTF-8 BOM', () => {
    const { text, encoding } = decode(fixture('good/utf8-bom.txt'), 'bom.txt');
    expect(encoding).toBe('UTF-8 with BOM');
    expect(text.startsWith('北山县')).toBe(true);
  });

  it('splits CR-only line ends', () => {
    const { text } = decode(fixture('good/cr-only.txt'), 'cr.txt');
    expect(detectLineEnding(text)).toBe('CR');
    expect(segmentLines(text)[2]?.text).toBe('南河县医养结合工作方案');
  });

  it.each([
    ['bad/empty.txt', /bad\/empty\.txt: the file is empty; expected the text of a policy document/],
    ['bad/whitespace-only.txt', /whitespace-only\.txt: the file is empty/],
    ['bad/binary.txt', /binary\.txt:2: binary content \(byte 0x1a at offset 6\); expected a plain-text document/],
    ['bad/undecodable.txt', /undecodable\.txt:3: undecodable bytes at offset \d+; expected UTF-8 \(with or without BOM\) or GB18030\/GBK text/],
  ])('rejects %s with file, line and what was expected', (name, message) => {
    const err = decodeError(fixture(name), name);
    expect(err.message).toMatch(message);
    expect(err.file).toBe(name);
  });

  it('finds the first byte that breaks UTF-8', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('医养'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe5, 0x8c]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0x80]))).toBe(0);
  });
});
