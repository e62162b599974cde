import { describe, expect, it } from 'vitest';
import { spaceSeparatedToTabs } from '../../src/pipeline/spaceSeparatedColumns.ts';
import { toLines } from './helpers.ts';

describe('spaceSeparatedToTabs', () => {
  it('turns header-sized gaps into tabs and a double gap into an empty cell', () => {
    const lines = toLines('标题\n序号  工作内容  责任单位  完成时限\n1  内容甲。  民政局  2022年\n2  内容乙。      2023年');
    expect(spaceSeparatedToTabs(lines).map((l) => l.text)).toEqual(['标题', '序号\t工作内容\t责任单位\t完成时限', '1\t内容甲。\t民政局\t2022年', '2\t内容乙。\t\t\t2023年']);
  });
  it('leaves documents with tabs, or without a 序号 header, alone', () => {
    const tabbed = toLines('序号\t内容\n1  甲  乙');
    expect(spaceSeparatedToTabs(tabbed)).toBe(tabbed);
    const prose = toLines('一、总体要求\n\n  段落缩进  两个空格。');
    expect(spaceSeparatedToTabs(prose)).toBe(prose);
  });
});
