import { describe, expect, it } from 'vitest';
import { findAgencyNotes, parseAgencyNote, splitAgencyNames } from '../../src/pipeline/agencyNote.ts';
import { canonicalMarker, matchMarker, toChineseNumeral } from '../../src/pipeline/numbering.ts';

describe('agency notes', () => {
  it('splits a note on 、 and ， keeping names as printed', () => {
    const note = parseAgencyNote('（责任单位：县发改局、民政局、自然资源局、住建局、卫健局，各乡〈镇〉人民政府）');
    expect(note?.leadAgencies).toEqual(['县发改局', '民政局', '自然资源局', '住建局', '卫健局', '各乡〈镇〉人民政府']);
    expect(note?.partnerAgencies).toEqual([]);
  });

  it('accepts a half-width colon and half-width brackets', () => {
    expect(parseAgencyNote('(责任单位:县卫健局,医保局)')?.leadAgencies).toEqual(['县卫健局', '医保局']);
    expect(parseAgencyNote('（责任单位:县民政局）')?.leadAgencies).toEqual(['县民政局']);
  });

  it('includes a directly following 。 in the note as printed', () => {
    const [note] = findAgencyNotes('相关扶持政策。（责任单位：县卫生健康局、县民政局）。');
    expect(note?.note).toBe('（责任单位：县卫生健康局、县民政局）。');
    expect(note?.start).toBe(7);
  });

  it('does not split inside round brackets within a note', () => {
    expect(parseAgencyNote('（责任单位：县民政局、各乡（镇）人民政府）')?.leadAgencies).toEqual(['县民政局', '各乡（镇）人民政府']);
  });

  it('keeps an unbalanced name as printed (江口 各乡镇<街道）)', () => {
    const note = parseAgencyNote('（责任单位：县卫生健康局、县医保局、各乡镇<街道）。');
    expect(note?.note).toBe('（责任单位：县卫生健康局、县医保局、各乡镇<街道）。');
    expect(note?.leadAgencies).toEqual(['县卫生健康局', '县医保局', '各乡镇<街道']);
  });

  it('separates lead and partner fields', () => {
    const note = parseAgencyNote('（牵头单位：县卫健局；配合单位：县民政局、县医保局）');
    expect(note?.leadAgencies).toEqual(['县卫健局']);
    expect(note?.partnerAgencies).toEqual(['县民政局', '县医保局']);
  });

  it('finds several notes and ignores an unclosed one', () => {
    expect(findAgencyNotes('甲。（责任单位：A）乙。（责任单位：B、C）').map((n) => n.leadAgencies)).toEqual([['A'], ['B', 'C']]);
    expect(findAgencyNotes('甲。（责任单位：A、B')).toEqual([]);
    expect(parseAgencyNote('正文（责任单位：A）')).toBeNull();
  });

  it('split names drop empty pieces', () => {
    expect(splitAgencyNames('A、、B， ')).toEqual(['A', 'B']);
  });
});

describe('numbering markers', () => {
  it.each([
    ['一、目标要求', 'section', 1, '一', '一、'],
    ['十三、其他', 'section', 13, '十三', '十三、'],
    ['（十三）注重规划引领', 'paren', 13, '（十三）', '（十三）'],
    ['(二)落实完善政策措施', 'paren', 2, '(二)', '(二)'],
    ['5.加大用地保障力度。', 'arabic', 5, '5.', '5.'],
    ['１．全角编号', 'arabic', 1, '１．', '１．'],
    ['3、顿号编号', 'arabic', 3, '3、', '3、'],
    ['（2）括号数字', 'paren-arabic', 2, '（2）', '（2）'],
  ])('%s', (text, kind, number, label, printed) => {
    expect(matchMarker(text)).toMatchObject({ kind, number, label, printed });
  });

  it('measures the marker in the printed text', () => {
    const m = matchMarker('１． 全角编号');
    expect(m?.length).toBe(3);
  });

  it.each(['2016年起，原国家卫生计生委', '一些试点单位', '（责任单位：县卫健局）', '为认真贯彻落实', '二级以上医院'])('%s has no marker', (text) => {
    expect(matchMarker(text)).toBeNull();
  });

  it('names expected markers', () => {
    expect(toChineseNumeral(21)).toBe('二十一');
    expect(toChineseNumeral(10)).toBe('十');
    expect(canonicalMarker('paren', 5)).toBe('（五）');
  });
});
