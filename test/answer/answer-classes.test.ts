import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import type { Answer } from '../../src/answer/schema.js';
import { govCorpusEngine } from '../support/engine.js';

/**
 * Answer-side failure classes a fresh question set found: attainment (target against result),
 * verdicts (ties, 一样吗), leads of the wrong shape or subject, and mislabelled values. Over the
 * corpus plus the work reports.
 */
const today = new Date('2026-12-01');
let engine: Engine;

beforeAll(async () => {
  engine = await govCorpusEngine();
}, 120_000);

const ask = (question: string): Promise<Answer> => engine.ask(question, { today });
const firstLine = async (question: string): Promise<string> => (await ask(question)).text.split('\n')[0];

describe('whether a target was attained', () => {
  it('sets the year’s growth target against its growth, each cited, with the verdict', async () => {
    const answer = await ask('北京去年经济增速完成目标了吗');
    const lead = answer.text.split('\n')[0];
    expect(lead).toMatch(/实际增长5\.4%\[1\]，目标增长5%左右\[2\]，高于目标0\.4个百分点（完成目标）/);
    expect(answer.citations[0].sentence).toContain('5.4%');
    expect(answer.citations[1].sentence).toContain('5%左右');
    expect(answer.citations[1].kind).toBe('plan');
  });

  it('says a missed target is missed, by how much', async () => {
    expect(await firstLine('拱墅22年GDP完成目标了吗')).toMatch(/实际增长1\.5%.*目标增长7%.*低于目标5\.5个百分点（未完成目标）/);
  });

  it('compares a rate’s level with its level, and a ceiling is met below it', async () => {
    const lead = await firstLine('浙江25年失业率控制目标完成了吗');
    expect(lead).toMatch(/实际4\.6%.*目标5%以内.*（完成目标）/);
    expect(lead).not.toContain('增长');
  });

  it('never sets a share or another figure against a growth target', async () => {
    const lead = await firstLine('山东2025年GDP实现目标了吗');
    expect(lead).toMatch(/^山东省2025年地区生产总值：实际增长5\.5%/);
  });

  it('reads an English growth target as the economy’s', async () => {
    expect(await firstLine('did Zhejiang hit its 2025 growth target?')).toMatch(/actual growth 5\.5% \[1\], target growth 5\.5%/);
  });
});

describe('verdicts', () => {
  it('says places that tie at the top of a ranking are tied', async () => {
    expect(await firstLine('哪个省2025年GDP增速最高')).toMatch(/^2025年实绩最高：[^；]+、[^；]+（并列）；其后/);
  });

  it('says whether two targets are the same, a range not being its low end', async () => {
    expect(await firstLine('浙江和江苏今年GDP目标一样吗')).toMatch(/不一样。浙江省更高：5–5\.5% 对 5%/);
    expect(await firstLine('北京跟上海今年GDP目标一样吗')).toMatch(/两者相同：5%左右 对 5%左右/);
  });
});

describe('the lead has the asked shape and subject, or says none was found', () => {
  it('a share question leads with the share, not the growth beside it', async () => {
    expect(await firstLine('钱塘区数字经济核心产业占GDP多少')).toMatch(/占GDP比重（实绩）：12\.8%/);
  });

  it('a rank question leads with the rank', async () => {
    expect(await firstLine('安徽研发投入强度全国第几')).toMatch(/全国第7位/);
  });

  it('a rank counted in things leads a rank question about the thing named, in the scope asked', async () => {
    expect(await firstLine('杭州数据交易所是全国第几家')).toMatch(/杭州数据交易所（实绩）：全国第8家 \[1\]/);
  });

  it('a figure of a wider subject (大湾区) is not the province’s', async () => {
    const lead = await firstLine('2025年哪个省经济总量最大');
    expect(lead).not.toContain('15万亿元');
    expect(lead).toMatch(/^2025年实绩最高：广东省 14\.58万亿元/);
  });

  it('with no indicator asked, the figure of the best citation leads', async () => {
    expect(await firstLine('中国视谷签了多少项目')).toMatch(/18个 \[1\]/);
  });

  it('a rural rate is paired with the rural level of a 分别 list', async () => {
    expect(await firstLine('江苏去年农民收入涨了多少')).toMatch(/农村居民人均可支配收入（实绩）：3\.4万元，增长5\.3%/);
  });
});

describe('values labelled with what they are', () => {
  it('a five-year average is the span’s, not one year’s', async () => {
    const lead = await firstLine('北京过去五年GDP年均增速');
    expect(lead).toMatch(/北京市“十四五”时期地区生产总值（实绩）：年均增长5\.2%/);
    expect(lead).not.toMatch(/2021年/);
  });

  it('a change over a span gives where it started', async () => {
    expect(await firstLine('全国研发投入强度这五年提高了多少')).toMatch(/从2\.1%到2\.5%以上/);
  });
});
