import { beforeAll, describe, expect, it } from 'vitest';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/** Session 16's English classes on the real corpus: the first line a reader sees (today pinned). */
const today = new Date('2026-12-01');
const firstLine = (question: string) => govFirstLine(question, today);

describe('English questions over the work reports (s16)', () => {
  beforeAll(() => govCorpusEngine(), 180_000);

  describe('qualifiers before a noun name the reports’ whole name', () => {
    it('"national advanced manufacturing clusters" cites the sentence writing 国家先进制造业集群 whole with its count', async () => {
      const engine = await govCorpusEngine();
      const answer = await engine.ask('number of national advanced manufacturing clusters in jiangsu', { today });
      expect(answer.text).toContain('国家先进制造业集群增至14个');
    });

    it('"national key labs" are 全国重点实验室 (44), not the 63 provincial ones', async () => {
      const line = await firstLine('How many national key labs does Jiangsu lead?');
      expect(line).toContain('44');
      expect(line).not.toContain('63');
    });
  });

  describe('the whole a share is taken of is no indicator asked', () => {
    it('"X as a share of GDP" answers X’s ratio, not GDP', async () => {
      const line = await firstLine('guangdong logistics costs as a share of gdp');
      expect(line).toContain('13.6%');
    });

    it('"the ratio of X to GDP" too', async () => {
      expect(await firstLine('What is the ratio of logistics costs to GDP in Guangdong?')).toContain('13.6%');
    });

    it('"share of services in household consumption spending" is 服务性消费支出’s share, not the service sector’s', async () => {
      const line = await firstLine('share of services in jiangsu household consumption spending');
      expect(line).toContain('46.3%');
    });
  });

  describe('"the plan for" a subject asks about that subject, not the outline', () => {
    it('Shandong’s provincial key projects (省级重点项目) this year', async () => {
      const line = await firstLine("What's the plan for Shandong's provincial key projects this year?");
      expect(line).not.toMatch(/priorities/);
      expect(line).toContain('省级重点项目');
    });

    it('Beijing’s output per worker in the next five-year plan: 58万元/人', async () => {
      const line = await firstLine("What's Beijing's target for output per worker in the next five-year plan?");
      expect(line).toContain('58万元/人');
    });

    it('a theme of the outline still asks the outline: "the plan for innovation"', async () => {
      expect(await firstLine("What's Zhejiang's plan for innovation this year?")).toMatch(/priorities/);
    });
  });

  describe('common economic words in the reports’ Chinese', () => {
    it('"welfare payments for low-income and destitute people": 救助资金 61.7亿元, no income indicator', async () => {
      expect(await firstLine('How much did Fujian pay out in welfare payments to low-income people in 2025?')).toContain('61.7亿元');
    });

    it('"new private businesses set up": 新设民营经营主体 39.2万户', async () => {
      expect(await firstLine('How many private businesses were set up in Shanghai last year?')).toContain('39.2万户');
    });
  });

  describe('an indicator named by its verb', () => {
    it('"How much does Shandong plan to invest in energy this year?" is 能源投资 2100亿元', async () => {
      expect(await firstLine('How much does Shandong plan to invest in energy this year?')).toContain('2100亿元');
    });
  });

  describe('China named in English is the country', () => {
    it('"good air days in Chinese cities in 2024" is the national 87.2%', async () => {
      expect(await firstLine('What share of days had good air quality in Chinese cities in 2024?')).toContain('87.2%');
    });
  });

  describe('a five-year plan asked: the review under the plan’s heading answers', () => {
    it('Jiangsu’s shantytown homes over the 14th plan: 73.5万套 (and so in Chinese)', async () => {
      expect(await firstLine('jiangsu shantytown homes redeveloped during the 14th five-year plan')).toContain('73.5万套');
      expect(await firstLine('江苏十四五期间完成棚户区改造多少套')).toContain('73.5万套');
    });
  });

  describe('a bare indicator word that is part of another name', () => {
    it('"one-thing services" unquoted are no service sector either: 65%', async () => {
      expect(await firstLine('How much did Anhui cut processing time for one-thing services?')).toContain('65%');
    });

    it("\"'get one thing done' services\" are no service sector: Anhui's processing time cut 65%", async () => {
      const line = await firstLine("How much did Anhui shorten processing time for its 'get one thing done' services?");
      expect(line).toContain('65%');
    });
  });
});
