import { describe, expect, it } from 'vitest';
import { handWrittenReportsEngine, realCorpusEngine } from '../support/engine.js';

/**
 * Session 53: a year's result and its target stated in one sentence, over the seed reports (the plan's table row
 * "新增市级高层次人才(名)：年度目标1000以上，2022年完成1435，完成率143.5%").
 */
const today = new Date('2026-12-07');

describe('a result and its target stated in one sentence', () => {
  // The plan's table row "新增市级高层次人才(名)：年度目标1000以上，2022年完成1435，完成率143.5%" gives both: one citation, cited
  // for both (the answer was "error" before: the second citation was looked for and not there).
  it('"拱墅22年新增市级高层次人才 完成了年度目标的百分之几": both figures cited [1], and the rate the report writes', async () => {
    const answer = await (await realCorpusEngine()).ask('拱墅22年新增市级高层次人才 完成了年度目标的百分之几', { today });
    expect(answer.text.split('\n')[0]).toMatch(
      /新增市级高层次人才：实际1435名\[1\]，目标1000名以上\[1\]，高于目标（完成目标），完成率143\.5%/,
    );
    expect(answer.citations).toHaveLength(1);
    expect(new Set(answer.figures.map((f) => f.citationId))).toEqual(new Set([answer.citations[0].id]));
  });

  it('the target from a sentence of its own is cited by its own number', async () => {
    const engine = await handWrittenReportsEngine('s53-attain-', {
      '2025_ZJ_浙江省_政府工作报告.txt': [
        '2025年浙江省政府工作报告',
        '二、2025年工作安排',
        '2025年主要预期目标是：地区生产总值增长5.5%左右。',
      ],
      '2026_ZJ_浙江省_政府工作报告.txt': ['2026年浙江省政府工作报告', '一、2025年工作回顾', '全省地区生产总值达到9.2万亿元、增长5.6%。'],
    });
    const answer = await engine.ask('浙江2025年GDP增速完成目标了吗', { today });
    expect(answer.text.split('\n')[0]).toMatch(/实际增长5\.6%\[1\]，目标增长5\.5%左右\[2\]，高于目标0\.1个百分点（完成目标）/);
    expect(new Set(answer.figures.map((f) => f.citationId)).size).toBe(2);
  });
});
