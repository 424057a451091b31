import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesFingerprint, STORED_RULE_DIRS } from '../../src/store/manifest.js';
import { openIndex } from '../../src/store/open-index.js';
import { corpusSandbox } from '../support/corpus-copy.js';

const LANG = path.resolve(import.meta.dirname, '../../src/lang');

describe('the rules fingerprint', () => {
  const sandbox = corpusSandbox();
  // A copy of the language layer, edited as a change to the glossary would edit it.
  const lang = path.join(sandbox.root, 'lang');
  cpSync(LANG, lang, { recursive: true });
  const glossaryFile = path.join(lang, 'zh', 'glossary.json');
  afterAll(() => rmSync(sandbox.root, { recursive: true, force: true }));

  it('covers the glossary and every file of the language layer, by default too', () => {
    expect(STORED_RULE_DIRS).toContain(LANG);
    expect(existsSync(path.join(LANG, 'zh', 'glossary.json'))).toBe(true);
    expect(rulesFingerprint([lang])).toBe(rulesFingerprint([LANG]));
    expect(rulesFingerprint()).toBe(rulesFingerprint(STORED_RULE_DIRS));
  });

  it('changes with any file added under a rule folder', () => {
    const before = rulesFingerprint([lang]);
    mkdirSync(path.join(lang, 'zh', 'new-words'), { recursive: true });
    writeFileSync(path.join(lang, 'zh', 'new-words', 'list.ts'), 'export const WORDS = [];\n');
    expect(rulesFingerprint([lang])).not.toBe(before);
    rmSync(path.join(lang, 'zh', 'new-words'), { recursive: true });
    expect(rulesFingerprint([lang])).toBe(before);
  });

  it('makes the index stale when the glossary is edited, and the index is rebuilt', async () => {
    const quiet = { log: () => {} };
    const first = await openIndex({ ...sandbox, ...quiet, rules: rulesFingerprint([lang]) });
    expect(first.built).toBe(true);
    expect(first.index.manifest.rules).toBe(rulesFingerprint([lang]));
    expect((await openIndex({ ...sandbox, ...quiet, rules: rulesFingerprint([lang]) })).built).toBe(false);

    const glossary = JSON.parse(readFileSync(glossaryFile, 'utf8')) as { indicators: Array<{ synonyms: string[] }> };
    glossary.indicators[0].synonyms.push('经济总盘子');
    writeFileSync(glossaryFile, JSON.stringify(glossary, null, 2));
    const messages: string[] = [];
    const edited = await openIndex({ ...sandbox, log: (m) => messages.push(m), rules: rulesFingerprint([lang]) });
    expect(edited.built).toBe(true);
    expect(messages.join('\n')).toMatch(/stale \(language or ingest rules changed\)/);
    expect(edited.index.manifest.rules).not.toBe(first.index.manifest.rules);
  });
});
