#!/usr/bin/env node
// Writes the fresh-ae sets: eval/fresh-ae/ae-tune.jsonl and eval/fresh-ae/ae-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ae/make.mjs [--check]
//
// A nineteenth held-out question set written BEFORE any fix, as fresh-m … fresh-ad, as analysts, officials and journalists
// type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases, over the
// fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word) and 吉林
// (PDF) 2025 reports).
//
// ONE RULE CHANGES FROM fresh-ad, on purpose: earlier sets demanded that no cite repeat a fact of ANY earlier set, which by
// fresh-ad had mined the corpus out and pushed the sets toward exotic asks (number names, entity asks). This set asks what
// ordinary users ask (GDP, growth, 一般公共预算收入, 固投, 社零, 出口, 规上工业, R&D, 居民收入, 城镇化率, targets), so a
// cite here must not repeat a fact cited by an earlier TUNE file (every file of EARLIER_SETS and laterSets('ad') whose
// name does not contain "heldout"), but it MAY repeat a fact that only earlier HELD-OUT files cite, asked in new words
// (`checkDealAndWrite(…, { earlierFilter })`). Such cases carry the tag `heldout-fact`, and this script checks the tag both
// ways: a case is tagged exactly when its cite meets an earlier held-out cite under the same two cite checks.
//
// Parts:
//   1. Chinese figure asks in natural wording (plain-ask; second-figure-ask where the asked figure is not the first of its
//      sentence, checked as fresh-ad);
//   2. English questions as a journalist types them (english-ask), 4 not answerable;
//   3. conversations of 2–4 turns, every later turn scored (follow-up), one scored not-answerable turn;
//   4. trends, A vs B comparisons and rankings (trend-ask, comparison-ask, ranking-ask); several indicators, overviews and
//      outlines (multi-ask, overview-ask, outline-ask);
//   5. not answerable: places, years and indicators no report holds (not-answerable; grep-checked here).
// Today = 2026-12-05: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks: cites by ../case-checks.mjs (YN25 / HN25 / JL25 from ../fresh-l/extract.ts); the two cite checks over the
// earlier tune files only; the heldout-fact tag both ways; the asked figure of a second-figure-ask not first in its
// sentence; every cite found in no report the case does not name (so a citation of the wrong year's report cannot pass);
// no question or history question word for word a question of another eval file; every not-answerable word absent from
// the corpus and from every earlier question. Overview cases cite the report's headline on purpose (as case-checks exempts
// them): their figure is given as `lead` only.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkHeldoutFactSetAndWrite,
  conversationBook,
  heldoutFactSetBook,
} from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The corpus and the extracted texts of the three added reports first, then the book: s(…) a Chinese ask of a figure not
// first in its sentence, e(…) an English question, f(…) a case of a given shape, p(…) a plain Chinese figure ask.
const { cases, x, C, F, NF, O, s, e, f, p, pct, SHAPES, HF } = heldoutFactSetBook();

// ---- 1. Chinese figure asks -------------------------------------------------------------------------------------------
// plain asks: results (report N → year N−1) and targets (report N → year N)
p('figure', 'FJ26', '福建25年固定资产投资增速多少', F('固定资产投资下降3.3%', pct(3.3)), 'two-digit-year', HF);
p('figure', 'BJ26', '北京去年居民人均可支配收入实际涨了多少', F('居民人均可支配收入实际增长4.4%', pct(4.4)), 'relative-year', 'colloquial', 'per-capita', HF);
p('figure', 'GD25', '粤24年研发经费大概花了多少亿', F('预计全省研发经费支出约5100亿元', [5100, '亿元']), 'two-digit-year', 'short-name', 'colloquial', HF);
p('target', 'HN25', '胡南25年城镇化率要提高几个点', F('力争全省城镇化率提高0.9个百分点', [0.9]), 'target', 'typo', 'two-digit-year', 'colloquial', HF);
p('target', 'JL25', '吉林去年打算产多少粮 目标数', F('粮食产量880亿斤以上', [880, '亿斤']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'YN25', '云南去年产业投资要涨多少', F('产业投资增长7%左右', pct(7)), 'target', 'relative-year', 'colloquial', HF);
p('target', 'CN25', '国务院25年报告里城镇新增就业目标是多少', F('城镇调查失业率5.5%左右,城镇新增就业1200万人以上', [1200, '万人']), 'target', 'two-digit-year', HF);
p('target', 'CN24', '24年全国一般公共预算支出规模安排了多少', F('一般公共预算支出规模28.5万亿元', [28.5, '万亿元']), 'target', 'two-digit-year', HF);
p('target', 'HZ24', '杭洲24年经济社会发展目标一共定了几项指标', F('2024年经济社会发展目标安排了38项指标', [38, '项']), 'target', 'typo', 'two-digit-year', HF);
p('target', 'QT25', '钱唐25年规上工业总产值要冲到多少', F('力争规上工业总产值突破4000亿元', [4000, '亿元']), 'target', 'typo', 'two-digit-year', 'colloquial', HF);
p('target', 'QT25', '钱塘去年新增上市公司的目标是几家', F('全年新增上市公司2家以上', [2, '家']), 'target', 'relative-year', 'short', HF);
p('figure', 'QT25', '前年钱塘亿元以上的项目 落地了多少', F('落地亿元以上项目67个,其中10亿元以上项目16个', [67, '个']), 'relative-year', 'short', HF);
p('figure', 'QT21', '钱塘新区研发经费占GDP比重 成立以来做到多少', F('研发经费支出占GDP比重达到3.97%', pct(3.97)), 'mixed-script', HF);
p('target', 'QT21', '钱塘新区21年规上工业增加值目标', F('规上工业增加值增长6.5%', pct(6.5)), 'target', 'two-digit-year', 'short', HF);
p('target', 'GS23', '拱墅23年社零目标增长多少', F('社会消费品零售总额增长8%以上', pct(8)), 'target', 'two-digit-year', 'abbreviation', 'short', HF);
p('figure', 'GS25', '拱墅25年一季度社零涨了多少', F('额增长4.8%,固定资产投资小', pct(4.8)), 'two-digit-year', 'abbreviation', 'fragment-source', 'short', HF);
p('target', 'GS25', '拱暑去年计划新引进多少35岁以下大学生', F('岁以下大学生4万名以上', [4, '万名']), 'target', 'relative-year', 'typo', 'fragment-source', HF);
p('figure', 'FJ26', '福建去年城镇居民收入增长多少', F('城镇居民、农村居民人均可支配收入分别增长4.5%', pct(4.5)), 'relative-year', 'short', HF);
p('figure', 'JL25', '吉林24年高技术制造业增加值占规上工业比重', F('高技术制造业增加值占规上工业12.3%', pct(12.3)), 'two-digit-year', HF);
p('figure', 'BJ25', '首都前年外贸进出口规模多大', F('北京地区进出口总额超3.6万亿元', [3.6, '万亿元']), 'relative-year', 'short-name', 'short', HF);
p('figure', 'SH26', '沪去年新三样出口涨了多少', F('“新三样”产品出口增长17.4%', pct(17.4)), 'relative-year', 'short-name', 'colloquial', 'short', HF);
p('figure', 'AH26', '安徽电子信息产业去年长了多少 按增加值算', F('电子信息产业增加值增长40.9%', pct(40.9)), 'relative-year', 'colloquial', HF);
p('figure', 'FJ26', '闽去年对非洲出口增长多少', F('对非洲、拉美市场出口分别增长20%', pct(20)), 'relative-year', 'short-name', 'short', HF);
p('figure', 'JS26', '按江苏26年报告 制造业增加值在GDP里占到多少', F('制造业增加值占地区生产总值比重达33.5%', pct(33.5)), 'plan-period', 'two-digit-year', 'mixed-script', HF);
p('figure', 'AH25', '安徽前年跨境电商交易额增幅', F('跨境电商交易额增长24%左右', pct(24)), 'relative-year', 'colloquial', HF);
p('figure', 'CN23', '国务院23年那份报告里 粮食产量连年守住的底线是多少斤', F('粮食产量连年稳定在1.3万亿斤以上', [1.3, '万亿斤']), 'two-digit-year', 'five-year-review', HF);
p('figure', 'JS25', '苏前年城镇新增就业 统计下来多少万人', F('城镇新增就业143.02万人', [143.02, '万人']), 'relative-year', 'short-name', 'colloquial', 'short', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'FJ25', '福建前年一般公共预算总收入增长多少', F('一般公共预算总收入5955.6亿元、增长0.8%', pct(0.8)), 'relative-year', 'after-other', HF);
s('figure', 'YN25', '云南前年规模以上工业增加值 增速几个点', F('规模以上工业增加值增长3.3%', pct(3.3)), 'relative-year', 'after-other', HF);
s('figure', 'GD26', '广东去年全社会研发投入同比涨幅', F('预计全社会研发投入5350亿元、增长4.9%', pct(4.9)), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'HZ24', '亚运那年杭州高新产业投资增速', F('其中制造业投资增长30%,高新技术产业投资增长24.5%', pct(24.5)), 'event-year', 'after-other', HF);
s('figure', 'HZ24', '三年前杭州财政里税收收入是多少亿', F('其中税收收入2348.1亿元', [2348.1, '亿元']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'QT25', '钱塘前年的财政收入增幅多少', F('一般公共预算收入134亿元、增长6.1%', pct(6.1)), 'relative-year', 'second-of-pair', HF);
s('figure', 'QT25', '钱塘前年经济增速跑赢杭州全市多少', F('增长5.1%,高于全市0.4个百分点', [0.4]), 'relative-year', 'after-other', 'mixed-script', HF);
s('figure', 'ZJ26', '浙江去年粮食总产量多少亿斤', F('粮食播种面积1584.6万亩、总产量132.4亿斤', [132.4, '亿斤']), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'CN22', '21年全国财政收入破20万亿 增速多少', F('全国财政收入突破20万亿元,增长10.7%', pct(10.7)), 'two-digit-year', 'second-of-pair', 'short', HF);
s('figure', 'CN23', '按23年政府工作报告的说法 这十年经济年均增速几何', F('十年增加近70万亿元、年均增长6.2%', pct(6.2)), 'two-digit-year', 'after-other', 'mixed-script', 'five-year-review', HF);
s('target', 'ZJ26', '浙江今年对规上工业企业研发强度(研发费用/营收)定的目标', F('规上工业企业研发费用与营收之比达到3.25%左右', pct(3.25)), 'target', 'relative-year', 'after-other', HF);
s('figure', 'AH25', '皖24年城镇调查失业率平均多少', F('城镇调查失业率平均值5.2%', pct(5.2)), 'two-digit-year', 'short-name', 'second-of-pair', 'short', HF);
s('figure', 'HN25', '湖南24年四季度GDP增速多少', F('四季度增长5.6%、高于全国0.2个百分点', pct(5.6)), 'two-digit-year', 'after-other', 'mixed-script', 'short', HF);
s('figure', 'HZ24', '杭州亚运那年一般公共预算收入涨了几个点', F('居全国城市第4位,增长6.8%', pct(6.8)), 'event-year', 'after-other', 'colloquial');
s('figure', 'JS25', '江苏24年城乡居民收入比缩到多少', F('城乡居民收入比缩小至2.04∶1', [2.04]), 'two-digit-year', 'after-other', 'short', HF);
s('target', 'HZ24', '杭州24年的市重点建设计划 实施类项目年度要投多少亿', F('建成项目130个,年度计划投资2068.5亿元', [2068.5, '亿元']), 'target', 'two-digit-year', 'after-other', HF);
s('figure', 'GD25', '广东24年对东盟出口涨了多少', F('对东盟、中东出口分别增长9.9%', pct(9.9)), 'two-digit-year', 'after-other', 'colloquial', 'short', HF);
s('figure', 'HZ24', '杭州23年国家级孵化器总数到多少家了', F('新增国家级孵化器8家,总数达65家', [65, '家']), 'two-digit-year', 'second-of-pair', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'YN25', "How fast did Yunnan's per capita income rise in 2024?", F('居民人均可支配收入增长5.3%', pct(5.3)), 'year', 'per-capita', 'how-fast', HF);
e('figure', 'GD26', 'guangdong industry (above-scale value added): growth last year?', F('规模以上工业企业达7.6万家、增加值增长3%', pct(3)), 'relative-year', 'lowercase', 'short', HF);
e('target', 'ZJ26', "what's zhejiang's urbanisation target for 2030", F('常住人口城镇化率达到78%左右', pct(78)), 'target', 'year', 'lowercase', 'what-target', HF);
e('target', 'FJ25', 'fujian export growth target for 2025?', F('社会消费品零售总额增长5.5%左右,出口增长3%左右', pct(3)), 'target', 'year', 'lowercase', 'fragment', 'short', HF);
e('figure', 'HZ24', 'How many registered market entities did Hangzhou have at the end of 2023?', F('在册市场经营主体总量187.5万户', [187.5, '万户']), 'year', HF);
e('figure', 'JL25', 'jilin 2024 — new strategic sectors as a % of large-scale industry output?', F('战略性新兴产业产值占规上工业16.9%', pct(16.9)), 'year', 'lowercase', 'fragment', HF);
e('target', 'AH25', 'Anhui set what output-per-worker goal for 2025?', F('全员劳动生产率16.8万元/人左右', [16.8]), 'target', 'year', 'what-target', HF);
e('figure', 'JS26', 'jiangsu FDI: no. 1 streak length?', F('实际使用外资连续8年全国第一', [8]), 'lowercase', 'rank', 'abbreviation', HF);
e('figure', 'CN25', 'china grain yield per mu in 2024 — up by how many jin?', F('粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤', [10.1, '斤']), 'year', 'lowercase', 'pinyin', HF);
e('target', 'QT21', '2021 plan for Qiantang New Area: how fast was the digital economy\'s core to grow?', F('数字经济核心产业增加值增长12%', pct(12)), 'target', 'year', 'lowercase', 'pinyin', HF);
e('target', 'GS23', "Gongshu's 2023 plan: the floor it had to guarantee for services value added growth?", F('服务业增加值增长6%左右(确保5.5%以上)', pct(5.5)), 'target', 'year', 'pinyin', HF);
e('figure', 'CN22', 'corporate R&D outlays, china 2021: % change y/y?', F('企业研发经费增长15.5%', pct(15.5)), 'year', 'lowercase', 'abbreviation', 'y-y', 'short', HF);
e('figure', 'CN24', "'new three' export growth in 2023 per the state council?", F('电动汽车、锂电池、光伏产品“新三样”出口增长近30%', pct(30)), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'CN25', 'fx reserves, china, dec 2024 — above what level?', F('外汇储备超过3.2万亿美元', [3.2, '万亿美元']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'AH25', "did anhui's EV/battery/solar exports rise much in '24? by what %", F('“新三样”产品出口增长23.6%', pct(23.6)), 'two-digit-year', 'lowercase', 'y-y', 'fragment', 'short', HF);
e('figure', 'BJ26', 'BSE listings count at end-2025, per the beijing report?', F('北京证券交易所上市公司达288家', [288, '家']), 'year', 'abbreviation', 'fragment', HF);
e('figure', 'GD26', "guangdong's share of china's trade increment last year — what %?", F('贡献了全国24.1%的增量', pct(24.1)), 'relative-year', 'lowercase', 'short', HF);
e('figure', 'JS26', 'private sector share of jiangsu gdp as of 2025', F('民营经济增加值占地区生产总值比重达58.5%', pct(58.5)), 'year', 'lowercase', 'fragment', 'abbreviation', HF);
e('figure', 'SD25', "shandong's marine GDP in 2024, roughly?", F('预计海洋生产总值1.8万亿元左右', [1.8, '万亿元']), 'year', 'lowercase', 'short', HF);
e('figure', 'SH25', 'shanghai 2024: valuable invention patents for every 10k residents?', F('每万人口高价值发明专利拥有量提高到57.9件', [57.9, '件']), 'year', 'lowercase', 'per-capita', 'fragment', HF);
e('figure', 'ZJ26', '14th FYP total: how much foreign capital did zhejiang actually use, in US$?', F('五年累计使用外资846亿美元', [846, '亿美元']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('target', 'QT25', 'qiantang 2025: how many state-certified high-tech companies is it aiming for?', F('力争2025年国家高新技术企业突破1500家', [1500, '家']), 'target', 'year', 'lowercase', 'pinyin', HF);
e('target', 'HZ24', "hangzhou's 2024 plan — treasury-bond funding it aimed to win, in yuan?", F('积极争取国债资金100亿元', [100, '亿元']), 'target', 'year', 'lowercase', HF);
e('figure', 'GS23', 'gongshu 2022: total investment of the 53 major industrial projects signed up?', F('等53个重大产业项目签约注册,总投资618亿元', [618, '亿元']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'HN25', 'hunan NEV output in 2024?', F('新能源汽车产量近100万辆', [100, '万辆']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'ZJ25', 'how quickly did zhejiang\'s marine GDP expand in 2024?', F('全省海洋生产总值增长6.5%左右', pct(6.5)), 'year', 'lowercase', 'fragment', 'short', HF);
e('figure', 'SH26', 'last year in shanghai, what % of big-firm industrial output came from the strategic new sectors?', F('工业战略性新兴产业总产值增长6.5%、占规模以上工业总产值比重提高到45%', pct(45)), 'relative-year', 'lowercase', 'long', HF);
e('figure', 'CN23', 'china 2022: new-energy car sales jumped by what percent?', F('新能源汽车销量增长93.4%', pct(93.4)), 'year', 'abbreviation', 'how-fast', HF);
e('figure', 'JS25', "jiangsu's china-europe rail services in '24 — number of trains?", F('开行中欧班列2286列、增长7.7%', [2286, '列']), 'two-digit-year', 'lowercase', HF);
e('target', 'HZ24', "hz 2024 — what was the target for new specialised 'little giants'?", F('专精特新小巨人100家以上', [100, '家']), 'target', 'year', 'lowercase', 'abbreviation', 'what-target', HF);
e('figure', 'GS25', 'gongshu q1 2025: market entities grew by how much?', F('长5.5%、9.4%,创新改革开放', pct(5.5)), 'year', 'lowercase', 'pinyin', 'abbreviation', 'fragment-source', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('yichun gdp growth 2025?', 'nf-place', 'year', 'lowercase', 'pinyin', 'short');
nfe('What was the acid rain frequency in Zhejiang in 2024?', 'nf-indicator', 'year');
nfe('beijing grain output in 1956', 'nf-year', 'year', 'lowercase', 'short');
nfe("what's the giant panda population in sichuan these days?", 'nf-indicator', 'lowercase');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['CN23', 'CN22'], '全国货物进出口增速 21年到22年怎么变的', F(['货物进出口总额增长7.7%', '货物进出口总额增长21.4%'], pct(7.7), pct(21.4)), 'two-digit-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', 'ZJ26', '浙江城镇化率十四五期间从多少涨到多少', F('常住人口城镇化率从72%提升至76%左右', pct(76), pct(72)), 'plan-period', 'from-to', HF);
f('trend', 'trend-ask', 'AH26', '安徽战新产业占规上工业的比重 这五年怎么变的', F('战略性新兴产业产值占规上工业比重从40.3%提高到45.4%', pct(45.4), pct(40.3)), 'five-year-review', 'from-to', 'abbreviation', HF);
f('trend', 'trend-ask', 'SD26', '山东每千人口床位数 这几年从几张增加到几张', F('千人口床位数由6.4张增至7.6张', [7.6, '张'], [6.4, '张']), 'five-year-review', 'from-to', HF);
f('trend', 'trend-ask', ['FJ26', 'FJ25'], '福建粮食播种面积的目标 25年和26年有没有变', F(['高质量建设高标准农田,粮食播种面积稳定在1255万亩以上', '新建和改造高标准农田70万亩,粮食播种面积稳定在1255万亩以上'], [1255, '万亩']), 'target', 'two-digit-year', 'equal', 'one-place-two-years', HF);
f('trend', 'trend-ask', 'JS25', '苏耕地总量净增 截至前年已经是第几年', F('耕地总量连续3年净增加', [3]), 'streak', 'relative-year', 'short-name', 'short', HF);
f('trend', 'trend-ask', 'FJ26', '福建城乡收入 农村增速压过城镇的势头持续多少年了', F('农村居民人均可支配收入增速连续15年高于城镇居民', [15]), 'streak', 'colloquial', HF);
f('trend', 'trend-ask', ['JS26', 'JS25'], '江苏两化融合发展水平全国第一 25年报告说连续几年 26年报告呢', F(['两化融合发展水平指数连续11年全国第一', '两化融合发展水平连续10年全国第一'], [11], [10]), 'streak', 'two-digit-year', 'one-place-two-years', HF);
f('comparison', 'comparison-ask', ['AH26', 'JS26'], '苏皖两省去年一般公共预算收入增速 谁快', F(['一般公共预算收入增长2.9%', '一般公共预算收入增长2.1%'], pct(2.9), pct(2.1)), 'two-places', 'which-higher', 'short-name', 'relative-year', HF);
f('comparison', 'comparison-ask', ['YN25', 'HN25'], '云南和湖南24年农村居民收入 哪个涨得快', F(['联农带农模式,农村居民人均可支配收入增长6.7%', '农村居民人均可支配收入增长6.1%'], pct(6.7), pct(6.1)), 'two-places', 'which-higher', 'two-digit-year', HF);
f('comparison', 'comparison-ask', ['JS25', 'HN25'], '江苏和湖南前年研发投入强度差多少', F(['全社会研发投入强度超过3.3%', '研发投入强度提升至2.57%'], pct(3.3), pct(2.57)), 'two-places', 'difference', 'relative-year', HF);
f('superlative', 'ranking-ask', 'AH26', '去年几个省里 出口整体增速谁最高', F('出口逆势增长17.8%', pct(17.8)), 'across-reports', 'relative-year', 'short', HF);
f('superlative', 'ranking-ask', 'AH26', '去年利用外资增长最快、全国头名的省是哪个', F('实际使用外资增速居全国第1位'), 'across-reports', 'relative-year', HF);
f('superlative', 'ranking-ask', 'AH25', '24年工业大省里 规上工业增速排第一的是谁', F('增速居工业大省第1位'), 'across-reports', 'two-digit-year', 'colloquial', HF);
f('superlative', 'ranking-ask', 'JS25', '制造业高质量发展指数全国第一的是哪个省 到24年连续几年了', F('制造业高质量发展指数连续4年全国第一', [4]), 'across-reports', 'two-digit-year', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'FJ25', '福建24年城镇和农村居民收入各涨了多少', F('城镇居民、农村居民人均可支配收入分别增长4.6%、6.7%', pct(4.6), pct(6.7)), 'two-digit-year', HF);
f('multi', 'multi-ask', 'ZJ25', '浙江前年服务贸易、数字贸易分别涨了多少', F('服务贸易、数字贸易分别增长24.5%、14.5%', pct(24.5), pct(14.5)), 'relative-year', HF);
f('multi', 'multi-ask', 'QT25', '钱塘前年三次产业结构是多少 一二三产各占几', F('三次产业结构为0.9:57.7:41.4', [0.9], [57.7], [41.4]), 'relative-year', 'colloquial', HF);
f('multi', 'multi-ask', 'HZ24', '杭州23年营利性服务业和金融产业增加值 各增长多少', F(['其中营利性服务业增加值增长9.3%', '金融产业增加值2492亿元,增长7.7%'], pct(9.3), pct(7.7)), 'two-digit-year', HF);
f('multi', 'multi-ask', 'ZJ26', '浙江这五年 规上工业企业和上市公司分别增加到多少', F(['规上工业企业从4.7万家增加到6.1万家', '上市公司从518家增加到731家'], [6.1, '万家'], [731, '家']), 'five-year-review', HF);
f('overview', 'overview-ask', 'GD25', '广东24年经济大盘 简单概括下', { ...F('预计全省地区生产总值迈上14万亿元新台阶、连续36年居全国首位'), lead: 14 }, 'two-digit-year', 'short');
f('overview', 'overview-ask', 'QT21', '钱塘新区成立以来 经济上大概什么成绩', { ...F('地区生产总值、工业总产值2019年分别突破1100亿元、2900亿元'), lead: 1100 }, 'colloquial');
f('outline', 'outline-ask', 'JS25', '江苏25年政府工作的重点任务 分几块 列一下', O('JS25'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'CN23', "what did the state council propose for 2023 — just the main headings", O('CN23'), 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'JL25', '吉林去年报告里的重点工作 按条说说', O('JL25'), 'relative-year', 'colloquial');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('嘉峪关去年GDP增长多少', 'nf-place', 'relative-year', 'mixed-script', 'short');
nf('双鸭山25年一般公共预算收入多少', 'nf-place', 'two-digit-year', 'short');
nf('日喀则前年接待游客多少万人次', 'nf-place', 'relative-year', 'short');
nf('呼伦贝尔今年固投目标定的多少', 'nf-place', 'relative-year', 'abbreviation', 'short');
nf('眉山24年工业增加值(规上)增速', 'nf-place', 'two-digit-year', 'colloquial');
nf('儋州去年城镇化率多少', 'nf-place', 'relative-year', 'short');
nf('朔州去年的煤炭产量有多少亿吨', 'nf-place', 'relative-year');
nf('浙江1954年工业总产值', 'nf-year', 'year', 'short');
nf('1974年江苏粮食产量多少', 'nf-year', 'year', 'short');
nf('上海1996年GDP是多少', 'nf-year', 'year', 'mixed-script', 'short');
nf('杭州网红打卡点有多少个', 'nf-indicator', 'short');
nf('山东24年葡萄酒产量多少', 'nf-indicator', 'two-digit-year', 'short');
nf('福建杨梅种植面积多少万亩', 'nf-indicator', 'short');
nf('广东去年进口了多少吨榴莲', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 2–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('福建去年社零增长多少'),
  T('往前一年呢', 'figure', 'FJ25', F('固定资产投资增长3.9%,社会消费品零售总额增长4.4%', pct(4.4)), 'elliptical', 'year-switch', 'short', HF),
  T('那去年比前年高还是低', 'comparison', ['FJ26', 'FJ25'], F(['增长3%,社会消费品零售总额增长4.4%', '固定资产投资增长3.9%,社会消费品零售总额增长4.4%'], pct(4.4)), 'elliptical', 'relative-year', 'comparison', 'equal', 'short', HF),
]);
conv([
  T('湖南前年规上工业增加值增速是多少'),
  T('比全国快多少', 'figure', 'HN25', F('规模工业增加值增长7.3%、高于全国1.5个百分点', [1.5]), 'elliptical', 'short', HF),
  T('浙江呢 同一年', 'figure', 'ZJ25', F('全省规上工业增加值增长7.5%', pct(7.5)), 'elliptical', 'place-switch', 'short', HF),
  T('两省谁快', 'comparison', ['ZJ25', 'HN25'], F(['全省规上工业增加值增长7.5%', '规模工业增加值增长7.3%'], pct(7.5), pct(7.3)), 'elliptical', 'comparison', 'which-higher', 'short', HF),
]);
conv([
  T("What was Shanghai's local fiscal revenue growth in 2024?"),
  T('and Fujian?', 'figure', 'FJ25', F('地方一般公共预算收入3614.6亿元、增长0.6%', pct(0.6)), 'elliptical', 'place-switch', 'en', 'short', HF),
  T('so which grew faster, sh or fj?', 'comparison', ['SH25', 'FJ25'], F(['地方一般公共预算收入达到8374.2亿元、增长0.7%', '地方一般公共预算收入3614.6亿元、增长0.6%'], pct(0.7), pct(0.6)), 'elliptical', 'comparison', 'which-higher', 'en', 'short', HF),
]);
conv([
  T('江苏24年研发投入强度多少'),
  T('那25年的目标呢', 'target', 'JS25', F('全社会研发投入强度达3.35%左右', pct(3.35)), 'elliptical', 'two-digit-year', 'and-the-target', 'short', HF),
  T('浙江今年定的多少', 'target', 'ZJ26', F('力争全社会研发投入强度达到3.35%', pct(3.35)), 'elliptical', 'relative-year', 'place-switch', 'year-switch', 'short', HF),
  T('两个目标谁高', 'comparison', ['JS25', 'ZJ26'], F(['全社会研发投入强度达3.35%左右', '力争全社会研发投入强度达到3.35%'], pct(3.35)), 'elliptical', 'comparison', 'equal', 'short', HF),
]);
conv([
  T('广东24年研发经费支出多少'),
  T('研发人员呢 去年有多少', 'figure', 'GD26', F('全省研发人员达159万人', [159, '万人']), 'elliptical', 'relative-year', 'indicator-switch', 'year-switch', 'short', HF),
  T('高技能人才呢', 'figure', 'GD26', F('高技能人才达843万人,均居全国首位', [843, '万人']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('杭州亚运那年GDP总量多少'),
  T('服务业呢 涨了多少', 'figure', 'HZ24', F('服务业增加值14045亿元,增长7.2%', pct(7.2)), 'elliptical', 'indicator-switch', 'short', HF),
  T('农业呢', 'figure', 'HZ24', F('农林牧渔业增加值357亿元,增长3.7%', pct(3.7)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('钱塘前年GDP多少'),
  T('城镇居民收入涨了多少', 'figure', 'QT25', F('城镇和农村居民人均可支配收入分别增长3.8%', pct(3.8)), 'elliptical', 'indicator-switch', 'short', HF),
  T('农村居民的呢', 'figure', 'QT25', F('城镇和农村居民人均可支配收入分别增长3.8%和4.9%', pct(4.9)), 'elliptical', 'short', HF),
  T('收入倍差缩到多少', 'figure', 'QT25', F('收入倍差缩小至1.42', [1.42]), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('拱墅去年一季度GDP增长多少'),
  T('固投是降了吧 降了多少', 'figure', 'GS25', F('幅下降1.9%,高新技术产业', pct(1.9)), 'elliptical', 'indicator-switch', 'abbreviation', 'fragment-source', 'short', HF),
  T('个体工商户数量涨了多少', 'figure', 'GS25', F('长5.5%、9.4%,创新改革开放', pct(9.4)), 'elliptical', 'indicator-switch', 'fragment-source', 'short', HF),
]);
conv([
  T('全国24年居民收入实际增长多少'),
  T('比上年高还是低', 'comparison', ['CN25', 'CN24'], F(['居民人均可支配收入实际增长5.1%', '居民人均可支配收入增长6.1%,城乡居民收入差距继续缩小'], pct(5.1), pct(6.1)), 'elliptical', 'comparison', 'which-higher', 'year-switch', 'short', HF),
  T('那21年呢', 'figure', 'CN22', F('居民人均可支配收入实际增长8.1%', pct(8.1)), 'elliptical', 'two-digit-year', 'year-switch', 'short', HF),
]);
conv([
  T('鲁24年全社会研发投入涨了几个点'),
  T('比全国平均高出几个百分点', 'figure', 'SD25', F('全社会研发投入增长9.4%,高于全国1个百分点', [1]), 'elliptical', 'short', HF),
]);
conv([
  T('浙江前年规上工业增加值涨了多少'),
  T('那年浙江多了几家全国重点实验室', 'figure', 'ZJ25', F('新增全国重点实验室18家、累计38家', [18, '家']), 'elliptical', 'topic-switch', 'short', HF),
  T('累计到多少家了', 'figure', 'ZJ25', F('新增全国重点实验室18家、累计38家', [38, '家']), 'elliptical', 'short', HF),
]);
conv([
  T('hunan 2024 industrial output growth?'),
  T('and the 2025 target for fixed-asset investment?', 'target', 'HN25', F('规模工业增加值增长6.5%以上,固定资产投资增长4.5%', pct(4.5)), 'elliptical', 'year', 'and-the-target', 'indicator-switch', 'en', 'lowercase', HF),
  T('and retail sales?', 'target', 'HN25', F('固定资产投资增长4.5%,社会消费品零售总额增长5.5%以上', pct(5.5)), 'elliptical', 'indicator-switch', 'en', 'lowercase', 'short', HF),
]);
conv([
  T('吉林25年粮食产量目标多少'),
  T('换浙江看看', 'target', 'ZJ25', F('确保粮食播种面积1520万亩、总产125亿斤', [125, '亿斤']), 'elliptical', 'place-switch', 'short', HF),
  T('今年的呢', 'target', 'ZJ26', F('确保粮食播种面积1530万亩、总产量125亿斤', [125, '亿斤']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
  T('播种面积比去年定的多还是少', 'comparison', ['ZJ26', 'ZJ25'], F(['确保粮食播种面积1530万亩', '确保粮食播种面积1520万亩'], [1530, '万亩'], [1520, '万亩']), 'elliptical', 'relative-year', 'comparison', 'which-higher', 'indicator-switch', HF),
]);
conv([
  T('北京去年居民收入实际增长多少'),
  T('那24年农村居民呢', 'figure', 'BJ25', F('农村居民人均可支配收入增长6.7%左右', pct(6.7)), 'elliptical', 'two-digit-year', 'year-switch', 'short', HF),
  T('江苏2023年GDP按五经普修订后是多少', 'figure', 'JS25', F('2023年达到13.09万亿元', [13.09, '万亿元']), 'no-inherit', 'place-switch', 'year', 'mixed-script', HF),
]);
conv([
  T('云南前年人均可支配收入涨幅'),
  T('贵港呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('回到云南 农村劳动力转移就业多少', 'figure', 'YN25', F('农村劳动力转移就业1547.3万人', [1547.3, '万人']), 'elliptical', 'after-not-found', 'topic-switch', HF),
]);
conv([
  T('钱塘25年规上工业总产值目标多少'),
  T('24年规上工业增加值实际涨了多少', 'figure', 'QT25', F('其中规上工业增加值增长3.5%', pct(3.5)), 'elliptical', 'two-digit-year', 'year-switch', 'indicator-switch', HF),
  T('服务业占比提高了几个点', 'figure', 'QT25', F('服务业增加值增长6.1%、占比较上年提高7.3个百分点', [7.3]), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('拱墅23年社零目标多少'),
  T('R&D呢', 'target', 'GS23', F('力争R&D经费支出增长25%', pct(25)), 'elliptical', 'indicator-switch', 'mixed-script', 'short', HF),
  T('那22年执行情况里 R&D实际增长多少', 'figure', 'GS23', F('2021年R&D经费支出增长0.3%', pct(0.3)), 'elliptical', 'two-digit-year', 'year-switch', 'mixed-script', 'data-lag', HF),
]);
conv([
  T("What was Guangdong's local fiscal revenue in 2024?"),
  T('how many years in a row has it been no. 1?', 'figure', 'GD25', F('地方一般公共预算收入1.35万亿元,连续34年居全国首位', [34]), 'elliptical', 'en', 'rank', 'lowercase', HF),
  T('and the marine economy — how big did it get?', 'figure', 'GD25', F('海洋生产总值突破2万亿元', [2, '万亿元']), 'elliptical', 'topic-switch', 'en', 'lowercase', HF),
]);
conv([
  T('安徽24年城镇调查失业率多少'),
  T('不对 我要的是25年的城镇新增就业目标', 'target', 'AH25', F('城镇新增就业68万人左右,居民消费价格涨幅2%左右', [68, '万人']), 'elliptical', 'two-digit-year', 'self-correction', 'year-switch', 'indicator-switch', HF),
  T('26年的呢', 'target', 'AH26', F('城镇新增就业68万人左右,城镇调查失业率5.5%左右', [68, '万人']), 'elliptical', 'two-digit-year', 'year-switch', 'short', HF),
]);
conv([
  T('上海今年GDP增长目标多少'),
  T('去年实际使用外资折合人民币多少', 'figure', 'SH26', F('实际使用外资达到160.6亿美元、折合1148亿元人民币', [1148, '亿元']), 'elliptical', 'relative-year', 'topic-switch', 'year-switch', HF),
  T('那前年的数呢', 'figure', 'SH25', F('实际使用外资175亿美元左右、约合1243亿元人民币', [1243, '亿元']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
  T('去年比前年多还是少', 'comparison', ['SH26', 'SH25'], F(['折合1148亿元人民币', '约合1243亿元人民币'], [1148, '亿元'], [1243, '亿元']), 'elliptical', 'relative-year', 'comparison', 'which-higher', 'short', HF),
]);
conv([
  T('jiangsu: new urban jobs created in 2024?'),
  T('and Fujian?', 'figure', 'FJ25', F('城镇新增就业53.1万人', [53.1, '万人']), 'elliptical', 'place-switch', 'en', 'short', HF),
  T('and Jilin?', 'figure', 'JL25', F('城镇新增就业23.35万人', [23.35, '万人']), 'elliptical', 'place-switch', 'en', 'short', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  嘉峪关: ['嘉峪关', 'Jiayuguan'],
  双鸭山: ['双鸭山', 'Shuangyashan'],
  日喀则: ['日喀则', 'Shigatse', 'Xigaze'],
  呼伦贝尔: ['呼伦贝尔', 'Hulunbuir'],
  眉山: ['眉山', 'Meishan'],
  儋州: ['儋州', 'Danzhou'],
  朔州: ['朔州', 'Shuozhou'],
  1954: ['1954'],
  1974: ['1974'],
  1996: ['1996'],
  'acid rain': ['酸雨', 'acid rain'],
  网红: ['网红'],
  葡萄酒: ['葡萄酒', 'wine'],
  杨梅: ['杨梅', 'bayberry'],
  榴莲: ['榴莲', 'durian'],
  贵港: ['贵港', 'Guigang'],
  yichun: ['宜春', '伊春', 'Yichun'],
  1956: ['1956'],
  panda: ['熊猫', 'panda'],
};

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ae', last: 'ad', notAnswerableWords: NF_WORDS });
