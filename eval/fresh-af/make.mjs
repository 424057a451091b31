#!/usr/bin/env node
// Writes the fresh-af sets: eval/fresh-af/af-tune.jsonl and eval/fresh-af/af-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-af/make.mjs [--check]
//
// A twentieth held-out question set written BEFORE any fix, as fresh-m … fresh-ae, as analysts, officials and journalists
// type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases, over the
// fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word) and 吉林
// (PDF) 2025 reports).
//
// The rule of fresh-ae, unchanged: a cite must not repeat a fact cited by an earlier TUNE file (every file of EARLIER_SETS
// and laterSets('ae') whose name does not contain "heldout" — so fresh-ae's own tune file now counts too), but it MAY repeat
// a fact that only earlier HELD-OUT files cite (fresh-ae's held-out file among them), asked in new words
// (`checkDealAndWrite(…, { earlierFilter })`). Such cases carry the tag `heldout-fact`, and this script checks the tag both
// ways: a case is tagged exactly when its cite meets an earlier held-out cite under the same two cite checks. Where a fact
// no earlier file cites was left (free numbers of ordinary indicators), it was taken first.
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
p('figure', 'HZ24', '三年前杭州新添了几家全国重点实验室', F('中科院杭州医学所获批直属所,新增全国重点实验室7家', [7, '家']), 'relative-year', 'colloquial');
p('figure', 'HZ24', '亚运那年杭州科技强基的重大项目一共有几个', F('科技强基重大项目增至30个', [30, '个']), 'event-year');
p('target', 'HZ24', '杭州24年打算新引进多少万35岁以下的大学生', F('力争新引进35岁以下大学生35万名以上', [35, '万名']), 'target', 'two-digit-year', 'colloquial');
p('figure', 'QT25', '钱塘前年省级未来社区新创建了几个', F('新创建省级未来社区11个', [11, '个']), 'relative-year', 'short');
p('figure', 'CN23', '国务院23年报告说 十年里在城镇落户的农业人口有多少亿', F('分类放宽或取消城镇落户限制,十年1.4亿农村人口在城镇落户', [1.4, '亿']), 'two-digit-year', 'five-year-review', HF);
p('target', 'GS25', '拱墅25年固投目标 要干到多少亿', F('实现固定资产投资800亿元以', [800, '亿元']), 'target', 'two-digit-year', 'abbreviation', 'colloquial', 'fragment-source', HF);
p('figure', 'CN25', '24年全国可再生能源新增装机多少', F('可再生能源新增装机3.7亿千瓦', [3.7, '亿千瓦']), 'two-digit-year', 'short', HF);
p('figure', 'AH25', '安徽前年光伏新增装机多大', F('新增光伏发电装机1088万千瓦', [1088, '万千瓦']), 'relative-year', 'colloquial', 'short', HF);
p('figure', 'GS23', '四年前拱墅企业职工养老保险参保的有多少万人', F('全区企业职工养老保险参保人数达65万人', [65, '万人']), 'relative-year', 'colloquial');
p('figure', 'SH25', '上海前年新增光伏装机多少万千瓦', F('新增光伏装机122万千瓦', [122, '万千瓦']), 'relative-year', HF);
p('figure', 'SH25', '沪前年搞的补贴性技能培训 有多少万人次', F('开展补贴性职业技能培训87.1万人次', [87.1, '万人次']), 'relative-year', 'short-name', 'colloquial');
p('figure', 'GD26', '广东去年接待游客多少亿人次', F('预计全年接待游客9.6亿人次', [9.6, '亿人次']), 'relative-year', 'short', HF);
p('figure', 'HN25', '湖南24年从中央争取的投资超过多少亿', F('争取中央投资超2000亿元', [2000, '亿元']), 'two-digit-year');
p('figure', 'YN25', '云南24年认定的农村致富带头人有多少', F('培养认定农村致富带头人3.07万', [3.07, '万']), 'two-digit-year');
p('figure', 'CN22', '到21年底全国的市场主体一共多少亿户', F('市场主体总量超过1.5亿户', [1.5, '亿户']), 'two-digit-year', 'short');
p('figure', 'SD25', '山东24年国家先进制造业集群新添了几个', F('新增国家先进制造业集群3个', [3, '个']), 'two-digit-year', 'short-name', 'short');
p('figure', 'JS26', '苏十四五期间获批了几家国家技术创新中心(含分中心)', F('获批国家技术创新中心和分中心6家', [6, '家']), 'plan-period', 'five-year-review', 'short-name');
p('target', 'GD26', '粤今年老旧小区新开工改造的计划是多少个', F('稳步推进城中村改造,新开工改造600个老旧小区', [600, '个']), 'target', 'relative-year', 'short-name');
p('target', 'BJ25', '北京25年要综合整治多少个老旧小区', F('实施500个老旧小区综合整治', [500, '个']), 'target', 'two-digit-year', 'short', HF);
p('figure', 'YN25', '云南前年新增技能人才多少万', F('新增技能人才74万', [74, '万']), 'relative-year', 'short', HF);
p('target', 'ZJ26', '浙江十五五规划里 多式联运集装箱运量要涨多少', F('多式联运集装箱运量增长50%以上', pct(50)), 'target', 'plan-period');
p('figure', 'GD26', '广东高速公路通车总里程到去年达到多少', F('高速公路通车总里程达1.2万公里', [1.2, '万公里']), 'relative-year', HF);
p('target', 'ZJ25', '浙江去年中欧班列开行目标 多少列', F('力争全年开行2500列以上', [2500, '列']), 'target', 'relative-year', 'short', HF);
p('figure', 'FJ26', '福建去年新增境内外上市公司几家', F('新增境内外上市公司16家', [16, '家']), 'relative-year', 'short', HF);
p('target', 'AH26', '皖今年全年要开工多少个重点项目', F('全年开工重点项目2000个以上', [2000, '个']), 'target', 'relative-year', 'short-name', 'short', HF);
p('figure', 'SD26', '山东去年新增上市公司几家', F('新增上市公司10家,35家村镇银行完成改革任务', [10, '家']), 'relative-year', 'short', HF);
p('target', 'BJ26', '北京今年要新增多少公里轨道交通运营里程', F('新增轨道交通运营里程40公里以上', [40, '公里']), 'target', 'relative-year', HF);
p('target', 'SD26', '山东今年新能源汽车产量力争到多少万辆', F('力争产量突破120万辆', [120, '万辆']), 'target', 'relative-year', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'HZ24', '亚运那年杭州认定了多少万名高层次人才', F('新认定高层次人才3.5万名', [3.5, '万名']), 'event-year', 'after-other', HF);
s('figure', 'QT25', '钱塘24年认定的保障性住房有多少套', F('认定保障性住房2.5万套', [2.5, '万套']), 'two-digit-year', 'after-other', HF);
s('figure', 'CN24', '23年国家增发的国债是多少', F('增发1万亿元国债支持灾后恢复重建', [1, '万亿元']), 'two-digit-year', 'after-other', 'short', HF);
s('figure', 'GD26', '粤去年高技能人才总量是多少', F('全省研发人员达159万人、高技能人才达843万人', [843, '万人']), 'relative-year', 'short-name', 'second-of-pair', 'short', HF);
s('figure', 'HN25', '湖南湘菜产业产值前年突破了多少亿', F('湘菜产业产值突破6000亿元', [6000, '亿元']), 'relative-year', 'after-other', HF);
s('figure', 'ZJ25', '浙江24年跨境电商出口涨了多少', F('跨境电商出口规模达2141.3亿元、增长19.1%', pct(19.1)), 'two-digit-year', 'second-of-pair', 'short', HF);
s('figure', 'GD25', '粤前年对中东出口增长多少', F('对东盟、中东出口分别增长9.9%、10.5%', pct(10.5)), 'relative-year', 'short-name', 'second-of-pair', 'short', HF);
s('figure', 'BJ25', '北京前年人工智能核心产业规模破了多少亿', F('人工智能核心产业规模突破3000亿元', [3000, '亿元']), 'relative-year', 'after-other', HF);
s('figure', 'ZJ26', '浙江去年金融业增加值涨了多少', F('9.6%,金融业增加值增长7.9%', pct(7.9)), 'relative-year', 'after-other', 'short', HF);
s('figure', 'BJ26', '北交所到去年底总市值超过多少亿', F('北京证券交易所上市公司达288家、总市值超8600亿元', [8600, '亿元']), 'relative-year', 'second-of-pair', 'abbreviation', HF);
s('figure', 'CN23', '国务院23年报告里 制造业投资那年涨了几个点', F('全年基础设施、制造业投资分别增长9.4%、9.1%', pct(9.1)), 'two-digit-year', 'second-of-pair', HF);
s('figure', 'ZJ26', '浙江去年全口径科技创新投入增长多少', F('全省科技创新投入7232亿元、增长5.6%', pct(5.6)), 'relative-year', 'second-of-pair', HF);
s('figure', 'GD26', '广东去年新登记的经营主体增长了百分之几', F('新登记经营主体320万户、增长13%', pct(13)), 'relative-year', 'second-of-pair', HF);
s('figure', 'HN25', '湖南前年总算力涨了多少', F('总算力突破7000PF、增长34.6%', pct(34.6)), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'FJ25', '福建24年省重点项目完成投资多少亿', F('1593个省重点项目完成投资7295亿元', [7295, '亿元']), 'two-digit-year', 'after-other', HF);
s('figure', 'ZJ25', '浙江前年服务业增加值增速', F('出台服务业高质量发展30条措施,服务业增加值增长5.1%', pct(5.1)), 'relative-year', 'after-other', 'short', HF);
s('figure', 'GD25', '广东24年新增境内外上市企业多少家', F('新增境内外上市企业41家、总量达1198家', [41, '家']), 'two-digit-year', 'after-other', HF);
s('figure', 'CN25', '24年全国新能源汽车年产量破了多少万辆', F('新能源汽车年产量突破1300万辆', [1300, '万辆']), 'two-digit-year', 'after-other', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'ZJ25', "zhejiang factory investment in '24: up how much?", F('投资完成率119.7%,制造业投资增长3.3%', pct(3.3)), 'two-digit-year', 'lowercase', 'how-fast', HF);
e('figure', 'SD25', 'shandong R&D outlays: y/y growth in 2024?', F('全社会研发投入增长9.4%,高于全国1个百分点', pct(9.4)), 'year', 'lowercase', 'abbreviation', 'y-y', 'short', HF);
e('figure', 'JL25', 'jilin 2024: revenue growth at services companies above the size threshold', F('规上服务业营业收入增长8.8%', pct(8.8)), 'year', 'lowercase', 'fragment', HF);
e('figure', 'CN25', 'nationwide, by what % did manufacturing capex climb in 2024?', F('推进制造业技术改造升级,制造业投资增长9.2%', pct(9.2)), 'year', 'lowercase', 'how-fast', HF);
e('figure', 'CN23', 'infra capex, china, 2022: % up?', F('全年基础设施、制造业投资分别增长9.4%', pct(9.4)), 'year', 'lowercase', 'fragment', 'short', HF);
e('figure', 'CN22', 'china 2021: hi-tech manufacturing output growth (VA)?', F('高技术制造业增加值增长18.2%', pct(18.2)), 'year', 'lowercase', 'fragment', HF);
e('target', 'CN25', "china's planned 2025 budget deficit in trillion yuan?", F('赤字规模5.66万亿元', [5.66, '万亿元']), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'HZ24', 'hz, 2023 — headquarters companies recognised in the first batch: number?', F('认定首批总部企业468家', [468, '家']), 'year', 'lowercase', 'abbreviation', HF);
e('target', 'HZ24', "hz 2024 plan: central-budget investment money it meant to secure?", F('争取中央预算内投资8亿元', [8, '亿元']), 'target', 'year', 'lowercase', 'abbreviation', 'what-target', HF);
e('figure', 'JS25', 'jiangsu new national 5G factories in 2024?', F('新入选国家5G工厂113家', [113, '家']), 'year', 'lowercase', 'fragment', 'short', HF);
e('target', 'SH25', 'shanghai 2025 target for new HQ institutions', F('全年新增各类总部机构100家', [100, '家']), 'target', 'year', 'lowercase', 'fragment', 'what-target', HF);
e('figure', 'BJ25', 'beijing good-air days in 2024', F('优良天数达到290天', [290, '天']), 'year', 'lowercase', 'fragment', 'short', HF);
e('target', 'GS25', 'gongshu 2025 goal: HQ firms to be certified?', F('68家以上', [68, '家']), 'target', 'year', 'lowercase', 'pinyin', 'fragment-source', 'what-target');
e('figure', 'QT25', 'qiantang 2024: higher-level funds won (ultra-long bonds, special bonds) — over how much?', F('争取超长期特别国债、专项债等各类上级资金超140亿元', [140, '亿元']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'FJ25', "fujian 2024 — new 'little giant' SMEs, how many?", F('新增专精特新“小巨人”企业40家', [40, '家']), 'year', 'lowercase', HF);
e('figure', 'BJ26', 'beijing foreign visitor arrivals, 2025 — y/y?', F('入境游客增长39%', pct(39)), 'year', 'lowercase', 'fragment', 'short', HF);
e('figure', 'SD26', 'shandong key projects (province/city/county): investment completed in 2025?', F('省市县重点项目完成投资2.8万亿元', [2.8, '万亿元']), 'year', 'lowercase', HF);
e('figure', 'JS26', 'jiangsu, last yr: how fast did hi-tech factory output (value added) grow?', F('规上高技术制造业增加值、规上高技术服务业营收分别增长11.9%', pct(11.9)), 'relative-year', 'lowercase', 'fragment', HF);
e('figure', 'CN23', 'china ultra-low-emission coal power capacity, per the 2023 report', F('实现超低排放的煤电机组超过10.5亿千瓦', [10.5, '亿千瓦']), 'year', 'lowercase', 'fragment');
e('figure', 'ZJ26', 'zhejiang 2025: big industrial projects (≥100m yuan) landed — number?', F('全年共招引落地亿元以上重大产业项目3150个', [3150, '个']), 'year', 'lowercase', HF);
e('figure', 'ZJ26', "zhejiang's qianxiang-wanyi major project list — investment done last yr?", F('1596个“千项万亿”重大项目完成投资1.5万亿元', [1.5, '万亿元']), 'relative-year', 'lowercase', 'last-yr', HF);
e('figure', 'GD26', 'guangdong firms in the global top 500 — count as of 2025?', F('上榜世界500强企业增至18家', [18, '家']), 'year', 'lowercase', HF);
e('figure', 'SD26', 'shandong farm, forestry, livestock & fishery output value in 2025?', F('农林牧渔业总产值超过1.3万亿元', [1.3, '万亿元']), 'year', 'lowercase', HF);
e('figure', 'BJ26', "beijing: key core technologies broken through in '25 — how many?", F('210项关键核心技术获得突破', [210, '项']), 'two-digit-year', 'lowercase', HF);
e('figure', 'FJ26', 'fujian digital economy value added — latest estimate?', F('数字经济增加值预计达3.4万亿元', [3.4, '万亿元']), 'lowercase', 'fragment', HF);
e('figure', 'JS26', 'jiangsu academicians (CAS+CAE) — how many now?', F('两院院士增至123位', [123, '位']), 'lowercase', 'abbreviation', HF);
e('figure', 'AH25', "how many high-skill workers did anhui add in '24?", F('新增高技能人才41.7万人', [41.7, '万人']), 'two-digit-year', 'lowercase', HF);
e('figure', 'CN24', 'tech contract deals in china, 2023 — turnover up by what %?', F('技术合同成交额增长28.6%', pct(28.6)), 'year', 'lowercase', 'fragment', HF);
e('figure', 'SH26', 'shanghai new parks added in 2025?', F('新增公园127座', [127, '座']), 'year', 'lowercase', 'short', HF);
e('figure', 'QT21', 'qiantang, counting from its new-area launch: firms added to the above-scale industry roster?', F('新增规模以上工业企业48家', [48, '家']), 'lowercase', 'pinyin', 'fragment', HF);
e('figure', 'HN25', "hunan '24: number of new expressways put into service?", F('8条高速公路建成通车', [8, '条']), 'two-digit-year', 'lowercase', 'short', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe("how much did altay's economy grow in '25?", 'nf-place', 'two-digit-year', 'lowercase', 'pinyin', 'short');
nfe('How much snowfall did Jilin record in 2024?', 'nf-indicator', 'year');
nfe('guangdong gdp in 1968', 'nf-year', 'year', 'lowercase', 'short');
nfe("what were moutai's sales last yr?", 'nf-indicator', 'relative-year', 'lowercase', 'last-yr', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['BJ26', 'BJ25'], '北交所上市公司数量 前年到去年怎么变的', F(['北京证券交易所上市公司达288家', '北京证券交易所上市公司达262家'], [288, '家'], [262, '家']), 'relative-year', 'one-place-two-years', 'abbreviation', HF);
f('trend', 'trend-ask', ['AH26', 'AH25'], '安徽新登记经营主体 去年跟前年比是多了还是少了', F(['全年新登记各类经营主体94.6万户', '新登记经营主体121.3万户'], [94.6, '万户'], [121.3, '万户']), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['BJ26', 'BJ25'], '北京新增中小学学位 24、25两年各多少 是减少了吧', F(['新增中小学学位2.4万个', '新增中小学学位近3.9万个'], [2.4, '万个'], [3.9, '万个']), 'two-digit-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['FJ26', 'FJ25'], '福建新认定的省级高层次人才 24年到25年怎么变', F(['新认定省级高层次人才2745人', '新认定省级高层次人才1701人'], [2745, '人'], [1701, '人']), 'two-digit-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['CN25', 'CN24', 'CN23', 'CN22'], '地方政府专项债额度 22年到25年一年年是怎么走的', F(['拟安排地方政府专项债券4.4万亿元', '拟安排地方政府专项债券3.9万亿元', '今年拟安排地方政府专项债券3.8万亿元', '今年拟安排地方政府专项债券3.65万亿元'], [4.4, '万亿元'], [3.9, '万亿元'], [3.8, '万亿元'], [3.65, '万亿元']), 'target', 'two-digit-year', 'across-reports', HF);
f('trend', 'trend-ask', 'GD26', '广东城市天然气普及率 十四五期间从多少提到多少', F('城市天然气普及率从45.8%提升至77.3%', pct(77.3), pct(45.8)), 'plan-period', 'from-to', HF);
f('trend', 'trend-ask', 'GD26', '粤每万人口发明专利拥有量这五年怎么变', F('每万人口发明专利拥有量从28件提高到70件', [70, '件'], [28, '件']), 'five-year-review', 'from-to', 'short-name', 'per-capita', HF);
f('trend', 'trend-ask', 'AH26', '安徽专精特新小巨人 十四五从多少户涨到多少户', F('专精特新“小巨人”企业从80户增加到810户', [810, '户'], [80, '户']), 'plan-period', 'from-to', HF);
f('trend', 'trend-ask', ['FJ26', 'FJ25'], '闽省政府门户网站评估蝉联全国第一 两份报告(25、26年)分别写的连续几年', F(['省政府门户网站评估连续4年全国第一', '省政府门户网站绩效评估连续3年全国第一'], [4], [3]), 'streak', 'two-digit-year', 'one-place-two-years', HF);
f('comparison', 'comparison-ask', ['JL25', 'YN25'], '云南和吉林前年新建改造的高标准农田 谁多', F(['新建和改造提升高标准农田806万亩', '新建和改造高标准农田300万亩'], [806, '万亩'], [300, '万亩']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['SD25', 'HN25'], '鲁湘两省24年拿国家科学技术奖的 哪个多', F(['35项成果获得国家科学技术奖', '12个项目获国家科学技术奖'], [35, '项'], [12, '个']), 'two-places', 'which-higher', 'short-name', 'two-digit-year');
f('comparison', 'comparison-ask', ['GD26', 'ZJ26'], '广东港口和宁波舟山港 去年集装箱吞吐量差多少', F(['港口集装箱吞吐量达8097万标箱', '宁波舟山港集装箱吞吐量4387万标箱'], [8097, '万标箱'], [4387, '万标箱']), 'two-places', 'difference', 'relative-year', HF);
f('superlative', 'ranking-ask', 'GD25', '24年海上风电并网容量跃居全国第一的是哪个省 有多少万千瓦', F('全省海上风电并网容量超1200万千瓦、跃居全国首位', [1200, '万千瓦']), 'across-reports', 'two-digit-year', HF);
f('superlative', 'ranking-ask', 'JS26', '科创板、北交所上市公司数量全国第一的是哪个省', F('科创板、北交所上市公司数量居全国第一'), 'across-reports', 'abbreviation');
f('superlative', 'ranking-ask', 'GD26', '全国唯一出生人口超百万的是哪个省 连着几年了', F('连续6年成为全国唯一出生人口超百万的省份'), 'across-reports', 'streak', 'colloquial', HF);
f('superlative', 'ranking-ask', 'AH26', '去年新创建国家级中小企业特色集群 哪个省数量排第一', F('创建国家级中小企业特色产业集群7个、居全国第1位', [7, '个']), 'across-reports', 'relative-year', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'SH25', '上海机场前年货邮和旅客吞吐量各多少', F('上海机场航空货邮和旅客吞吐量分别达到420.6万吨、1.25亿人次', [420.6, '万吨'], [1.25, '亿人次']), 'relative-year', HF);
f('multi', 'multi-ask', 'AH25', '皖24年新增博士点和硕士点各几个', F('全省新增博士点23个、硕士点90个', [23, '个'], [90, '个']), 'two-digit-year', 'short-name', 'short', HF);
f('multi', 'multi-ask', 'HN25', '湖南前年以旧换新 汽车和家电各换了多少', F('汽车、家电产品以旧换新分别达23.6万辆、269.8万台', [23.6, '万辆'], [269.8, '万台']), 'relative-year', 'colloquial', HF);
f('multi', 'multi-ask', 'GS23', '拱墅22年5个省重点和56个市重点项目 年度投资分别完成多少亿', F('5个省重点项目、56个市重点项目累计实现年度投资11.65亿元、238.07亿元', [11.65, '亿元'], [238.07, '亿元']), 'two-digit-year', HF);
f('multi', 'multi-ask', 'GD26', '广东去年港口集装箱和机场货邮吞吐量 分别多少', F(['港口集装箱吞吐量达8097万标箱', '机场货邮吞吐量达459万吨'], [8097, '万标箱'], [459, '万吨']), 'relative-year', HF);
f('overview', 'overview-ask', 'SH26', '上海去年经济交出了什么答卷 简单说两句', { ...F('全市生产总值达到5.67万亿元、增长5.4%,好于预期'), lead: 5.67 }, 'relative-year', 'colloquial');
f('overview', 'overview-ask', 'YN25', "yunnan's 2024 economy — the gist?", { ...F('全省完成地区生产总值31534亿元、增长3.3%'), lead: 31534 }, 'en', 'year', 'lowercase', 'short');
f('outline', 'outline-ask', 'GS25', '拱墅去年准备抓哪几件事 分几块说', O('GS25'), 'relative-year', 'colloquial');
f('outline', 'outline-ask', 'FJ26', '福建今年政府工作的重点有哪几块', O('FJ26'), 'relative-year');
f('outline', 'outline-ask', 'CN22', 'what were the state council\'s main tasks for 2022? headings only', O('CN22'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('漠河去年GDP增速多少', 'nf-place', 'relative-year', 'mixed-script', 'short');
nf('敦煌前年接待了多少万游客', 'nf-place', 'relative-year', 'short');
nf('伊犁25年一般公共预算收入', 'nf-place', 'two-digit-year', 'short');
nf('三沙今年的固投目标是多少', 'nf-place', 'relative-year', 'abbreviation', 'short');
nf('通化去年规上工业增速是几', 'nf-place', 'relative-year', 'colloquial');
nf('黑河24年对俄贸易额有多少', 'nf-place', 'two-digit-year', 'short');
nf('满洲里口岸去年过货量多少万吨', 'nf-place', 'relative-year');
nf('1960年山东粮食总产量', 'nf-year', 'year', 'short');
nf('浙江1966年的财政收入是多少', 'nf-year', 'year', 'short');
nf('1949年上海工业总产值多少', 'nf-year', 'year', 'short');
nf('广西螺蛳粉去年卖了多少亿', 'nf-indicator', 'relative-year', 'colloquial');
nf('湖北小龙虾24年产量多少万吨', 'nf-indicator', 'two-digit-year', 'short');
nf('辽宁草莓种植面积有多少亩', 'nf-indicator', 'short');
nf('重庆火锅门店数量有多少家', 'nf-indicator', 'short');

// ---- 3. conversations, 2–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('福建24年国家级企业技术中心新增了几家'),
  T('那去年呢', 'figure', 'FJ26', F('新增国家级企业技术中心8家、产业知识产权运营中心2家', [8, '家']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
  T('两年一样多吗', 'comparison', ['FJ26', 'FJ25'], F(['新增国家级企业技术中心8家、产业知识产权运营中心2家', '宁德时代绿色超算中心,新增国家级企业技术中心8家'], [8, '家']), 'elliptical', 'comparison', 'equal', 'short', HF),
]);
conv([
  T('拱墅四年前扩绿 新增绿地多少平方米'),
  T('那绿道呢 提升了多长', 'figure', 'GS23', F('提升绿道23.6公里', [23.6, '公里']), 'elliptical', 'indicator-switch', 'short', HF),
  T('第二年计划建几公里绿道', 'target', 'GS23', F('新增绿地35万平方米,建设绿道8.3公里', [8.3, '公里']), 'elliptical', 'year-switch', 'short', HF),
]);
conv([
  T("shandong's 5G base station count at the close of 2024?"),
  T('and hunan, same year?', 'figure', 'HN25', F('建成5G基站17万个', [17, '万个']), 'elliptical', 'place-switch', 'en', 'lowercase', 'short', HF),
  T('which has more, and by how many?', 'comparison', ['SD25', 'HN25'], F(['5G基站达到24.2万个', '建成5G基站17万个'], [24.2, '万个'], [17, '万个']), 'elliptical', 'comparison', 'difference', 'en', 'lowercase', 'short', HF),
]);
conv([
  T('去年宁波舟山港的集装箱量多少万标箱'),
  T('同比涨了多少', 'figure', 'ZJ26', F('宁波舟山港集装箱吞吐量4387万标箱、增长11.6%', pct(11.6)), 'elliptical', 'short', HF),
  T('义新欧班列开了多少列', 'figure', 'ZJ26', F('中欧班列(义新欧)开行3005列', [3005, '列']), 'elliptical', 'topic-switch', 'short', HF),
  T('那增长了百分之几', 'figure', 'ZJ26', F('中欧班列(义新欧)开行3005列、增长14.7%', pct(14.7)), 'elliptical', 'short', HF),
]);
conv([
  T('去年广东港口集装箱量有多少'),
  T('高铁运营里程到多少了', 'figure', 'GD26', F('高铁运营总里程3411公里、跃居全国第一', [3411, '公里']), 'elliptical', 'topic-switch', 'short', HF),
]);
conv([
  T("anhui's new market-entity registrations last year — total?"),
  T('what about guangdong in 2025?', 'figure', 'GD26', F('新登记经营主体320万户', [320, '万户']), 'elliptical', 'place-switch', 'year', 'en', 'lowercase', 'short', HF),
  T('how many does guangdong have in total now?', 'figure', 'GD26', F('总量达2037.7万户,其中企业929.8万户', [2037.7, '万户']), 'elliptical', 'en', 'lowercase', HF),
]);
conv([
  T('山东前年全社会研发投入增长多少'),
  T('跑赢全国几个点', 'figure', 'SD25', F('全社会研发投入增长9.4%,高于全国1个百分点', [1]), 'elliptical', 'colloquial', 'short', HF),
  T('湖南同一年研发强度到了多少', 'figure', 'HN25', F('研发投入强度提升至2.57%', pct(2.57)), 'elliptical', 'place-switch', 'indicator-switch', HF),
]);
conv([
  T('北京今年疏解一般制造业企业定了多少家'),
  T('去年实际疏解了多少家', 'figure', 'BJ26', F('疏解提质一般制造业企业104家,治理违法建设2049万平方米', [104, '家']), 'elliptical', 'relative-year', 'year-switch', HF),
  T('那前年疏解了多少家', 'figure', 'BJ25', F('疏解提质一般制造业企业104家,治理违法建设超2000万平方米', [104, '家']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
  T('这两年是一样多吗', 'comparison', ['BJ26', 'BJ25'], F(['疏解提质一般制造业企业104家,治理违法建设2049万平方米', '疏解提质一般制造业企业104家,治理违法建设超2000万平方米'], [104, '家']), 'elliptical', 'comparison', 'equal', 'short', HF),
]);
conv([
  T('吉林前年规上服务业营收增长多少'),
  T('产业投资呢', 'figure', 'JL25', F('产业投资增长10.1%', pct(10.1)), 'elliptical', 'indicator-switch', 'short', HF),
  T('广东24年快递业务量有多少亿件', 'figure', 'GD25', F('快递年业务量突破400亿件', [400, '亿件']), 'no-inherit', 'place-switch', 'two-digit-year', HF),
]);
conv([
  T('安徽去年快递业务量增长多少'),
  T('说错了 我想问战略性新兴产业产值增速', 'figure', 'AH26', F('战略性新兴产业产值增长11.5%', pct(11.5)), 'elliptical', 'self-correction', 'indicator-switch', HF),
  T('高技术服务业投资连着几个月两位数增长了', 'figure', 'AH26', F('高技术服务业投资增长16.4%、连续18个月保持两位数增长', [18]), 'elliptical', 'indicator-switch', 'streak', HF),
]);
conv([
  T('云南前年城镇新增就业多少'),
  T('鹤岗呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('还是说云南 兜底保障的困难群众有多少万人', 'figure', 'YN25', F('兜底保障生活困难群众357.37万人', [357.37, '万人']), 'elliptical', 'after-not-found', 'topic-switch', HF),
]);
conv([
  T('钱塘前年规上工业总产值多少'),
  T('签约的亿元以上项目有几个', 'figure', 'QT25', F('全年累计签约亿元以上项目101个', [101, '个']), 'elliptical', 'topic-switch', 'short'),
  T('那真正落地的10亿元以上项目有几个', 'figure', 'QT25', F('落地亿元以上项目67个,其中10亿元以上项目16个', [16, '个']), 'elliptical', 'topic-switch', 'short', HF),
]);
conv([
  T('安徽去年新增农村幸福院几个'),
  T('目标呢', 'target', 'AH25', F('建设农村幸福院750个', [750, '个']), 'elliptical', 'and-the-target', 'short', HF),
  T('超额完成了吗', 'comparison', ['AH26', 'AH25'], F(['新增农村幸福院773个', '建设农村幸福院750个'], [773, '个'], [750, '个']), 'elliptical', 'comparison', 'which-higher', 'short', HF),
]);
conv([
  T("yunnan's 2025 goal for moving rural labour into off-farm jobs?"),
  T('how many were actually moved in 2024?', 'figure', 'YN25', F('农村劳动力转移就业1547.3万人', [1547.3, '万人']), 'elliptical', 'year', 'year-switch', 'en', 'lowercase', HF),
  T('so is the goal above or below that?', 'comparison', ['YN25'], F(['农村劳动力转移就业1500万人以上', '农村劳动力转移就业1547.3万人'], [1500, '万人'], [1547.3, '万人']), 'elliptical', 'comparison', 'which-higher', 'en', 'lowercase', HF),
]);
conv([
  T('杭州23年认定了多少家首批总部企业'),
  T('24年打算认定多少家', 'target', 'HZ24', F('争取认定总部企业450家以上', [450, '家']), 'elliptical', 'two-digit-year', 'year-switch', HF),
  T('比23年多还是少', 'comparison', ['HZ24'], F(['争取认定总部企业450家以上', '认定首批总部企业468家'], [450, '家'], [468, '家']), 'elliptical', 'comparison', 'which-higher', 'two-digit-year', 'short', HF),
]);
conv([
  T("fujian — little giants added in 2024?"),
  T('zhejiang that year?', 'figure', 'ZJ25', F('国家专精特新“小巨人”企业398家', [398, '家']), 'elliptical', 'place-switch', 'en', 'lowercase', 'short', HF),
  T('so who added more?', 'comparison', ['ZJ25', 'FJ25'], F(['国家专精特新“小巨人”企业398家', '新增专精特新“小巨人”企业40家'], [398, '家'], [40, '家']), 'elliptical', 'comparison', 'which-higher', 'en', 'lowercase', 'short', HF),
]);
conv([
  T('北京前年空气优良天数多少天'),
  T('比上一年多几天', 'figure', 'BJ25', F('优良天数达到290天、增加19天', [19, '天']), 'elliptical', 'short', HF),
  T('城乡污水处理率呢', 'figure', 'BJ25', F('城乡污水处理率达到97.5%', pct(97.5)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('全国24年制造业投资增速多少'),
  T('设备购置投资呢', 'figure', 'CN25', F('设备购置投资增长15.7%', pct(15.7)), 'elliptical', 'indicator-switch', 'short', HF),
  T('家电零售额涨了多少', 'figure', 'CN25', F('设备购置投资增长15.7%,家电类商品零售额增长12.3%', pct(12.3)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('鲁去年省市县三级重点项目一共完成多少投资'),
  T('新投产项目带来多少新增产值', 'figure', 'SD26', F('3920个新投产项目增加产值5100多亿元', [5100, '亿元']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('上海去年工业战新产业总产值增长多少'),
  T('占规上工业的比重到多少了', 'figure', 'SH26', F('占规模以上工业总产值比重提高到45%', pct(45)), 'elliptical', 'short', HF),
  T('前年三大先导产业规模多大', 'figure', 'SH25', F('集成电路、生物医药、人工智能三大先导产业规模达到1.8万亿元', [1.8, '万亿元']), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('central govt budget investment, china, 2025 plan — size?'),
  T('and for 2024?', 'target', 'CN24', F('今年中央预算内投资拟安排7000亿元', [7000, '亿元']), 'elliptical', 'year', 'year-switch', 'en', 'lowercase', 'short', HF),
  T('how much more in 2025?', 'comparison', ['CN25', 'CN24'], F(['今年中央预算内投资拟安排7350亿元', '今年中央预算内投资拟安排7000亿元'], [7350, '亿元'], [7000, '亿元']), 'elliptical', 'comparison', 'difference', 'year', 'en', 'lowercase', 'short', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  漠河: ['漠河', 'Mohe'],
  敦煌: ['敦煌', 'Dunhuang'],
  伊犁: ['伊犁', 'Yili'],
  三沙: ['三沙', 'Sansha'],
  通化: ['通化', 'Tonghua'],
  黑河: ['黑河', 'Heihe'],
  满洲里: ['满洲里', 'Manzhouli'],
  鹤岗: ['鹤岗', 'Hegang'],
  altay: ['阿勒泰', 'Altay'],
  1960: ['1960'],
  1966: ['1966'],
  1949: ['1949'],
  1968: ['1968'],
  螺蛳粉: ['螺蛳粉', 'river snail'],
  小龙虾: ['小龙虾', 'crayfish'],
  草莓: ['草莓', 'strawberry'],
  火锅: ['火锅', 'hotpot', 'hot pot'],
  snowfall: ['降雪', 'snowfall'],
  moutai: ['茅台', 'Moutai'],
};

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'af', last: 'ae', notAnswerableWords: NF_WORDS });
