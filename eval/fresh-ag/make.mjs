#!/usr/bin/env node
// Writes the fresh-ag sets: eval/fresh-ag/ag-tune.jsonl and eval/fresh-ag/ag-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ag/make.mjs [--check]
//
// A twenty-first held-out question set written BEFORE any fix, as fresh-m … fresh-af, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule of fresh-ae and fresh-af, unchanged: a cite must not repeat a fact cited by an earlier TUNE file (every file of
// EARLIER_SETS and laterSets('af') whose name does not contain "heldout" — so fresh-af's own tune file now counts too), but
// it MAY repeat a fact that only earlier HELD-OUT files cite (fresh-af's held-out file among them), asked in new words
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
p('figure', 'AH25', '安徽省属企业前年投到新兴产业的钱 超过多少亿了', F('省属企业投资新兴产业超过500亿元', [500, '亿元']), 'relative-year', 'colloquial');
p('figure', 'AH25', '长三角居民服务一卡通办 安徽24年扩到多少项了', F('居民服务“一卡通办”事项扩大到78项', [78, '项']), 'two-digit-year', 'colloquial');
p('target', 'AH25', '安徽去年计划规范建设的零工市场和零工驿站 一共多少个', F('规范建设零工市场、零工驿站100个', [100, '个']), 'target', 'relative-year');
p('target', 'GD25', '广东25年打算打造多少个幼儿园共同体', F('打造150个以上优质学前教育资源牵头的幼儿园共同体', [150, '个']), 'target', 'two-digit-year', 'colloquial');
p('figure', 'GD25', '粤前年第二批典型村一共推了多少个', F('全面推动第二批2225个典型村建设', [2225, '个']), 'relative-year', 'short-name', 'colloquial');
p('figure', 'GD25', '广东24年有几所新高校获批设置', F('肇庆医学院等7所高等院校获批设置', [7, '所']), 'two-digit-year', 'short');
p('figure', 'GD25', '广东污染防治攻坚国家考核 到前年连着几年拿优秀了', F('深入打好污染防治攻坚战,连续4年在国家考核中获优秀等次', [4]), 'relative-year', 'streak', 'colloquial');
p('figure', 'GS23', '拱墅运河财富小镇的中介服务机构 22年累计有多少家', F('全力打造法律服务集聚区,中介服务机构累计达442家', [442, '家']), 'two-digit-year');
p('figure', 'GS23', '拱墅四年前拿到中国专利奖的创新主体新增了几家', F('新增中国专利奖创新主体3家', [3, '家']), 'relative-year', 'short');
p('figure', 'ZJ25', '浙江前年数字经济核心产业的增加值 大概涨了多少', F('数字经济核心产业增加值增长8%左右', pct(8)), 'relative-year', 'colloquial', 'approx');
p('target', 'ZJ25', '浙江去年打算新改建多少家“家门口青少年宫”', F('新改建“家门口青少年宫”200家', [200, '家']), 'target', 'relative-year');
p('target', 'ZJ26', '浙江今年打算让多少万人享受长护险待遇', F('将重度失能(重度失智)人员纳入长护险保障,待遇享受人数23万人以上', [23, '万人']), 'target', 'relative-year', 'abbreviation');
p('target', 'GD26', '广东今年培养儿科医生的目标是多少人', F('培养儿科医生超500人', [500, '人']), 'target', 'relative-year', 'short');
p('figure', 'CN23', '23年国务院报告里 基础学科拔尖学生的培养基地一共建了多少个', F('建设288个基础学科拔尖学生培养基地', [288, '个']), 'two-digit-year', 'five-year-review');
p('figure', 'CN22', '21年助学贷款单人一年的最高额度上调了多少', F('国家助学贷款每人每年最高额度增加4000元', [4000, '元']), 'two-digit-year', 'colloquial');
p('figure', 'BJ25', '北京前年试点延时开放的博物馆有几家', F('试点推行20家博物馆延时开放', [20, '家']), 'relative-year', 'short');
p('figure', 'BJ25', '北京24年食品药品抽检合格率多少来着', F('食品、药品抽检合格率均超99%', pct(99)), 'two-digit-year', 'colloquial', 'short');
p('figure', 'BJ26', '北京三级公立医院去年提前两周往基层放了多少比例的号源', F('三级公立医院提前两周向基层投放50%以上号源', pct(50)), 'relative-year');
p('figure', 'FJ25', '福建前年实施的省重点技改项目有多少项', F('实施2205项省重点技改项目', [2205, '项']), 'relative-year');
p('figure', 'FJ25', '闽24年国家级台湾农民创业园新获批了几个', F('新获批8个国家级台湾农民创业园', [8, '个']), 'two-digit-year', 'short-name', 'short');
p('figure', 'FJ26', '福建去年两通工程新开工了多少个项目', F('新开工33个“两通工程”项目', [33, '个']), 'relative-year', 'colloquial');
p('target', 'SD25', '山东去年准备建多少个大学生就业创业的赋能中心', F('新建大学生就业创业赋能中心15个', [15, '个']), 'target', 'relative-year');
p('figure', 'SD26', '鲁去年有多少个“一件事”落地了', F('37个“一件事”落地落实', [37, '个']), 'relative-year', 'short-name', 'short', 'colloquial');
p('target', 'SH25', '上海去年小梁薄板房这类不成套旧住房 计划改造多少万平方米', F('完成31万平方米小梁薄板房屋等不成套旧住房改造', [31, '万平方米']), 'target', 'relative-year', 'colloquial');
p('figure', 'HN25', '湖南前年进入全国先进制造百强的园区有几家', F('衡阳高新区等6家园区入选全国先进制造百强园区', [6, '家']), 'relative-year', 'colloquial');
p('target', 'YN25', '云南去年计划建成的民族村寨旅游提升示范村是多少个', F('建成340个民族村寨旅游提升示范村', [340, '个']), 'target', 'relative-year');
p('figure', 'JS25', '长江干流江苏段水质 到前年连续几年保持二类了', F('长江干流江苏段水质连续7年保持II类', [7]), 'relative-year', 'streak');
p('target', 'QT25', '钱塘25年要建强的省级未来产业先导区有几个', F('建强合成生物、元宇宙2个省级未来产业先导区', [2, '个']), 'target', 'two-digit-year', 'abbreviation');
p('target', 'SD25', '山东去年有没有说城市污水处理厂提标改造要完成多大比例', F('60%的城市污水处理厂完成提标改造', pct(60)), 'target', 'relative-year', 'colloquial');
p('figure', 'JL25', '吉林前年新建的宜居农房大概多少户', F('深入实施“十百千万”工程,新建宜居农房18393户', [18393, '户']), 'relative-year', 'colloquial', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'JS26', '江苏PM2.5年均浓度连着几年达到国家二级标准了', F('较“十三五”末改善16.5%,连续5年达国家二级标准', [5]), 'five-year-review', 'after-other', 'streak', HF);
s('figure', 'CN22', '21年大型商业银行普惠小微贷款增幅超过了多少', F('大型商业银行普惠小微企业贷款增幅超过40%', pct(40)), 'two-digit-year', 'after-other', 'abbreviation', HF);
s('figure', 'JL25', '吉林前年国有资本收益涨了百分之多少', F('实现国有资本收益64.6亿元,增长358%', pct(358)), 'relative-year', 'second-of-pair', HF);
s('figure', 'QT25', '钱塘24年农村居民的人均可支配收入涨幅是多少', F('城镇和农村居民人均可支配收入分别增长3.8%和4.9%', pct(4.9)), 'two-digit-year', 'second-of-pair', HF);
s('figure', 'BJ25', '北京地区前年拿的国家科学技术奖占全国的比重是多少', F('北京地区获评国家科学技术奖58项、占全国28.7%', pct(28.7)), 'relative-year', 'second-of-pair', HF);
s('figure', 'HN25', '湖南绿色智能计算产业前年的产值过了多少亿', F('绿色智能计算产业产值增长19.2%、突破8500亿元', [8500, '亿元']), 'relative-year', 'second-of-pair', HF);
s('figure', 'SH25', '上海前年环境空气质量优良率提高了几个百分点', F('环境空气质量优良率达到88.5%、提高0.8个百分点', [0.8, '个百分点']), 'relative-year', 'second-of-pair', HF);
s('figure', 'JS25', '江苏24年小微企业首贷一共贷了多少亿', F('1.3万户小微企业获得首贷274亿元', [274, '亿元']), 'two-digit-year', 'second-of-pair', HF);
s('figure', 'BJ25', '北京前年老旧小区改造完工了几个', F('老旧小区改造开工742个、完工548个', [548, '个']), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'FJ25', '福建24年新增国家高层次人才特殊支持计划专家多少人', F('首批立项513个,新增国家高层次人才特殊支持计划专家23人', [23, '人']), 'two-digit-year', 'after-other', HF);
s('figure', 'YN25', '云南前年新增的专业人才大概几万', F('新增技能人才74万、专业人才8.1万', [8.1, '万']), 'relative-year', 'second-of-pair', 'approx', HF);
s('figure', 'AH26', '皖去年城镇老旧小区改造了多少个', F('改造城中村和城市危旧房2.6万户、城镇老旧小区1129个', [1129, '个']), 'relative-year', 'short-name', 'second-of-pair', HF);
s('figure', 'FJ25', '福建前年的高价值发明专利涨了百分之几', F('企业参与省级科技计划项目超600项,高价值发明专利增长23.8%', pct(23.8)), 'relative-year', 'after-other', 'short', HF);
s('figure', 'HN25', '湖南到24年底上市公司有多少家', F('工业百亿企业总数达53家,上市公司达146家', [146, '家']), 'two-digit-year', 'after-other', HF);
s('figure', 'JL25', '吉林前年新增风光装机是正常消纳能力的几倍', F('新增风光装机超过600万千瓦,是正常消纳能力的10倍', [10, '倍']), 'relative-year', 'second-of-pair', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'CN23', 'cross-province direct billing for hospital & outpatient costs: how many patient-visits benefited (2023 report)?', F('住院和门诊费用实现跨省直接结算,惠及5700多万人次', [5700, '万人次']), 'year', 'lowercase', 'five-year-review');
e('target', 'ZJ26', 'zhejiang 2026: how many innovation consortia are lead firms supposed to set up?', F('支持龙头企业牵头组建创新联合体10个以上', [10, '个']), 'target', 'year', 'lowercase', 'what-target');
e('target', 'ZJ26', "zhejiang this yr — min share of new energy quota / industrial land going to private investment?", F('新增工业用地支持民间投资项目比重不低于80%', pct(80)), 'target', 'relative-year', 'lowercase', 'this-yr');
e('figure', 'BJ25', 'beijing 2024: number of sub-sector support policies for advanced manufacturing?', F('制定实施医疗器械、新材料等40项细分产业支持政策', [40, '项']), 'year', 'lowercase', 'fragment');
e('target', 'FJ25', "fujian's 2025 per-mu tax benchmark for new/expanded industrial projects?", F('新改扩建投用产业项目亩均税收15万元以上', [15, '万元']), 'target', 'year', 'lowercase', 'what-target');
e('figure', 'SH25', "shanghai's 3rd yangtze-delta action plan — number of key joint items?", F('产业协同、公共服务便利共享等18个重点合作事项加快实施', [18, '个']), 'lowercase', 'fragment');
e('figure', 'FJ25', 'fujian 2024 supply-demand matchmaking events (e-trucks, electronics, bamboo) — how many?', F('竹产业等供需对接活动109场', [109, '场']), 'year', 'lowercase', 'fragment');
e('figure', 'SD25', 'shandong 2024: share of major sci-tech projects led by companies?', F('重大科技项目90%以上由企业牵头', pct(90)), 'year', 'lowercase', 'fragment');
e('target', 'GD25', "guangdong's '3 hundreds' tourism investment plan for 2025 — how many major projects under construction?", F('推进100项在建重大项目', [100, '项']), 'target', 'year', 'lowercase', HF);
e('figure', 'CN22', 'renewables capacity in china passed what mark in 2021?', F('可再生能源发电装机规模突破10亿千瓦', [10, '亿千瓦']), 'year', 'lowercase', 'short', HF);
e('figure', 'CN24', 'higher elderly/childcare tax deductions in 2023 — how many taxpayers benefited?', F('6600多万纳税人受益', [6600, '万']), 'year', 'lowercase', HF);
e('figure', 'CN25', 'mortgage rate cuts in 2024 saved households about how much interest per year?', F('居民存量房贷利息年支出减少约1500亿元', [1500, '亿元']), 'year', 'lowercase', 'approx', HF);
e('figure', 'JL25', 'jilin: how many straight years w/o a major forest fire?', F('连续44年无重大森林火灾', [44, '年']), 'lowercase', 'abbreviation', 'streak', 'short', HF);
e('figure', 'QT25', 'qiantang 2024 — firms listed as municipal HQ enterprises?', F('63家企业上榜市级总部企业', [63, '家']), 'year', 'lowercase', 'pinyin', 'short', HF);
e('figure', 'QT21', 'qiantang since its new-area launch: projects worth 100m yuan+ brought in?', F('新引进亿元以上项目84个', [84, '个']), 'lowercase', 'pinyin', 'since-launch', HF);
e('figure', 'BJ25', 'beijing bookstores (brick & mortar) — how many by end-2024?', F('实体书店数量超2100家', [2100, '家']), 'year', 'lowercase', 'short', HF);
e('figure', 'HN25', "hunan's gov app xiangyiban — total users?", F('“湘易办”总用户数近3500万', [3500, '万']), 'lowercase', 'pinyin', 'short', HF);
e('figure', 'JS25', 'jiangsu: national historic & cultural cities, count?', F('国家历史文化名城达14座', [14, '座']), 'lowercase', 'fragment', 'short', HF);
e('figure', 'JS25', 'jiangsu biodiversity baseline survey — species count updated to?', F('生物多样性本底调查发现物种数更新至8842种', [8842, '种']), 'lowercase', 'fragment', HF);
e('figure', 'AH26', 'anhui 2025: new intl passenger & cargo air routes opened?', F('新开通国际客货运航线15条', [15, '条']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'YN25', 'yunnan: months in a row w/o a major work-safety accident, as of the 2025 report?', F('连续61个月未发生重大及以上生产安全事故', [61, '个月']), 'year', 'lowercase', 'abbreviation', 'streak', HF);
e('target', 'GS25', 'gongshu 2025 plan: top-tier leading talents to bring in?', F('增顶尖领军人才10名', [10, '名']), 'target', 'year', 'lowercase', 'pinyin', 'fragment-source', HF);
e('target', 'GD25', 'guangdong 2025 livelihood projects: rural road bridges (old/dangerous) to fix?', F('改造农村公路危旧桥梁超240座', [240, '座']), 'target', 'year', 'lowercase');
e('target', 'AH25', "anhui '25 goal for first stores (national / provincial-city firsts)?", F('引进全国首店、省市首店200个以上', [200, '个']), 'target', 'two-digit-year', 'lowercase', 'what-target');
e('target', 'ZJ25', 'zhejiang 2025: youth rural-practice stations to build?', F('建设青年入乡实践站点1000个', [1000, '个']), 'target', 'year', 'lowercase', 'short');
e('target', 'SD26', "shandong this year: provincial rural-revitalization zones to build or upgrade — roughly how many?", F('新建提升省级片区100个左右', [100, '个']), 'target', 'relative-year', 'lowercase', 'approx');
e('target', 'BJ25', 'beijing 2025 target: metro stations getting bike-parking clean-up?', F('完成50个地铁站和40个学医景商等重点区域周边非机动车停放治理', [50, '个']), 'target', 'year', 'lowercase', 'what-target');
e('figure', 'CN22', 'one-off subsidy to grain farmers in 2021: how much?', F('对种粮农民一次性发放200亿元补贴', [200, '亿元']), 'year', 'lowercase', 'short', HF);
e('figure', 'CN23', "'specialized & sophisticated' SMEs nationwide — how many, per the 2023 report?", F('专精特新中小企业达7万多家', [7, '万家']), 'year', 'lowercase', 'five-year-review', HF);
e('target', 'HZ24', 'hz 2024 plan: new high-standard farmland, mu?', F('新建高标准农田2万亩', [2, '万亩']), 'target', 'year', 'lowercase', 'abbreviation', 'short', HF);
e('target', 'AH25', 'anhui 2025: new provincial industrial-internet platforms planned?', F('新培育省级工业互联网平台10家以上', [10, '家']), 'target', 'year', 'lowercase', 'short');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe("turpan gdp growth last yr?", 'nf-place', 'relative-year', 'lowercase', 'last-yr', 'short');
nfe('shanghai industrial output in 1945', 'nf-year', 'year', 'lowercase', 'short');
nfe('How many roast duck restaurants are there in Beijing?', 'nf-indicator');
nfe('average height of adults in zhejiang, latest?', 'nf-indicator', 'lowercase', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['JS26', 'JS25'], '江苏两化融合水平蝉联全国第一 到前年是连着几年 到去年呢', F(['两化融合发展水平指数连续11年全国第一', '两化融合发展水平连续10年全国第一'], [11], [10]), 'streak', 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', 'ZJ26', '浙江上市公司数十四五期间从多少家涨到多少家', F('上市公司从518家增加到731家', [731, '家'], [518, '家']), 'plan-period', 'from-to', HF);
f('trend', 'trend-ask', 'ZJ26', '浙江全国重点实验室 这五年是怎么变的', F('全国重点实验室从15家跃升到38家', [38, '家'], [15, '家']), 'five-year-review', 'from-to', HF);
f('trend', 'trend-ask', 'AH26', '安徽战新产业产值占规上工业的比重 十四五提高了多少', F('战略性新兴产业产值占规上工业比重从40.3%提高到45.4%', pct(45.4), pct(40.3)), 'plan-period', 'from-to', 'abbreviation', HF);
f('trend', 'trend-ask', 'AH26', '安徽规上工业企业营收在全国排第几 这几年从第几升上来的', F('规上工业企业营收从全国第12位跃升至第5位', [5], [12]), 'five-year-review', 'from-to', 'colloquial', HF);
f('trend', 'trend-ask', ['CN25', 'CN24'], '24、25两年 城乡居民基础养老金的最低标准分别上调多少', F(['城乡居民基础养老金最低标准再提高20元', '城乡居民基础养老金月最低标准提高20元'], [20, '元']), 'target', 'two-digit-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', 'GD26', '广东可再生能源装机占比 这五年从多少提高到多少', F('可再生能源装机占比从23.3%提高到40.4%', pct(40.4), pct(23.3)), 'five-year-review', 'from-to', HF);
f('trend', 'trend-ask', 'SH26', '上海跨部门综合监管事项 去年从几个扩到了几个', F('跨部门综合监管事项从39个拓展到91个', [91, '个'], [39, '个']), 'relative-year', 'from-to', 'colloquial', HF);
f('trend', 'trend-ask', 'CN23', '国务院23年报告 居民医保的人均财政补助标准 这五年从多少提到多少', F('城乡居民医保人均财政补助标准从450元提高到610元', [610, '元'], [450, '元']), 'two-digit-year', 'five-year-review', 'from-to', 'colloquial', HF);
f('comparison', 'comparison-ask', ['GD25', 'JS25'], '粤苏两省耕地总量连续净增加 到前年各是几年 谁更久', F(['耕地总量连续4年净增加', '耕地总量连续3年净增加'], [4], [3]), 'two-places', 'which-higher', 'short-name', 'streak', 'relative-year', HF);
f('comparison', 'comparison-ask', ['SD26', 'FJ26'], '到十四五末 山东和福建的专精特新小巨人企业各有多少家', F(['专精特新“小巨人”1356家', '国家级专精特新“小巨人”企业达426家'], [1356, '家'], [426, '家']), 'two-places', 'which-higher', 'plan-period', HF);
f('comparison', 'comparison-ask', ['BJ25', 'SD25'], '北京和山东前年新增的家庭养老床位 哪个多', F(['新增9829张家庭养老床位', '家庭养老床位新增1.1万张'], [9829, '张'], [1.1, '万张']), 'two-places', 'which-higher', 'relative-year', HF);
f('superlative', 'ranking-ask', 'BJ25', '世界文化遗产数量在全球城市里排第一的是哪座城市 一共几处', F('世界文化遗产达到8处、居全球城市首位', [8, '处']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'YN25', '哪个省给脱贫人口新发放的小额信贷全国第一', F('脱贫人口小额信贷新发放量居全国第1位'), 'across-reports', HF);
f('superlative', 'ranking-ask', 'AH26', '去年哪个省实际利用外资的增速排全国第一', F('实际使用外资增速居全国第1位'), 'across-reports', 'relative-year', HF);
f('superlative', 'ranking-ask', 'FJ25', '森林覆盖率全国第一的是哪个省 到前年连续多少年了', F('森林覆盖率连续46年居全国首位', [46, '年']), 'across-reports', 'streak', 'relative-year', 'colloquial', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'JL25', '吉林前年高技术制造业和战新产业在规上工业里各占多少', F('高技术制造业增加值占规上工业12.3%,战略性新兴产业产值占规上工业16.9%', pct(12.3), pct(16.9)), 'relative-year', 'abbreviation', HF);
f('multi', 'multi-ask', 'CN25', '24年信息技术服务业和租赁商务服务业增加值 分别涨了多少', F('信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长10.9%、10.4%', pct(10.9), pct(10.4)), 'two-digit-year', 'colloquial', HF);
f('multi', 'multi-ask', 'JS25', '江苏前年生产安全事故起数和死亡人数各降了多少', F('生产安全事故起数、死亡人数分别下降12.8%和10.5%', pct(12.8), pct(10.5)), 'relative-year', HF);
f('multi', 'multi-ask', 'BJ25', '北京24年生产安全死亡事故的起数、死亡人数 各下降多少', F('全市生产安全死亡事故起数和死亡人数分别下降24.7%和28.2%', pct(24.7), pct(28.2)), 'two-digit-year', HF);
f('multi', 'multi-ask', 'HN25', '湖南前年办了多少件人大代表建议 政协提案又办了多少', F('办理省人大代表建议1004件、省政协提案1047件', [1004, '件'], [1047, '件']), 'relative-year', 'colloquial', HF);
f('overview', 'overview-ask', 'JS26', '江苏去年经济总体咋样 说个大概', { ...F('经济运行总体平稳、稳中有进,地区生产总值增长5.3%、增量保持全国第一'), lead: 5.3 }, 'relative-year', 'colloquial');
f('overview', 'overview-ask', 'HN25', "hunan's 2024 economy in a nutshell?", { ...F('全年增长4.8%、总量达5.3万亿元'), lead: 4.8 }, 'en', 'year', 'lowercase', 'short');
f('outline', 'outline-ask', 'GS23', '拱墅三年前的计划里 重点工作分了哪几块', O('GS23'), 'relative-year', 'colloquial');
f('outline', 'outline-ask', 'FJ25', '福建去年的政府工作有哪几个大的方面', O('FJ25'), 'relative-year');
f('outline', 'outline-ask', 'CN23', "state council's 2023 to-do list — main headings?", O('CN23'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('林芝去年GDP涨了多少', 'nf-place', 'relative-year', 'mixed-script', 'short', 'colloquial');
nf('玉树前年的游客人数多少来着', 'nf-place', 'relative-year', 'colloquial');
nf('和田25年财政一般公共预算收入多少', 'nf-place', 'two-digit-year', 'short');
nf('阿克苏今年固投计划增长多少', 'nf-place', 'relative-year', 'short');
nf('二连浩特口岸去年进出口货运量多少万吨', 'nf-place', 'relative-year');
nf('固原24年城镇新增了多少就业', 'nf-place', 'two-digit-year', 'short');
nf('七台河去年规上工业增加值增速大概多少', 'nf-place', 'relative-year', 'colloquial');
nf('黔东南州前年接待了多少游客', 'nf-place', 'relative-year', 'short');
nf('1912年江苏人口多少', 'nf-year', 'year', 'short');
nf('广东1947年的财政收入有多少', 'nf-year', 'year', 'short');
nf('1936年北京有多少所中学', 'nf-year', 'year', 'short');
nf('西藏牦牛存栏量有多少头', 'nf-indicator', 'short');
nf('广州去年月饼卖了多少亿', 'nf-indicator', 'relative-year', 'colloquial');
nf('浙江粽子一年产量有多少', 'nf-indicator', 'short');

// ---- 3. conversations, 2–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('北京前年建成的高标准农田有多少万亩'),
  T('那去年计划建多少', 'target', 'BJ25', F('开展集中连片高标准农田示范区建设试点,建设高标准农田15万亩', [15, '万亩']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
  T('那今年的计划呢', 'target', 'BJ26', F('推动耕地集中成片和适度规模经营,建设高标准农田12万亩', [12, '万亩']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
]);
conv([
  T('北京去年计划新增多少公里绿道'),
  T('实际新增了多少', 'figure', 'BJ26', F('扎实推进全域绿化彩化立体化,新增绿道1000公里', [1000, '公里']), 'elliptical', 'short', HF),
  T('完成计划了吗', 'comparison', ['BJ26', 'BJ25'], F(['扎实推进全域绿化彩化立体化,新增绿道1000公里', '新增联山联水联社区的绿道1000公里'], [1000, '公里']), 'elliptical', 'comparison', 'equal', 'short', HF),
]);
conv([
  T('jiangsu: childcare places added in 2024?'),
  T('what about anhui?', 'figure', 'AH25', F('建立家庭育儿补贴制度,新增托位4万个', [4, '万个']), 'elliptical', 'place-switch', 'en', 'lowercase', 'short', HF),
  T('who added more?', 'comparison', ['AH25', 'JS25'], F(['建立家庭育儿补贴制度,新增托位4万个', '加强生育支持和普惠托育服务,新增托位数超3万个'], [4, '万个'], [3, '万个']), 'elliptical', 'comparison', 'which-higher', 'en', 'lowercase', 'short', HF),
  T("and jiangsu's elderly meal points — how many built?", 'figure', 'JS25', F('建成老年助餐点8000余家', [8000, '家']), 'elliptical', 'place-switch', 'topic-switch', 'en', 'lowercase', HF),
]);
conv([
  T('山东到前年高速公路通车里程有多少公里'),
  T('今年打算突破多少公里', 'target', 'SD26', F('建成通车济南至宁津等5个项目,高速公路里程突破9500公里', [9500, '公里']), 'elliptical', 'relative-year', 'year-switch', HF),
  T('比前年多出来多少', 'comparison', ['SD26', 'SD25'], F(['高速公路里程突破9500公里', '济菏高速改扩建等8个项目建成,高速公路通车里程突破8700公里'], [9500, '公里'], [8700, '公里']), 'elliptical', 'comparison', 'difference', 'relative-year', 'short', HF),
]);
conv([
  T('吉林前年高标准农田新建改造了多少万亩'),
  T('保护性耕作推广面积呢', 'figure', 'JL25', F('保护性耕作推广面积达到3800万亩', [3800, '万亩']), 'elliptical', 'indicator-switch', 'short', HF),
  T('去年还打算再新增多少', 'target', 'JL25', F('保护性耕作面积新增200万亩', [200, '万亩']), 'elliptical', 'relative-year', 'year-switch', HF),
]);
conv([
  T('湖南前年上市公司有多少家'),
  T('说错了 我想问上云上平台的企业数', 'figure', 'HN25', F('上云上平台企业15.6万家', [15.6, '万家']), 'elliptical', 'self-correction', 'indicator-switch', HF),
  T('国家级服务型制造示范企业有几个', 'figure', 'HN25', F('国家级服务型制造示范企业(平台、项目)达29个', [29, '个']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('安徽十四五期间新增境内上市公司多少家'),
  T('绥化呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('还是说安徽 上市公司总数现在有多少家', 'figure', 'AH26', F('新增境内上市公司62家,总数186家', [186, '家']), 'elliptical', 'after-not-found', HF),
]);
conv([
  T("zhejiang's yiwu–europe freight trains: how many ran in 2025?"),
  T('same thing for 2024?', 'figure', 'ZJ25', F('浙江中欧班列(义新欧)开行2619列', [2619, '列']), 'elliptical', 'year', 'year-switch', 'en', 'lowercase', 'short', HF),
  T('growth that year?', 'figure', 'ZJ25', F('浙江中欧班列(义新欧)开行2619列、增长10%', pct(10)), 'elliptical', 'en', 'lowercase', 'short', HF),
]);
conv([
  T('shanghai 2024 — size of its one-stop public resource trading?'),
  T('and how many AEO-certified operators did it have?', 'figure', 'SH25', F('“经认证的经营者”(AEO)达到558家', [558, '家']), 'elliptical', 'indicator-switch', 'en', 'lowercase', 'abbreviation', HF),
]);
conv([
  T('云南前年新增专业人才多少万'),
  T('首席技师有几个', 'figure', 'YN25', F('新增技能人才74万、专业人才8.1万、首席技师73人', [73, '人']), 'elliptical', 'indicator-switch', 'short', HF),
  T('浙江前年新增了多少家雄鹰企业', 'figure', 'ZJ25', F('新增“雄鹰”企业50家、上市公司23家', [50, '家']), 'no-inherit', 'place-switch', 'relative-year', HF),
]);
conv([
  T('云南前年农村卫生户厕覆盖率多少'),
  T('去年的目标呢', 'target', 'YN25', F('农村卫生户厕覆盖率达到78%', pct(78)), 'elliptical', 'and-the-target', 'relative-year', 'short', HF),
  T('比前年高几个点', 'comparison', ['YN25'], F(['农村卫生户厕覆盖率达到78%', '农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理(管控)率分别达75%'], pct(78), pct(75)), 'elliptical', 'comparison', 'difference', 'relative-year', 'short', HF),
]);
conv([
  T('江苏前年四好农村路新改建了多少公里'),
  T('村庄规划编完了多少个', 'figure', 'JS25', F('编制完成1.1万个村庄规划', [1.1, '万个']), 'elliptical', 'topic-switch', 'short', HF),
]);
conv([
  T('beijing 2024: family eldercare beds added?'),
  T('kindergarten enrolment & inclusive rate that year?', 'figure', 'BJ25', F('适龄儿童入园率和普惠率均达到93%', pct(93)), 'elliptical', 'topic-switch', 'en', 'lowercase', HF),
  T('what about 2025?', 'figure', 'BJ26', F('适龄儿童入园率和普惠率分别达96%和94%', pct(96), pct(94)), 'elliptical', 'year', 'year-switch', 'en', 'lowercase', 'short', HF),
]);
conv([
  T('杭州23年给经营主体减负了多少亿'),
  T('安排了多少财政资金', 'figure', 'HZ24', F('安排财政资金480亿元', [480, '亿元']), 'elliptical', 'indicator-switch', 'short', HF),
  T('扩大有效投资的政策出了几条', 'figure', 'HZ24', F('扩大有效投资18条', [18, '条']), 'elliptical', 'topic-switch', HF),
  T('经济高质量发展的那个呢', 'figure', 'HZ24', F('经济高质量发展64条', [64, '条']), 'elliptical', 'short', HF),
]);
conv([
  T('钱塘前年一般公共预算收入多少'),
  T('比上年涨了百分之几', 'figure', 'QT25', F('一般公共预算收入134亿元、增长6.1%', pct(6.1)), 'elliptical', 'short', HF),
  T('新增的建设用地指标有多少亩', 'figure', 'QT25', F('新增建设用地指标3734亩', [3734, '亩']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('国务院25年报告 补充大行资本的特别国债拟发多少'),
  T('专项债比上年多安排了多少', 'target', 'CN25', F('拟安排地方政府专项债券4.4万亿元、比上年增加5000亿元', [5000, '亿元']), 'elliptical', 'topic-switch', HF),
  T('新增政府债务总规模一共多少', 'target', 'CN25', F('今年合计新增政府债务总规模11.86万亿元', [11.86, '万亿元']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('上海前年重大工程投资完成了多少亿'),
  T('比上一年增长了多少', 'figure', 'SH25', F('重大工程投资完成2383亿元、增长5.6%', pct(5.6)), 'elliptical', 'short', HF),
  T('轨道交通线路总长到多少了', 'figure', 'SH25', F('全市线路总长近900公里', [900, '公里']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T("china's 2024 budget: general public spending — total?"),
  T('up how much vs 2023?', 'target', 'CN24', F('一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元', [1.1, '万亿元']), 'elliptical', 'year', 'en', 'lowercase', 'short', HF),
  T('and the 2025 figure?', 'target', 'CN25', F('一般公共预算支出规模29.7万亿元', [29.7, '万亿元']), 'elliptical', 'year', 'year-switch', 'en', 'lowercase', 'short', HF),
  T('how much more than 2024 is that?', 'target', 'CN25', F('一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元', [1.2, '万亿元']), 'elliptical', 'difference', 'year', 'en', 'lowercase', HF),
]);
conv([
  T('广东去年口岸出入境的有多少亿人次'),
  T('比上年多了百分之多少', 'figure', 'GD26', F('口岸出入境人员达5.2亿人次、增长13.2%', pct(13.2)), 'elliptical', 'short', HF),
  T('有几家企业进了全球人形机器人上市公司百强', 'figure', 'GD26', F('11家企业入选全球人形机器人上市公司百强', [11, '家']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('山东去年新培育的省级海洋特色产业集聚区有几个'),
  T('今年计划新培育几个', 'target', 'SD26', F('新培育5个左右现代海洋特色产业集聚区', [5, '个']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
  T('去年沿海港口万吨级以上泊位到多少个了', 'figure', 'SD26', F('沿海港口万吨级以上泊位达到404个', [404, '个']), 'elliptical', 'relative-year', 'topic-switch', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  林芝: ['林芝', 'Nyingchi'],
  玉树: ['玉树', 'Yushu'],
  和田: ['和田', 'Hotan'],
  阿克苏: ['阿克苏', 'Aksu'],
  二连浩特: ['二连浩特', 'Erenhot'],
  固原: ['固原', 'Guyuan'],
  七台河: ['七台河', 'Qitaihe'],
  黔东南: ['黔东南', 'Qiandongnan'],
  绥化: ['绥化', 'Suihua'],
  turpan: ['吐鲁番', 'Turpan'],
  1912: ['1912'],
  1947: ['1947'],
  1936: ['1936'],
  1945: ['1945'],
  牦牛: ['牦牛', 'yak'],
  月饼: ['月饼', 'mooncake'],
  粽子: ['粽子', 'zongzi'],
  'roast duck': ['烤鸭', 'roast duck'],
  'average height': ['平均身高', 'average height'],
};

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ag', last: 'af', notAnswerableWords: NF_WORDS });
