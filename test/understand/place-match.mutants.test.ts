/**
 * Place matching on hand-built lists of known places. Each test builds its own list, and the
 * English names are used by no other test: the matcher caches patterns and pinyin by name, so a
 * name seen before would be read from a cache filled by earlier code.
 */
import { describe, expect, it } from 'vitest';
import { matchPlaces } from '../../src/understand/place-match.js';

const place = (issuer: string, ...aliases: string[]) => ({ issuer, aliases });

describe('matchPlaces: exact names', () => {
  it('lists a place named twice once, and a region list is optional', () => {
    expect(matchPlaces('杭州市和杭州市', [place('杭州市', '杭州')]).places).toEqual(['杭州市']);
  });

  it('reads the longest name first: "钱塘新区" is not "钱塘"', () => {
    const known = [place('钱塘区', '钱塘'), place('钱塘新区')];
    expect(matchPlaces('钱塘新区GDP', known).places).toEqual(['钱塘新区']);
  });

  it('never matches a one-character alias, which would match inside every word', () => {
    expect(matchPlaces('杭帮菜', [place('杭州市', '杭')]).places).toEqual([]);
  });

  it('matches an English name as a whole word only', () => {
    const known = [place('温斯敦市', 'Wenstown')];
    expect(matchPlaces('GDP of wenstown', known).places).toEqual(['温斯敦市']);
    expect(matchPlaces('Shanghai GDP', [place('温斯顿县', 'Winstonburg')]).places).toEqual([]);
  });
});

describe('matchPlaces: names that are no known place', () => {
  it('lists an unknown place-like name once, and only one with a place suffix', () => {
    const out = matchPlaces('火星市和火星市', [place('杭州市', '杭州')]);
    expect(out.unknown).toEqual(['火星市']);
  });

  it('finds an unknown name at the very end of the question', () => {
    expect(matchPlaces('火星市', [place('杭州市', '杭州')]).unknown).toEqual(['火星市']);
  });

  it('finds a suffixed name whatever the lengths of the known names', () => {
    expect(matchPlaces('火星市GDP', [place('呼和浩特市', '呼和浩特')]).unknown).toEqual(['火星市']);
  });

  it('a span marks only its own characters as taken: the name right after it is still read', () => {
    expect(matchPlaces('火星大市木星县', [place('杭州市', '杭州')]).unknown).toEqual(['火星大市', '木星县']);
  });

  it('lists unknown names in the order the question names them', () => {
    expect(matchPlaces('火星市与木星大县', [place('杭州市', '杭州')]).unknown).toEqual(['火星市', '木星大县']);
  });

  it('a name one character longer than a known one is not a near miss of it', () => {
    const out = matchPlaces('杭州大市', [place('杭州市')]);
    expect(out.suggestions).toEqual([]);
    expect(out.unknown).toEqual(['杭州大市']);
  });
});

describe('matchPlaces: near misses', () => {
  it('suggests each misspelled place once, and every one of them', () => {
    const known = [place('拱墅区'), place('杭州市', '杭州')];
    const out = matchPlaces('拱树区和杭洲市，拱树区', known);
    expect(out.suggestions.map((s) => [s.written, s.issuer])).toEqual([
      ['拱树区', '拱墅区'],
      ['杭洲市', '杭州市'],
    ]);
  });

  it('reads a four-character name by its sound', () => {
    const out = matchPlaces('乎和浩特GDP', [place('呼和浩特市', '呼和浩特')]);
    expect(out.suggestions).toEqual([{ written: '乎和浩特', issuer: '呼和浩特市', reason: 'pinyin' }]);
  });

  it('compares sounds without tones: 崩步市 sounds like 蚌埠市', () => {
    const out = matchPlaces('崩步市GDP', [place('蚌埠市')]);
    expect(out.suggestions).toEqual([{ written: '崩步市', issuer: '蚌埠市', reason: 'pinyin' }]);
  });

  it('a two-character name one character off, without a place suffix, is no near miss', () => {
    const out = matchPlaces('湖州GDP', [place('杭州市', '杭州')]);
    expect(out.suggestions).toEqual([]);
  });

  it('suggests an English word one letter off once', () => {
    const out = matchPlaces('wenstovn and wenstovn', [place('温斯敦市', 'Wenstown')]);
    expect(out.suggestions).toEqual([{ written: 'wenstovn', issuer: '温斯敦市', reason: 'edit' }]);
  });

  it('suggests an English near miss beside a Chinese one', () => {
    const out = matchPlaces('拱树区 and wenstovn', [place('拱墅区'), place('温斯敦市', 'Wenstown')]);
    expect(out.suggestions.map((s) => s.issuer)).toEqual(['拱墅区', '温斯敦市']);
  });

  it('compares English words only with English names of five letters or more', () => {
    // "Qi'anzhen" is not all letters: "qisanzhen", one letter off, is no near miss of it.
    expect(matchPlaces('qisanzhen GDP', [place('启安镇', "Qi'anzhen")]).suggestions).toEqual([]);
    expect(matchPlaces('qizanhen GDP', [place('启安镇', "Q'izanhen")]).suggestions).toEqual([]);
    expect(matchPlaces('qixanhenx GDP', [place('启安镇', "Qixanhen'")]).suggestions).toEqual([]);
  });
});
