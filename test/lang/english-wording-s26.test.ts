import { describe, expect, it } from 'vitest';
import { moneyThresholdsIn, thresholdSpellings } from '../../src/lang/en/english-money-thresholds.js';
import { asksForQuantity } from '../../src/lang/zh/question-words.js';
import { NATIONAL_RANK_CONTEXT } from '../../src/lang/zh/place-words.js';
import { STREAK_LENGTH_QUESTION, STREAK_QUESTION } from '../../src/lang/zh/span-words.js';

describe('an amount joined to its yuan by a hyphen', () => {
  it('is a class of things, with or without digits ("trillion-yuan industries": 万亿级)', () => {
    expect(moneyThresholdsIn('number of trillion-yuan industries')).toEqual([
      { written: 'trillion-yuan', at: 10, chinese: thresholdSpellings(1e12) },
    ]);
    expect(thresholdSpellings(1e12)).toContain('万亿级');
    expect(moneyThresholdsIn('hundred-billion-yuan clusters')[0]?.chinese).toContain('千亿级');
    expect(moneyThresholdsIn('100-billion-yuan clusters')[0]?.chinese).toContain('千亿级');
  });

  it('but an amount compared, written without the hyphen, is no class', () => {
    expect(moneyThresholdsIn('was GDP 5 trillion yuan')).toEqual([]);
    expect(thresholdSpellings(1e4)).not.toContain('万级');
  });
});

describe('English words asking a rank', () => {
  it('ask a figure', () => {
    expect(asksForQuantity('Where did Anhui rank nationally in 2025?')).toBe(true);
    expect(asksForQuantity('Yunnan ranks where for aluminium')).toBe(true);
    expect(asksForQuantity('Tell me about Yunnan’s frankness')).toBe(false);
    expect(asksForQuantity('Which had more new firms, Zhejiang or Jiangsu?')).toBe(true);
    expect(asksForQuantity('Did Zhejiang or Jiangsu add more firms?')).toBe(true);
    expect(asksForQuantity('Tell me about Zhejiang or Jiangsu')).toBe(false);
  });

  it('"rank in China" is the scope a rank is counted in', () => {
    expect(NATIONAL_RANK_CONTEXT.test('Where does Yunnan rank in China for aluminium?')).toBe(true);
    expect(NATIONAL_RANK_CONTEXT.test('Yunnan aluminium capacity ranked first in China')).toBe(true);
    expect(NATIONAL_RANK_CONTEXT.test('What was the GDP of China in 2024?')).toBe(false);
  });
});

describe('a streak asked in months', () => {
  it('asks a streak and its length ("持续了几个月", "连续多少个月")', () => {
    for (const q of ['两位数增长持续了几个月', '连续多少个月保持增长', '持续多少年']) {
      expect(STREAK_QUESTION.test(q)).toBe(true);
      expect(STREAK_LENGTH_QUESTION.test(q)).toBe(true);
    }
    expect(STREAK_QUESTION.test('增长了多少')).toBe(false);
  });
});

describe('a correction that names its slot before the denial', () => {
  it('is read as what it says was meant, without what it says it was not', async () => {
    const { correctedPart } = await import('../../src/lang/zh/correction-words.js');
    expect(correctedPart('年份打错了 应该是26年不是25')).toBe('26年');
    expect(correctedPart('地方搞错了，应该是江苏不是浙江')).toBe('江苏');
    expect(correctedPart('不对，我问的是浙江')).toBe('浙江');
    // A restatement that is all denial keeps its words.
    expect(correctedPart('不对，是不是浙江')).toBe('不是浙江');
    expect(correctedPart('年份是多少')).toBeNull();
  });
});

describe('an English follow-up asking the same of another place', () => {
  it('reads as a follow-up ("how does Fujian stack up that year?", "how did Jiangsu compare?")', async () => {
    const { endsAsFollowUp } = await import('../../src/lang/zh/follow-up-words.js');
    expect(endsAsFollowUp('how does Fujian stack up that year?')).toBe(true);
    expect(endsAsFollowUp('and how did Jiangsu compare?')).toBe(true);
    expect(endsAsFollowUp('how did Shanghai fare?')).toBe(true);
    expect(endsAsFollowUp('How does Fujian plan to stack up its reserves of grain?')).toBe(false);
  });
});

describe('the noun a count asks of', () => {
  it('is what its measure is followed by, up to a mark or a particle', async () => {
    const { countedNounAsked } = await import('../../src/lang/zh/asked-shape-words.js');
    expect(countedNounAsked('福建24年给县域重点产业链出了几条举措')).toBe('举措');
    expect(countedNounAsked('山东25年推动多少个项目投产达效？')).toBe('项目投产达效');
    expect(countedNounAsked('浙江有几家呢')).toBeNull();
    expect(countedNounAsked('GDP是多少')).toBeNull();
  });

  it('and a size’s subject is what its measure is written after', async () => {
    const { measuredSubjectAsked } = await import('../../src/lang/zh/asked-shape-words.js');
    expect(measuredSubjectAsked('国家创业投资引导基金去年在大湾区设的区域基金规模多大')).toBe('区域基金');
    expect(measuredSubjectAsked('经济总量是多少')).toBe('经济');
    expect(measuredSubjectAsked('GDP增长多少')).toBeNull();
  });
});

describe('everyday words of a plan and of units', () => {
  it('平米 is 平方米 and a verb’s 掉 goes; 要 before a verb of work asks the plan', async () => {
    const { toReportWording } = await import('../../src/lang/zh/colloquial-phrasings.js');
    expect(toReportWording('违法建设要治理掉多少万平米')).toBe('违法建设要治理多少万平方米');
    expect(toReportWording('新建多少平方米')).toBe('新建多少平方米');
    const { asksForPlan } = await import('../../src/lang/zh/intent-words.js');
    expect(asksForPlan('违法建设要治理多少')).toBe(true);
    expect(asksForPlan('绿色能源要占多少')).toBe(true);
    expect(asksForPlan('需要建多少个基站')).toBe(false);
  });
});

describe('a streak counted in times or editions', () => {
  it('is asked by 连续几次 / 连续几届', () => {
    expect(STREAK_LENGTH_QUESTION.test('考核连续几次优秀')).toBe(true);
    expect(STREAK_LENGTH_QUESTION.test('梅花奖连续多少届')).toBe(true);
  });
});
