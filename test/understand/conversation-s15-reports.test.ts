import { beforeAll, describe, expect, it } from 'vitest';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/**
 * The follow-ups of conversation-s15.test.ts asked of the real reports (an engine from the suite's global setup):
 * a file of their own, so the hand-built cases there stay in the mutation set (vitest.mutation.config.ts).
 * Today pinned: 今年 2026, 去年 2025, 前年 2024.
 */
const today = new Date('2026-12-03');

describe('on the reports', () => {
  beforeAll(() => govCorpusEngine(), 180_000);

  it('"今年计划呢" after 上海’s 2025 parks leads with the 2026 target of 100 parks', async () => {
    expect(await govFirstLine('今年计划呢', today, ['上海去年新增公园多少座'])).toMatch(/上海市2026年新增公园（目标）：100座/);
  });

  it('"今年要建多少" after 上海’s 2025 parks leads with the 2026 figure of 100 parks', async () => {
    expect(await govFirstLine('今年要建多少', today, ['上海去年新增公园多少座'])).toMatch(/上海市2026年新增公园.*100座/);
  });

  it('"前年呢" after 浙江’s 2025 和美乡村覆盖率 leads with 2024’s 51.7%', async () => {
    expect(await govFirstLine('前年呢', today, ['浙江去年和美乡村覆盖率多少'])).toMatch(/浙江省2024年.*51\.7%/);
  });

  it('"广东24年呢" after 江苏’s 首店 leads with 广东’s 800 first stores', async () => {
    expect(await govFirstLine('广东24年呢', today, ['江苏去年引进首店多少家'])).toMatch(/广东省2024年.*首店.*800家/);
  });

  it('"前年呢" after 上海’s 2025 美丽街区 leads with 2024’s 102 (not a refusal)', async () => {
    expect(await govFirstLine('前年呢', today, ['上海去年美丽街区建了多少个'])).toMatch(/上海市2024年.*美丽街区.*102个/);
  });

  it('"完成了没有" after 浙江’s 2025 target sets the result (73%) beside the target (60%以上), both cited', async () => {
    const engine = await govCorpusEngine();
    const answer = await engine.ask('完成了没有', { today, history: ['浙江25年和美乡村覆盖率目标多少'] });
    const [lead] = answer.text.split('\n');
    // The subject outside the glossary is read like an indicator: result beside target, with the verdict.
    expect(lead).toMatch(/和美乡村覆盖率：实际73%\[1\]，目标60%以上\[2\]/);
    const cited = answer.citations.map((c) => c.sentence);
    expect(cited.some((s) => s.includes('和美乡村覆盖率达73%'))).toBe(true);
    expect(cited.some((s) => s.includes('和美乡村覆盖率达60%以上'))).toBe(true);
  });
});
