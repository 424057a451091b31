import { describe, expect, it } from 'vitest';
import { qualifiersListed } from '../../src/lang/zh/follow-up-words.js';
import { govCorpusEngine } from '../support/engine.js';

describe('a follow-up that names several qualifiers', () => {
  it('is read only when it names them and nothing else', () => {
    expect(qualifiersListed('城镇和农村分别是多少')).toEqual(['城镇', '农村']);
    expect(qualifiersListed('农村、城镇各多少？')).toEqual(['农村', '城镇']);
    expect(qualifiersListed('农村的呢')).toEqual([]);
    expect(qualifiersListed('城镇和农村的差距')).toEqual([]);
    expect(qualifiersListed('城镇老旧小区和农村住房改造多少')).toEqual([]);
  });

  it("asks the conversation's indicator once for each, every value cited", async () => {
    const engine = await govCorpusEngine();
    const answer = await engine.ask('城镇和农村分别是多少', { history: ['江苏去年居民收入多少'], today: new Date('2026-12-01') });
    const lead = answer.text.split('\n')[0];
    expect(lead).toContain('江苏省2025年城镇居民人均可支配收入（实绩）：6.9万元');
    expect(lead).toContain('江苏省2025年农村居民人均可支配收入（实绩）：3.4万元');
    expect(answer.citations[0].sentence).toContain('城乡居民人均可支配收入分别达6.9万元、3.4万元');
  });
});
