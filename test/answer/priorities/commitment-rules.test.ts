import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/ingest/types.js';
import { COMMITMENT_RULES, commitmentContext, commitmentScore } from '../../../src/answer/priorities/commitment-rules.js';
import { COMMITMENT_MIN, pickCommitments } from '../../../src/answer/priorities/commitments.js';
import { matchOutlines } from '../../../src/answer/priorities/match-outlines.js';
import { itemThemes } from '../../../src/answer/priorities/theme.js';

describe('commitment rules', () => {
  it.each(COMMITMENT_RULES.map((r) => [r.id, r] as const))('%s fires on its example', (_, rule) => {
    expect(rule.feature(commitmentContext(rule.example))).toBe(1);
  });

  it.each([
    ['quantity', '2025年是“十四五”规划收官之年'],
    ['binding-verb', '坚持把创新作为引领发展的第一动力'],
    ['bound-quantity', '全区常住人口120万人'],
    ['named-undertaking', '深化国资国企改革'],
    ['quoted-name', '深化国资国企改革，提高国企核心竞争力'],
    ['action-opening', '坚持把创新作为引领发展的第一动力'],
    ['stance-without-number', '坚持新增就业3万人以上'],
  ])('%s does not fire on "%s"', (id, text) => {
    const rule = COMMITMENT_RULES.find((r) => r.id === id)!;
    expect(rule.feature(commitmentContext(text))).toBe(0);
  });

  it('ranks a bound target above a named project above a stance', () => {
    const target = commitmentScore('确保签约50亿元以上项目2个');
    const project = commitmentScore('加快省飞机复合材料技术创新中心等项目建设');
    const stance = commitmentScore('坚持把创新作为引领发展的第一动力');
    expect(target).toBeGreaterThan(project);
    expect(project).toBeGreaterThan(stance);
    expect(target).toBeGreaterThanOrEqual(COMMITMENT_MIN);
    expect(stance).toBeLessThan(0);
  });
});

let paragraph = 0;
function sentence(text: string, isHeading = false): Sentence {
  paragraph += 1;
  return {
    id: `doc:${paragraph}`,
    docId: 'doc',
    text,
    norm: text,
    paragraph,
    index: 0,
    section: ['二、主要任务', '(一)聚焦创新驱动'],
    headingId: null,
    isHeading,
    period: '2025',
    kind: 'plan',
    source: 'text',
    span: { start: 0, end: text.length },
  };
}

describe('pickCommitments', () => {
  it('quotes the sentences with targets, in document order, and leaves the stance out', () => {
    const section = [
      sentence('坚持把创新作为引领发展的第一动力，全面塑造发展新优势。'),
      sentence('新引育市级以上海外领军人才50名，新增高技能人才3000名。'),
      sentence('推进杭州湾数字健康创新谷建设，打造创新策源地。'),
      sentence('力争2025年国家高新技术企业突破1500家。'),
    ];
    const picked = pickCommitments(section).map((s) => s.text);
    expect(picked[0]).toContain('海外领军人才50名');
    expect(picked).toContain('力争2025年国家高新技术企业突破1500家。');
    expect(picked).not.toContain(section[0].text);
    expect(picked.indexOf('力争2025年国家高新技术企业突破1500家。')).toBeGreaterThan(0);
  });

  it('quotes a measure without a number when the section holds no target', () => {
    const section = [sentence('坚持分类改革方向，处理好国企经济责任和社会责任关系。'), sentence('深化国资国企改革，提高国企核心竞争力。')];
    expect(pickCommitments(section).map((s) => s.text)).toEqual(['深化国资国企改革，提高国企核心竞争力。']);
  });

  it('quotes the sub-headings of a copy that kept nothing else', () => {
    const section = [sentence('提升产业质效', true), sentence('促进动能转换', true)];
    expect(pickCommitments(section).map((s) => s.text)).toEqual(['提升产业质效', '促进动能转换']);
  });

  it('quotes nothing from a section of stances alone', () => {
    expect(pickCommitments([sentence('坚持以人民为中心的发展思想，不断增强人民群众的获得感。')])).toEqual([]);
  });
});

describe('matching two outlines by theme', () => {
  const item = (heading: string) => ({ heading, themes: itemThemes(heading, []).map((t) => t.id) });
  it('pairs items about the same thing and names what only one side lists', () => {
    const a = ['(一)聚焦创新驱动,厚植内生发展新优势', '(二)聚焦品质提升,构建产城融合发展新格局', '(三)聚焦城市安全,实现社会治理新突破'].map(
      item,
    );
    const b = [
      '（一）以扩大需求为导向，着力巩固高质量发展态势',
      '（二）以科技创新为引领，全力打造智力密集型高地',
      '（三）以产城融合为路径，因地制宜发展新质生产力',
    ].map(item);
    const pairing = matchOutlines(a, b);
    expect(pairing.shared).toContainEqual([0, 1]);
    expect(pairing.shared).toContainEqual([1, 2]);
    expect(pairing.onlyA).toEqual([2]);
    expect(pairing.onlyB).toEqual([0]);
  });

  it('names an item’s theme from the glossary before the theme list', () => {
    expect(itemThemes('（一）提振消费，社会消费品零售总额稳步增长', [])[0].en).toMatch(/^Retail sales/);
    expect(itemThemes('(三)聚焦项目为王,培育领先发展新动能', [])[0].id).toBe('projects');
    // In the order the heading names them; at one place the longer word.
    expect(itemThemes('(四)聚焦共富新期待,大力推进公共服务惠民生保稳定', [])[0].id).toBe('livelihoods');
    expect(itemThemes('(七)聚焦城市安全,实现社会治理新突破', [])[0].id).toBe('safety');
    expect(itemThemes('6 努力建成钱塘人更加满意的高效政府', ['提升数智效能', '保持清廉作风'])[0].id).toBe('government');
    // A heading that names no theme takes its commitments'; with neither, none.
    expect(itemThemes('（五）持之以恒抓好落实', ['提升数智效能'])).toEqual([]);
    expect(itemThemes('(六)谱写新篇章', ['确保城镇新增就业3万人以上'])[0].id).toBe('livelihoods');
  });
});
