import { describe, expect, it } from 'vitest';
import { quantityMention, respectiveMention } from '../../src/retrieve/indicator-mention.js';

describe('fresh-f: a 分别 list gives an indicator whose name it writes apart', () => {
  it('an item of the list with the shared measure after it', () => {
    expect(respectiveMention('全年交通、水利、能源、市政领域投资分别达200亿元、60亿元、170亿元、140亿元', '能源投资')).toBe(true);
    expect(respectiveMention('力争交通、水利领域投资额分别达240亿元、45亿元', '水利投资')).toBe(true);
  });

  it('an item with the measure after 分别’s verb', () => {
    expect(respectiveMention('交通、能源、水利分别完成投资325亿元、214亿元、74亿元', '水利投资')).toBe(true);
  });

  it('not the item inside another word, nor a sentence without 分别', () => {
    expect(respectiveMention('新能源、汽车投资分别增长10%、8%', '能源投资')).toBe(false);
    expect(respectiveMention('加快能源结构调整，扩大有效投资20亿元', '能源投资')).toBe(false);
  });

  it('so a quantity question about it finds the sentence', () => {
    expect(quantityMention('交通、能源、水利分别完成投资325亿元、214亿元、74亿元', ['水利投资'])).toBe(true);
  });
});
