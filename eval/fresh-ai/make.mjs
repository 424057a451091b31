#!/usr/bin/env node
// Writes the fresh-ai sets: eval/fresh-ai/ai-tune.jsonl and eval/fresh-ai/ai-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ai/make.mjs [--check]
//
// A twenty-third held-out question set written BEFORE any fix, as fresh-m … fresh-ah, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule of fresh-ae … fresh-ah, unchanged: a cite must not repeat a fact cited by an earlier TUNE file (every file of
// EARLIER_SETS and laterSets('ah') whose name does not contain "heldout" — so fresh-ah's own tune file now counts too), but
// it MAY repeat a fact that only earlier HELD-OUT files cite (fresh-ah's held-out file among them), asked in new words
// (`checkDealAndWrite(…, { earlierFilter })`). Such cases carry the tag `heldout-fact`, and this script checks the tag both
// ways: a case is tagged exactly when its cite meets an earlier held-out cite under the same two cite checks. Where a fact
// no earlier file cites was left (free numbers of ordinary indicators), it was taken first; the repeated facts were chosen
// among numbers that earlier held-out files cite, never fresh-ag's or fresh-ah's.
//
// Parts:
//   1. Chinese figure asks in natural wording (plain-ask; second-figure-ask where the asked figure is not the first of its
//      sentence, checked as fresh-ad);
//   2. English questions as a journalist types them (english-ask), 4 not answerable;
//   3. conversations of 3–4 turns, every later turn scored (follow-up), one scored not-answerable turn;
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
p('figure', 'AH25', '安徽前年皖北又有多少人喝上了引调水', F('新增405万皖北群众喝上引调水', [405, '万']), 'relative-year', 'colloquial', HF);
p('figure', 'AH25', '安徽24年有多少农业转移人口变成了新市民', F('39.8万农业转移人口成为新市民', [39.8, '万']), 'two-digit-year', 'colloquial', HF);
p('target', 'AH25', '安徽去年二轮土地承包到期延包 要完成多少万农户', F('完成年内到期662万农户延包任务', [662, '万']), 'target', 'relative-year', HF);
p('figure', 'AH26', '安徽去年国家区域医疗中心引进了多少项新技术新项目', F('国家区域医疗中心引入新技术新项目874项', [874, '项']), 'relative-year', HF);
p('figure', 'AH26', '安徽这几年 省市县府院府检联动机制覆盖率做到多少了', F('省市县“府院”“府检”联动机制覆盖率100%', pct(100)), 'five-year-review', 'colloquial');
p('target', 'AH26', '皖今年准备培育多少技术经理人', F('培育技术经理人1000人以上', [1000, '人']), 'target', 'relative-year', 'short-name', 'short', HF);
p('figure', 'BJ25', '北京前年第二批市级机关搬完 在副中心上班的有多少人', F('近3.3万名工作人员在副中心办公', [3.3, '万名']), 'relative-year', 'approx', 'colloquial', HF);
p('figure', 'BJ25', '北京灾后恢复重建 一年基本恢复的项目一共多少项', F('168项“一年基本恢复”项目全部按期投用', [168, '项']), 'colloquial', HF);
p('target', 'BJ25', '北京去年计划新增多少个中小学学位', F('增加中小学学位2万个', [2, '万个']), 'target', 'relative-year', 'short', HF);
p('target', 'BJ26', '北京今年外调绿电规模要到多少千瓦时', F('外调绿电规模达450亿千瓦时', [450, '亿千瓦时']), 'target', 'relative-year', HF);
p('figure', 'BJ26', '北京去年评全国双拥模范城 有几个区评上了', F('16个区均被评为全国双拥模范城', [16, '个']), 'relative-year', 'colloquial', HF);
p('figure', 'FJ25', '福建前年人均预期寿命提高到了多少岁', F('全省人均预期寿命预计提高到79.3岁', [79.3, '岁']), 'relative-year', HF);
p('figure', 'FJ25', '闽前年新增加上达成意向的友好城市有几对', F('新增和达成意向友城15对', [15, '对']), 'relative-year', 'short-name', HF);
p('figure', 'FJ26', '福建自贸区去年出了多少项全国首创的举措', F('自贸试验区推出111项全国首创举措', [111, '项']), 'relative-year', 'colloquial', HF);
p('target', 'GD25', '广东去年连续参保激励和零报销激励 累计最多能提到大病保险原封顶线的多少', F('累计提高总额不超过所在统筹地区大病保险原封顶线的20%', pct(20)), 'target', 'relative-year');
p('target', 'GD25', '广东去年要推动多少家工业企业搞技改和数字化转型', F('推广“链式改造”,推动超1万家工业企业开展技术改造和数字化转型', [1, '万家']), 'target', 'relative-year', 'colloquial');
p('figure', 'GD25', '粤前年承接产业转移的主平台一共几个', F('推动出台促进产业有序转移条例,15个主平台', [15, '个']), 'relative-year', 'short-name', 'short');
p('figure', 'GD25', '广东前年建成开放的公共文化新空间有多少家', F('建成开放公共文化新空间3300余家', [3300, '家']), 'relative-year', 'approx', HF);
p('figure', 'GD26', '十四五期间 广东职业伤害保障试点覆盖了多少新业态劳动者', F('职业伤害保障试点覆盖696万名新业态劳动者', [696, '万名']), 'plan-period', HF);
p('figure', 'GD26', '广东这五年把多少项省级行政职权调给了市县', F('调整316项省级行政职权由市县实施', [316, '项']), 'five-year-review', 'colloquial', HF);
p('figure', 'SD25', '山东累计创建的国家文明村镇有多少个', F('累计创建国家文明村镇246个', [246, '个']), HF);
p('figure', 'SD26', '山东去年完成了多少个村的生活污水治理', F('村庄保洁机制不断完善,完成2443个村生活污水治理', [2443, '个']), 'relative-year', HF);
p('target', 'SD26', '鲁今年要搞几处大宗工业固废回填试点', F('实施16处大宗工业固废回填试点', [16, '处']), 'target', 'relative-year', 'short-name', 'short', HF);
p('target', 'ZJ25', '浙江去年要新增多少名双持证护理员', F('新增养老护理、应急救护“双持证”护理员8000人', [8000, '人']), 'target', 'relative-year', HF);
p('target', 'ZJ26', '浙江今年全域幸福河湖打算建多少公里', F('全域幸福河湖建设700公里', [700, '公里']), 'target', 'relative-year', 'short', HF);
p('figure', 'ZJ26', '浙江单村水站改造做完以后 有多少万偏远农村居民喝上了干净水', F('让242万偏远农村居民喝上干净水', [242, '万']), 'colloquial', HF);
p('figure', 'JS25', '江苏前年省重大项目一共完成投资多少亿', F('省重大项目投资7300亿元', [7300, '亿元']), 'relative-year', HF);
p('figure', 'JS25', '苏24年南北合作实施了多少个帮扶项目', F('年度南北合作实施192个帮扶项目', [192, '个']), 'two-digit-year', 'short-name', HF);
p('figure', 'CN23', '23年政府工作报告讲 这些年累计改了多少套棚户区住房', F('多年累计改造棚户区住房4200多万套', [4200, '万套']), 'two-digit-year', 'five-year-review', 'approx', HF);
p('figure', 'YN25', '沪滇16+16园区共建 上海那边出了多少个区', F('上海16个区(或国企)与云南16个州(市)', [16, '个']), 'mixed-script');
p('figure', 'GS23', '拱墅22年完工的公用充电桩有多少个', F('全力推进充电桩建设,完工公用充电桩406个', [406, '个']), 'two-digit-year', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'AH25', '合肥那年中欧班列开了909列 安徽前年新增的国际和地区客货运航线有几条', F('新增国际及地区客货运航线12条', [12, '条']), 'relative-year', 'after-other', HF);
s('figure', 'AH25', '安徽前年老旧小区改造搞了多少个', F('改造城镇老旧小区1545个', [1545, '个']), 'relative-year', 'after-other', HF);
s('figure', 'AH25', '引江济淮前年过闸总吨位多少', F('过闸总吨位1.3亿吨', [1.3, '亿吨']), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'AH25', '安徽前年建成的口袋体育公园有几个', F('182个口袋体育公园', [182, '个']), 'relative-year', 'second-of-pair', 'short', HF);
s('target', 'AH25', '安徽去年可再生能源发电装机打算新增多少', F('新增可再生能源发电装机600万千瓦以上', [600, '万千瓦']), 'target', 'relative-year', 'second-of-pair', HF);
s('figure', 'BJ25', '北京前年推进的平急两用公共基础设施项目有多少个', F('推进89个平急两用公共基础设施项目', [89, '个']), 'relative-year', 'after-other', HF);
s('figure', 'BJ25', '北京前年营业性演出办了多少场', F('文化活动1.6万场、营业性演出5.7万场', [5.7, '万场']), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'BJ25', '北京前年危旧楼房改建和简易楼腾退启动了多少平方米', F('启动危旧楼房改建和简易楼腾退20.6万平方米', [20.6, '万平方米']), 'relative-year', 'after-other', HF);
s('figure', 'BJ26', '北京去年整治了多少座桥的桥下空间', F('完成燕莎桥等251座桥系桥下空间整治', [251, '座']), 'relative-year', 'after-other', HF);
s('figure', 'BJ26', '北京去年竣工的各类保障房有多少套', F('竣工各类保障房10万套', [10, '万套']), 'relative-year', 'second-of-pair', HF);
s('figure', 'GD26', '广东去年低空飞行规模到了多少万架次', F('飞行规模达2061万架次', [2061, '万架次']), 'relative-year', 'second-of-pair', HF);
s('figure', 'FJ26', '福建去年城乡供水一体化管网新铺了多少公里', F('新建城乡供水一体化管网6838公里', [6838, '公里']), 'relative-year', 'after-other', HF);
s('figure', 'SD26', '山东去年小流域治理面积多少万亩', F('小流域面积401万亩', [401, '万亩']), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'JS26', '十四五期间江苏有多少个学科进了双一流建设名单', F('16所高校、48个学科入选“双一流”建设名单', [48, '个']), 'plan-period', 'second-of-pair', HF);
s('figure', 'ZJ26', '浙江去年承办的国际级、全国性比赛一共多少场', F('国际级和全国赛事370场', [370, '场']), 'relative-year', 'second-of-pair', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'AH25', "anhui's new higher research institute with universities & firms — first intake of master's/phd students?", F('首招硕博士研究生735名', [735, '名']), 'lowercase', 'abbreviation', HF);
e('figure', 'AH26', 'anhui, 14th fyp: how many policies & measures did it copy from shanghai/jiangsu/zhejiang?', F('推出12批1181项对照学习沪苏浙创新政策和举措', [1181, '项']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'AH26', "anhui's capital-market training for 'ten thousand firms' — how many attendances?", F('万家企业资本市场培训14万人次', [14, '万人次']), 'lowercase', HF);
e('figure', 'AH26', "anhui 2025: how many new 'two major' (liangzhong) projects broke ground?", F('新开工建设“两重”项目178个', [178, '个']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'AH25', 'anhui: number of vertical / industry-specific large models at end-2024?', F('垂类大模型增加到77个', [77, '个']), 'year', 'lowercase', HF);
e('figure', 'BJ25', 'beijing 2024: high-standard farmland completed, mu?', F('建成高标准农田13.5万亩', [13.5, '万亩']), 'year', 'lowercase', 'short', HF);
e('figure', 'BJ26', "beijing's draft 15th five-year plan outline — how many main indicators does it set?", F('6个维度设置了29项主要指标', [29, '项']), 'plan-period', 'lowercase', HF);
e('target', 'BJ26', 'beijing this yr: how many general manufacturing firms to move out or upgrade?', F('疏解提质一般制造业企业80家', [80, '家']), 'target', 'relative-year', 'lowercase', 'abbreviation', HF);
e('figure', 'FJ26', 'fujian 2025 — national science & technology awards won?', F('获国家科学技术奖20项', [20, '项']), 'year', 'lowercase', 'short', HF);
e('figure', 'FJ25', 'fujian: cumulative water piped to kinmen so far, tonnes (2025 report)?', F('累计向金门供水3800多万吨', [3800, '万吨']), 'lowercase', 'approx', HF);
e('figure', 'FJ26', "fujian's 'jinfuyun' platform: financing it brokered for the real economy in 2025?", F('“金服云”服务实体融资1.58万亿元', [1.58, '万亿元']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'GD25', 'guangdong mangroves — hectares planted or restored in total, per the 2025 report?', F('累计完成红树林营造修复5648公顷', [5648, '公顷']), 'lowercase', HF);
e('figure', 'GD25', 'hk–zhuhai–macau bridge: % rise in vehicle crossings, 2024?', F('港珠澳大桥车流量增长90%', pct(90)), 'year', 'lowercase', 'no-place', 'short', HF);
e('figure', 'GD26', "guangdong 2025: count of gaozhi colleges chosen for round two of the national 'double high' scheme?", F('16所高职学校入选第二期国家“双高计划”', [16, '所']), 'year', 'lowercase', HF);
e('figure', 'GD26', "shenzhen's china hi-tech fair in 2025: signed deals (supply-demand & financing projects), how many?", F('高交会促成1023项供需对接和投融资项目签约', [1023, '项']), 'year', 'lowercase', HF);
e('figure', 'SD25', 'shandong 2024 — new national-level leading talents?', F('新增国家级领军人才435人', [435, '人']), 'year', 'lowercase', 'short', HF);
e('figure', 'SD25', 'shandong 2024: its three batches of policy lists added up to how many concrete measures?', F('接续推出三批政策清单、151项务实举措', [151, '项']), 'year', 'lowercase', HF);
e('figure', 'SD26', 'shandong 2025 — grassroots sports events held?', F('举办群众性体育赛事活动9.5万场', [9.5, '万场']), 'year', 'lowercase', 'short', HF);
e('figure', 'SD26', 'shandong over the 14th fyp: new primary & secondary school places?', F('新增中小学学位142万个', [142, '万个']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('target', 'ZJ26', 'zhejiang this yr: grassroots emergency / fire-safety support points to be upgraded?', F('提升建设基层应急消防保障点778个', [778, '个']), 'target', 'relative-year', 'lowercase', 'abbreviation', HF);
e('figure', 'ZJ26', "zhejiang 2025: new '15-minute quality cultural life circles' built?", F('新建“15分钟品质文化生活圈”2415个', [2415, '个']), 'year', 'lowercase', HF);
e('figure', 'ZJ26', "zhejiang 2025 — provincial cppcc members' proposals handled?", F('省政协提案667件', [667, '件']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'JS26', 'jiangsu 2025: how many market entities in total, in units of 10k households?', F('总量达1461.4万户', [1461.4, '万户']), 'year', 'lowercase', HF);
e('figure', 'YN25', "yunnan's '3+2' vocational-to-bachelor track — how many yrs do students spend at the undergrad school?", F('学生在高职学校就读3年、本科院校就读2年', [2, '年']), 'lowercase', 'abbreviation');
e('target', 'ZJ25', 'zhejiang 2025 free flu shots for older people — from what age up?', F('为全省60岁以上老年人免费接种流感疫苗', [60, '岁']), 'target', 'year', 'lowercase');
e('figure', 'HN25', 'hunan 2024: km of rural-road safety facilities built?', F('建成农村公路安防设施2.6万公里', [2.6, '万公里']), 'year', 'lowercase', HF);
e('figure', 'JL25', "jilin: gov't service items that can be handled fully online (2025 report)?", F('11.7万个政务服务事项实现全程网办', [11.7, '万个']), 'lowercase', 'abbreviation', HF);
e('figure', 'CN24', "china's 5g user penetration rate at end-2023?", F('5G用户普及率超过50%', pct(50)), 'year', 'lowercase', 'short', HF);
e('figure', 'CN23', "2023 state council report: how many draft laws did the cabinet send to the npc's standing committee in those five yrs?", F('提请全国人大常委会审议法律议案50件', [50, '件']), 'year', 'lowercase', 'five-year-review', 'abbreviation', HF);
e('figure', 'HZ24', 'hz 2023: how many companies got connected to the (hangzhou) new internet exchange point?', F('新型互联网交换中心应用,完成230家企业接入', [230, '家']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'QT21', 'qiantang since launch — abandoned farmland cleaned up in the jiangdong area, mu?', F('江东片区完成1.9万余亩抛荒地集中整治', [1.9, '万亩']), 'lowercase', 'pinyin', 'since-launch', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('changji (xinjiang) tourism revenue last yr?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe("what was fujian's grain output in 1951", 'nf-year', 'year', 'lowercase', 'short');
nfe('How many escape room venues are there in Chengdu?', 'nf-indicator');
nfe('yoga studios in shenzhen — latest count?', 'nf-indicator', 'lowercase', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['GD26', 'GD25'], '广东开发储备公益性岗位的目标 去年和今年分别是多少个', F(['开发储备超8000个公益性岗位', '开发储备超5000个公益性岗位'], [8000, '个'], [5000, '个']), 'target', 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['BJ26', 'BJ25'], '北京核心区平房申请式退租 前年和去年各完成多少户', F(['核心区平房申请式退租2006户', '完成核心区平房2008户申请式退租'], [2006, '户'], [2008, '户']), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', 'BJ25', '天竺综保区在国家绩效评估里的名次前年是怎么变的', F('天竺综保区在国家绩效评估中从第9名提升至第2名', [2], [9]), 'relative-year', 'from-to', HF);
f('trend', 'trend-ask', 'GD26', '广东集中供养孤儿的基本生活保障标准 今年从每月多少提到多少', F('集中供养孤儿基本生活保障省定最低标准从每人每月2375元提高到2423元', [2423, '元'], [2375, '元']), 'target', 'relative-year', 'from-to', HF);
f('trend', 'trend-ask', 'GD25', '广东去年义务教育特殊教育生均公用经费 最低标准从多少调到多少', F('特殊教育生均公用经费最低标准从每生每年6000元提高至7000元', [7000, '元'], [6000, '元']), 'target', 'relative-year', 'from-to', HF);
f('trend', 'trend-ask', 'AH26', '安徽境内上市公司总数在全国的排位 十四五期间从第几升到第几', F('总数186家、从全国第9位升至第7位', [7], [9]), 'plan-period', 'from-to', HF);
f('trend', 'trend-ask', ['SH26', 'SH25'], '上海架空线入地 前年做了多少公里 去年又做了多少公里', F(['完成141公里架空线入地和杆箱整治', '完成134公里架空线入地和杆箱整治'], [141, '公里'], [134, '公里']), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['ZJ26', 'ZJ25'], '浙江低保月标准 前年提到多少 去年又提到多少', F(['低保最低月标准提高到1190元', '低保、特困人均月标准分别提高到1167元'], [1190, '元'], [1167, '元']), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', 'CN23', '23年报告里 这五年制造业贷款余额从多少涨到了多少', F('制造业贷款余额从16.3万亿元增加到27.4万亿元', [27.4, '万亿元'], [16.3, '万亿元']), 'two-digit-year', 'five-year-review', 'from-to', 'no-place', HF);
f('comparison', 'comparison-ask', ['JS25', 'ZJ25'], '江苏和浙江前年办理的省人大代表建议 哪个省多', F(['共办理省人大代表建议748件', '办理省人大代表建议890件'], [748, '件'], [890, '件']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['ZJ25', 'HN25'], '浙江跟湖南前年拿五个一工程奖的作品数 差多少', F(['12部浙产作品获“五个一工程奖”', '等4部作品获精神文明建设“五个一工程”奖'], [12, '部'], [4, '部']), 'two-places', 'which-higher', 'relative-year', 'colloquial', HF);
f('comparison', 'comparison-ask', ['AH25', 'HN25'], '安徽湖南前年治理的农村黑臭水体 各多少个 谁多', F(['治理农村黑臭水体1653个', '完成较大面积农村黑臭水体治理124个'], [1653, '个'], [124, '个']), 'two-places', 'which-higher', 'relative-year', 'colloquial', HF);
f('superlative', 'ranking-ask', 'GD26', '三级公立综合医院国家绩效监测拿A级以上的数量 哪个省全国第一 有几家', F('49家三级公立综合医院在国家绩效监测中获评A级以上、数量全国第一', [49, '家']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'FJ26', '深远海养殖规模全国最大的是哪个省', F('深远海养殖规模全国第一'), 'across-reports', 'short');
f('superlative', 'ranking-ask', 'SD26', '全运会拿了五连冠的是哪个省的代表团', F('体育代表团勇夺全运会“五连冠”'), 'across-reports', 'colloquial');
f('superlative', 'ranking-ask', 'ZJ25', '民企500强那五张榜单 上榜数全部全国第一、拿了大满贯的是哪个省', F('五张榜单浙江上榜数均居全国第一,首次实现大满贯'), 'across-reports', 'colloquial');

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'AH26', '安徽去年制造业贷款和普惠小微贷款余额 各增长了多少', F('制造业、普惠小微贷款余额分别增长10.7%、13.3%', pct(10.7), pct(13.3)), 'relative-year', HF);
f('multi', 'multi-ask', 'BJ26', '北京去年月均现场检查量降了多少 非现场检查占比又到了多少', F('月均现场检查量下降42.9%、非现场检查量占比提升至70.6%', pct(42.9), pct(70.6)), 'relative-year', 'colloquial', HF);
f('multi', 'multi-ask', 'HZ24', '杭州23年低效无效资产处置 股权类和实物类分别处置了多少', F('完成股权类资产处置32.7亿元、实物类资产处置7.2亿元', [32.7, '亿元'], [7.2, '亿元']), 'two-digit-year', HF);
f('multi', 'multi-ask', 'JS26', '江苏生产安全事故起数和死亡人数 比2020年各降了多少', F('生产安全事故起数、死亡人数比2020年分别下降65.3%、58.3%', pct(65.3), pct(58.3)), 'five-year-review', 'year', HF);
f('multi', 'multi-ask', 'BJ25', '北京前年全市医疗机构互认共享的检验结果和检查结果 各有多少项', F('181项检验结果和300项检查结果实现全市医疗机构互认共享', [181, '项'], [300, '项']), 'relative-year', HF);
f('overview', 'overview-ask', 'SH26', '上海十四五这五年 经济总体发展得怎么样', { ...F('全市生产总值从4.16万亿元增加到5.67万亿元'), lead: 5.67 }, 'plan-period', 'colloquial');
f('overview', 'overview-ask', 'BJ26', "beijing's economy over the past five years — quick summary?", { ...F('地区生产总值年均增长5.2%,经济总量连续迈上4万亿、5万亿两个台阶'), lead: 5.2 }, 'en', 'five-year-review', 'lowercase');
f('outline', 'outline-ask', 'CN24', '24年国务院报告 当年的工作任务列了哪几方面', O('CN24'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'GS23', '拱墅23年的计划里 主要任务分了哪几块', O('GS23'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'FJ26', "fujian 2026 government work report: list the big-ticket tasks for this year?", O('FJ26'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('阿拉善盟去年GDP增长多少', 'nf-place', 'relative-year', 'mixed-script', 'short');
nf('山南前年接待游客多少万人次', 'nf-place', 'relative-year', 'short');
nf('塔城25年固投涨了多少', 'nf-place', 'two-digit-year', 'short');
nf('乌海今年打算新增多少城镇就业', 'nf-place', 'relative-year', 'target');
nf('临夏去年的牛羊肉产量是多少', 'nf-place', 'relative-year');
nf('凉山24年花椒卖了多少钱', 'nf-place', 'two-digit-year', 'colloquial');
nf('金昌前年镍产量多少来着', 'nf-place', 'relative-year', 'colloquial');
nf('平凉去年农村居民人均收入有多少', 'nf-place', 'relative-year');
nf('1926年江苏有几所大学', 'nf-year', 'year', 'short');
nf('广东1938年的财政收入是多少', 'nf-year', 'year');
nf('1943年北京有多少辆公交车', 'nf-year', 'year', 'short');
nf('天津一年煎饼果子能卖出去多少套', 'nf-indicator', 'colloquial');
nf('青岛去年啤酒产量多少吨', 'nf-indicator', 'relative-year', 'short');
nf('上海去年纹身店有多少家', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('北京去年新建了几个区域养老服务中心'),
  T('今年打算再建几个', 'target', 'BJ26', F('新建20个区域养老服务中心', [20, '个']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
  T('每月一题今年要攻坚几个难点问题', 'target', 'BJ26', F('攻坚突破家政服务市场规范等11个难点问题', [11, '个']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('安徽去年新增了多少个农村幸福院'),
  T('今年计划再新增多少个', 'target', 'AH26', F('社区嵌入式养老服务机构110个、农村幸福院750个', [750, '个']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
  T('社区嵌入式养老服务机构呢', 'target', 'AH26', F('新增社区嵌入式养老服务机构110个', [110, '个']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('guangdong 2025: number of province-level approval matters whose handling time is now the best in china?'),
  T('and how many county-level SOEs are now rated AA or above?', 'figure', 'GD26', F('信用评级AA级以上县(市、区)国企增至260家', [260, '家']), 'elliptical', 'topic-switch', 'en', 'abbreviation', HF),
  T('new national-level intangible heritage bearers that yr?', 'figure', 'GD26', F('新增58名国家级非遗代表性传承人', [58, '名']), 'elliptical', 'topic-switch', 'en', 'lowercase', HF),
]);
conv([
  T('山东前年开了多少场省级新闻发布会'),
  T('实现五有三提升的村卫生室有多少个', 'figure', 'SD25', F('10601个村卫生室实现“五有三提升”', [10601, '个']), 'elliptical', 'topic-switch', HF),
  T('阳光家园托养服务了多少残疾人', 'figure', 'SD25', F('“阳光家园”托养服务残疾人3.4万人', [3.4, '万人']), 'elliptical', 'topic-switch', 'short', HF),
  T('那去年计划服务残疾人就业多少人次', 'target', 'SD25', F('服务残疾人就业2.5万人次', [2.5, '万人次']), 'elliptical', 'relative-year', 'year-switch', HF),
]);
conv([
  T('浙江前年长护险参保人数到多少了'),
  T('特困人员的人均月标准提到多少', 'figure', 'ZJ25', F('低保、特困人均月标准分别提高到1167元、1937元', [1937, '元']), 'elliptical', 'topic-switch', HF),
  T('去年计划改造多少户城中村', 'target', 'ZJ25', F('实施城中村改造6万户', [6, '万户']), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('湖南前年团洲垸蓄滞洪区迁建了多少人'),
  T('资兴那边有多少户受灾群众搬进新居', 'figure', 'HN25', F('资兴市4112户受灾群众春节前将首批搬进新居', [4112, '户']), 'elliptical', 'place-detail', HF),
  T('去年城乡低保标准打算提到多少', 'target', 'HN25', F('城乡低保标准提高到不低于740元/月和485元/月', [740, '元']), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('吉林前年解决了多少户无籍房的办证问题'),
  T('困难家庭考生资助了多少名', 'figure', 'JL25', F('资助困难家庭考生2570名', [2570, '名']), 'elliptical', 'topic-switch', 'short', HF),
  T('空气质量优良天数比例是多少', 'figure', 'JL25', F('空气质量优良天数92.9%', pct(92.9)), 'elliptical', 'topic-switch', 'short', HF),
]);
conv([
  T('22年国务院报告里 国家助学贷款的年度最高额度加了多少'),
  T('惠及了多少在校生', 'figure', 'CN22', F('惠及500多万在校生', [500, '万']), 'elliptical', 'short', HF),
  T('那一年提请审议的法律议案有几件', 'figure', 'CN22', F('提请全国人大常委会审议法律议案10件,制定修订行政法规15部', [10, '件']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('in the 2025 state council work report, anything on student aid?'),
  T('how many student-times did the scholarship and loan upgrades reach?', 'figure', 'CN25', F('国家奖助学金提标扩面、助学贷款提额降息,惠及学生3400多万人次', [3400, '万人次']), 'elliptical', 'en', 'lowercase', HF),
  T('and tech contract turnover growth that yr?', 'figure', 'CN25', F('技术合同成交额增长11.2%', pct(11.2)), 'elliptical', 'topic-switch', 'en', 'lowercase', 'short', HF),
]);
conv([
  T('福建去年引进了多少支台湾乡建乡创团队'),
  T('240小时过境免签落地以后 入境人数涨了多少', 'figure', 'FJ26', F('落地实施240小时过境免签政策,入境人数增长18.1%', pct(18.1)), 'elliptical', 'topic-switch', HF),
  T('月最低工资标准平均数提到多少了', 'figure', 'FJ26', F('月最低工资标准平均数提高至2100元', [2100, '元']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('广东前年建成了多少个标准化就业驿站'),
  T('去年要再建多少个', 'target', 'GD25', F('建设122个“就业驿站”', [122, '个']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
  T('前年新开工的中型水库有几座', 'figure', 'GD25', F('新开工建设4座中型水库', [4, '座']), 'elliptical', 'relative-year', 'topic-switch', HF),
]);
conv([
  T('北京前年拆了多少公里护栏'),
  T('桥下空间整治了多少座', 'figure', 'BJ25', F('整治提升国贸桥等49座桥系桥下空间', [49, '座']), 'elliptical', 'topic-switch', 'short', HF),
  T('垃圾分类桶站规范化提升了多少个', 'figure', 'BJ25', F('完成5.7万个分类桶站规范化提升', [5.7, '万个']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('江苏十四五这五年老旧小区开工改造了多少个'),
  T('生物多样性调查发现的物种增加到多少种', 'figure', 'JS26', F('生物多样性本底调查发现物种数增至9266种', [9266, '种']), 'elliptical', 'topic-switch', HF),
  T('特色田园乡村建成了几个', 'figure', 'JS26', F('820个特色田园乡村', [820, '个']), 'elliptical', 'topic-switch', 'short', HF),
]);
conv([
  T('云南前年选派了多少名金融特派员'),
  T('财政支出里用在民生上的占多少', 'figure', 'YN25', F('76.1%的财政支出用于民生', pct(76.1)), 'elliptical', 'topic-switch', HF),
  T('去年打算引进留用多少名高层次银龄人才', 'target', 'YN25', F('引进留用3600名高层次银龄人才', [3600, '名']), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('山东去年实施了多少项重大科技攻关'),
  T('行业大模型规模化应用的有多少个', 'figure', 'SD26', F('148个行业大模型规模化应用', [148, '个']), 'elliptical', 'topic-switch', HF),
  T('省级以上领军人才新引育了多少', 'figure', 'SD26', F('新引育省级以上领军人才1480多人', [1480, '人']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('zhejiang this year — how many extra seats at elderly universities?'),
  T('and how many smart bionic limbs & other assistive devices for disabled people?', 'target', 'ZJ26', F('为残疾人适配智能仿生上下肢等科技辅具服务5000例', [5000, '例']), 'elliptical', 'topic-switch', 'en', 'lowercase', HF),
  T('rural operations talent it plans to bring in?', 'target', 'ZJ26', F('引育1000名乡村运营人才', [1000, '名']), 'elliptical', 'topic-switch', 'en', 'lowercase', 'short', HF),
]);
conv([
  T('杭州23年新增了几家专精特新小巨人'),
  T('强村公司累计培育了多少家', 'figure', 'HZ24', F('累计培育强村公司524家', [524, '家']), 'elliptical', 'topic-switch', HF),
  T('飞地抱团项目呢', 'figure', 'HZ24', F('实施飞地抱团项目127个', [127, '个']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('钱塘新区成立以来 新引进了多少领军型人才'),
  T('高层次人才呢', 'figure', 'QT21', F('新引进领军型人才75人、高层次人才1099人', [1099, '人']), 'elliptical', 'indicator-switch', 'since-launch', 'short', HF),
  T('低效用地再开发之外 有多少家化工企业关停转迁了', 'figure', 'QT21', F('完成11家化工类企业关停转迁', [11, '家']), 'elliptical', 'topic-switch', 'since-launch', HF),
]);
conv([
  T('安徽前年制定修改废止了几件省政府规章'),
  T('不对 我想问的是提请审议的地方性法规有几件', 'figure', 'AH25', F('提请省人大常委会审议地方性法规25件', [25, '件']), 'elliptical', 'self-correction', 'indicator-switch', HF),
  T('北京前年城乡建设用地又减量了多少平方公里', 'figure', 'BJ25', F('城乡建设用地再减量6.6平方公里', [6.6, '平方公里']), 'no-inherit', 'place-switch', 'relative-year', HF),
]);
conv([
  T('北京去年有多少款创新药械获批上市'),
  T('晋城呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了还是说北京 去年精准帮扶了多少就业困难人员', 'figure', 'BJ26', F('精准帮扶7.2万名就业困难人员实现就业', [7.2, '万名']), 'elliptical', 'after-not-found', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  阿拉善: ['阿拉善', 'Alxa'],
  山南: ['山南', 'Shannan'],
  塔城: ['塔城', 'Tacheng'],
  乌海: ['乌海', 'Wuhai'],
  临夏: ['临夏', 'Linxia'],
  凉山: ['凉山', 'Liangshan'],
  金昌: ['金昌', 'Jinchang'],
  平凉: ['平凉', 'Pingliang'],
  晋城: ['晋城', 'Jincheng'],
  changji: ['昌吉', 'Changji'],
  1926: ['1926'],
  1938: ['1938'],
  1943: ['1943'],
  1951: ['1951'],
  煎饼: ['煎饼'],
  啤酒: ['啤酒'],
  纹身: ['纹身', 'tattoo'],
  'escape room': ['密室逃脱', 'escape room'],
  yoga: ['瑜伽', 'yoga'],
};

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ai', last: 'ah', notAnswerableWords: NF_WORDS });
