import { beforeAll, describe, expect, it } from 'vitest';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/** "固定资产投资下降3.3%" is a growth of −3.3%: ranked below every rise and shown as a fall. */
const today = new Date('2026-12-01');

describe('a fall in a ranking of growth rates', () => {
  beforeAll(() => govCorpusEngine(), 180_000);
  const firstLine = (question: string) => govFirstLine(question, today);

  it('ranks last among the rises, shown as 下降', async () => {
    const line = await firstLine('各省2025年进出口增速排名');
    expect(line).toMatch(/福建省 下降5\.4%/);
    expect(line.indexOf('福建省')).toBeGreaterThan(line.indexOf('广东省'));
  });

  it('is the lowest when the lowest is asked, never second-highest', async () => {
    expect(await firstLine('哪个省去年固定资产投资增长最慢')).toMatch(/最低：福建省 下降3\.3%/);
    expect(await firstLine('哪个省去年投资增长最快')).not.toMatch(/福建省 3\.3%/);
  });

  it('reads as a fall in English too', async () => {
    expect(await firstLine('Which province had the slowest trade growth in 2025?')).toMatch(/Fujian down 5\.4%/);
  });
});
