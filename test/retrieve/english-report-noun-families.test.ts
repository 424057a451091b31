import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['江苏省', '浙江省', '安徽省', '北京市', '广东省', '福建省']);
const TODAY = { today: new Date('2026-12-02') };
const search = (q: string) => understandQuery(q, PLACES, TODAY).searchText;

describe('families of English report nouns', () => {
  it('housing renewal: old compounds, shantytowns, illegal construction, elevators', () => {
    expect(search('How many old neighborhoods did Zhejiang renovate?')).toContain('老旧小区');
    expect(search('jiangsu shanty towns rebuilt')).toContain('棚户区');
    expect(search('illegal structures demolished in beijing')).toMatch(/违法建设/);
    expect(search('anhui lifts installed')).toContain('电梯');
  });

  it('ecology and utilities: afforestation, green space ratio, waste recycling, tap water, rural roads', () => {
    expect(search('tree planting in anhui 2024')).toContain('造林');
    expect(search('beijing green space ratio')).toContain('绿地率');
    expect(search('garbage recycling rate in shanghai')).toContain('生活垃圾回收利用率');
    expect(search('fujian rural tap water coverage')).toContain('自来水');
    expect(search('rural roads built in jiangsu')).toContain('农村公路');
  });

  it('energy, education, health, transport: green power trading, high school admission, procurement, e-buses', () => {
    expect(search('green electricity trading in zhejiang')).toContain('绿电交易');
    expect(search('senior high school admission rate fujian')).toContain('普通高中录取率');
    expect(search('volume-based procurement drug price cuts')).toMatch(/集采/);
    expect(search('share of electric buses in beijing')).toContain('新能源公交车');
  });

  it('a longer noun wins over the shorter one inside it', () => {
    const q = search('anhui rural migrants settled in towns');
    expect(q).toContain('农业转移人口');
    expect(q).not.toContain('外来');
    expect(search('jiangsu young talents attracted')).toContain('青年人才');
  });
});
