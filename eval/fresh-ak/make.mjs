#!/usr/bin/env node
// Writes the fresh-ak sets: eval/fresh-ak/ak-tune.jsonl and eval/fresh-ak/ak-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ak/make.mjs [--check]
//
// A twenty-fifth held-out question set written BEFORE any fix, as fresh-m … fresh-aj, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule of fresh-ae … fresh-aj, unchanged: a cite must not repeat a fact cited by an earlier TUNE file (every file of
// EARLIER_SETS and laterSets('aj') whose name does not contain "heldout" — so fresh-aj's own tune file now counts too), but
// it MAY repeat a fact that only earlier HELD-OUT files cite, asked in new words (`checkDealAndWrite(…, { earlierFilter })`).
// Such cases carry the tag `heldout-fact`, and this script checks the tag both ways: a case is tagged exactly when its cite
// meets an earlier held-out cite under the same two cite checks. Where a fact no earlier file cites was left (free numbers
// of ordinary indicators), it was taken first; the repeated facts were chosen among numbers that earlier held-out files
// cite, never fresh-ai's or fresh-aj's (checked here, under the same two keys, before the shared checks).
//
// Parts:
//   1. Chinese figure asks in natural wording (plain-ask; second-figure-ask where the asked figure is not the first of its
//      sentence, checked as fresh-ad);
//   2. English questions as a journalist types them (english-ask), 4 not answerable;
//   3. conversations of 3–4 turns, every later turn scored (follow-up), one scored not-answerable turn;
//   4. trends, A vs B comparisons and rankings (trend-ask, comparison-ask, ranking-ask); several indicators, overviews and
//      outlines (multi-ask, overview-ask, outline-ask);
//   5. not answerable: places, years and indicators no report holds (not-answerable; grep-checked here).
// Today = 2026-12-06: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks: cites by ../case-checks.mjs (YN25 / HN25 / JL25 from ../fresh-l/extract.ts); no cite meeting fresh-ai's or
// fresh-aj's held-out file; the two cite checks over the earlier tune files only; the heldout-fact tag both ways; the asked
// figure of a second-figure-ask not first in its sentence; every cite found in no report the case does not name (so a
// citation of the wrong year's report cannot pass); no question or history question word for word a question of another
// eval file; every not-answerable word absent from the corpus and from every earlier question. Overview cases cite the
// report's headline on purpose (as case-checks exempts them): their figure is given as `lead` only.

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
p('figure', 'AH25', '皖前年制造业技改投资增速多少', F('制造业技改投资增长20.4%', pct(20.4)), 'relative-year', 'short-name', 'short', HF);
p('figure', 'AH25', '安徽前年有几部作品拿了五个一工程优秀作品奖', F('7部作品荣获“五个一工程”优秀作品奖', [7, '部']), 'relative-year', 'colloquial');
p('figure', 'AH26', '安徽去年农村幸福院新增了几个', F('新增农村幸福院773个', [773, '个']), 'relative-year', 'short', HF);
p('figure', 'AH26', '十四五收官的时候 安徽规上数字经济核心产业企业营收有多大', F('规上数字经济核心产业企业营收超1.4万亿元', [1.4, '万亿元']), 'plan-period', 'colloquial', HF);
p('target', 'AH26', '安徽今年重点项目计划开工多少个', F('推动要素向产业项目集聚,全年开工重点项目2000个以上', [2000, '个']), 'target', 'relative-year', HF);
p('figure', 'BJ25', '北京前年背街小巷整治提升了多少条', F('老旧小区改造开工量、完工量均实现翻番,整治提升背街小巷2100多条', [2100, '条']), 'relative-year', 'approx', HF);
p('figure', 'BJ26', '京去年办了多少场大型活动', F('演艺经济更加火热,举办大型活动2295场', [2295, '场']), 'relative-year', 'short-name', 'short', HF);
p('target', 'BJ26', '北京今年打算拆多少违法建设', F('拆除违法建设500万平方米', [500, '万平方米']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'CN22', '22年国务院报告里 给种粮农民一次性发了多少补贴', F('保障农资供应,对种粮农民一次性发放200亿元补贴', [200, '亿元']), 'two-digit-year', 'no-place', HF);
p('figure', 'CN23', '23年政府工作报告说营养改善计划每年惠及多少学生', F('持续实施营养改善计划,每年惠及3700多万学生', [3700, '万']), 'two-digit-year', 'five-year-review', 'no-place', 'approx', HF);
p('figure', 'CN25', '25年国务院报告里 前年可再生能源新增装机多少', F('可再生能源新增装机3.7亿千瓦', [3.7, '亿千瓦']), 'two-digit-year', 'relative-year', 'no-place', HF);
p('figure', 'FJ26', '闽去年稳步实施的重要改革举措有多少项', F('352项重要改革举措稳步实施', [352, '项']), 'relative-year', 'short-name');
p('figure', 'FJ26', '福建的八闽书房去年辐射了多少人', F('持续深化公共文化场馆错时延时开放,“八闽书房”辐射人群超700万人', [700, '万人']), 'relative-year', 'colloquial', HF);
p('target', 'GD25', '广东去年计划新增多少义务教育学位', F('巩固学前教育“5085”攻坚成果,新增义务教育学位40万个', [40, '万个']), 'target', 'relative-year', HF);
p('figure', 'GD26', '粤去年地铁运营里程新增了多少公里', F('新增地铁运营里程171.7公里', [171.7, '公里']), 'relative-year', 'short-name', HF);
p('target', 'GD26', '广东今年新建改造地下管网管廊多少公里', F('增强高层建筑、自建房等各类建筑火灾防范和处置能力,新建改造地下管网管廊9000公里', [9000, '公里']), 'target', 'relative-year', HF);
p('figure', 'JS25', '苏前年推出了多少项年度营商环境改革事项', F('推出85项年度营商环境改革事项', [85, '项']), 'relative-year', 'short-name', HF);
p('figure', 'JS26', '江苏去年首批省级零碳近零碳工厂认定了几家', F('培育认定首批省级零碳、近零碳工厂30家', [30, '家']), 'relative-year', 'colloquial', HF);
p('figure', 'SD25', '山东前年重组了多少家省重点实验室', F('铝产业先进制造省实验室,重组省重点实验室249家', [249, '家']), 'relative-year', HF);
p('figure', 'SD26', '山东中欧班列到去年累计开了多少列', F('跨境经贸专用通道国家试点,中欧班列累计开行超1.4万列', [1.4, '万列']), 'relative-year', 'approx', HF);
p('figure', 'SH25', '上海前年补贴性职业技能培训搞了多少人次', F('开展补贴性职业技能培训87.1万人次', [87.1, '万人次']), 'relative-year', 'colloquial', HF);
p('figure', 'ZJ25', '浙江前年给经营主体减负超过多少亿', F('为经营主体减负超3000亿元', [3000, '亿元']), 'relative-year', 'colloquial', HF);
p('target', 'ZJ26', '浙江今年民生实事里 给多少困境留守儿童做心理健康评估', F('为1万名困境、留守儿童进行心理健康评估干预', [1, '万名']), 'target', 'relative-year');
p('figure', 'YN25', '云南前年兜底保障的困难群众有多少万', F('兜底保障生活困难群众357.37万人', [357.37, '万人']), 'relative-year', HF);
p('target', 'HN25', '湖南去年粮食播种面积要稳在多少万亩以上', F('确保粮食播种面积稳定在7140万亩以上', [7140, '万亩']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'JL25', '吉林前年保交楼完成了多少套', F('1.5万套“保交楼”任务全部完成', [1.5, '万套']), 'relative-year', 'short');
p('target', 'JL25', '吉林去年肉牛屠宰量的目标是多少来着', F('巩固提高“吉牛中国牛”市场占有率,肉牛屠宰量达到80万头', [80, '万头']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'QT25', '钱塘25年计划建成几个未来社区', F('重点实施未来社区创建等民生要事,计划建成未来社区25个', [25, '个']), 'target', 'two-digit-year', 'short', HF);
p('figure', 'GS23', '拱墅22年新冠疫苗一共打了多少剂次', F('完成新冠疫苗接种70.73万剂次', [70.73, '万剂次']), 'two-digit-year', 'colloquial', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'AH25', '安徽前年有多少所县级公立医院新晋了三级医院', F('新布局省级区域(专科)医疗中心7个,25所县级公立医院新晋三级医院', [25, '所']), 'relative-year', 'after-other', HF);
s('figure', 'AH26', '皖港口货物吞吐量去年涨了几个点', F('芜湖中欧班列顺利首开,港口货物吞吐量增长5.7%', pct(5.7)), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'BJ25', '北京前年冰雪运动参与人次有多少', F('举办群众赛事活动3.8万场,冰雪运动参与人次超630万', [630, '万']), 'relative-year', 'second-of-pair', 'approx', HF);
s('target', 'BJ26', '北京今年公交地铁50米内换乘的比例 目标多少', F('公交与轨道50米内换乘比例提升至93%', pct(93)), 'target', 'relative-year', 'after-other', HF);
s('figure', 'FJ25', '福建前年线下零工驿站建了多少家', F('建成10个线上零工平台、727家线下零工驿站', [727, '家']), 'relative-year', 'second-of-pair', HF);
s('figure', 'FJ26', '福建去年医学检查检验结果互认项目到了多少项', F('“免陪照护服务”试点扩大至145家医院,医学检查检验结果互认项目达488项', [488, '项']), 'relative-year', 'after-other', HF);
s('figure', 'GD25', '粤前年港车北上澳车北上一共多少万辆次', F('港珠澳大桥车流量增长90%,“港车北上”、“澳车北上”突破450万辆次', [450, '万辆次']), 'relative-year', 'after-other', 'short-name', 'approx', HF);
s('figure', 'GD26', '广东去年国际集装箱班轮航线增加到多少条', F('民航国际及地区通航点增至159个,国际集装箱班轮航线增至496条', [496, '条']), 'relative-year', 'second-of-pair', HF);
s('figure', 'JS25', '江苏医惠保1号前年参保的有多少人', F('“江苏医惠保1号”超500万人参保', [500, '万人']), 'relative-year', 'after-other', 'approx', HF);
s('figure', 'SD25', '山东前年城中村改造安置了多少套', F('开工改造老旧小区70万户,城中村改造安置30.7万套', [30.7, '万套']), 'relative-year', 'second-of-pair', HF);
s('figure', 'SD26', '山东去年新就业形态人员职业伤害保障试点惠及了多少人', F('新就业形态人员职业伤害保障试点惠及165.3万人', [165.3, '万人']), 'relative-year', 'after-other', HF);
s('figure', 'SH26', '沪去年博物馆美术馆接待了多少观众', F('全市博物馆、美术馆举办文化展览1565场、接待海内外观众4900万人次', [4900, '万人次']), 'relative-year', 'second-of-pair', 'short-name', HF);
s('figure', 'ZJ25', '浙江前年新增高技能人才多少万', F('其中引进顶尖人才41人,新增高技能人才39万人', [39, '万人']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'YN25', '云南工业新三样前年增加值涨了多少', F('绿色铝、硅光伏、新能源电池云南工业“新三样”增加值增长8.2%', pct(8.2)), 'relative-year', 'after-other', HF);
s('figure', 'HN25', '湖南前年湘菜产业产值突破多少了', F('新增2个国家农业优势特色产业集群,湘菜产业产值突破6000亿元', [6000, '亿元']), 'relative-year', 'after-other', HF);
s('figure', 'GS23', '拱墅22年累计新增了多少停车泊位', F('开工及续建地下公共停车项目23个,累计新增停车泊位14539个', [14539, '个']), 'two-digit-year', 'after-other', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'AH25', 'anhui 2024 — what % of its national & provincial industrial parks finished circular-economy retrofits?', F('80%的国家级和省级园区均完成循环化改造', pct(80)), 'year', 'lowercase', HF);
e('target', 'AH25', "anhui's 2025 plan: how many new 'high-quality' schools to build in the north (wanbei)?", F('向皖北布局,重点建设新优质学校112所', [112, '所']), 'target', 'year', 'lowercase', 'pinyin', HF);
e('figure', 'AH26', 'anhui expressway network passed what length in 2025, km?', F('高速公路通车总里程突破7000公里', [7000, '公里']), 'year', 'lowercase', 'short', HF);
e('figure', 'AH26', 'anhui 14th FYP: # of new domestic listings (A-share IPOs)?', F('新增境内上市公司62家', [62, '家']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'BJ25', 'beijing 2024 tax/fee cuts + refunds for tech & manufacturing, bn yuan?', F('支持科技创新和制造业发展、减税降费及退税超1500亿元', [1500, '亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('target', 'BJ26', 'bj 2026 plan: old residential compounds to get property mgmt services — how many?', F('在3000个小区设置智能回收机,为800个老旧小区引入物业服务', [800, '个']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('target', 'CN22', '2022 govt work report: jobless insurance fund money set aside for job retention & training?', F('使用1000亿元失业保险基金支持稳岗和培训', [1000, '亿元']), 'target', 'year', 'lowercase', 'no-place', HF);
e('figure', 'CN23', '2023 work report: number of enterprises in china at end-2022?', F('去年底企业数量超过5200万户', [5200, '万户']), 'year', 'lowercase', 'no-place', HF);
e('target', 'CN24', 'Govt work report 2024 — how big was the planned fiscal spending (general budget), trn yuan?', F('一般公共预算支出规模28.5万亿元', [28.5, '万亿元']), 'target', 'year', 'abbreviation', 'no-place', HF);
e('target', 'CN25', '2025 gov report: bn yuan of ultra-long treasury bond money earmarked for trade-in subsidies?', F('安排超长期特别国债3000亿元支持消费品以旧换新', [3000, '亿元']), 'target', 'year', 'lowercase', 'no-place', HF);
e('figure', 'FJ25', 'fujian 2024: unemployment insurance premiums cut by how much, bn yuan?', F('统筹9.8亿元用于援企稳岗,减收失业保险费62.7亿元', [62.7, '亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('target', 'FJ25', "fujian's 2025 grain output floor, mn tonnes?", F('居民收入增长与经济增长保持同步,粮食产量511万吨以上', [511, '万吨']), 'target', 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'FJ26', 'fujian 2025: new taiwan-funded firms set up?', F('新设台企2612家', [2612, '家']), 'year', 'lowercase', 'short', HF);
e('figure', 'FJ26', 'fujian over the 14th fyp: elderly-care beds added?', F('人口老龄化应对积极有效,新增养老床位5万张', [5, '万张']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'GD25', 'canton fair 2024 (135th + 136th sessions): roughly how many overseas buyers came?', F('创新办好第135届、第136届广交会,共吸引约50万名境外采购商', [50, '万名']), 'year', 'lowercase', 'approx', HF);
e('figure', 'GD25', 'gd road traffic deaths in 2024, y/y change?', F('道路交通事故死亡人数下降18.2%', pct(18.2)), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'GD26', 'guangdong 2025: how many of its manufacturing pilot-test platforms made the first national key list?', F('创建3个国家人工智能应用中试基地,28个制造业中试平台入选全国首批重点培育名单', [28, '个']), 'year', 'lowercase', HF);
e('target', 'GD26', 'gd 2026: new senior high school places planned?', F('义务教育优质均衡发展县创建,新增普通高中学位20万个以上', [20, '万个']), 'target', 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'JS25', 'jiangsu 2024 trade-in scheme — home appliance units sold?', F('大力实施消费品以旧换新,带动家电销售735.4万件', [735.4, '万件']), 'year', 'lowercase', HF);
e('figure', 'JS26', 'jiangsu, 14th five-year plan period: urban old residential compounds where renovation started?', F('开工改造城镇老旧小区6470个', [6470, '个']), 'plan-period', 'lowercase', HF);
e('figure', 'SD25', "shandong's expressway mileage at end-2024?", F('济菏高速改扩建等8个项目建成,高速公路通车里程突破8700公里', [8700, '公里']), 'year', 'lowercase', 'short', HF);
e('target', 'SD25', 'shandong 2025 goals: investment in transport & in water projects?', F('今年力争交通、水利分别完成投资2500亿元、800亿元', [2500, '亿元'], [800, '亿元']), 'target', 'year', 'lowercase', HF);
e('figure', 'SD26', "shandong 2025: policy funds paid out via the 'luhuitong' platform?", F('“鲁惠通”兑现政策资金166亿元', [166, '亿元']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'SH25', 'shanghai: outstanding inclusive loans to micro & small firms, end-2024?', F('普惠小微贷款余额达到1.3万亿元', [1.3, '万亿元']), 'year', 'lowercase', 'short', HF);
e('figure', 'SH26', 'shanghai 2025: new elderly-care beds and new dementia-care beds?', F('新增养老床位3852张、认知障碍照护床位3326张', [3852, '张'], [3326, '张']), 'year', 'lowercase', HF);
e('figure', 'ZJ25', 'zhejiang end-2024: outstanding balance of no-principal-repayment loan renewals?', F('全省无还本续贷余额1.7万亿元', [1.7, '万亿元']), 'year', 'lowercase', HF);
e('figure', 'ZJ26', "zj 2025: total sci-tech innovation input (R&D etc), bn yuan?", F('完善全口径科技创新投入机制,全省科技创新投入7232亿元', [7232, '亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'ZJ26', "zhejiang's AI core industry revenue last yr, roughly?", F('人工智能核心产业营收6800亿元左右', [6800, '亿元']), 'relative-year', 'abbreviation', 'approx', 'short', HF);
e('figure', 'YN25', 'yunnan 2024: how many financial commissioners (jinrong tepaiyuan) sent out?', F('选派552名金融特派员', [552, '名']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'HN25', 'hunan 2024 — investment in provincial key projects, bn yuan?', F('省重点工程项目投资5367.1亿元', [5367.1, '亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'JL25', 'jilin 2024: new livable rural homes built?', F('深入实施“十百千万”工程,新建宜居农房18393户', [18393, '户']), 'year', 'lowercase', 'short', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('wuzhou gdp growth target this yr?', 'nf-place', 'relative-year', 'lowercase', 'short', 'target');
nfe('how many people lived in jiangsu in 1905?', 'nf-year', 'year', 'lowercase');
nfe('How many nightclubs are there in Shenzhen?', 'nf-indicator');
nfe('weddings held in shanghai last yr — total count?', 'nf-indicator', 'relative-year', 'lowercase', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['CN25', 'CN24'], '地方政府专项债 24年和25年各安排了多少', F(['拟安排地方政府专项债券4.4万亿元', '拟安排地方政府专项债券3.9万亿元'], [4.4, '万亿元'], [3.9, '万亿元']), 'two-digit-year', 'one-place-two-years', 'no-place', HF);
f('trend', 'trend-ask', ['FJ26', 'FJ25'], '福建实现数据最多采一次的事项 前年多少个 去年多少个', F(['600个高频事项实现“数据最多采一次”', '全省范围内469个政务服务事项实现“数据最多采一次”'], [600, '个'], [469, '个']), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['FJ26', 'FJ25'], '福建引进的台湾乡建乡创团队 去年比前年多了还是少了', F(['引进24支台湾乡建乡创团队', '新引进28支台湾团队参与乡建乡创'], [24, '支'], [28, '支']), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['JS26', 'JS25'], '江苏对一带一路共建国家的进出口占比 前年和去年分别多少', F(['对共建“一带一路”国家进出口占比首次超50%', '对共建国家进出口占全省比重提升至47.5%'], pct(50), pct(47.5)), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', 'AH26', '安徽十四五期间战新产业占规上工业产值的比重 从多少提到了多少', F('战略性新兴产业产值占规上工业比重从40.3%提高到45.4%', pct(45.4), pct(40.3)), 'plan-period', 'from-to', 'abbreviation', HF);
f('trend', 'trend-ask', 'CN23', '23年报告回顾五年 农村自来水普及率从多少涨到多少', F('农村自来水普及率从80%提高到87%', pct(87), pct(80)), 'two-digit-year', 'five-year-review', 'from-to', 'no-place', HF);
f('trend', 'trend-ask', 'ZJ26', '浙江这五年规上工业企业从几万家增加到几万家', F('规上工业企业从4.7万家增加到6.1万家', [6.1, '万家'], [4.7, '万家']), 'five-year-review', 'from-to', 'colloquial', HF);
f('trend', 'trend-ask', 'ZJ26', '宁波舟山国际航运中心发展指数 十四五期间全球排名从第几升到第几', F('宁波舟山国际航运中心发展指数从全球第11位跃升至第7位', [7], [11]), 'plan-period', 'from-to', 'rank', HF);
f('comparison', 'comparison-ask', ['FJ25', 'GD25'], '前年保交房交付率 福建和广东哪个高', F(['“保交楼”任务,“保交房”交付率96.4%', '稳妥推进房地产企业风险化解,保交房交付率94.7%'], pct(96.4), pct(94.7)), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['ZJ26', 'SD26'], '到去年底 浙江和山东的国家先进制造业集群各有几个 谁多', F(['国家先进制造业集群总数达8个', '稳居全国第一梯队,国家先进制造业集群达到6个'], [8, '个'], [6, '个']), 'two-places', 'which-higher', 'plan-period', HF);
f('comparison', 'comparison-ask', ['FJ26', 'SD26'], '十四五末国家级专精特新小巨人 福建和山东各多少家', F(['国家级专精特新“小巨人”企业达426家', '国家制造业单项冠军达到274家,专精特新“小巨人”1356家'], [426, '家'], [1356, '家']), 'two-places', 'which-higher', 'plan-period', HF);
f('comparison', 'comparison-ask', ['AH25', 'GD25'], '前年快递业务量 安徽和广东差多少', F(['实物商品网上零售额增长11.1%,快递业务量突破60亿件', '促进线上线下消费融合发展,快递年业务量突破400亿件'], [60, '亿件'], [400, '亿件']), 'two-places', 'which-higher', 'relative-year', 'colloquial', HF);
f('superlative', 'ranking-ask', 'GD25', '海上风电并网容量前年冲到全国第一 是哪个省', F('全省海上风电并网容量超1200万千瓦、跃居全国首位', [1200, '万千瓦']), 'across-reports', 'relative-year', HF);
f('superlative', 'ranking-ask', 'SD26', '国家级数字领航企业和工业互联网平台数量都是全国第一的是哪个省', F('国家级数字领航企业18家、工业互联网平台46家,均居全国首位', [18, '家'], [46, '家']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'AH26', '去年汽车产量历史性跃居全国第一的是哪个省', F('新能源汽车产量历史性跃居全国首位'), 'across-reports', 'relative-year');
f('superlative', 'ranking-ask', 'JS26', '实际使用外资规模连续8年全国第一的是哪个省', F('实际使用外资连续8年全国第一', [8, '年']), 'across-reports', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'FJ26', '福建去年新增的国家卓越级智能工厂和国家级5G工厂各多少家', F('关键业务环节全面数字化企业占比居全国第二,新增9家国家卓越级智能工厂、38家国家级5G工厂', [9, '家'], [38, '家']), 'relative-year', HF);
f('multi', 'multi-ask', 'GD26', '广东去年研发人员和高技能人才分别有多少', F('全省研发人员达159万人、高技能人才达843万人', [159, '万人'], [843, '万人']), 'relative-year', HF);
f('multi', 'multi-ask', 'ZJ25', '浙江前年家电和新能源汽车零售额各涨了多少', F('家电、新能源汽车零售额分别增长23.9%、35.8%', pct(23.9), pct(35.8)), 'relative-year', HF);
f('multi', 'multi-ask', 'CN23', '23年报告里 全国和自贸试验区的外资负面清单条数各压减了多少', F('全国和自由贸易试验区负面清单条数分别压减51%、72%', pct(51), pct(72)), 'two-digit-year', 'five-year-review', 'no-place', HF);
f('multi', 'multi-ask', 'YN25', '云南去年农村卫生户厕、生活垃圾处理设施覆盖率和污水治理率的目标各是多少', F('农村卫生户厕覆盖率达到78%,农村生活垃圾处理设施覆盖率达到95%,农村生活污水治理(管控)率达到60%', pct(78), pct(95), pct(60)), 'target', 'relative-year', HF);
f('overview', 'overview-ask', 'CN24', '24年国务院报告 23年全国经济总体咋样', { ...F('国内生产总值超过126万亿元,增长5.2%'), lead: 126 }, 'two-digit-year', 'colloquial', 'no-place');
f('overview', 'overview-ask', 'JS25', "jiangsu's economy in 2024 — headline numbers?", { ...F('2024年地区生产总值达13.7万亿元、增长5.8%'), lead: 13.7 }, 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'CN23', '23年政府工作报告对当年工作提了哪几条建议', O('CN23'), 'two-digit-year', 'no-place');
f('outline', 'outline-ask', 'QT25', '钱塘25年的计划 主要任务分了哪几块', O('QT25'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'SH25', 'shanghai 2025 — what were the main task areas in the work report?', O('SH25'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('巴中去年GDP涨了多少', 'nf-place', 'relative-year', 'mixed-script', 'short');
nf('资阳前年常住人口有多少', 'nf-place', 'relative-year', 'short');
nf('四平今年城镇新增就业目标多少', 'nf-place', 'relative-year', 'target');
nf('海北州24年旅游收入多少来着', 'nf-place', 'two-digit-year', 'colloquial');
nf('玉林去年外贸进出口增长了多少', 'nf-place', 'relative-year');
nf('乌兰察布前年的风电装机有多少', 'nf-place', 'relative-year');
nf('鄂州25年一般公共预算收入多少', 'nf-place', 'two-digit-year');
nf('新余去年工业增加值涨了多少', 'nf-place', 'relative-year', 'colloquial');
nf('1931年江苏有多少所大学', 'nf-year', 'year', 'short');
nf('1923年广州的人口是多少', 'nf-year', 'year');
nf('杭州去年新开了多少家猫咖', 'nf-indicator', 'relative-year', 'colloquial');
nf('深圳现在有多少家足浴店', 'nf-indicator', 'colloquial', 'short');
nf('淄博烧烤去年一共卖了多少串', 'nf-indicator', 'relative-year', 'colloquial');
nf('南京有多少家酒吧', 'nf-indicator', 'short');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('安徽十四五这五年工业投资发展得咋样'),
  T('制造业投资年均增长多少', 'figure', 'AH26', F('制造业投资年均增长12.2%', pct(12.2)), 'elliptical', 'five-year-review', HF),
  T('技改投资呢', 'figure', 'AH26', F('制造业投资年均增长12.2%,技改投资年均增长14.1%', pct(14.1)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('北京去年打算利用闲置空间建多少个停车位'),
  T('信号灯联网呢', 'target', 'BJ25', F('增加1万个错时共享停车位,实现7000处信号灯联网', [7000, '处']), 'elliptical', 'indicator-switch', 'short', HF),
  T('那今年累计要到多少处', 'target', 'BJ26', F('新增1000处信号灯联网、累计达8000处', [8000, '处']), 'elliptical', 'relative-year', 'year-switch', HF),
]);
conv([
  T('广东今年农业方面定了哪些目标'),
  T('生猪出栏量要稳定在多少', 'target', 'GD26', F('生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上', [3900, '万头']), 'elliptical', 'topic-switch', HF),
  T('去年新建了多少个重力式深水网箱', 'figure', 'GD26', F('启动建设7个省级渔港经济区,新建重力式深水网箱2000个', [2000, '个']), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('福建去年闽台融合有啥进展'),
  T('实际使用台资多少', 'figure', 'FJ26', F('新设台企2612家,实际使用台资7.24亿美元', [7.24, '亿美元']), 'elliptical', 'short', HF),
  T('小三通客运航线这五年运了多少旅客', 'figure', 'FJ26', F('“小三通”客运航线运送旅客407.4万人次', [407.4, '万人次']), 'elliptical', 'five-year-review', 'topic-switch', HF),
]);
conv([
  T('江苏去年消费恢复得怎么样'),
  T('以旧换新带动限上新能源汽车零售额涨了多少', 'figure', 'JS26', F('消费品以旧换新带动限上新能源汽车、节能家电零售额分别增长21.2%、39.5%', pct(21.2)), 'elliptical', 'topic-switch', HF),
  T('节能家电呢', 'figure', 'JS26', F('消费品以旧换新带动限上新能源汽车、节能家电零售额分别增长21.2%、39.5%', pct(39.5)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('山东去年用电负荷是不是又创新高了'),
  T('超1亿千瓦的有多少天', 'figure', 'SD26', F('成功应对全网用电负荷129天超1亿千瓦考验', [129, '天']), 'elliptical', 'short', HF),
  T('那前年有几天', 'figure', 'SD25', F('迎峰度夏期间,成功应对全网用电负荷39天破亿', [39, '天']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
]);
conv([
  T('上海去年托育这块做了些啥'),
  T('公办幼儿园托班托额新增了多少', 'figure', 'SH26', F('新增公办幼儿园托班托额3630个', [3630, '个']), 'elliptical', HF),
  T('那前年新增了多少', 'figure', 'SH25', F('新增公办幼儿园托班托额5155个', [5155, '个']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
]);
conv([
  T('浙江17个重点传统制造业去年增加值涨了多少'),
  T('前年涨了多少', 'figure', 'ZJ25', F('17个重点传统制造业增加值增长8%', pct(8)), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
  T('那前年历史经典产业营收规模大概多少', 'figure', 'ZJ25', F('17个重点传统制造业增加值增长8%,全省历史经典产业营收规模预计超1400亿元', [1400, '亿元']), 'elliptical', 'topic-switch', 'approx', HF),
]);
conv([
  T('云南前年就业情况咋样'),
  T('创业贷款扶持了多少人创业', 'figure', 'YN25', F('创业贷款扶持创业4.4万人、带动就业11.9万人', [4.4, '万人']), 'elliptical', 'topic-switch', HF),
  T('那去年创业担保贷款打算发多少', 'target', 'YN25', F('对10类重点就业群体新发放创业担保贷款不低于80亿元', [80, '亿元']), 'elliptical', 'relative-year', 'year-switch', HF),
]);
conv([
  T('湖南前年那些经贸活动签了多少个项目'),
  T('总投资多少', 'figure', 'HN25', F('签约项目近500个、总投资超2600亿元', [2600, '亿元']), 'elliptical', 'short', HF),
  T('那去年要新增多少家智能制造标杆企业', 'target', 'HN25', F('新增智能制造标杆企业360家、产线车间1080家', [360, '家']), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('吉林前年生态环境怎么样'),
  T('国考断面优良水体占多少', 'figure', 'JL25', F('国考断面优良水体达到89%', pct(89)), 'elliptical', 'topic-switch', HF),
  T('那去年的目标定的多少', 'target', 'JL25', F('开展水环境质量巩固提升行动,优良水体保持在85%以上', pct(85)), 'elliptical', 'relative-year', 'year-switch', HF),
]);
conv([
  T('2023 work report: how did trade facilitation go over the 5 yrs?'),
  T('customs clearance time cuts for imports vs exports?', 'figure', 'CN23', F('进口、出口通关时间分别压减67%和92%', pct(67), pct(92)), 'elliptical', 'en', 'lowercase', HF),
  T('and the overall tariff level, from what to what?', 'figure', 'CN23', F('关税总水平从9.8%降至7.4%', pct(7.4), pct(9.8)), 'elliptical', 'topic-switch', 'en', 'lowercase', HF),
]);
conv([
  T('拱墅23年的土地出让计划是啥'),
  T('经营性用地要出让多少亩', 'target', 'GS23', F('有序推进土地开发利用,出让经营性用地7宗424亩', [424, '亩']), 'elliptical', HF),
  T('阳光食堂要新建几家', 'target', 'GS23', F('新建社区“阳光食堂”5家、“全城通”智慧助餐点30个', [5, '家']), 'elliptical', 'topic-switch', 'short', HF),
]);
conv([
  T('钱塘前年招商引资怎么样'),
  T('签约亿元以上项目多少个', 'figure', 'QT25', F('全年累计签约亿元以上项目101个', [101, '个']), 'elliptical', HF),
  T('争取到的上级资金有多少', 'figure', 'QT25', F('争取超长期特别国债、专项债等各类上级资金超140亿元', [140, '亿元']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('guangdong 2024: how did its land consolidation program go?'),
  T('how many mu of farmland consolidated?', 'figure', 'GD25', F('全域土地综合整治扩面提质,完成农用地整治23.8万亩', [23.8, '万亩']), 'elliptical', 'en', 'lowercase', HF),
  T('and ecological restoration?', 'figure', 'GD25', F('建设用地整理4.8万亩、生态保护修复42.4万亩', [42.4, '万亩']), 'elliptical', 'indicator-switch', 'en', 'lowercase', 'short', HF),
]);
conv([
  T('江苏前年办理的省人大代表建议有多少件'),
  T('省政协提案呢', 'figure', 'JS25', F('共办理省人大代表建议748件、省政协提案954件', [954, '件']), 'elliptical', 'indicator-switch', 'short', HF),
  T('换成浙江呢', 'figure', 'ZJ25', F('办理省人大代表建议890件、省政协提案770件', [770, '件']), 'elliptical', 'place-switch', 'short', HF),
  T('湖南那边呢', 'figure', 'HN25', F('办理省人大代表建议1004件、省政协提案1047件', [1047, '件']), 'elliptical', 'place-switch', 'short', HF),
]);
conv([
  T('北京去年地铁总里程有多少'),
  T('说错了 我想问的是中心城区绿色出行比例', 'figure', 'BJ26', F('实现五环路以内信号灯实时调度控制,中心城区绿色出行比例从75.6%提升至76.5%', pct(76.5)), 'elliptical', 'self-correction', 'indicator-switch', HF),
  T('今年打算建几个紧密型城市医疗集团', 'target', 'BJ26', F('规范畅通医联体内双向转诊,新建5个以上紧密型城市医疗集团', [5, '个']), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('吉林前年无籍房办证解决了多少户'),
  T('那白城呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了 还是说吉林 去年边境游要突破多少人次', 'target', 'JL25', F('实现G331吉林段全线贯通,边境游突破500万人次', [500, '万人次']), 'elliptical', 'after-not-found', 'relative-year', HF),
]);
conv([
  T('山东前年高速公路通车里程多少'),
  T('今年要突破多少公里', 'target', 'SD26', F('建成通车济南至宁津等5个项目,高速公路里程突破9500公里', [9500, '公里']), 'elliptical', 'relative-year', 'year-switch', HF),
  T('江苏前年新建和改造了多少高标准农田', 'figure', 'JS25', F('耕地总量连续3年净增加,新建和改造高标准农田298万亩', [298, '万亩']), 'no-inherit', 'place-switch', 'relative-year', HF),
]);
conv([
  T('shanghai 2025: how many new parks opened?'),
  T('and the total number of parks now?', 'figure', 'SH26', F('提前建成千座公园城市,累计达到1100座', [1100, '座']), 'elliptical', 'en', 'lowercase', HF),
  T("rural shanghai 2024: how many 'beautiful courtyards' were completed?", 'figure', 'SH25', F('建成乡村振兴示范村28个、“美丽庭院”10.1万户', [10.1, '万户']), 'topic-switch', 'year-switch', 'en', 'lowercase', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  巴中: ['巴中', 'Bazhong'],
  资阳: ['资阳', 'Ziyang'],
  四平: ['四平', 'Siping'],
  海北: ['海北', 'Haibei'],
  玉林: ['玉林', 'Yulin'],
  乌兰察布: ['乌兰察布', 'Ulanqab'],
  鄂州: ['鄂州', 'Ezhou'],
  新余: ['新余', 'Xinyu'],
  白城: ['白城', 'Baicheng'],
  wuzhou: ['梧州', 'Wuzhou'],
  1905: ['1905'],
  1923: ['1923'],
  1931: ['1931'],
  猫咖: ['猫咖', 'cat cafe'],
  足浴: ['足浴', 'foot massage'],
  烧烤: ['烧烤', 'barbecue'],
  酒吧: ['酒吧'],
  nightclub: ['夜店', 'nightclub'],
  wedding: ['婚礼', 'wedding'],
};

// Never a fact that fresh-ai's or fresh-aj's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-ai/ai-heldout.jsonl', 'eval/fresh-aj/aj-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-ai's or fresh-aj's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ak', last: 'aj', notAnswerableWords: NF_WORDS });
