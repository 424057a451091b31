#!/usr/bin/env node
// Writes the fresh-av sets: eval/fresh-av/av-tune.jsonl and eval/fresh-av/av-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-av/make.mjs [--check]
//
// A thirty-sixth held-out question set written BEFORE any fix, as fresh-m … fresh-au, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'au'`, so fresh-au's tune file is an earlier tune file, and no cite may meet fresh-at's or fresh-au's held-out
// file (the two most recent held-out halves). Today = 2026-12-07: 今年 = 2026, 去年 = 2025, 前年 = 2024.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkHeldoutFactSetAndWrite,
  checkNoNewestHeldFacts,
  conversationBook,
  heldoutFactSetBook,
} from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The corpus and the extracted texts of the three added reports first, then the book: s(…) a Chinese ask of a figure not
// first in its sentence, e(…) an English question, f(…) a case of a given shape, p(…) a plain Chinese figure ask.
const { cases, x, C, F, NF, O, s, e, f, p, pct, SHAPES, HF } = heldoutFactSetBook();

// ---- 1. Chinese figure asks -------------------------------------------------------------------------------------------
// plain asks: results (report N → year N−1) and targets (report N → year N)
p('target', 'GS25', '拱墅去年打算孵化多少家专利金种子企业', F('子”企业60家,实现有效发明', [60, '家']), 'target', 'relative-year', HF);
p('figure', 'QT25', '钱塘前年谋划的那个新型工业化行动计划 名字里是哪串数字', F('谋划实施“55830”新型工业化行动计划', [55830]), 'relative-year', 'colloquial', HF);
p('target', 'GD26', '广东今年民生实事里 幸福河湖要推动建设多少条', F('推动建设超100条(个)幸福河湖', [100, '条']), 'target', 'relative-year', 'approx', HF);
p('figure', 'GD25', '广东25年报告说全省手里有几个万亿元级的产业集群', F('创新能力较强,拥有8个万亿元级产业集群', [8, '个']), 'two-digit-year', 'colloquial', HF);
p('target', 'ZJ25', '浙江去年打算新增多少个项目纳入国家用地保障范围', F('比重稳中有升,新增100个以上项目纳入国家用地保障范围', [100, '个']), 'target', 'relative-year', HF);
p('target', 'ZJ25', '浙江去年文旅这块 千万级的核心景区要培育几个', F('打造更多文旅“爆款”产品,培育千万级核心景区30个以上', [30, '个']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'GS25', '拱墅去年一共安排了多少个政府投资项目', F('558个,实现当年投资', [558, '个']), 'target', 'relative-year', 'short', HF);
p('target', 'ZJ25', '浙江去年帮扶残疾人就业 定的是多少人', F('帮扶残疾人就业1万人以上', [1, '万人']), 'target', 'relative-year', 'short', HF);
p('target', 'HN25', '湖南去年重点产业链倍增计划 要推进几条链', F('现代化产业体系,深入推进13条重点产业链倍增计划', [13, '条']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'GD25', '广东去年的商品比较试验 打算覆盖几类重点商品', F('健康文体、网络购物等8类以上重点商品品种', [8, '类']), 'target', 'relative-year', HF);
p('figure', 'AH26', '安徽去年出的稳经济政策包 一共多少条', F('月度经济形势分析机制,推出稳经济“30条”', [30, '条']), 'relative-year', 'colloquial', 'short', HF);
p('target', 'AH25', '安徽去年引进全国首店和省市首店 目标定了多少个', F('引进全国首店、省市首店200个以上', [200, '个']), 'target', 'relative-year', HF);
p('figure', 'SD25', '山东前年有百分之多少的农户参与了农业产业化经营', F('农业社会化服务组织总量居全国首位,85%以上农户参与农业产业化经营', pct(85)), 'relative-year', 'approx', HF);
p('figure', 'GS23', '拱墅22年数字经济核心产业增加值 比年度目标低了几个点', F('低于目标18.5个百分点', [18.5, '个百分点']), 'two-digit-year', 'colloquial');
p('figure', 'GS23', '拱墅22年实际利用外资 只完成了目标的百分之多少', F('62.12%', pct(62.12)), 'two-digit-year', 'colloquial');
p('target', 'FJ25', '福建去年计划新建多少个5G基站', F('新建5G基站1.1万个', [1.1, '万个']), 'target', 'relative-year', 'short', HF);
p('figure', 'GD25', '南沙前年加快建设的先行启动区有几个', F('推动出台南沙条例,加快建设3个先行启动区', [3, '个']), 'relative-year', 'no-place', 'short', HF);
p('figure', 'GS23', '拱墅22年商贸业增加值实际是涨是跌 幅度多少', F('-4.2%', [-4.2, '%']), 'two-digit-year', 'colloquial', HF);
p('target', 'GS25', '拱墅去年要打造的省市区产业合作区 沿着哪条国道', F('片区再开发,打造320国道沿', [320]), 'target', 'relative-year', 'colloquial', HF);
p('target', 'SD26', '山东今年交旅融合那个牵头工程 叫交旅几号工程', F('实施“山东交旅1号工程”,构建票根经济生', [1]), 'target', 'relative-year', 'colloquial', HF);
p('target', 'FJ26', '福建十五五要形成的产业发展格局 是“几几几X”', F('百亿成势的“555X”产业发展格局', [555]), 'target', 'plan-period', 'colloquial', HF);
p('target', 'GS25', '拱墅去年节能降碳技术改造项目 打算实施几个', F('碳技术改造项目3个、建成绿', [3, '个']), 'target', 'relative-year');
p('figure', 'GS23', '拱墅22年新建绿道 完成了年度目标的百分之多少', F('236%', pct(236)), 'two-digit-year', 'colloquial');
p('figure', 'GS23', '拱墅22年回迁安置居民这项 完成率到了多少', F('137%', pct(137)), 'two-digit-year');
p('target', 'GS25', '拱墅去年惠企政策免审即享、即申即享的覆盖面 要保持在多少以上', F('50%以上,最大限度将政策红', pct(50)), 'target', 'relative-year');
p('target', 'GS25', '拱墅去年市级以上研发机构打算新增几家', F('构15家以上', [15, '家']), 'target', 'relative-year', 'short');
p('target', 'GS25', '拱墅去年小升规的工业企业计划新增多少家', F('10家,省级专精特新中小', [10, '家']), 'target', 'relative-year', 'colloquial');
p('figure', 'GS23', '拱墅22年新增市级高层次人才 完成了年度目标的百分之几', F('143.5%', pct(143.5)), 'two-digit-year', HF);
// the asked figure is not the first of its sentence (checked below)
s('target', 'BJ26', '北京到十五五末 城市彩化率要提到多少', F('人/百亿元以下,彩化率达24.2%', pct(24.2)), 'target', 'plan-period', 'after-other', 'short', HF);
s('target', 'YN25', '云南去年要建多少个民族团结进步示范村', F('100个民族团结进步示范乡镇、1000个民族团结进步示范村', [1000, '个']), 'target', 'relative-year', 'after-other', HF);
s('figure', 'HZ24', '杭州23年那批计划指标里 约束性指标占了几项', F('包括32项预期性指标、5项约束性指标', [5, '项']), 'two-digit-year', 'second-of-pair', HF);
s('figure', 'HZ24', '杭州23年省级新时代富春山居图样板区建成了几个', F('城乡风貌样板区33个、省级“新时代富春山居图样板区”12个', [12, '个']), 'two-digit-year', 'after-other', HF);
s('target', 'GS23', '拱墅23年社区医疗提升计划里 专科这块要打造多少个', F('社区卫生服务中心、2家站点,打造14个特色专科', [14, '个']), 'target', 'two-digit-year', 'after-other', HF);
s('target', 'YN25', '云南引进银龄人才的那个计划 科技人才这类打算引多少', F('(含重点产业1000人)左右、银龄科技人才300人', [300, '人']), 'target', 'relative-year', 'after-other', 'approx', HF);
s('target', 'HN25', '湖南去年民生实事里 农村4G/5G基站要新建多少个', F('提质改造农村公路3000公里,新建7000个农村4G/5G基站', [7000, '个']), 'target', 'relative-year', 'after-other', HF);
s('figure', 'FJ26', '福建十四五末 主要流域优良水质比例到了多少', F('城市生活污水集中收集率达87.8%,主要流域优良水质比例100%', pct(100)), 'plan-period', 'second-of-pair', HF);
s('figure', 'GD26', '广东十四五期间有几所大学进了新一轮双一流名单', F('提高到63%以上,8所大学入选新一轮“双一流”名单', [8, '所']), 'plan-period', 'after-other', HF);
s('figure', 'ZJ25', '浙江前年新增国家专精特新小巨人企业多少家', F('国家制造业单项冠军44家、国家专精特新“小巨人”企业398家', [398, '家']), 'relative-year', 'after-other', HF);

s('target', 'QT21', '钱塘十四五末 PM2.5年均浓度要压到多少以下', F('蓝绿空间占比稳定在60%以上,PM2.5年均浓度控制在32微克/立方米以下', [32, '微克/立方米']), 'target', 'plan-period', 'after-other', HF);
s('target', 'SD26', '山东今年 人工智能、生物医药这类千亿级的潜力产业 准备壮大几个', F('航空航天与低空经济等4个千亿级新兴潜力产业', [4, '个']), 'target', 'relative-year', 'after-other', HF);
s('figure', 'QT21', '钱塘新区2020年路上交通事故死的人 比上年少了百分之几', F('2020年安全生产和交通事故死亡人数分别下降57.2%和27.5%', pct(27.5)), 'year', 'second-of-pair', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'AH25', "anhui 2024: gov services doable 'across provinces' — how many items by year-end?", F('政务服务“跨省通办”事项扩大到176项', [176, '项']), 'year', 'lowercase', HF);
e('figure', 'AH26', 'anhui over the 14th FYP: how many people in the north (wanbei) now drink diverted water?', F('3000多万皖北地区群众喝上引调水', [3000, '万']), 'plan-period', 'lowercase', 'pinyin', 'abbreviation', 'approx', HF);
e('target', 'BJ25', 'beijing 2025 plan: new family eldercare beds?', F('老楼加装电梯完工600部,新建2000张家庭养老床位', [2000, '张']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'FJ25', "fujian's 2025 goal — strategic emerging industries as a share of above-scale industrial output should break what level?", F('推动工业战略性新兴产业产值占规模以上工业比重突破30%', pct(30)), 'target', 'year', 'lowercase', HF);
e('figure', 'FJ26', 'fujian: its farmland area has grown on net for how many years running (as of 2025)?', F('新建和改造高标准农田71.21万亩,耕地面积连续4年净增加', [4, '年']), 'year', 'lowercase', HF);
e('figure', 'FJ26', 'fujian, 14th FYP: government rules made, amended or repealed — how many?', F('制定修改废止政府规章38件', [38, '件']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'GD25', 'sun yat-sen university marked which anniversary in 2024?', F('中山大学建校100周年', [100, '周年']), 'year', 'lowercase', 'no-place', 'short', HF);
e('figure', 'GD25', "gd 2024: total investment in the industry-transfer projects landed on the 15 main platforms, bn yuan?", F('新承接产业转移项目约700个、总投资约3000亿元', [3000, '亿元']), 'year', 'abbreviation', 'approx', HF);
e('target', 'GD25', "guangdong 2025: sampling coverage for nationally procured drugs made in the province — target?", F('省内生产的国家集采中选品种抽检覆盖率达到100%', pct(100)), 'target', 'year', 'lowercase', HF);
e('figure', 'GD26', 'guangdong over the 14th FYP: its main cities are now within how many hours of each other?', F('港珠澳大桥车流量屡创新高,主要城市间基本实现1小时通达', [1, '小时']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'GD26', "guangdong's 2026 report: how many years from the 20th party congress to basic modernisation by 2035?", F('从党的二十大到二〇三五年,用13年时间基本实现社会主义现代化', [13, '年']), 'year', 'lowercase', HF);
e('target', 'SD25', 'shandong 2025: tech-upgrade projects worth 5m yuan or more — roughly how many?', F('实施500万元以上技改项目1.2万个左右', [1.2, '万个']), 'target', 'year', 'lowercase', 'approx', HF);
e('target', 'SD26', 'shandong 2026: high-quality industry datasets to build?', F('省级数据产业集群,打造10个以上行业高质量数据集', [10, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'SD26', 'jinan-qingdao metro area, 2026: industry co-building parks planned?', F('济青1.5小时”通勤圈,建设10个产业协同共建园区', [10, '个']), 'target', 'year', 'lowercase', 'no-place', HF);
e('target', 'SH25', 'shanghai is gearing up to host which edition of the worldskills competition (2025 report)?', F('全面推进第48届世界技能大赛筹办工作', [48, '届']), 'target', 'year', 'lowercase', HF);
e('target', 'ZJ25', "zhejiang's 2025 report — the year's work is organised under how many areas?", F('认真抓好11方面重点工作', [11, '方面']), 'target', 'year', 'lowercase', HF);
e('target', 'ZJ25', 'zj 2025: share of migrant workers\' kids (with residence permits) to get public school places?', F('为持有居住证的农民工随迁子女100%提供义务教育公办学位', pct(100)), 'target', 'year', 'abbreviation', HF);
e('target', 'ZJ26', "zhejiang 2026: 'rule-of-law zhejiang' turns how many years old?", F('高水平办好法治浙江建设20年主题活动', [20, '年']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'HN25', "hunan 2025 plan: industrial parks' share of above-scale industry should reach?", F('零碳园区,园区规模工业占比达到75%以上', pct(75)), 'target', 'year', 'lowercase', HF);
e('target', 'CN22', '2022 govt work report: the farmland red line to hold, in mu?', F('坚决守住18亿亩耕地红线', [18, '亿亩']), 'target', 'year', 'lowercase', 'no-place', 'abbreviation', HF);
e('target', 'CN22', "2022 report: small firms' taxable income getting a further halving — the band tops out at?", F('对小微企业年应纳税所得额100万元至300万元部分', [300, '万元']), 'target', 'year', 'lowercase', 'no-place', HF);
e('figure', 'YN25', "yunnan 2024: 'practical things for businesses' delivered — how many?", F('推动万名干部进万企,办好10件惠企实事', [10, '件']), 'year', 'lowercase', 'short', HF);
e('figure', 'FJ25', "fujian 2024: what share of govt service cases came under 'collect data at most once'?", F('469个政务服务事项实现“数据最多采一次”、覆盖90%政务服务办件', pct(90)), 'year', 'lowercase', HF);
e('figure', 'HZ24', 'hangzhou 2023: new 3A-or-above logistics firms?', F('全国物流50强企业4家、新晋3A级以上物流企业10家', [10, '家']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'HZ24', 'hangzhou 2023: share of villages with collective operating income above 500k yuan?', F('集体经营性收入50万元以上行政村占比达96.6%', pct(96.6)), 'year', 'lowercase', HF);
e('target', 'HZ24', "hangzhou's 2024 plan: night-economy showcase spots to promote?", F('10大夜间消费场景和100个示范点位', [100, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'GS23', 'gongshu 2022: its relief policies reached firms how many times (10k firm-times)?', F('减负降本达85.54亿元,惠及企业137.7万家次', [137.7, '万家次']), 'year', 'lowercase', HF);
e('figure', 'GS23', 'gongshu 2022: metro stations that opened along lines 3, 4, 10 and 19?', F('地铁3、4、10、19号线沿线24个站点顺利开通', [24, '个']), 'year', 'lowercase', HF);
e('target', 'GS25', "gongshu 2025 plan: new 'guogaoqi' (national high-tech firms)?", F('企”100家,新增国家级专精', [100, '家']), 'target', 'year', 'lowercase', 'pinyin', 'short', HF);
e('target', 'QT21', "qiantang's 14th FYP target for ease of doing business?", F('营商环境便利度达到90%', pct(90)), 'target', 'plan-period', 'lowercase', 'abbreviation', 'short', HF);
e('target', 'QT25', 'qiantang 2025: provincial townscape model zones to complete?', F('全年累计创成省级风貌样板区不少于3个', [3, '个']), 'target', 'year', 'lowercase', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('rutog county (ngari) — tourist arrivals last year?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe("lhunze county: what's its 2026 budget?", 'nf-place', 'year', 'lowercase', 'short');
nfe('how many people lived in wenzhou in 1861?', 'nf-year', 'year', 'lowercase', 'short');
nfe('Number of ukulele schools in Xiamen?', 'nf-indicator', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['SD26', 'SD25'], "shandong's plan for starting old-compound renovations: 2025 vs 2026, households?", F(['实施片区综合更新改造重点项目100个,开工改造老旧小区15万户', '推进片区更新120个,开工老旧小区改造13.7万户'], [15, '万户'], [13.7, '万户']), 'en', 'year', 'lowercase', 'target', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['GS25', 'GS23'], '拱墅小巨人企业 22年进国家榜单的有几家 到25年计划再添几家', F(['特新“小巨人”企业2家以上', '罗莱迪思、禾迈电力等4家企业上榜国家级专精特新小巨人企业榜单'], [2, '家'], [4, '家']), 'two-digit-year', 'one-place-two-years', 'colloquial', HF);
f('comparison', 'comparison-ask', 'GS25', '拱墅去年计划出让的土地 经营性用地和工业用地哪个多', F(['让经营性用地628亩、工业用', '地160亩以上'], [628, '亩'], [160, '亩']), 'two-indicators', 'which-higher', 'target', 'relative-year', HF);
f('comparison', 'comparison-ask', 'SD26', '山东去年社会融资规模的增速 跟制造业中长期贷款余额比 谁快', F('民间投资占比达到64.7%,社会融资规模增长9%,制造业中长期贷款余额增长10.6%', pct(9), pct(10.6)), 'two-indicators', 'which-higher', 'relative-year', 'abbreviation', HF);
f('comparison', 'comparison-ask', ['AH26', 'ZJ26'], 'projects to pitch to private investors in 2026 — anhui vs zhejiang, who lists more?', F(['完善民营企业参与重大项目建设长效机制,向民间资本推介优质项目300个以上', '新质生产力领域,全年向民间资本推介重大项目100个以上'], [300, '个'], [100, '个']), 'en', 'two-places', 'which-higher', 'target', 'year', 'lowercase', HF);
f('superlative', 'ranking-ask', 'AH25', '前年五个一工程优秀作品奖 获奖数排全国第5的是哪个省', F('7部作品荣获“五个一工程”优秀作品奖、居全国第5位', [5, '位']), 'across-reports', 'relative-year', HF);
f('superlative', 'ranking-ask', 'JL25', '粮食总产量稳居全国第4的是哪个省', F('总产量达到853.2亿斤,全国第4的地位进一步巩固', [4]), 'across-reports', HF);
f('superlative', 'ranking-ask', 'HZ24', '23年浙江省生物多样性保护优秀案例 入选数全省第一的是哪个城市', F('体验地,3个案例获2023年度浙江省生物多样性保护优秀案例,位居全省第一', [3, '个']), 'across-reports', 'two-digit-year', HF);
f('superlative', 'ranking-ask', 'ZJ25', '民企500强、研发投入500家这些五张榜单 上榜数全拿全国第一的是哪个省', F('研发投入500家、发明专利500家等五张榜单浙江上榜数均居全国第一', [500, '家']), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'QT25', '前年城乡居民收入倍差全市最小的是哪个区', F('4.9%,收入倍差缩小至1.42、全市第一', [1.42]), 'across-reports', 'relative-year', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'SD25', '山东去年计划里 省级质量标准实验室建几家 优良动植物新品种育几个', F(['建设省级质量标准实验室5家', '实施农业良种工程,培育优良动植物新品种20个'], [5, '家'], [20, '个']), 'target', 'relative-year', HF);
f('multi', 'multi-ask', 'SD26', '山东今年的新兴产业盘子 万亿级的支柱产业和省级数据产业集群 分别要搞几个', F(['新能源、新材料等4个万亿级新兴支柱产业', '数据要素综合试验区,培育10个以上省级数据产业集群'], [4, '个'], [10, '个']), 'target', 'relative-year', 'colloquial', HF);
f('multi', 'multi-ask', 'QT21', "qiantang's end-14th-FYP goals: labour productivity per worker and the number of national high-tech firms?", F(['人均生产总值达到16万元,全员劳动生产率40万元以上', '人才资源总量突破27万人,国家高新技术企业数量突破1200家'], [40, '万元'], [1200, '家']), 'en', 'target', 'plan-period', 'lowercase', 'abbreviation', HF);
f('multi', 'multi-ask', 'HZ24', 'hangzhou asian para games: how many countries & regions, and how many athletes?', F('44个国家(地区)3038名运动员参加亚残运会', [44, '个'], [3038, '名']), 'en', 'year', 'lowercase', HF);
f('multi', 'multi-ask', 'GS25', "gongshu high-tech zone's 2025 targets: total revenue and total tax, bn yuan?", F('现总营收650亿元,总税收65', [650, '亿元'], [65]), 'en', 'target', 'year', 'lowercase', 'abbreviation', HF);
f('multi', 'multi-ask', 'FJ25', "fujian 2025 plan: 'ten actions' rural revitalisation key projects and 'liangtong' projects — how many of each?", F('滚动推进100个以上乡村振兴“十大行动”重点项目,建设16个“两通工程”项目', [100, '个'], [16, '个']), 'en', 'target', 'year', 'lowercase', 'pinyin', HF);
f('overview', 'overview-ask', 'FJ26', '福建十四五这五年 经济盘子上了哪些台阶 一两句话说说', { ...F('经济总量连跨5万亿元、6万亿元两个台阶'), lead: 5 }, 'plan-period', 'colloquial');
f('overview', 'overview-ask', 'SD25', "shandong's 2024 economy — the one-line version?", { ...F('实现地区生产总值9.86万亿元、增长5.7%'), lead: 9.86 }, 'en', 'year', 'lowercase', 'short');
f('outline', 'outline-ask', 'BJ25', '北京25年报告 当年重点工作分了哪几块', O('BJ25'), 'two-digit-year', 'short');
f('outline', 'outline-ask', 'GD25', '广东去年政府工作安排 列了哪些大项 给个目录', O('GD25'), 'relative-year', 'colloquial');
f('outline', 'outline-ask', 'SD25', "shandong's 2025 report — what were the year's main workstreams?", O('SD25'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('察雅去年接待了多少游客', 'nf-place', 'relative-year', 'short');
nf('嘉黎前年农牧民人均收入多少', 'nf-place', 'relative-year', 'short');
nf('申扎今年打算修几公里乡村公路', 'nf-place', 'relative-year', 'colloquial');
nf('班戈去年畜牧业产值多少', 'nf-place', 'relative-year', 'short');
nf('革吉24年财政收入多少', 'nf-place', 'two-digit-year', 'short');
nf('札达今年有几个文旅项目开工', 'nf-place', 'relative-year');
nf('康马前年地区生产总值涨了多少', 'nf-place', 'relative-year');
nf('浪卡子去年新增了几所学校', 'nf-place', 'relative-year', 'short');
nf('墨玉今年计划引进多少家企业', 'nf-place', 'relative-year');
nf('1871年苏州城里有多少户人家', 'nf-year', 'year', 'colloquial');
nf('1856年宁波港的货物吞吐量是多少', 'nf-year', 'year');
nf('杭州今年有多少个古琴社团', 'nf-indicator', 'relative-year', 'short');
nf('北京去年空竹比赛办了几场', 'nf-indicator', 'relative-year', 'colloquial');
nf('广东前年跳伞俱乐部有多少家', 'nf-indicator', 'relative-year');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('拱墅去年给企业的政策红包有哪些'),
  T('减负目标定了多少亿', 'target', 'GS25', F('负30亿元以上', [30, '亿元']), 'elliptical', 'target', 'short', HF),
  T('政策超市新增政策的主动推送率呢', 'target', 'GS25', F('升至96%,惠企政策“免审即', pct(96)), 'elliptical', 'target', 'indicator-switch', HF),
  T('那个民营经济政策是多少条来着', 'target', 'GS25', F('落细“民营经济32条”,加大', [32, '条']), 'elliptical', 'indicator-switch', 'colloquial', HF),
]);
conv([
  T('江苏今年科技创新有啥新提法'),
  T('那个策源行动叫“几几几几”', 'target', 'JS26', F('实施“1820”策源行动,提升基础科学中心能级', [1820]), 'elliptical', 'target', 'colloquial', HF),
  T('山东去年一流学科建设的那个项目呢 也是串数字', 'target', 'SD25', F('深入实施一流学科建设“811”项目', [811]), 'elliptical', 'place-switch', 'year-switch', 'relative-year', HF),
]);
conv([
  T('福建今年数字政府这块有啥动作'),
  T('那个基础平台提升工程 编号是多少', 'target', 'FJ26', F('实施“1131”数字政府基础平台提升工程', [1131]), 'elliptical', 'target', HF),
  T('顺便问下 浙江十五五的人才强省体系建设工程 叫“几几几”', 'target', 'ZJ26', F('深入实施“135”人才强省体系建设工程', [135]), 'no-inherit', 'place-switch', 'plan-period', HF),
]);
conv([
  T('广东的科研攻关'),
  T('前年布局的省重点领域研发计划 排到第几批了', 'figure', 'GD25', F('布局第12批省重点领域研发计划', [12, '批']), 'elliptical', 'relative-year', HF),
  T('不对 我想问的是去年取得重要进展的那个昇腾超节点集群 是昇腾多少', 'figure', 'GD26', F('昇腾384超节点集群、电子设计自动化软件', [384]), 'elliptical', 'self-correction', 'year-switch', 'colloquial', HF),
]);
conv([
  T('云南去年报告锚定的战略发展目标是啥'),
  T('那波密呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了还是说云南 要三年上台阶的那个战略目标 数字代号是多少', 'target', 'YN25', F('确保完成“3815”战略发展目标“三年上台阶”的任务', [3815]), 'elliptical', 'after-not-found', 'target', 'relative-year', HF),
]);
conv([
  T('福建前年交通和社会治理'),
  T('评上四好农村路全国示范县的有几个县', 'figure', 'FJ25', F('和18个服务区出入口,9个县获评“四好农村路”全国示范县', [9, '个']), 'elliptical', 'second-figure', HF),
  T('信访那头呢 及时受理做到百分之几', 'figure', 'FJ25', F('信访工作法治化全面推进,信访事项及时受理率100%', pct(100)), 'elliptical', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('山东这两年的重点工程'),
  T('去年晋冀鲁豫那些合作事项落地了多少个', 'figure', 'SD26', F('晋冀鲁豫大宗商品骨干流通走廊等50余个合作事项扎实落地', [50, '个']), 'elliptical', 'relative-year', 'approx', HF),
  T('今年高速公路要提速几个续建项目', 'target', 'SD26', F('提速庆云至章丘等23个续建项目', [23, '个']), 'elliptical', 'target', 'year-switch', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('杭州24年的计划安排'),
  T('医疗教育这些领域 要推出几个开放场景', 'target', 'HZ24', F('在医疗、教育、金融、政务等领域推出5个以上开放场景', [5, '个']), 'elliptical', 'target', 'short', HF),
  T('市重点建设的实施项目里 续建的有多少个', 'target', 'HZ24', F('计划新开工项目131个,续建项目525个', [525, '个']), 'elliptical', 'target', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('anhui water and power'),
  T('2024: how much water did the yangtze-to-huaihe diversion move?', 'figure', 'AH25', F('“引江济淮”全年共调水4.75亿立方米', [4.75, '亿立方米']), 'elliptical', 'en', 'lowercase', 'year', HF),
  T("and the 2025 plan's target for new renewable power capacity?", 'target', 'AH25', F('建成投运支撑性电源装机496万千瓦,新增可再生能源发电装机600万千瓦以上', [600, '万千瓦']), 'elliptical', 'en', 'lowercase', 'target', 'year-switch', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('guangdong 2024 — farm fair and villages'),
  T('which edition of the china international agricultural trade fair did it host?', 'figure', 'GD25', F('成功举办第21届中国国际农产品交易会', [21, '届']), 'elliptical', 'en', 'lowercase', HF),
  T("and how many villages in the second batch of 'typical villages'?", 'figure', 'GD25', F('全面推动第二批2225个典型村建设', [2225, '个']), 'elliptical', 'en', 'lowercase', 'indicator-switch', HF),
]);
conv([
  T('fujian 2024 reforms'),
  T("the provincial plenum's 15 areas — how many major reform measures in all?", 'figure', 'FJ25', F('确定的15个方面300多项重要改革举措', [300, '项']), 'elliptical', 'en', 'lowercase', 'approx', 'second-figure', HF),
  T("and which birth anniversary of yan fu did it mark that year?", 'figure', 'FJ25', F('纪念陈嘉庚先生诞辰150周年、严复诞辰170周年', [170, '周年']), 'elliptical', 'en', 'lowercase', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('shandong 2024 — industry and sport'),
  T('the polyolefin unit that broke a foreign monopoly — what capacity?', 'figure', 'SD25', F('20万吨聚烯烃装置、高强高模碳纤维材料打破国外垄断', [20, '万吨']), 'elliptical', 'en', 'lowercase', HF),
  T("and golds at the first national youth 'three big ball games'?", 'figure', 'SD25', F('在首届全国青少年三大球比赛中获得4金2银好成绩', [4, '金']), 'elliptical', 'en', 'lowercase', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('jiangsu safety and sport'),
  T("2025 plan: how many 'one thing' full-chain safety campaigns?", 'target', 'JS25', F('强力推进9个“一件事”全链条治理', [9, '个']), 'elliptical', 'en', 'lowercase', 'target', 'year', HF),
  T('and 2026 — which edition of the provincial games is it hosting?', 'target', 'JS26', F('竞技体育和青少年体育,办好第21届省运会', [21, '届']), 'elliptical', 'en', 'lowercase', 'target', 'year-switch', 'topic-switch', HF),
]);
conv([
  T("zhejiang's 2026 livelihood list"),
  T('how many schools get their rush-hour traffic jams fixed?', 'target', 'ZJ26', F('完成全省1000所学校周边道路高峰交通拥堵治理', [1000, '所']), 'elliptical', 'en', 'lowercase', 'target', HF),
  T("and how many insured expectant mothers get 'zero out-of-pocket' childbirth costs?", 'target', 'ZJ26', F('全省30万以上参保孕产妇产前检查', [30, '万']), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', HF),
]);
conv([
  T('hangzhou 2023 — public services'),
  T('the secondary water-supply upgrades reached how many households?', 'figure', 'HZ24', F('二次供水设施改造完成303个,惠及居民家庭16万余户', [16, '万户']), 'elliptical', 'en', 'lowercase', 'approx', 'second-figure', HF),
  T("and how many free 'epidemic kits' went to people over 60?", 'figure', 'HZ24', F('向60岁以上老人免费发放“防疫包”204.8万份', [204.8, '万份']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('qiantang new area, since its launch'),
  T('newly registered companies?', 'figure', 'QT21', F('的项目,新登记注册企业1262家', [1262, '家']), 'elliptical', 'en', 'lowercase', 'since-founding', 'short', HF),
  T("and by the end of the 14th FYP, what urban-rural income ratio is it aiming for?", 'target', 'QT21', F('居民人均可支配收入达到8.5万元,城乡居民收入倍差控制在1.8以内', [1.8]), 'elliptical', 'en', 'lowercase', 'target', 'plan-period', 'topic-switch', 'second-figure', HF),
]);
conv([
  T("yunnan 2025 report's glossary — agriculture"),
  T('national-level agricultural leading firms should cover how many prefectures?', 'target', 'YN25', F('国家级农业龙头企业16个州(市)全覆盖', [16, '个']), 'elliptical', 'en', 'lowercase', 'target', 'second-figure', HF),
  T("and the 'ten counties, hundred townships' scheme — how many ethnic-unity model townships?", 'target', 'YN25', F('建设10个民族团结进步示范县、100个民族团结进步示范乡镇', [100, '个']), 'elliptical', 'en', 'lowercase', 'target', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('fujian culture'),
  T('2025: provincial-level cultural ecology reserves to finish?', 'target', 'FJ25', F('实施非遗保护传承发展工程,建好2个国家级、3个省级文化生态保护区', [3, '个']), 'elliptical', 'en', 'lowercase', 'target', 'year', 'second-figure', HF),
  T('and in 2025 — how many national clusters of specialty farm industries did it add?', 'figure', 'FJ26', F('新增国家现代农业产业园1个、优势特色产业集群2个', [2, '个']), 'elliptical', 'en', 'lowercase', 'year-switch', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('广东去年民生实事'),
  T('养老这块的从业培训呢 计划多少人次', 'target', 'GD25', F('开展养老服务人员培训超5万人次', [5, '万人次']), 'elliptical', 'target', 'approx', HF),
  T('and how many county high schools get hosted by pearl river delta school groups?', 'target', 'GD25', F('推动珠三角优质教育资源组团融入式托管15所新型城镇化试点县县中', [15, '所']), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', 'language-switch', HF),
]);
conv([
  T('key livelihood projects promised, province by province'),
  T('shandong, 2024 — how many were rolled out?', 'figure', 'SD25', F('滚动实施20项重点民生实事', [20, '项']), 'elliptical', 'en', 'lowercase', 'year', HF),
  T('and fujian, same year?', 'figure', 'FJ25', F('全面完成30项省委省政府为民办实事项目', [30, '项']), 'elliptical', 'en', 'lowercase', 'place-switch', 'short', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  察雅: ['察雅', 'Chagyab'],
  嘉黎: ['嘉黎', 'Lhari'],
  申扎: ['申扎', 'Xainza'],
  班戈: ['班戈', 'Baingoin'],
  革吉: ['革吉', 'Gegye'],
  札达: ['札达', 'Zanda'],
  康马: ['康马', 'Kangmar'],
  浪卡子: ['浪卡子', 'Nagarze'],
  墨玉: ['墨玉', 'Karakax'],
  波密: ['波密', 'Bome'],
  rutog: ['日土', 'Rutog'],
  lhunze: ['隆子', 'Lhunze'],
  1871: ['1871'],
  1856: ['1856'],
  1861: ['1861'],
  古琴: ['古琴', 'guqin'],
  空竹: ['空竹', 'diabolo'],
  跳伞: ['跳伞', 'skydiv'],
  ukulele: ['尤克里里', 'ukulele'],
};

// Never a fact that fresh-at's or fresh-au's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-at/at-heldout.jsonl', 'eval/fresh-au/au-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-at's or fresh-au's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'av', last: 'au', notAnswerableWords: NF_WORDS });
