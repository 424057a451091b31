import { describe, expect, it } from 'vitest';
import { pinyinNameRuns } from '../../src/lang/en/english-proper-names.js';
import { asksInFutureTense } from '../../src/lang/en/english-future-wording.js';
import { ENGLISH_STOP_WORDS } from '../../src/lang/en/stop-words.js';
import { withoutAmountAsked } from '../../src/lang/zh/asked-shape-words.js';
import { asksForPlan } from '../../src/lang/zh/intent-words.js';
import { NUMBER_IN_WORDS } from '../../src/lang/zh/generic-words.js';

describe('names romanised in several words', () => {
  const none = () => false;
  it('are runs of two or three capitalised pinyin words, joined', () => {
    expect(pinyinNameRuns("Hunan 'Xu Teli' county high schools", none)).toEqual([{ words: ['xu', 'teli'], sound: 'xuteli', at: 7 }]);
    expect(pinyinNameRuns('the Wan Ping Cheng area', none).map((r) => r.sound)).toEqual(['wanpingcheng']);
  });

  it('are not single words, runs of four, lower-case words, words that are no pinyin, or words of other kinds', () => {
    expect(pinyinNameRuns('How many Teli schools', none)).toEqual([]);
    expect(pinyinNameRuns('A Bo Ce Di Fa', none)).toEqual([]);
    expect(pinyinNameRuns('xu teli schools', none)).toEqual([]);
    expect(pinyinNameRuns('Xu Starbucks stores', none)).toEqual([]);
    expect(pinyinNameRuns('Hunan Xu Teli', (w) => w === 'hunan').map((r) => r.sound)).toEqual(['xuteli']);
    // A quote, a comma or a full stop ends a run: "Xu" and "Teli" apart are two words.
    expect(pinyinNameRuns('Xu, Teli', none)).toEqual([]);
  });
});

describe('work under way', () => {
  it('asks the plan in the progressive of doing verbs', () => {
    expect(asksInFutureTense('How much land is Jilin restoring in 2025?')).toBe(true);
    expect(asksInFutureTense('How many old communities are they renovating this year?')).toBe(true);
    expect(asksInFutureTense('How many teachers is Yunnan recruiting?')).toBe(true);
  });

  it('not in the progressive of a figure’s movement, nor in the past', () => {
    expect(asksInFutureTense('How fast is the economy expanding?')).toBe(false);
    expect(asksInFutureTense('How much land did Jilin restore in 2025?')).toBe(false);
  });
});

describe('adverbs of emphasis', () => {
  it('name no subject ("actually landed": the verb is read, not 其实)', () => {
    for (const w of ['actually', 'really', 'truly', 'indeed', 'already']) expect(ENGLISH_STOP_WORDS.has(w), w).toBe(true);
  });
});

describe('the asking of how many inside a phrase', () => {
  it('is taken out with its counter, joining the verb and its noun', () => {
    expect(withoutAmountAsked('营业性演出吸引了多少观众')).toBe('营业性演出吸引观众');
    expect(withoutAmountAsked('新增了多少座公园')).toBe('新增公园');
    expect(withoutAmountAsked('认定了几名人才')).toBe('认定人才');
  });

  it('leaves 人 (人才, 人次) to the noun after it', () => {
    expect(withoutAmountAsked('认定了多少人才')).toBe('认定人才');
    expect(withoutAmountAsked('接待多少人次')).toBe('接待人次');
  });
});

describe('a bound', () => {
  it('set ahead asks a target; reached after a change made (了) does not', () => {
    expect(asksForPlan('赤字率不超过多少')).toBe(true);
    expect(asksForPlan('审批时间压到了不超过多少个工作日')).toBe(false);
    expect(asksForPlan('降到了不低于多少')).toBe(false);
  });
});

describe('numbers written in words', () => {
  it('are read with their measure', () => {
    for (const w of ['一个多月', '几天', '一家', '十多', '两年多']) expect(NUMBER_IN_WORDS.test(w), w).toBe(true);
    for (const w of ['一体化', '开办', '企业', '三北', '五个', '一卡通']) expect(NUMBER_IN_WORDS.test(w), w).toBe(false);
  });
});
