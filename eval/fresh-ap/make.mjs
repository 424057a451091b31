#!/usr/bin/env node
// Writes the fresh-ap sets: eval/fresh-ap/ap-tune.jsonl and eval/fresh-ap/ap-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ap/make.mjs [--check]
//
// A thirtieth held-out question set written BEFORE any fix, as fresh-m … fresh-ao, as analysts, officials and journalists
// type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases, over the
// fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word) and 吉林
// (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'ao'`, so fresh-ao's tune file is an earlier tune file, and no cite may meet fresh-an's or fresh-ao's held-out
// file (the two most recent held-out halves). Today = 2026-12-06: 今年 = 2026, 去年 = 2025, 前年 = 2024.

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
p('figure', 'SD25', '山东前年培育推广的四首产品有多少项', F('培育推广“四首”产品797项', [797, '项']), 'relative-year', 'colloquial', HF);
p('figure', 'SD26', '鲁去年在推进的源网荷储一体化试点有几个', F('42个源网荷储一体化试点加快推进', [42, '个']), 'relative-year', 'short-name', HF);
p('figure', 'GD25', '广东前年推动多少个中心镇按小城市标准来建', F('开展第二批301个典型镇建设,推动65个中心镇按照小城市标准规划建设', [65, '个']), 'relative-year', 'colloquial', HF);
p('figure', 'GD25', '粤前年新增了几家农业产业化国家重点龙头企业', F('国家优势特色产业集群,新增14家农业产业化国家重点龙头企业', [14, '家']), 'relative-year', 'short-name', HF);
p('figure', 'GD26', '广东十四五期间一共调了多少项省级行政职权给市县实施', F('调整316项省级行政职权由市县实施', [316, '项']), 'plan-period', HF);
p('figure', 'FJ25', '福建前年实施了多少项省重点技改项目', F('抢抓大规模设备更新机遇,实施2205项省重点技改项目', [2205, '项']), 'relative-year', HF);
p('figure', 'FJ26', '闽十大乡村特色产业全产业链总产值去年破多少了', F('林竹等十大乡村特色产业全产业链总产值突破3万亿元', [3, '万亿元']), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'FJ26', '福建去年村歌村晚这些群众文化活动一共搞了多少场', F('“百姓大舞台”等群众文化活动超3万场', [3, '万场']), 'relative-year', 'colloquial', 'approx', HF);
p('figure', 'ZJ25', '浙江前年重拳打击经济犯罪 一共挽回多少损失', F('重拳打击各类经济犯罪、挽回经济损失22.2亿元', [22.2, '亿元']), 'relative-year', HF);
p('figure', 'ZJ26', '浙江去年15分钟品质文化生活圈新建了几个', F('新建“15分钟品质文化生活圈”2415个', [2415, '个']), 'relative-year', HF);
p('figure', 'ZJ26', '浙江去年实施异地搬迁多少人', F('县城综合承载能力加快提升,实施异地搬迁1.35万人', [1.35, '万人']), 'relative-year', 'short', HF);
p('figure', 'AH25', '安徽前年有多少农业转移人口成了新市民', F('推进新型城镇化和乡村全面振兴有机结合,39.8万农业转移人口成为新市民', [39.8, '万']), 'relative-year', HF);
p('figure', 'BJ25', '北京前年一共出了多少项细分产业支持政策', F('做优做强先进制造业,制定实施医疗器械、新材料等40项细分产业支持政策', [40, '项']), 'relative-year', 'colloquial', HF);
p('figure', 'SH25', '上海前年再制造产品进口目录扩到几个了', F('再制造产品进口目录扩展到24个', [24, '个']), 'relative-year', 'colloquial', 'short', HF);
p('figure', 'JS25', '江苏前年五经普之后 全省GDP一共上修了多少亿', F('13个设区市地区生产总值都不同程度有所增加,全省共增加2702亿元', [2702, '亿元']), 'relative-year', 'abbreviation', 'colloquial', HF);
p('figure', 'HN25', '湖南前年走找想促那些活动一共解决了多少个问题', F('“链长到一线”活动,解决各类问题超7000个', [7000, '个']), 'relative-year', 'colloquial', 'approx', HF);
p('figure', 'YN25', '云南前年新晋了几个国家等级博物馆', F('新晋国家等级博物馆8个', [8, '个']), 'relative-year', 'short', HF);
p('figure', 'JL25', '吉林前年动态清零的城市黑臭水体有几条', F('104条城市黑臭水体动态清零', [104, '条']), 'relative-year', HF);
p('figure', 'CN23', '23年政府工作报告里 五年新建高标准农田多少亿亩', F('完善水利设施,新建高标准农田4.56亿亩', [4.56, '亿亩']), 'two-digit-year', 'five-year-review', 'no-place', HF);
p('figure', 'HZ24', '杭州23年给市场经营主体减负了多少亿', F('安排财政资金480亿元,为市场经营主体减负925.7亿元', [925.7, '亿元']), 'two-digit-year', HF);
p('figure', 'QT25', '钱塘前年新增了几家四星级以上居家养老服务中心', F('新增四星级以上居家养老服务中心5家', [5, '家']), 'relative-year', HF);
p('figure', 'GS23', '拱墅22年网格智治 设了多少个微网格', F('推动党建统领网格智治建设,设置微网格10054个', [10054, '个']), 'two-digit-year', 'colloquial', HF);
p('target', 'SD26', '山东今年要新建多少个粮油单产提升引领方', F('分区分类推进高标准农田建设,新建粮油单产提升引领方260个', [260, '个']), 'target', 'relative-year', HF);
p('target', 'FJ25', '福建去年计划滚动实施多少个海洋经济重点项目', F('“海上福建”总平台,滚动实施300个以上海洋经济重点项目', [300, '个']), 'target', 'relative-year', HF);
p('target', 'BJ26', '北京今年打算修多少公里美丽乡村路', F('加大农村人居环境整治,打造美丽乡村路300公里', [300, '公里']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'ZJ26', '浙江今年要打造多少个城镇建设高质量样板', F('改造城中村1.4万户,打造城镇建设高质量样板400个', [400, '个']), 'target', 'relative-year', HF);
p('target', 'AH26', '皖今年专精特新企业准备新增多少家', F('深入推进优质企业成长计划,新增专精特新企业1000家左右', [1000, '家']), 'target', 'relative-year', 'short-name', 'approx', HF);
p('target', 'HZ24', '杭州24年计划改造多少个老旧小区', F('深入推进第二轮老旧小区改造三年行动,完成改造老旧小区200个', [200, '个']), 'target', 'two-digit-year', HF);
p('target', 'QT25', '钱塘25年打算新增几家城市书房', F('持续优化文旅服务供给,全年新增城市书房3家', [3, '家']), 'target', 'two-digit-year', 'short', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'SD25', '山东前年公益性岗位和以工代赈一共吸纳了多少就业', F('城镇新增就业124.5万人,公益性岗位、以工代赈吸纳就业29.1万人次', [29.1, '万人次']), 'relative-year', 'after-other', HF);
s('figure', 'SD26', '山东去年新增家庭养老床位多少张', F('护理型床位占比提升至76.4%,新增家庭养老床位1.4万张', [1.4, '万张']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'GD25', '广东前年企业数量超过多少万户了', F('突破1900万户,其中企业超830万户', [830, '万户']), 'relative-year', 'after-other', 'approx', HF);
s('figure', 'GD25', '广东前年主要江河发生了几次编号洪水', F('汛期平均降水量为近50年同期最多,主要江河发生13次编号洪水', [13, '次']), 'relative-year', 'after-other', HF);
s('figure', 'GD25', '粤前年国家科学技术奖的获奖数比上次多了百分之几', F('在国家科学技术奖评选中荣获53个奖项、比上次增长47%', pct(47)), 'relative-year', 'second-of-pair', 'short-name', HF);
s('figure', 'GD25', '广东前年政府购买服务支出降了多少', F('省直部门公用经费压减5%,政府购买服务支出下降7%', pct(7)), 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'GD26', '广东去年国家卓越级智能工厂增加到几家了', F('全球灯塔工厂增至10家,国家卓越级智能工厂增至22家', [22, '家']), 'relative-year', 'second-of-pair', HF);
s('figure', 'FJ26', '福建去年新增了多少家国家级5G工厂', F('新增9家国家卓越级智能工厂、38家国家级5G工厂', [38, '家']), 'relative-year', 'second-of-pair', HF);
s('figure', 'ZJ25', '浙江前年历史经典产业营收规模有多大', F('17个重点传统制造业增加值增长8%,全省历史经典产业营收规模预计超1400亿元', [1400, '亿元']), 'relative-year', 'after-other', 'approx', HF);
s('figure', 'ZJ26', '浙江去年专项债支持了多少个自审自发项目', F('地方政府专项债券额度3150亿元、支持“自审自发”项目2146个', [2146, '个']), 'relative-year', 'second-of-pair', HF);
s('figure', 'AH25', '安徽前年免申即享的政策惠及了多少家企业', F('“即申即享”兑付资金77.7亿元、惠及企业2.6万家', [2.6, '万家']), 'relative-year', 'second-of-pair', HF);
s('figure', 'BJ25', '北京前年新设政府投资基金带动了多少社会投资', F('新设政府投资基金扩展至8个投资领域、带动社会投资286亿元', [286, '亿元']), 'relative-year', 'after-other', HF);
s('figure', 'SH25', '上海前年全国首创的制度性创新案例累计到多少个了', F('全国首创制度性创新案例新增22个、累计达到70个', [70, '个']), 'relative-year', 'second-of-pair', HF);
s('figure', 'JS25', '江苏前年省重大项目投资超了年度计划百分之几', F('省重大项目投资7300亿元、超年度计划目标13.9%', pct(13.9)), 'relative-year', 'second-of-pair', HF);
s('figure', 'CN23', '23年报告里 22年缓税缓费一共多少亿', F('新增减税降费超过1万亿元,缓税缓费7500多亿元', [7500, '亿元']), 'two-digit-year', 'after-other', 'no-place', 'approx', HF);
s('figure', 'GS23', '拱墅22年给多少家小微企业和个体户减免了租金', F('累计兑付各类政策资金10.38亿元,减免2882家小微企业和个体工商户租金', [2882, '家']), 'two-digit-year', 'after-other', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'GD25', 'nansha port container throughput in 2024 — broke how many TEU?', F('南沙港集装箱吞吐量突破2000万标箱', [2000, '万标箱']), 'year', 'lowercase', 'abbreviation', 'no-place', HF);
e('figure', 'GD25', 'guangdong: personal pension accounts opened as of 2024, roughly?', F('率先试点全品类养老金融产品,个人养老金开户数近1800万', [1800, '万']), 'year', 'lowercase', 'approx', HF);
e('figure', 'GD25', 'gd 2024 green electricity trading volume growth %', F('全省绿电交易量增长70%', pct(70)), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'GD26', 'how many kids got the free final year of preschool in guangdong in 2025?', F('实施学前一年免费教育政策、惠及168万名儿童', [168, '万名']), 'year', 'lowercase', HF);
e('figure', 'ZJ26', 'zhejiang new RMB loans in 2025, total?', F('各项贷款新增1.91万亿元', [1.91, '万亿元']), 'year', 'lowercase', 'short', HF);
e('figure', 'ZJ26', 'zj micro-drama platforms overseas in-app revenue 2025?', F('文化“新三样”出海快速发展,微短剧平台海外内购收入超4亿美元', [4, '亿美元']), 'year', 'lowercase', 'abbreviation', 'approx', HF);
e('figure', 'ZJ26', "zhejiang's minimum monthly dibao standard was raised to how much in 2025", F('城乡居民养老保险筹资和待遇合理调整,低保最低月标准提高到1190元', [1190, '元']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'FJ26', 'fujian 2025 trade-in program: consumption it drove, yuan?', F('加力扩围以旧换新,带动消费791亿元', [791, '亿元']), 'year', 'lowercase', HF);
e('figure', 'FJ26', 'how many township boats did fujian bring under mgmt in 2025', F('海上船舶安全治理常态长效,10.73万艘乡镇船舶全面纳管', [10.73, '万艘']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'FJ25', 'taiwan youth coming to fujian for internships/jobs/startups in 2024 — how many?', F('新增来闽实习、就业、创业台青3859人', [3859, '人']), 'year', 'lowercase', HF);
e('figure', 'SD26', 'shandong "finance to the grassroots" drive 2025 — loans it brokered?', F('“金融直达基层加速跑”促成贷款投放超8300亿元', [8300, '亿元']), 'year', 'lowercase', 'approx', HF);
e('figure', 'SD26', 'shandong postdocs in station 2025, how many', F('博士后在站人数突破1万人', [1, '万人']), 'year', 'lowercase', 'short', HF);
e('figure', 'SD25', 'shandong nuclear capacity approved+under construction by end-2024, and national rank?', F('核准和在建核电机组1003万千瓦、居全国第二位', [1003, '万千瓦']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'AH25', 'anhui institute for advanced study: first intake of master & phd students in 2024?', F('联合知名高校和企业共建安徽高等研究院,首招硕博士研究生735名', [735, '名']), 'year', 'lowercase', HF);
e('figure', 'AH26', 'anhui green food whole-industry-chain output by end of the 14th FYP?', F('绿色食品全产业链产值超1.5万亿元', [1.5, '万亿元']), 'plan-period', 'lowercase', 'abbreviation', 'approx', HF);
e('figure', 'BJ25', 'beijing 2024: how many garbage sorting bin stations got standardised?', F('巩固提升垃圾分类实施效果,完成5.7万个分类桶站规范化提升', [5.7, '万个']), 'year', 'lowercase', HF);
e('figure', 'BJ26', 'bj IC industry scale growth 2025?', F('加速发展高精尖产业,集成电路产业规模增长超20%', pct(20)), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'SH25', "shanghai's 3 leading industries (IC, biomed, AI) — combined size in 2024?", F('集成电路、生物医药、人工智能三大先导产业规模达到1.8万亿元', [1.8, '万亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'SH26', 'shanghai avg new tech firms per day in 2025', F('增长24.9%,全市日均新增科技企业超过320家', [320, '家']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'SH26', 'shanghai airports 2025: passenger and cargo growth?', F('453.8万吨,分别增长8.3%、7.9%', pct(8.3), pct(7.9)), 'year', 'lowercase', 'short', HF);
e('figure', 'JS26', 'jiangsu 2025 retail sales of warehouse clubs & concept stores, growth?', F('限上仓储会员店、集合店零售额合计增长15.7%', pct(15.7)), 'year', 'lowercase', HF);
e('figure', 'JS25', 'how many ball courts were added in jiangsu parks in 2024', F('公园绿地共新增球类场地405片', [405, '片']), 'year', 'lowercase', HF);
e('figure', 'CN22', '2022 govt work report: students who benefited from the higher state student loan cap?', F('国家助学贷款每人每年最高额度增加4000元,惠及500多万在校生', [500, '万']), 'year', 'lowercase', 'no-place', 'approx', HF);
e('figure', 'CN25', '2025 gov report: students helped by the bigger scholarships & student loans in 2024, person-times?', F('助学贷款提额降息,惠及学生3400多万人次', [3400, '万人次']), 'year', 'lowercase', 'no-place', 'approx', HF);
e('figure', 'YN25', "yunnan's key industries full-chain output 2024?", F('新增2个国家优势特色产业集群,重点产业全链条产值突破2.7万亿元', [2.7, '万亿元']), 'year', 'lowercase', 'short', HF);
e('figure', 'HN25', 'hunan 2024 trade-in for cars & appliances: how much consumption did it pull?', F('汽车、家电产品以旧换新分别达23.6万辆、269.8万台,拉动消费超500亿元', [500, '亿元']), 'year', 'lowercase', 'approx', HF);
e('figure', 'HZ24', 'hangzhou asian games: total spectators, person-times?', F('赛事平均上座率超90%,观赛规模超370万人次', [370, '万人次']), 'lowercase', 'short', HF);
e('figure', 'QT25', 'qiantang 2024: # of firms listed as municipal HQ enterprises?', F('现代服务业高质量发展的实施意见》,63家企业上榜市级总部企业', [63, '家']), 'year', 'lowercase', 'abbreviation', HF);
e('target', 'SD26', 'shandong 2026 target for installed non-fossil power capacity?', F('加快风光核氢等重点项目建设,非化石能源装机达到1.5亿千瓦', [1.5, '亿千瓦']), 'target', 'year', 'lowercase', HF);
e('target', 'GD26', 'gd 2026 plan: new low-altitude takeoff/landing sites and EV chargers?', F('新建低空起降设施2500个、汽车充电设施50万个以上', [2500, '个'], [50, '万个']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('target', 'ZJ25', 'ningbo-zhoushan port container throughput target for 2025?', F('力争宁波舟山港集装箱吞吐量突破4000万标箱', [4000, '万标箱']), 'target', 'year', 'lowercase', 'no-place', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('raohe county (heilongjiang) gdp growth last yr?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe('madoi 2024 resident population, how many?', 'nf-place', 'year', 'lowercase', 'short');
nfe("what was zhejiang's silk output in 1941", 'nf-year', 'year', 'lowercase');
nfe('How many fencing clubs are there in Shanghai?', 'nf-indicator');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', 'CN23', '23年报告说 制造业贷款余额这五年从多少涨到了多少', F('制造业贷款余额从16.3万亿元增加到27.4万亿元', [27.4, '万亿元'], [16.3, '万亿元']), 'two-digit-year', 'five-year-review', 'from-to', 'no-place', HF);
f('trend', 'trend-ask', 'GD26', '广东十四五期间城市天然气普及率从多少提到了多少', F('城市天然气普及率从45.8%提升至77.3%', pct(77.3), pct(45.8)), 'plan-period', 'from-to', HF);
f('trend', 'trend-ask', ['BJ26', 'BJ25'], '北京桥下空间整治 前年和去年各整治了多少座桥', F(['完成燕莎桥等251座桥系桥下空间整治', '整治提升国贸桥等49座桥系桥下空间'], [251, '座'], [49, '座']), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['AH26', 'AH25'], '安徽全省办结的行政复议案件 前年和去年各多少件', F(['省政协提案895件,全省办结行政复议案件32910件', '政府承诺事项兑现率94.8%,全省办结行政复议案件21850件'], [32910, '件'], [21850, '件']), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['SH26', 'SH25'], '上海架空线入地 前年和去年分别完成了多少公里', F(['完成141公里架空线入地和杆箱整治', '完成134公里架空线入地和杆箱整治'], [141, '公里'], [134, '公里']), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['JS26', 'JS25'], '江苏对一带一路国家的进出口占比 前年和去年分别是多少', F(['对共建“一带一路”国家进出口占比首次超50%', '对共建国家进出口占全省比重提升至47.5%'], pct(50), pct(47.5)), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['CN25', 'CN24'], '全国技术合同成交额增速 23年和24年分别是多少', F(['技术合同成交额增长11.2%', '技术合同成交额增长28.6%'], pct(11.2), pct(28.6)), 'two-digit-year', 'one-place-two-years', 'no-place', HF);
f('trend', 'trend-ask', ['SD26', 'SD25'], '山东入企检查 前年和去年各压减了多少', F(['“鲁执法”推动入企检查次数压减30%以上', '重点领域入企检查频次压减45%'], pct(30), pct(45)), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('comparison', 'comparison-ask', ['YN25', 'HN25'], '前年提请审议的地方性法规 云南和湖南哪个多', F(['舆论监督,提请审议地方性法规10件', '提请审议地方性法规议案17件'], [10, '件'], [17, '件']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['JS26', 'GD26'], '十四五这几年 江苏和广东各有几所高校进了双一流名单', F(['均居全国前列,16所高校、48个学科入选“双一流”建设名单', '提高到63%以上,8所大学入选新一轮“双一流”名单'], [16, '所'], [8, '所']), 'two-places', 'which-higher', 'plan-period', HF);
f('comparison', 'comparison-ask', ['SH26', 'BJ26'], '去年办理的市政协提案 上海和北京谁更多', F(['市人大代表建议1256件、市政协提案967件', '建议877件,办理市政协提案1309件'], [967, '件'], [1309, '件']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['ZJ26', 'GD26'], '今年新增持证的养老护理员 浙江和广东各计划多少人', F(['新增养老护理、应急救护“双持证”护理员1万人', '开展职业技能培训超5万人次,新增持证养老护理员超1500人'], [1, '万人'], [1500, '人']), 'two-places', 'which-higher', 'target', 'relative-year', HF);
f('superlative', 'ranking-ask', 'BJ26', '连续9年稳居自然指数科研城市全球榜首的是哪个城市', F('北京连续9年稳居自然指数-科研城市全球榜首', [9, '年']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'FJ25', '公立医院综合改革效果评价连着9年在全国前列的是哪个省', F('公立医院综合改革效果评价连续9年居全国前列', [9, '年']), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'HZ24', '23年新增专精特新小巨人117家 在全省排第一的是哪个城市', F('新增专精特新小巨人117家,位居全省第一', [117, '家']), 'across-reports', 'two-digit-year', HF);
f('superlative', 'ranking-ask', 'AH26', '去年平安中国建设考评排全国第4的是哪个省', F('平安中国建设考评居全国第4位', [4, '位']), 'across-reports', 'relative-year', 'short', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'SD25', '截至前年 山东累计创建了多少个国家级和省级文明村镇', F('累计创建国家文明村镇246个、省级文明村镇4295个', [246, '个'], [4295, '个']), 'relative-year', HF);
f('multi', 'multi-ask', 'FJ25', '厦门和福州机场前年旅客吞吐量各是多少', F('厦门、福州机场旅客吞吐量分别达2790.6万人次、1529.9万人次', [2790.6, '万人次'], [1529.9, '万人次']), 'relative-year', HF);
f('multi', 'multi-ask', 'HZ24', '杭州23年老旧污水管道和供水管道分别改造了多少公里', F('老旧污水管道改造完成58.2公里,老旧供水管道改造完成37.2公里', [58.2, '公里'], [37.2, '公里']), 'two-digit-year', HF);
f('multi', 'multi-ask', 'SD26', '山东今年齐鲁服务消费季和首发首秀首展各要办多少场', F('举办“齐鲁服务消费季”活动500场、首发首秀首展100场', [500, '场'], [100, '场']), 'target', 'relative-year', HF);
f('multi', 'multi-ask', 'BJ26', '北京百千工程截至去年 示范村和示范片区累计各建了多少', F('累计创建42个示范村、22个示范片区', [42, '个'], [22, '个']), 'relative-year', HF);
f('overview', 'overview-ask', 'CN23', '23年国务院报告说22年全国经济怎么样 一句话', { ...F('全年国内生产总值增长3%'), lead: 3 }, 'two-digit-year', 'no-place', 'colloquial', 'short');
f('overview', 'overview-ask', 'JS26', 'jiangsu over the 14th FYP — economy in one line?', { ...F('地区生产总值连续迈上4个万亿元台阶、达14.2万亿元'), lead: 14.2 }, 'en', 'plan-period', 'lowercase', 'abbreviation', 'short');
f('outline', 'outline-ask', 'CN25', '25年政府工作报告 当年重点工作分成哪几大块', O('CN25'), 'two-digit-year', 'no-place');
f('outline', 'outline-ask', 'GS23', '拱墅23年计划里 实现目标的主要措施有哪几个方向', O('GS23'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'JL25', "jilin's 2025 govt work report: what are the year's main tasks?", O('JL25'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('阿图什去年一般公共预算收入多少', 'nf-place', 'relative-year');
nf('莎车前年核桃产量有多少吨', 'nf-place', 'relative-year');
nf('伽师今年GDP增速目标是多少', 'nf-place', 'relative-year', 'target', 'abbreviation', 'short');
nf('轮台25年常住人口多少', 'nf-place', 'two-digit-year', 'short');
nf('焉耆前年接待游客多少人次', 'nf-place', 'relative-year');
nf('萝北去年粮食产量是多少', 'nf-place', 'relative-year', 'short');
nf('逊克24年对俄贸易额多少', 'nf-place', 'two-digit-year', 'short');
nf('玛曲去年牧民人均收入有多少', 'nf-place', 'relative-year', 'colloquial');
nf('1906年天津有几家银行', 'nf-year', 'year', 'short');
nf('1924年广州的人口是多少', 'nf-year', 'year', 'short');
nf('成都现在有多少家麻辣烫店', 'nf-indicator', 'colloquial', 'short');
nf('上海去年新开了几家寿司店', 'nf-indicator', 'relative-year', 'colloquial');
nf('深圳有多少个跆拳道馆', 'nf-indicator', 'short');
nf('北京前年办了几场飞镖比赛', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('山东前年超长期特别国债争取得怎么样'),
  T('争取到多少资金', 'figure', 'SD25', F('争取超长期特别国债资金383亿元', [383, '亿元']), 'elliptical', 'short', HF),
  T('这笔钱支持了几个项目', 'figure', 'SD25', F('超长期特别国债资金383亿元、支持项目512个', [512, '个']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('福建前年医保方面有啥变化'),
  T('职工住院报销比例提到多少了', 'figure', 'FJ25', F('职工、居民住院报销比例分别提高至85.6%、68.5%', pct(85.6)), 'elliptical', HF),
  T('省级集采药品耗材平均降价多少', 'figure', 'FJ25', F('省级集采药品耗材平均降价47.4%', pct(47.4)), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('杭州23年强村富民工程进展如何'),
  T('累计培育了多少家强村公司', 'figure', 'HZ24', F('深化强村富民五个“百千亿”工程,累计培育强村公司524家', [524, '家']), 'elliptical', HF),
  T('那飞地抱团项目实施了多少个', 'figure', 'HZ24', F('累计培育强村公司524家、实施飞地抱团项目127个', [127, '个']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('拱墅22年社保参保情况'),
  T('企业职工养老保险参保的有多少人', 'figure', 'GS23', F('全区企业职工养老保险参保人数达65万人', [65, '万人']), 'elliptical', HF),
  T('医保参保人数呢', 'figure', 'GS23', F('基本医疗保险参保人数达121.3万人', [121.3, '万人']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('浙江去年文化遗产保护有啥新成绩'),
  T('德清那个淡水珍珠养殖系统是浙江第几个全球重要农业文化遗产', 'figure', 'ZJ26', F('德清淡水珍珠复合养殖系统成为我省第6个全球重要农业文化遗产', [6, '个']), 'elliptical', 'colloquial', HF),
  T('国家级非遗代表性传承人新增了多少名', 'figure', 'ZJ26', F('全球重要农业文化遗产,新增国家级非遗代表性传承人75名', [75, '名']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('云南前年农村人居环境整治得咋样'),
  T('卫生户厕覆盖率到多少了', 'figure', 'YN25', F('农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理(管控)率分别达75%、92%、57%', pct(75)), 'elliptical', HF),
  T('生活污水治理率呢', 'figure', 'YN25', F('农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理(管控)率分别达75%、92%、57%', pct(57)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('23年报告回顾五年 老旧小区改造这块'),
  T('一共改造了多少个城镇老旧小区', 'figure', 'CN23', F('改造城镇老旧小区16.7万个', [16.7, '万个']), 'elliptical', 'five-year-review', 'no-place', HF),
  T('惠及了多少户家庭', 'figure', 'CN23', F('改造城镇老旧小区16.7万个,惠及2900多万家庭', [2900, '万']), 'elliptical', 'indicator-switch', 'five-year-review', 'no-place', 'approx', 'short', HF),
]);
conv([
  T('浙江去年港口机场这块'),
  T('萧山机场旅客吞吐量破多少了', 'figure', 'ZJ26', F('杭州萧山国际机场旅客吞吐量突破5000万人次', [5000, '万人次']), 'elliptical', 'colloquial', HF),
  T('保税燃料油加注量呢', 'figure', 'ZJ26', F('增长11.6%,保税燃料油加注880万吨', [880, '万吨']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('广东去年农村人居环境有啥变化'),
  T('农房风貌提升累计做了多少户', 'figure', 'GD26', F('累计推动农房风貌提升26.4万户', [26.4, '万户']), 'elliptical', HF),
  T('那行政村生活污水治理率到多少了', 'figure', 'GD26', F('行政村生活污水治理率提高到90%以上', pct(90)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('山东去年住房保障这块'),
  T('城中村改造安置住房开工了多少套', 'figure', 'SD26', F('开工城中村改造安置住房14.1万套', [14.1, '万套']), 'elliptical', HF),
  T('老旧小区改了多少户', 'figure', 'SD26', F('新筹集保障性租赁住房2.5万套,改造老旧小区13.7万户', [13.7, '万户']), 'elliptical', 'indicator-switch', 'colloquial', HF),
]);
conv([
  T('浙江今年十方面民生实事里 养老和老年教育'),
  T('老年大学学位要新增多少个', 'target', 'ZJ26', F('新增老年大学(学校)学位3万个', [3, '万个']), 'elliptical', 'target', HF),
  T('老年教育课程准备新开发多少门', 'target', 'ZJ26', F('新开发人工智能、养生保健等老年教育课程100门', [100, '门']), 'elliptical', 'target', 'indicator-switch', HF),
]);
conv([
  T('云南去年十项民生实事里的银龄人才计划'),
  T('银龄教师打算引进多少名', 'target', 'YN25', F('高层次银龄人才,其中:银龄教师1550名', [1550, '名']), 'elliptical', 'target', HF),
  T('工程师呢', 'target', 'YN25', F('银龄医师1000名、银龄工程师650名', [650, '名']), 'elliptical', 'target', 'indicator-switch', 'short', HF),
  T('那科技人才呢', 'target', 'YN25', F('银龄工程师650名、银龄科技人才100名', [100, '名']), 'elliptical', 'target', 'indicator-switch', 'short', HF),
]);
conv([
  T('安徽去年金融支持实体经济咋样'),
  T('制造业贷款余额涨了百分之几', 'figure', 'AH26', F('制造业、普惠小微贷款余额分别增长10.7%、13.3%', pct(10.7)), 'elliptical', 'colloquial', HF),
  T('普惠小微的呢', 'figure', 'AH26', F('制造业、普惠小微贷款余额分别增长10.7%、13.3%', pct(13.3)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('吉林前年新增的风光装机相当于正常消纳能力的多少倍'),
  T('那绥滨呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('行吧还是说吉林 前年挂牌运行的省实验室有几个', 'figure', 'JL25', F('长白山、三江、吉光3个省实验室挂牌运行', [3, '个']), 'elliptical', 'after-not-found', 'relative-year', HF),
]);
conv([
  T('广东前年就业服务做得怎么样'),
  T('首批标准化就业驿站建了多少个', 'figure', 'GD25', F('推进“家门口”就业服务圈建设,建成首批153个标准化就业驿站', [153, '个']), 'elliptical', HF),
  T('另外问一下 安徽前年柔性引进院士和团队多少人次', 'figure', 'AH25', F('人才兴皖工程深入推进,柔性引进院士及团队92人次', [92, '人次']), 'no-inherit', 'place-switch', 'relative-year', HF),
]);
conv([
  T('上海前年建成的乡村振兴示范村有多少个'),
  T('不对 我想问的是美丽庭院 建了多少户', 'figure', 'SH25', F('建成乡村振兴示范村28个、“美丽庭院”10.1万户', [10.1, '万户']), 'elliptical', 'self-correction', 'indicator-switch', HF),
  T('相对集中居住农户入住新居的有多少户', 'figure', 'SH25', F('“美丽庭院”10.1万户,1.2万户相对集中居住农户入住新居', [1.2, '万户']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('各地保障性租赁住房'),
  T('浙江前年建设筹集了多少套', 'figure', 'ZJ25', F('加强住房保障工作,建设筹集保障性租赁住房25.1万套(间)', [25.1, '万套']), 'elliptical', 'relative-year', HF),
  T('那北京前年竣工的各类保障房有多少套', 'figure', 'BJ25', F('7.1万套、竣工各类保障房8.3万套', [8.3, '万套']), 'elliptical', 'place-switch', 'relative-year', HF),
]);
conv([
  T('一般公共预算支出规模每年比上年增加多少'),
  T('24年报告里增加了多少', 'target', 'CN24', F('一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元', [1.1, '万亿元']), 'elliptical', 'target', 'two-digit-year', 'no-place', 'short', HF),
  T('那25年呢', 'target', 'CN25', F('一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元', [1.2, '万亿元']), 'elliptical', 'target', 'two-digit-year', 'year-switch', 'no-place', 'short', HF),
]);
conv([
  T('江苏去年文旅消费火不火'),
  T('接待游客人次涨了多少', 'figure', 'JS26', F('接待游客人次、游客总花费分别增长10.4%、10.2%', pct(10.4)), 'elliptical', 'colloquial', HF),
  T('游客总花费呢', 'figure', 'JS26', F('接待游客人次、游客总花费分别增长10.4%、10.2%', pct(10.2)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('湖南前年科技创新出了哪些成果'),
  T('首台首套首创产品创新了多少个', 'figure', 'HN25', F('突破核心技术20项,创新“首台首套首创”产品18个', [18, '个']), 'elliptical', HF),
  T('在湘高校技术合同本地转化占比多少', 'figure', 'HN25', F('技术合同成交额增长20.2%,在湘高校技术合同本地转化占比超50%', pct(50)), 'elliptical', 'indicator-switch', 'approx', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  阿图什: ['阿图什', 'Artux'],
  莎车: ['莎车', 'Shache', 'Yarkant'],
  伽师: ['伽师', 'Jiashi'],
  轮台: ['轮台', 'Luntai'],
  焉耆: ['焉耆', 'Yanqi'],
  萝北: ['萝北', 'Luobei'],
  逊克: ['逊克', 'Xunke'],
  玛曲: ['玛曲', 'Maqu'],
  绥滨: ['绥滨', 'Suibin'],
  raohe: ['饶河', 'Raohe'],
  madoi: ['玛多', 'Madoi'],
  1906: ['1906'],
  1924: ['1924'],
  1941: ['1941'],
  麻辣烫: ['麻辣烫', 'malatang'],
  寿司: ['寿司', 'sushi'],
  跆拳道: ['跆拳道', 'taekwondo'],
  飞镖: ['飞镖', 'darts'],
  fencing: ['击剑', 'fencing'],
};

// Never a fact that fresh-an's or fresh-ao's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-an/an-heldout.jsonl', 'eval/fresh-ao/ao-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-an's or fresh-ao's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ap', last: 'ao', notAnswerableWords: NF_WORDS });
