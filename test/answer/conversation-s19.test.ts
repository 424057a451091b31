import { describe, expect, it } from 'vitest';
import { govCorpusEngine } from '../support/engine.js';

/**
 * Session 19's classes through the engine, on the seed corpus and the 20 work reports (found on fresh-n's tune half and
 * self-made conversation probes). Today pinned: 今年 = 2026, 去年 = 2025.
 */
const today = new Date('2026-12-03');
const lead = async (q: string, history: string[] = []) => {
  const engine = await govCorpusEngine();
  return (await engine.ask(q, { today, history })).text.split('\n')[0];
};

describe('a recent span the reports review only for earlier years', () => {
  it('"全国过去五年高铁里程怎么变的" reads the latest national five-year review, its years said', async () => {
    const first = await lead('全国过去五年高铁里程怎么变的');
    expect(first).toContain('过去五年 = 2018–2022年');
    expect(first).toContain('4.2万公里');
  });

  it('"过去五年全国科技进步贡献率提到多少了" answers from it too', async () => {
    expect(await lead('过去五年全国科技进步贡献率提到多少了')).toMatch(/2018–2022.*60%/);
  });

  it('keeps the span a place’s reports do review', async () => {
    expect(await lead('浙江过去五年GDP年均增长多少')).toMatch(/2021–2025.*5\.9%/);
  });
});

describe('a follow-up naming a subject of its own, asked as the earlier question asked', () => {
  it('"高速公路呢" after a five-year change asks the highway’s change over the same span', async () => {
    expect(await lead('高速公路呢', ['全国过去五年高铁里程怎么变的'])).toContain('17.7万公里');
  });

  it('"增速比全国高几个点" asks the conversation’s indicator’s gap, "社零呢" the same gap of 社零', async () => {
    const history = ['山东24年服务业增加值多少'];
    expect(await lead('增速比全国高几个点', history)).toMatch(/山东省2024年服务业增加值.*0\.4个百分点/);
    expect(await lead('社零呢', [...history, '增速比全国高几个点'])).toMatch(/山东省2024年社会消费品零售总额.*1\.5个百分点/);
  });

  it('"支出呢" after 一般公共预算收入 asks 一般公共预算支出', async () => {
    expect(await lead('支出呢', ['北京2024年一般公共预算收入'])).toMatch(/北京市2024年一般公共预算支出.*8397亿元/);
  });

  it('"增长多少" after "农村的呢" asks the rural growth', async () => {
    expect(await lead('增长多少', ['浙江2024年城镇居民人均可支配收入多少', '农村的呢'])).toMatch(/农村居民人均可支配收入.*6\.1%/);
  });
});

describe('figures read right', () => {
  it('a part after 其中 of a whole named by its verb alone ("新登记147万户、其中企业57.3万家")', async () => {
    expect(await lead('江苏去年新登记企业多少家')).toContain('57.3万家');
  });

  it('a rank risen says where from', async () => {
    expect(await lead('安徽研发投入强度全国排第几')).toMatch(/从全国第10位到全国第7位/);
  });

  it('a partner’s share is no answer to the whole’s amount', async () => {
    expect(await lead('江苏2024年进出口总额多少')).not.toContain('47.5%');
  });

  it('"比上年多了多少" is answered by the difference the report states, not the level beside it', async () => {
    expect(await lead('2024年赤字规模比上年多了多少')).toContain('1800亿元');
    expect(await lead('2024年全国赤字规模多少')).toContain('4.06万亿元');
  });

  it('"要提到多少" asks the target', async () => {
    expect(await lead('北京25年公交和轨道50米内换乘比例要提到多少')).toMatch(/（目标）：90%/);
  });
});
