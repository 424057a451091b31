import { beforeAll, describe, expect, it } from 'vitest';
import { govCorpusEngine } from '../support/engine.js';

/**
 * Session 17: English follow-ups that switch to a subject of their own, and "the X one" naming another of
 * the same kind, on the real corpus (today pinned). Names are romanised (Zhongguancun, Xiong'an, Binhai) and
 * found in the reports by their pinyin.
 */
const today = new Date('2026-12-01');
const ask = async (question: string, history: string[] = []) => (await govCorpusEngine()).ask(question, { today, history });

describe('English follow-ups naming a subject or a name of their own (s17)', () => {
  beforeAll(() => govCorpusEngine(), 180_000);

  it('a romanised name alone is read in the reports’ characters: Zhongguancun park in Xiong’an is 雄安新区中关村科技园', async () => {
    const answer = await ask('How many companies moved into the Zhongguancun park in Xiong’an last year?');
    expect(answer.text.split('\n')[0]).toContain('132家');
  });

  it('a follow-up with a subject in words of its own asks that subject, not the earlier one with its words added', async () => {
    const history = ['How many multinational drug companies joined Beijing’s pharma innovation park last year?'];
    const answer = await ask('And how many companies moved into the Zhongguancun park in Xiong’an?', history);
    expect(answer.notFound).toBeFalsy();
    expect(answer.text.split('\n')[0]).toContain('132家');
  });

  it('"What about the Tianjin Binhai one?" asks the same of 天津滨海-中关村科技园 in Beijing’s report, not Tianjin', async () => {
    const history = [
      'How many multinational drug companies joined Beijing’s pharma innovation park last year?',
      'And how many companies moved into the Zhongguancun park in Xiong’an?',
    ];
    const answer = await ask('What about the Tianjin Binhai one?', history);
    expect(answer.notFound).toBeFalsy();
    expect(answer.text.split('\n')[0]).toContain('689家');
  });

  it('a follow-up of slots alone still keeps the earlier subject', async () => {
    const answer = await ask('And in 2024?', ['How many companies moved into the Zhongguancun park in Xiong’an last year?']);
    expect(answer.text).toContain('雄安');
  });
});

describe('"Same for X?" asks the earlier English question of X (s17)', () => {
  beforeAll(() => govCorpusEngine(), 180_000);

  it('after a count the glossary does not name, the count of the same thing leads, in its unit', async () => {
    const answer = await ask('Same for Shandong?', ['How many dilapidated rural homes did Anhui renovate last year?']);
    const line = answer.text.split('\n')[0];
    expect(line).toContain('1.1万户');
    // Not the village clinics (村卫生室 2.1万个) counted first in the same sentence.
    expect(line).not.toContain('2.1万个');
  });

  it('after an indicator the glossary names, as before', async () => {
    const answer = await ask('Same for Zhejiang?', ['How many elderly care beds did Jiangsu add last year?']);
    expect(answer.text.split('\n')[0]).toContain('Zhejiang');
  });
});
