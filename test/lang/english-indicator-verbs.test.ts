import { describe, expect, it } from 'vitest';
import { indicatorsNamedByVerb } from '../../src/lang/zh/english-indicator-verbs.js';

describe('indicators an English question names by a verb', () => {
  it('reads jobs created or added as new urban jobs', () => {
    expect(indicatorsNamedByVerb('Which province created the most jobs?')).toEqual(['城镇新增就业']);
    expect(indicatorsNamedByVerb('How many jobs did Jiangsu add in 2025?')).toEqual(['城镇新增就业']);
  });

  it('reads vehicles produced or made, either way round, as new energy vehicle output', () => {
    expect(indicatorsNamedByVerb('How many new energy vehicles did Anhui produce in 2024?')).toEqual(['新能源汽车产量']);
    expect(indicatorsNamedByVerb('How many NEVs were made in Anhui?')).toEqual(['新能源汽车产量']);
    expect(indicatorsNamedByVerb('Did Anhui manufacture more EVs?')).toEqual(['新能源汽车产量']);
  });

  it('reads grain produced or harvested as grain output', () => {
    expect(indicatorsNamedByVerb('How much grain did Jiangsu produce in 2024?')).toEqual(['粮食产量']);
  });

  it('names nothing for a verb without its noun, or a noun without its verb', () => {
    expect(indicatorsNamedByVerb('What did Anhui produce in 2024?')).toEqual([]);
    expect(indicatorsNamedByVerb('How many new energy vehicles are on the road?')).toEqual([]);
    expect(indicatorsNamedByVerb('What is the weather in Beijing?')).toEqual([]);
  });
});
