import { describe, expect, it } from 'vitest';
import { loadLiveConfig } from '../../src/serve/live-config.js';

describe('loadLiveConfig', () => {
  it('watches the corpus unless WATCH_CORPUS turns it off', () => {
    expect(loadLiveConfig({}).watchCorpus).toBe(true);
    for (const on of ['1', 'true', ' ON ']) expect(loadLiveConfig({ WATCH_CORPUS: on }).watchCorpus, on).toBe(true);
    for (const off of ['0', 'false', 'off', 'No']) expect(loadLiveConfig({ WATCH_CORPUS: off }).watchCorpus, off).toBe(false);
  });

  it('refuses a value it cannot read rather than guessing', () => {
    expect(() => loadLiveConfig({ WATCH_CORPUS: 'sometimes' })).toThrow(/WATCH_CORPUS must be 1 or 0/);
  });
});
