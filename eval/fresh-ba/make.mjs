#!/usr/bin/env node
// Writes the fresh-ba sets: eval/fresh-ba/ba-tune.jsonl and eval/fresh-ba/ba-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ba/make.mjs [--check]
//
// A forty-first held-out question set written BEFORE any fix, as fresh-m … fresh-az, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'az'`, so fresh-az's tune file is an earlier tune file, and no cite may meet fresh-ay's or fresh-az's held-out
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
p('target', 'QT21', '21年钱塘新区给规模以上工厂定的增速目标 几个点', F('规上工业增加值增长6.5%', pct(6.5)), 'target', 'two-digit-year', 'colloquial', HF);
p('figure', 'GS23', '拱墅那年(22年) 省定名单上的小区 排水提标工程 干完几个', F('巩固提升污水零直排成效,完成20个污水零直排省定小区提标改造工程', [20, '个']), 'two-digit-year', 'colloquial', HF);
p('figure', 'GS23', '22年疫情那阵 拱墅区里有增长的企业 占比才几成', F('受疫情反复及经济下行等因素影响,企业增长面仅为50%左右', pct(50)), 'two-digit-year', 'approx', 'colloquial', HF);
p('figure', 'HZ24', '亚运那年杭州 连上国家新型互联网交换中心的公司 一共几家', F('持续推进国家(杭州)新型互联网交换中心应用,完成230家企业接入', [230, '家']), 'year-by-event', 'colloquial', HF);
p('target', 'HZ24', '杭州24年 县里单条产值过十亿的富民链子 计划打几条', F('打造单条产值10亿元以上的县域富民优势特色产业链10条', [10, '条']), 'target', 'two-digit-year', 'colloquial', HF);
p('figure', 'QT25', '钱塘前年 残障人士也能用的应急避难点 改了几处', F('扎实推进避灾场所和救灾物资管理工作,完成无障碍避灾场所改造5个', [5, '个']), 'relative-year', 'colloquial', HF);
p('target', 'QT25', '钱塘去年 本地已有企业加码扩产的项目 要新增多少', F('全力支持存量企业内生裂变发展,确保全年新增存量企业增资扩产项目100个', [100, '个']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'GS25', '拱墅25年计划里 科创型公司 要引进和孵化出多少家', F('突破亿元,引育科技企业100', [100]), 'target', 'relative-year', 'short', HF);
p('figure', 'CN22', '22年国务院报告 大学生贷款上限提高 能沾光的学生 多少万人', F('国家助学贷款每人每年最高额度增加4000元,惠及500多万在校生', [500, '万']), 'two-digit-year', 'no-place', 'approx', 'colloquial', HF);
p('figure', 'CN23', '23年报告回顾 财政投到教育上的钱 每年占GDP不低于几个点', F('财政性教育经费占国内生产总值比例每年都保持在4%以上', pct(4)), 'plan-period', 'no-place', 'colloquial', HF);
p('target', 'AH25', '皖去年 要治理修复的废矿坑 目标多少个', F('完成湿地保护修复工程12处,修复废弃矿山300个以上', [300, '个']), 'target', 'relative-year', 'short-name', 'colloquial', HF);
p('target', 'AH26', '安徽今年 做科技成果转化的经纪人才 打算培养多少', F('新建一批概念验证、中试验证平台和顶尖孵化器,培育技术经理人1000人以上', [1000, '人']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'BJ25', '京去年 新推的城市徒步游线路 计划几条', F('积极发展“体育+旅游”“影视+旅游”等多元融合业态,新增100条“漫步北京”旅游线路', [100, '条']), 'target', 'relative-year', 'short-name', 'short', HF);
p('target', 'FJ25', '福建25年 老百姓上得起的幼儿园 要覆盖到几成', F('促进学前教育优质普惠发展,普惠性幼儿园覆盖率95%以上', pct(95)), 'target', 'relative-year', 'short-name', 'short', HF);
p('target', 'FJ26', '福建今年 地底下各类管线 新建加改造 计划多少公里', F('加强无障碍、适老化设施建设,新建改造地下管网1250公里以上', [1250, '公里']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'GD25', '粤前年 面向国内市场那套系列展会 成交大概多少亿', F('加快内外贸一体化发展,“粤贸全国”系列展会成交金额约600亿元', [600, '亿元']), 'relative-year', 'short-name', 'approx', HF);
p('figure', 'JS26', '苏去年 工厂盈利 比前一年多赚了百分之几', F('规上工业企业利润增长6%,191家工业企业营业收入超百亿元', pct(6)), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'SD26', '山东25年 在老人自己家里设的养护床位 新开了多少张', F('护理型床位占比提升至76.4%,新增家庭养老床位1.4万张', [1.4, '万张']), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'SH25', '沪前年 郊区农户院子美化那个工程 建成多少万户', F('建成乡村振兴示范村28个、“美丽庭院”10.1万户', [10.1, '万户']), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'ZJ25', '浙江前年 县里的人有多大比例住在县城', F('支持县域产业特色化发展,县城人口占县域人口比重达62.1%', pct(62.1)), 'relative-year', 'colloquial', HF);
p('figure', 'ZJ26', '浙江去年 多个部门并成一趟上门检查的做法 落实比例多少', F('全省涉企检查事项精简26.8%,“综合查一次”实施率达83.1%', pct(83.1)), 'relative-year', 'colloquial', HF);
p('target', 'YN25', '滇去年 挑出来重点啃的群众投诉环境难题 多少件', F('生态环境投诉举报平台等渠道,选取100件群众身边的突出生态环境问题进行重点攻坚办理', [100, '件']), 'target', 'relative-year', 'short-name', 'colloquial', HF);
p('target', 'JL25', '吉林去年 滴灌施肥一起走的那种推广面积 要扩多少万亩', F('保护性耕作面积新增200万亩,“水肥一体化”推广面积新增100万亩', [100, '万亩']), 'target', 'relative-year', 'colloquial', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'QT21', '钱塘(当时还叫新区)挂牌后 除领军型外 引进的其它高端人才 人数', F('新引进领军型人才75人、高层次人才1099人', [1099, '人']), 'since-founding', 'after-other', HF);
s('target', 'QT21', '钱塘新区定的十四五目标里 住在这儿的人要过多少万', F('常住人口城镇化率达到90%,人口规模总量突破100万人', [100, '万人']), 'target', 'plan-period', 'after-other', HF);
s('figure', 'GS23', '22年拱墅 中韩合作那个Medi·City基地 一开张落户几家公司', F('韩国大邱Medi·City生命健康产业基地启用,入驻企业28家', [28, '家']), 'two-digit-year', 'after-other', HF);
s('figure', 'GS23', '拱墅22年 被国家认定为细分领域隐形冠军(小巨人)的 又多了几家', F('罗莱迪思、禾迈电力等4家企业上榜国家级专精特新小巨人企业榜单', [4, '家']), 'two-digit-year', 'after-other', HF);
s('figure', 'GS23', '22年拱墅养老那块 给老年痴呆患者的专用床 新开多少张', F('智慧养老院1家,新增认知症专区照护床位187张', [187, '张']), 'two-digit-year', 'after-other', HF);
s('target', 'GS23', '拱墅23年 能渗能蓄的海绵片区 占建成区比例打算做到多少', F('森林覆盖率稳定在24.5%以上,完成建成区3%以上海绵区域建设', pct(3)), 'target', 'two-digit-year', 'after-other', HF);
s('figure', 'HZ24', '23年杭州 市级财政进账 比上年快了多少', F('亿元,居全国城市第4位,增长6.8%', pct(6.8)), 'year-by-event', 'after-other', HF);
s('figure', 'AH25', '皖前年 上下游一起抓环保的那种供应链管理企业 国家级的新添几家', F('新创建国家级绿色工厂73家、绿色供应链管理企业11家', [11, '家']), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'AH26', '安徽十四五 官方许下的事 最后兑付落地的占几成', F('公共政策和政府承诺事项兑现率95.3%', pct(95.3)), 'plan-period', 'after-other', HF);
s('figure', 'BJ26', '北京去年 政府层面的规章 立的改的废的 合起来几项', F('提请市人大常委会审议地方性法规9项,立改废政府规章18项', [18, '项']), 'relative-year', 'after-other', HF);
s('figure', 'FJ25', '福建24年 城区多出来的对外停车位 有几万个', F('开工筹集保障性住房4.1万套,新增公共停车位2.8万个', [2.8, '万个']), 'relative-year', 'after-other', 'short-name', 'short', HF);
s('figure', 'FJ26', '福建去年 摆脱贫困的人里 稳住饭碗的有多少万', F('退役军人就业服务精准高效,13.2万脱贫人口实现稳岗就业', [13.2, '万']), 'relative-year', 'after-other', HF);
s('figure', 'GD25', '粤前年 自然村一级 生活污水处理到位的比例', F('90%以上村庄达到干净整洁村标准,自然村生活污水治理率提高到75%以上', pct(75)), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'GD26', '粤去年 机场货邮量 增长几个点', F('机场货邮吞吐量达459万吨、增长5.6%', pct(5.6)), 'relative-year', 'after-other', 'short-name', 'short', HF);
s('figure', 'ZJ25', '浙江24年 高校新增的硕士点 几个', F('新增博士学位授权点56个、硕士学位授权点173个', [173, '个']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'ZJ26', '浙江去年 旧城改造更新那块 砸进去多少亿', F('完成城市更新项目投资3696亿元', [3696, '亿元']), 'relative-year', 'after-other', 'colloquial', HF);
s('figure', 'HN25', '湖南前年 大工厂那块(规模以上)产出 增长几个点', F('高于全国1.9个百分点,规模工业增加值增长7.3%', pct(7.3)), 'relative-year', 'after-other', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'GS23', 'gongshu 2022: how many rounds of car-buying subsidies were handed out?', F('开展一月一主题活动,发放2轮综合消费券及3轮购车补贴', [3, '轮']), 'year', 'lowercase', HF);
e('figure', 'GS23', "gongshu's life & health sector in 2022 — value-added growth?", F('杭州峰会,生命健康产业增加值增长6.4%', pct(6.4)), 'year', 'lowercase', 'short', HF);
e('figure', 'HZ24', "how much did hangzhou's financial industry expand in 2023 (value added, %)?", F('金融产业增加值2492亿元,增长7.7%', pct(7.7)), 'year', 'lowercase', HF);
e('target', 'HZ24', "hangzhou's 2024 goal for its reserve of local special-purpose bond projects, bn yuan?", F('争取地方政府专项债储备300亿元以上', [300, '亿元']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('target', 'HZ24', "hangzhou's 2024 list of key builds: what slice of the year's planned investment went to transport projects?", F('等共计35个实施项目,年度计划投资429.5亿元,投资占比20.8%', pct(20.8)), 'target', 'year', 'lowercase', HF);
e('target', 'QT25', "qiantang 2025: 'future community' builds slated for completion?", F('重点实施未来社区创建等民生要事,计划建成未来社区25个', [25, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'GS25', 'gongshu 2025 goal: new leading firms in the service sector?', F('地,新增服务业领军企业10', [10]), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'QT21', "qiantang's 2035 vision: resident headcount to pass what?", F('新流入人口年均增幅位居全市九个星城前列,人口规模总量突破130万人', [130, '万人']), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'CN23', '2023 work report: to what rate was the extra r&d expense deduction for manufacturers raised?', F('将制造业企业、科技型中小企业分别从50%、75%提高至100%', pct(100)), 'plan-period', 'lowercase', 'no-place', 'abbreviation', HF);
e('target', 'AH25', "anhui's 2025 aim for online cross-border trade — growth of at least?", F('数字贸易领军企业,跨境电商交易额增长20%以上', pct(20)), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'AH26', 'anhui 2026: how many more skilled technicians does it plan to add?', F('引进科技领军人才200名以上,新增高技能人才10万人', [10, '万人']), 'target', 'year', 'lowercase', HF);
e('figure', 'BJ25', 'beijing 2024: share of household garbage recycled or reused?', F('11座厨余垃圾处理设施完成免破袋装置改造,生活垃圾回收利用率达到40%以上', pct(40)), 'year', 'lowercase', 'short', HF);
e('figure', 'FJ25', 'fujian 2024: rise in high-value patents for inventions, %?', F('企业参与省级科技计划项目超600项,高价值发明专利增长23.8%', pct(23.8)), 'year', 'lowercase', 'short', HF);
e('target', 'FJ25', 'fujian 2025 plan: urban-village redevelopment homes to start or raise?', F('社区更新2类15个省级样板,开工筹集城中村改造项目5000套', [5000, '套']), 'target', 'year', 'lowercase', HF);
e('target', 'FJ26', 'fujian 2026: provincial-level urban-renewal and community-revamp projects to build?', F('建设城市片区更新、社区改造省级项目15个', [15, '个']), 'target', 'year', 'lowercase', HF);
e('figure', 'GD25', 'guangdong 2024: migrant workers from other places in steady jobs there, roughly?', F('建成首批153个标准化就业驿站,4386万异地务工人员稳定就业', [4386, '万']), 'year', 'lowercase', 'approx', HF);
e('target', 'GD25', 'gd 2025 livelihood list: extra sewage treatment capacity, tonnes a day?', F('新增改造城镇供排水管网超2000公里,新增改造污水处理能力30万吨/日', [30, '万吨/日']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'GD26', 'gd, 2021-25: units of government-subsidised housing built or raised?', F('建设筹集保障性住房155.4万套(间)', [155.4, '万套']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'JS25', 'jiangsu 2024: r&d spending as a share of gdp got past what level?', F('区域创新能力排名跃升至全国第二,全社会研发投入强度超过3.3%', pct(3.3)), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'JS26', 'jiangsu 2025: growth in general public budget revenue?', F('一般公共预算收入增长2.1%,税占比达77.4%', pct(2.1)), 'year', 'lowercase', 'short', HF);
e('figure', 'SD25', "how much did shandong's fine-particle (pm2.5) readings improve in 2024?", F('PM2.5浓度改善5.1%,优良天数增加22天', pct(5.1)), 'year', 'lowercase', 'abbreviation', HF);
e('target', 'SD25', 'shandong 2025: national-standard green-equipment makers it wants to nurture?', F('实施绿色制造培育工程,培育国家级环保装备制造规范企业10家左右', [10, '家']), 'target', 'year', 'lowercase', 'approx', HF);
e('target', 'SD26', 'shandong 2026: disabled children to get rehab support?', F('加强重度残疾人托养照护服务工作,康复救助残疾儿童4万人以上', [4, '万人']), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'SH25', 'shanghai 2024: local general budget revenue growth?', F('地方一般公共预算收入达到8374.2亿元、增长0.7%', pct(0.7)), 'year', 'lowercase', 'short', HF);
e('figure', 'SH26', 'shanghai end-2025: affordable rental homes accumulated, units?', F('建设筹措保障性租赁住房7.4万套(间)、累计达到61万套(间)', [61, '万套']), 'year', 'lowercase', 'short', HF);
e('figure', 'ZJ25', 'zhejiang 2024: growth in above-designated-size industrial value added?', F('集群规上制造业企业营收9万亿元左右,全省规上工业增加值增长7.5%', pct(7.5)), 'year', 'lowercase', HF);
e('figure', 'ZJ26', 'xiaoshan airport passenger traffic in 2025 — passed how many?', F('杭州萧山国际机场旅客吞吐量突破5000万人次', [5000, '万人次']), 'year', 'lowercase', 'short', HF);
e('target', 'ZJ26', 'zj 2026 livelihood list: neighbourhood sports facilities to build, rebuild or upgrade?', F('新建改建和维护提升群众身边的体育场地设施1万个', [1, '万个']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'YN25', 'yunnan 2024: government regulations enacted, amended or repealed?', F('提请审议地方性法规10件,制定修改废止政府规章6件', [6, '件']), 'year', 'lowercase', HF);
e('target', 'HN25', 'hunan 2025 livelihood pledges: run-down urban homes to renovate?', F('9改造城市危旧房5000套', [5000, '套']), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'JL25', 'jilin 2024: national cppcc proposals it handled?', F('办理全国政协提案3件、省人大代表建议214件', [3, '件']), 'year', 'lowercase', 'abbreviation', 'short', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('aohan banner: corn output last year?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe("liangdang's 2026 target for honey production?", 'nf-place', 'year', 'lowercase', 'short');
nfe('how many ships called at shantou in 1877?', 'nf-year', 'year', 'lowercase', 'short');
nfe('how many pickleball courts does zhejiang have?', 'nf-indicator', 'lowercase', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['GD26', 'GD25'], '广东让老百姓点名送检的那个抽检活动 25、26两年 目标量前后对比', F(['其中开展“你点我检”食品抽检超5万批次', '其中开展“你点我检”食品抽检超4万批次'], [5, '万批次'], [4, '万批次']), 'two-digit-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['ZJ26', 'ZJ25'], "zhejiang's village sports meets (village ba, village runs): the 2025 target vs the 2026 one?", F(['举办“村BA”、村跑等全民健身赛事活动1万场', '举办“村跑”“村运”“村BA”等全民健身体育赛事活动1万场'], [1, '万场'], [1, '万场']), 'en', 'year', 'lowercase', 'one-place-two-years', 'target', HF);
f('comparison', 'comparison-ask', 'GS25', '拱墅去年对高新区两类投资的占比门槛 高技术产业那类和工厂制造那类 谁卡得高', F(['术产业投资比重超过78%、制', '造业投资比重超过92%、规上'], pct(78), pct(92)), 'two-indicators', 'which-higher', 'target', 'relative-year', 'colloquial', HF);
f('comparison', 'comparison-ask', 'FJ25', '闽前年住院报销 上班族和城乡居民 谁的比例高', F('职工、居民住院报销比例分别提高至85.6%、68.5%', pct(85.6), pct(68.5)), 'two-indicators', 'which-higher', 'relative-year', 'short-name', HF);
f('comparison', 'comparison-ask', 'HZ24', "hangzhou's 2024 key projects: more paid for by the city budget, or by city-owned firms out of land-sale income?", F(['按资金来源分类,市本级财政出资项目181个', '市属国有公司利用土地出让收益建设项目353个'], [181, '个'], [353, '个']), 'en', 'two-indicators', 'which-higher', 'year', 'lowercase', HF);
f('superlative', 'ranking-ask', 'FJ25', '三明医改出名的那个省 医院改革考评 连续几年全国靠前', F('公立医院综合改革效果评价连续9年居全国前列', [9, '年']), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'AH26', '上次全国经济普查(第五次)对比第四次 哪个省单位就业人员增速冠绝全国', F('比“四经普”增长29.8%、居全国第1位', [1]), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'JS25', 'which province has led china on integrating informatisation and industrialisation ten years running?', F('两化融合发展水平连续10年全国第一', [10, '年']), 'en', 'across-reports', 'lowercase', HF);
f('superlative', 'ranking-ask', 'GD26', '区域碳市场配额累计成交量全国第一的省 城里天然气普及率做到多少', F('城市天然气普及率从45.8%提升至77.3%,碳排放配额累计成交量稳居全国区域碳市场首位', pct(77.3)), 'across-reports', 'plan-period', HF);
f('superlative', 'ranking-ask', 'HZ24', "which city came out top in 2022's national check on public-service satisfaction, and how many cities were in it?", F('在2022年全国120个城市公共服务质量监测中,总体满意度居第一位', [120, '个']), 'en', 'across-reports', 'year', 'lowercase', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'QT21', '钱塘新区头两年 自贸区块签下落地的项目 个数和总投资', F('自贸区钱塘区块正式获批,签约落地30个总投资108亿元的项目', [30, '个'], [108, '亿元']), 'since-founding', 'colloquial', HF);
f('multi', 'multi-ask', 'SD25', 'shandong 2025: overseas trade fairs and international precision-sourcing events — how many of each?', F('组织企业参加境外展洽活动370场以上、国际精准采购活动50场以上', [370, '场'], [50, '场']), 'en', 'target', 'year', 'lowercase', HF);
f('multi', 'multi-ask', 'HN25', '湘去年民生实事 村医培训和时光守护养老床位 各多少', F(['3培训乡村医生5000名', '老年人“时光守护”床位2000张'], [5000, '名'], [2000, '张']), 'target', 'relative-year', 'short-name', HF);
f('multi', 'multi-ask', 'GD25', 'gd 2025: senior doctors to be hired for county hospitals, and experts top-tier hospitals should send down?', F(['聘请200名副高级以上职称的医疗专家到县级公立医院工作', '推动三甲医院选派超500名专家到县级医院开展技术帮扶'], [200, '名'], [500, '名']), 'en', 'target', 'year', 'lowercase', 'abbreviation', HF);
f('multi', 'multi-ask', 'ZJ25', '浙江25年 重点人群帮着找工作 总盘子和其中离校还没落实岗位的毕业生 各多少', F('为80万重点群体提供就业帮扶,其中离校未就业高校毕业生6万人', [80, '万'], [6, '万人']), 'target', 'relative-year', 'colloquial', HF);
f('multi', 'multi-ask', 'SD25', '鲁前年 老小区 城中村 农村危房 三样改造各多少', F('开工改造老旧小区70万户,城中村改造安置30.7万套,完成农村危房改造1.2万户', [70, '万户'], [30.7, '万套'], [1.2, '万户']), 'relative-year', 'short-name', 'colloquial', HF);
f('overview', 'overview-ask', 'GS23', '22年疫情那年 拱墅全区经济交了什么答卷', { ...F('全年实现:地区生产总值增长1.5%,低于目标任务5.5个百分点'), lead: 1.5 }, 'two-digit-year', 'colloquial');
f('overview', 'overview-ask', 'BJ26', "beijing's 2025 economy — the top-line numbers?", { ...F('全市地区生产总值5.2万亿元、增长5.4%'), lead: 5.2 }, 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'AH26', '安徽今年报告 重点任务分了哪几大板块', O('AH26'), 'relative-year', 'colloquial');
f('outline', 'outline-ask', 'CN25', '25年国务院报告 当年要抓的几项重点 目录列一下', O('CN25'), 'two-digit-year', 'no-place', 'colloquial');
f('outline', 'outline-ask', 'FJ26', "fujian 2026: how is the year's work plan broken into sections?", O('FJ26'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('卓尼去年牧民人均收入多少', 'nf-place', 'relative-year', 'short');
nf('岷县前年当归种了多少亩', 'nf-place', 'relative-year', 'short');
nf('宕昌今年计划新修几座桥', 'nf-place', 'relative-year', 'short');
nf('望谟去年出栏了多少头牛', 'nf-place', 'relative-year', 'short');
nf('册亨24年油茶产值多少', 'nf-place', 'two-digit-year', 'short');
nf('晴隆今年打算接待多少游客', 'nf-place', 'relative-year', 'short');
nf('巴马前年长寿老人有多少位', 'nf-place', 'relative-year');
nf('天峨去年水电发电量是多少', 'nf-place', 'relative-year');
nf('尚义今年光伏新增装机计划多少', 'nf-place', 'relative-year', 'colloquial');
nf('岢岚前年退耕还林多少亩', 'nf-place', 'relative-year', 'short');
nf('1885年福州有多少家茶行', 'nf-year', 'year', 'short');
nf('1866年天津港进出了多少条船', 'nf-year', 'year');
nf('江苏去年办了几场毽球比赛', 'nf-indicator', 'relative-year', 'short');
nf('上海今年打算建多少张沙狐球台', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 3 turns (every turn after the first scored) ----------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('拱墅23年 村集体留用地那块'),
  T('当年要开工的几个', 'target', 'GS23', F('开工留用地项目3个、投用5个', [3, '个']), 'elliptical', 'target', 'two-digit-year', 'short', HF),
  T('建成投用的呢', 'target', 'GS23', F('开工留用地项目3个、投用5个', [5, '个']), 'elliptical', 'target', 'indicator-switch', 'second-figure', 'short', HF),
]);
conv([
  T('杭州24年市重点建设 分领域的盘子'),
  T('科技创新强基那块 实施项目几个', 'target', 'HZ24', F('天目山实验室等共计16个实施项目', [16, '个']), 'elliptical', 'target', 'second-figure', HF),
  T('水网安澜那块呢 年度计划投多少', 'target', 'HZ24', F('(杭州市段)等共计20个实施项目,年度计划投资60.4亿元', [60.4, '亿元']), 'elliptical', 'target', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('钱塘新区21年那份报告 十四五末的民生目标'),
  T('那时候老百姓平均寿命 目标定在多少岁以上', 'target', 'QT21', F('基本养老保险参保率达到99%,人均预期寿命超过80岁', [80, '岁']), 'elliptical', 'target', 'plan-period', 'second-figure', HF),
  T('家门口那个公共服务圈 按几分钟算', 'target', 'QT21', F('养老照料、体育健身等“15分钟公共服务圈”', [15, '分钟']), 'elliptical', 'target', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('湖南去年科创那块的部署'),
  T('长沙建全球研发中心城市 那五种研发机构 目标几家', 'target', 'HN25', F('力争“五类”研发企业(中心)达到200家以上', [200, '家']), 'elliptical', 'target', 'relative-year', HF),
  T('给搞科研的人那个“两个几十%”激励 到底是多少', 'target', 'HN25', F('落实“两个70%”激励政策', pct(70)), 'elliptical', 'target', 'topic-switch', 'colloquial', HF),
]);
conv([
  T('云南25年报告名词解释 教育和农业那几条'),
  T('“小学期” 每学期开学前腾出几天给教师', 'figure', 'YN25', F('每学期学生开学前7天定为教师培训“小学期”', [7, '天']), 'elliptical', 'short', HF),
  T('那国字号的农业龙头 要在多少个州市都有', 'figure', 'YN25', F('国家级农业龙头企业16个州(市)全覆盖', [16, '个']), 'elliptical', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('广东去年十件民生实事 医养和养老那块'),
  T('能照护失能老人的那种床位 新加多少', 'target', 'GD25', F('创新医养深度融合模式,新增护理型床位超过1000张', [1000, '张']), 'elliptical', 'target', 'relative-year', 'colloquial', HF),
  T('干养老的服务人员 培训盘子多大', 'target', 'GD25', F('开展养老服务人员培训超5万人次', [5, '万人次']), 'elliptical', 'target', 'indicator-switch', 'colloquial', HF),
]);
conv([
  T('山东今年济青都市圈和美丽乡村'),
  T('济南青岛这个圈 今年主推的大工程 几个', 'target', 'SD26', F('完善济青都市圈联动发展机制,推进100个标志性工程', [100, '个']), 'elliptical', 'target', 'relative-year', HF),
  T('农村那边 整个县都达标成美丽乡村的 要占几成', 'target', 'SD26', F('“一市一品牌”建设美丽城市,美丽乡村整县建成比例达到30%', pct(30)), 'elliptical', 'target', 'topic-switch', HF),
]);
conv([
  T('安徽今年稳经济和金融那几条'),
  T('省财政拿出350亿以上 配套的稳增长措施 有几项', 'target', 'AH26', F('统筹安排省级财政资金350亿元以上,实施稳经济30项举措', [30, '项']), 'elliptical', 'target', 'relative-year', 'second-figure', HF),
  T('融资担保里给民企的份额呢', 'target', 'AH26', F('民营经营主体融资担保业务比重达80%以上', pct(80)), 'elliptical', 'target', 'topic-switch', 'short', HF),
]);
conv([
  T('浙江今年民生实事 文体那块'),
  T('那偏关呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('偏关查不到就算了 回到浙江 送戏下乡那条 今年演多少场', 'target', 'ZJ26', F('选送1000场品质戏曲进社区进乡村', [1000, '场']), 'elliptical', 'after-not-found', 'target', 'relative-year', HF),
]);
conv([
  T('anhui 2025 plan — villages'),
  T('how many boutique model villages to add?', 'target', 'AH25', F('深入实施“千村引领、万村升级”工程,新增精品示范村200个', [200, '个']), 'elliptical', 'en', 'lowercase', 'target', 'short', HF),
  T('and provincial-level central villages?', 'target', 'AH25', F('省级中心村800个左右,农村生活垃圾无害化处理率', [800, '个']), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', 'second-figure', 'approx', HF),
]);
conv([
  T("fujian's 14th fyp — industrial build-up"),
  T('what share of provincial output do its county key industry chains make up?', 'figure', 'FJ26', F('强链补链延链、产值占全省比重超50%', pct(50)), 'elliptical', 'en', 'lowercase', 'plan-period', 'second-figure', HF),
  T('and national advanced-manufacturing clusters added over those five years?', 'figure', 'FJ26', F('等支柱产业规模不断壮大,新增2个国家先进制造业集群', [2, '个']), 'elliptical', 'en', 'lowercase', 'topic-switch', HF),
]);
conv([
  T('guangdong 2024 — county economies'),
  T('main platforms taking in relocated industry — how many?', 'figure', 'GD25', F('推动出台促进产业有序转移条例,15个主平台新承接产业转移项目约700个', [15, '个']), 'elliptical', 'en', 'lowercase', 'short', HF),
  T('new national county-commerce action counties?', 'figure', 'GD25', F('村高质量发展引领区建设,新增9个国家县域商业建设行动县', [9, '个']), 'elliptical', 'en', 'lowercase', 'topic-switch', 'short', HF),
]);
conv([
  T('jiangsu — consumption and r&d'),
  T('how much of 2025 growth came from consumption, roughly?', 'figure', 'JS26', F('消费对经济增长贡献率提升至55%左右', pct(55)), 'elliptical', 'en', 'lowercase', 'approx', HF),
  T("and r&d outlays: yearly increase it's aiming for through 2030?", 'target', 'JS26', F('全社会研发经费投入年均增长7%左右', pct(7)), 'elliptical', 'en', 'lowercase', 'target', 'year-switch', 'abbreviation', 'second-figure', HF),
]);
conv([
  T('shandong 2025 — money from beijing and rural zones'),
  T('projects backed by the new national policy funds it won?', 'figure', 'SD26', F('新争取国家政策性资金4700多亿元,支持项目4200余个', [4200, '个']), 'elliptical', 'en', 'lowercase', 'approx', 'second-figure', HF),
  T('and villages covered by its rural-revitalisation zones by end-2025?', 'figure', 'SD26', F('省市县累计建设片区2070个,覆盖1.8万余个行政村', [1.8, '万个']), 'elliptical', 'en', 'lowercase', 'topic-switch', 'approx', 'second-figure', HF),
]);
conv([
  T("zhejiang's 2026 livelihood list — older people"),
  T('new seats at senior colleges?', 'target', 'ZJ26', F('新增老年大学(学校)学位3万个', [3, '万个']), 'elliptical', 'en', 'lowercase', 'target', 'short', HF),
  T('and new courses for older learners (ai, wellness and so on)?', 'target', 'ZJ26', F('新开发人工智能、养生保健等老年教育课程100门', [100, '门']), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', 'abbreviation', 'second-figure', HF),
]);
conv([
  T("yunnan's first three-year sewage drive, in the 2025 glossary"),
  T('other county-level-or-above cities it takes on, beyond the lake-basin ones?', 'target', 'YN25', F('对所在的7个城市(包括县城)及其他22个县级及以上城市', [22, '个']), 'elliptical', 'en', 'lowercase', 'target', 'second-figure', HF),
  T('and county towns with black, smelly water or key monitored sections?', 'target', 'YN25', F('及其他22个县级及以上城市、13个存在黑臭水体或涉及重点监控断面的县城', [13, '个']), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', 'second-figure', HF),
]);
conv([
  T("china's five years to 2022, per the 2023 work report"),
  T("online shopping's slice of total retail sales — where did it end up?", 'figure', 'CN23', F('实物商品网上零售额占社会消费品零售总额的比重从15.8%提高到27.2%', pct(27.2)), 'elliptical', 'en', 'lowercase', 'plan-period', 'no-place', 'second-figure', HF),
  T("and clean energy's share of energy use?", 'figure', 'CN23', F('清洁能源消费占比由20.8%上升到25%以上', pct(25)), 'elliptical', 'en', 'lowercase', 'topic-switch', 'no-place', 'second-figure', 'short', HF),
]);
conv([
  T('2022 work report — health subsidies'),
  T("per-person government subsidy for residents' medical insurance — up by how much?", 'target', 'CN22', F('居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元,推动基本医保省级统筹', [30, '元']), 'elliptical', 'en', 'lowercase', 'target', 'no-place', HF),
  T('and for basic public-health services?', 'target', 'CN22', F('居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元,推动基本医保省级统筹', [5, '元']), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', 'no-place', 'second-figure', 'short', HF),
]);
conv([
  T('hangzhou 2023 — relief for businesses'),
  T('fiscal money it set aside under the policy packages, bn yuan?', 'figure', 'HZ24', F('等一揽子政策,安排财政资金480亿元', [480, '亿元']), 'elliptical', 'en', 'lowercase', 'abbreviation', 'second-figure', HF),
  T('and the burden it lifted off businesses, bn yuan?', 'figure', 'HZ24', F('安排财政资金480亿元,为市场经营主体减负925.7亿元', [925.7, '亿元']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'abbreviation', 'second-figure', HF),
]);
conv([
  T('guangdong 2021–25 — water and pipes'),
  T('years running its water-resources management was rated excellent?', 'figure', 'GD26', F('落实最严格水资源管理制度,连续4年获国务院考核优秀等次', [4, '年']), 'elliptical', 'en', 'lowercase', 'plan-period', HF),
  T('and underground pipes and utility tunnels built or renovated, km?', 'figure', 'GD26', F('新建改造生活污水等地下管网管廊9.9万公里', [9.9, '万公里']), 'elliptical', 'en', 'lowercase', 'topic-switch', 'abbreviation', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  卓尼: ['卓尼', 'Jone'],
  岷县: ['岷县', 'Minxian'],
  宕昌: ['宕昌', 'Dangchang'],
  望谟: ['望谟', 'Wangmo'],
  册亨: ['册亨', 'Ceheng'],
  晴隆: ['晴隆', 'Qinglong'],
  巴马: ['巴马', 'Bama'],
  天峨: ['天峨', 'Tiane'],
  尚义: ['尚义', 'Shangyi'],
  岢岚: ['岢岚', 'Kelan'],
  偏关: ['偏关', 'Pianguan'],
  aohan: ['敖汉', 'Aohan'],
  liangdang: ['两当', 'Liangdang'],
  1885: ['1885'],
  1866: ['1866'],
  1877: ['1877'],
  毽球: ['毽球'],
  沙狐球: ['沙狐球', 'shuffleboard'],
  pickleball: ['匹克球', 'pickleball'],
};

// Never a fact that fresh-ay's or fresh-az's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-ay/ay-heldout.jsonl', 'eval/fresh-az/az-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-ay's or fresh-az's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ba', last: 'az', notAnswerableWords: NF_WORDS });
