#!/usr/bin/env node
// Writes the fresh-az sets: eval/fresh-az/az-tune.jsonl and eval/fresh-az/az-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-az/make.mjs [--check]
//
// A fortieth held-out question set written BEFORE any fix, as fresh-m … fresh-ay, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'ay'`, so fresh-ay's tune file is an earlier tune file, and no cite may meet fresh-ax's or fresh-ay's held-out
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
p('figure', 'GS23', '拱墅22年 批了没用、用得不好的地 盘活回来多少亩', F('供而未用土地1505亩,盘活低效用地1768亩', [1768, '亩']), 'two-digit-year', 'colloquial', HF);
p('figure', 'GS23', '22年拱墅 电竞中心那一批重点工程 交付使用的有几个', F('中国杭州电竞中心等64个重点项目竣工投用', [64, '个']), 'two-digit-year', 'colloquial', HF);
p('figure', 'GS23', '22年拱墅 老房子装上电梯的 一共多少部', F('建立全区“一盘棋”加梯体系,完工205台', [205, '台']), 'two-digit-year', 'colloquial', HF);
p('figure', 'HZ24', '杭州23年 拿到省里新时代山水画卷样板片区称号的 几个', F('城乡风貌样板区33个、省级“新时代富春山居图样板区”12个', [12, '个']), 'year-by-event', 'colloquial', HF);
p('figure', 'HZ24', '亚运那年杭州新建学校(含幼儿园)多少所', F('新建中小学和幼儿园98所', [98, '所']), 'two-digit-year', 'colloquial', 'short', HF);
p('figure', 'QT25', '前年钱塘被杭州认定为总部型企业的 几家', F('现代服务业高质量发展的实施意见》,63家企业上榜市级总部企业', [63, '家']), 'relative-year', 'colloquial', HF);
p('figure', 'QT25', '钱塘前年“钱八条”落地 真金白银给企业兑了多少', F('发布稳岗促产“钱八条”,兑现产业扶持资金44.1亿元', [44.1, '亿元']), 'relative-year', 'colloquial', HF);
p('target', 'GS25', '拱墅去年 知识产权方面重点培育的种子型企业 目标数', F('子”企业60家,实现有效发明', [60, '家']), 'target', 'relative-year', 'colloquial', 'short', HF);
p('target', 'GS25', '拱墅去年 生产性服务业在服务业增加值里的分量 要到几成', F('服务业增加值比重达到62%', pct(62)), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'CN22', '22年国务院报告 大学生国家助学贷款 每年能贷的封顶额 提高多少', F('国家助学贷款每人每年最高额度增加4000元', [4000, '元']), 'two-digit-year', 'no-place', 'colloquial', HF);
p('figure', 'CN23', '23年报告回顾那几年 中央花的钱里转给地方的 比例提到多少', F('中央一般公共预算支出中对地方转移支付占比提高到70%左右', pct(70)), 'plan-period', 'no-place', 'approx', 'colloquial', HF);
p('figure', 'AH25', '皖前年 进城落户变成新市民的农业人口 多少万', F('推进新型城镇化和乡村全面振兴有机结合,39.8万农业转移人口成为新市民', [39.8, '万']), 'relative-year', 'short-name', HF);
p('figure', 'AH26', '皖去年 省里管的大学 有多大比例的专业是给新兴产业配的', F('省属高校服务新兴产业专业点占比提高到72.2%', pct(72.2)), 'relative-year', 'colloquial', HF);
p('figure', 'BJ25', '北京24年 小区垃圾投放点标准化改造 数量', F('巩固提升垃圾分类实施效果,完成5.7万个分类桶站规范化提升', [5.7, '万个']), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'BJ26', '北京去年 国家考核的河流断面里 水质好的比例稳在多少以上', F('国考断面优良水质占比稳定在90%以上', pct(90)), 'relative-year', 'colloquial', HF);
p('figure', 'FJ25', '福建24年城镇新建项目里 达到绿色建筑标准的比例', F('城镇新建绿色建筑占比超98%', pct(98)), 'relative-year', 'short-name', 'short', HF);
p('figure', 'GD25', '粤前年 香港澳门同胞在广东买医保养老失业工伤险 约多少人次', F('港澳居民在粤参加医疗、养老、失业、工伤保险约70万人次', [70, '万人次']), 'relative-year', 'approx', HF);
p('figure', 'GD26', '粤这五年 省里交给市县去行使的职权 多少项', F('调整316项省级行政职权由市县实施', [316, '项']), 'plan-period', 'short-name', 'colloquial', HF);
p('figure', 'JS26', '苏十四五 打造出多少个和美村庄', F('粮食年产量超760亿斤,建成3000多个宜居宜业和美乡村', [3000, '个']), 'plan-period', 'short-name', 'approx', HF);
p('figure', 'SH25', '上海前年给电瓶车新建的充电站 多少万个', F('开展电动自行车安全隐患全链条整治,新建电动自行车充电站7万个', [7, '万个']), 'relative-year', 'colloquial', HF);
p('target', 'SH26', '上海今年 离家近的小型养老服务点 再开多少个', F('认知障碍照护床位,新增200个家门口养老服务站', [200, '个']), 'target', 'relative-year', 'short-name', 'short', HF);
p('figure', 'ZJ26', '浙江25年 最低生活保障 每人每月底线调到多少', F('城乡居民养老保险筹资和待遇合理调整,低保最低月标准提高到1190元', [1190, '元']), 'relative-year', 'colloquial', HF);
p('target', 'YN25', '云南25年 要新造多少万亩耕地来平衡占用', F('完善高标准农田建设、验收、管护机制,补充耕地13.5万亩', [13.5, '万亩']), 'target', 'relative-year', 'short-name', 'colloquial', HF);
// the asked figure is not the first of its sentence (checked below)
s('target', 'QT21', '钱塘新区21年定的目标 到2025年每个从业者创造的产值 要到多少万', F('人均生产总值达到16万元,全员劳动生产率40万元以上', [40, '万元']), 'target', 'plan-period', 'after-other', HF);
s('figure', 'GS23', '拱墅22年土地收储 收回来多少亩', F('出让经营性用地7宗424亩,收储10宗457亩', [457, '亩']), 'two-digit-year', 'after-other', 'short', HF);
s('figure', 'HZ24', '亚运那年杭州 有几成的村 集体经营收益达到五十万元以上', F('集体经营性收入50万元以上行政村占比达96.6%', pct(96.6)), 'two-digit-year', 'after-other', HF);
s('figure', 'HZ24', '亚运那年杭州数字孪生城市 物联感知数据打通共享的场景 几个', F('465.3亿条数据,实现47个应用场景物联感知数据共享', [47, '个']), 'year-by-event', 'after-other', HF);
s('figure', 'QT25', '钱塘前年 轮滑锦标赛这一类国内国际比赛 办了多少场', F('成功举办全国轮滑锦标赛等国际国内赛事50余场', [50, '场']), 'relative-year', 'after-other', 'approx', HF);
s('figure', 'QT25', '前年钱塘 在杭州市层面被评为好的制度创新 一共几条', F('省级自贸试验区最佳制度创新案例4项、市级优秀制度创新案例9项', [9, '项']), 'relative-year', 'after-other', HF);
s('figure', 'AH25', '安徽24年 城镇旧小区改造完成数', F('推进43个城市片区更新,改造城镇老旧小区1545个', [1545, '个']), 'relative-year', 'after-other', 'short-name', 'short', HF);
s('figure', 'AH26', '皖去年 快递包裹数量同比增速', F('新增5A级物流企业3家,快递业务量增长20.8%', pct(20.8)), 'relative-year', 'after-other', 'short', HF);
s('figure', 'BJ25', '京前年 市政府出台或调整的规章 几项', F('审议地方性法规草案7项,制定修改废止政府规章4项', [4, '项']), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'FJ25', '闽前年省级集中采购的药和耗材 平均便宜了百分之多少', F('省级集采药品耗材平均降价47.4%', pct(47.4)), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'FJ26', '福建25年 服务区对地方道路开口 新开多少处', F('新开工33个“两通工程”项目,新开通28个高速服务区出入口', [28, '个']), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'GD25', '粤前年 对老人友善的医院 创建率到了多少', F('建成“长者饭堂”3652个,老年友善医疗机构创建率超92%', pct(92)), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'GD26', '粤去年 高职学校入选国家高水平院校建设第二轮的数量', F('新设3所本科层次职业学校,16所高职学校入选第二期国家“双高计划”', [16, '所']), 'relative-year', 'after-other', HF);
s('figure', 'JS25', '江苏24年 省里办理的政协委员建议案 数量', F('共办理省人大代表建议748件、省政协提案954件', [954, '件']), 'relative-year', 'after-other', 'short-name', 'short', HF);
s('figure', 'SD26', '鲁去年“高效办成一件事” 群众觉得好办易办的比例', F('37个“一件事”落地落实,好办易办率超过90%', pct(90)), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'SH26', '上海千园之城 到2025年底实际建了几座', F('新增公园127座,提前建成千座公园城市,累计达到1100座', [1100, '座']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'HN25', '湘前年 首台(套)首创那类新产品 推出来几个', F('突破核心技术20项,创新“首台首套首创”产品18个', [18, '个']), 'relative-year', 'after-other', 'short-name', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'GS23', 'how many new subway stops did gongshu get in 2022?', F('地铁3、4、10、19号线沿线24个站点顺利开通', [24, '个']), 'year', 'lowercase', HF);
e('figure', 'GS23', 'gongshu, 2022 — specialist clinical departments it built up?', F('2家站点,打造14个特色专科', [14, '个']), 'year', 'lowercase', 'short', HF);
e('figure', 'GS23', 'gongshu 2022 covid relief: rent waived for small firms and sole traders, in yuan?', F('减免2882家小微企业和个体工商户租金1.7亿元', [1.7, '亿元']), 'year', 'lowercase', HF);
e('figure', 'GS23', "gongshu's 2022 haul of 53 signed industrial deals — total money involved?", F('等53个重大产业项目签约注册,总投资618亿元', [618, '亿元']), 'year', 'lowercase', HF);
e('figure', 'HZ24', "hangzhou's free-entry scenic-spot promo in q1 2023 — value of tickets waived?", F('推出一季度“免费游”,免费金额5.6亿元', [5.6, '亿元']), 'year', 'lowercase', HF);
e('figure', 'QT25', 'qiantang 2024: how fast did general budget revenue grow?', F('一般公共预算收入134亿元、增长6.1%', pct(6.1)), 'year', 'lowercase', 'short', HF);
e('target', 'GS25', "gongshu's 2025 target for esports value-added growth?", F('电竞产业增加值增长10%以', pct(10)), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'QT25', 'qiantang 2025: new public reading rooms (chengshi shufang) planned?', F('全年新增城市书房3家、省级旅游驿站1个', [3, '家']), 'target', 'year', 'lowercase', 'pinyin', HF);
e('target', 'CN22', '2022 work report: new high-standard cropland planned that year, in mu?', F('加强中低产田改造,新建1亿亩高标准农田', [1, '亿亩']), 'target', 'year', 'lowercase', 'no-place', HF);
e('figure', 'CN23', "2023 work report: the floor china's annual harvest never dipped below, in jin?", F('粮食产量连年稳定在1.3万亿斤以上', [1.3, '万亿斤']), 'plan-period', 'lowercase', 'no-place', HF);
e('figure', 'CN23', "2023 report: share of gdp from the 'three news' (new industries, formats, business models)?", F('新产业新业态新模式增加值占国内生产总值的比重达到17%以上', pct(17)), 'plan-period', 'lowercase', 'no-place', HF);
e('figure', 'AH25', 'anhui 2024: new international and regional passenger/cargo air routes?', F('新增国际及地区客货运航线12条', [12, '条']), 'year', 'lowercase', 'short', HF);
e('target', 'BJ25', "beijing 2025: number of frontier sectors (humanoids, commercial space...) it picked to grow?", F('生物制造、新材料、未来能源等20个未来产业', [20, '个']), 'target', 'year', 'lowercase', HF);
e('figure', 'BJ26', 'beijing 2025: innovative drugs and medical devices cleared for market?', F('新能源汽车年产量近70万辆,34款创新药械获批上市', [34, '款']), 'year', 'lowercase', HF);
e('figure', 'FJ25', "how many fujian counties won national model status for rural roads in 2024?", F('9个县获评“四好农村路”全国示范县', [9, '个']), 'year', 'lowercase', HF);
e('figure', 'FJ26', "fujian 2025: items added to china's world heritage tentative list?", F('10个项目列入中国世界文化遗产预备名单', [10, '个']), 'year', 'lowercase', 'short', HF);
e('figure', 'GD25', "guangdong's low-altitude economy: what share of the country's industry-chain firms does it host?", F('低空经济集聚全国30%以上产业链企业', pct(30)), 'lowercase', HF);
e('figure', 'GD25', 'how many new province-level industry parks did guangdong set up in 2024?', F('加快建设“万亩千亿”产业平台,新增8个省产业园', [8, '个']), 'year', 'lowercase', 'short', HF);
e('figure', 'GD26', "guangdong 2021–25: provincial 'vertical support' teams sent to lagging areas?", F('62个省级纵向支持组团实施重点项目1000多个', [62, '个']), 'plan-period', 'lowercase', HF);
e('target', 'JS25', "jiangsu's future-industry framework is named '__+X' — what number?", F('加快构建“10+X”未来产业体系', [10]), 'target', 'year', 'lowercase', HF);
e('figure', 'JS26', 'jiangsu over 2021–25: stage works that took the wenhua award?', F('分别增至37座、14座,6部作品获文华奖', [6, '部']), 'plan-period', 'lowercase', 'pinyin', HF);
e('target', 'SD25', "shandong's top-discipline programme carries a three-digit code — which?", F('深入实施一流学科建设“811”项目', [811]), 'target', 'lowercase', HF);
e('figure', 'SD26', 'shandong end-2025: postdocs working at its stations?', F('博士后在站人数突破1万人', [1, '万人']), 'year', 'lowercase', 'short', HF);
e('target', 'SD26', "shandong's 2026 plan: high-speed rail mileage to pass what?", F('今年建成雄商、济滨高铁,高铁里程突破3400公里', [3400, '公里']), 'target', 'year', 'lowercase', HF);
e('figure', 'SH25', 'shanghai 2024: future-industry testbeds set up?', F('打造28个未来产业试验场', [28, '个']), 'year', 'lowercase', 'short', HF);
e('target', 'SH26', 'shanghai this year: target count of blended service-spending hotspots?', F('培育打造20个融合性服务消费新场景', [20, '个']), 'target', 'year', 'lowercase', HF);
e('target', 'ZJ25', "zhejiang's 2025 goal for extra people covered by long-term care insurance?", F('持续推进长护险提质扩面,新增参保人数1500万人', [1500, '万人']), 'target', 'year', 'lowercase', HF);
e('figure', 'ZJ26', 'ningbo-zhoushan port 2025: container throughput growth?', F('宁波舟山港集装箱吞吐量4387万标箱、增长11.6%', pct(11.6)), 'year', 'lowercase', 'short', HF);
e('figure', 'YN25', 'yunnan 2024: income growth for rural residents of counties that shed poverty?', F('预计脱贫县农村居民人均可支配收入增长7%左右', pct(7)), 'year', 'lowercase', 'approx', HF);
e('figure', 'HN25', "hunan 2024: key industrial chains described as 'all taking off'?", F('13条重点产业链全面起势', [13, '条']), 'year', 'lowercase', HF);
e('figure', 'JL25', "by how much did jilin's investment in industry rise in 2024?", F('产业投资增长10.1%', pct(10.1)), 'year', 'lowercase', 'short', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('xiji county: potato acreage last year?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe("baoting's 2026 target for rubber output?", 'nf-place', 'year', 'lowercase', 'short');
nfe('how many tea chests left fuzhou in 1862?', 'nf-year', 'year', 'lowercase', 'short');
nfe('how many lacrosse teams does jiangsu have?', 'nf-indicator', 'lowercase', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['CN25', 'CN24'], '地方债里专项那块 24、25两年 每年多给的额度 前后对比', F(['拟安排地方政府专项债券4.4万亿元、比上年增加5000亿元', '拟安排地方政府专项债券3.9万亿元、比上年增加1000亿元'], [5000, '亿元'], [1000, '亿元']), 'two-digit-year', 'one-place-two-years', 'no-place', HF);
f('trend', 'trend-ask', ['FJ26', 'FJ25'], "fujian's provincial government website: its run at no.1 nationally — how many years per the 2025 report, and per the 2026 one?", F(['省政府门户网站评估连续4年全国第一', '省政府门户网站绩效评估连续3年全国第一'], [4, '年'], [3, '年']), 'en', 'year', 'lowercase', 'one-place-two-years', HF);
f('comparison', 'comparison-ask', 'GS23', '拱墅22年 省级和市级重点项目的投资完成度 哪个更超额', F('分别完成年度任务的192%、184.4%', pct(192), pct(184.4)), 'two-indicators', 'which-higher', 'two-digit-year', HF);
f('comparison', 'comparison-ask', 'SH26', "shanghai's airports in 2025: passengers vs cargo and mail — which grew faster?", F('分别达到1.35亿人次、453.8万吨,分别增长8.3%、7.9%', pct(8.3), pct(7.9)), 'en', 'two-indicators', 'which-higher', 'year', 'lowercase', HF);
f('comparison', 'comparison-ask', 'FJ25', '福建去年两个治水指标 城里生活污水收上来的比例 跟县城消灭臭水沟的比例 哪个要求更高', F('设市城市生活污水集中收集率75%以上,县级城市黑臭水体消除率90%以上', pct(75), pct(90)), 'two-indicators', 'which-higher', 'target', 'relative-year', 'short-name', HF);
f('superlative', 'ranking-ask', 'BJ25', '24年综合保税区国家考评 名次进步最大 升到全国第二的是哪家', F('天竺综保区在国家绩效评估中从第9名提升至第2名', [2]), 'across-reports', 'relative-year', 'colloquial', HF);
f('superlative', 'ranking-ask', 'HN25', 'which province ranked second in central china for r&d intensity in 2024?', F('研发投入强度提升至2.57%、居中部第2位', [2]), 'en', 'across-reports', 'year', 'lowercase', 'abbreviation', HF);
f('superlative', 'ranking-ask', 'AH26', '五经普对比四经普 从业人员净增人数 全国排第三的是哪个省', F('增加407.7万人、居全国第3位', [3]), 'across-reports', HF);
f('superlative', 'ranking-ask', 'SD25', '农业新型经营主体数量全国居首的那个省 有多少农户被带进产业化经营', F('农业社会化服务组织总量居全国首位,85%以上农户参与农业产业化经营', pct(85)), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'HZ24', 'which zhejiang city topped the province for air-quality improvement in 2023, and how much did no2 fall?', F('特征指标NO2平均浓度同比下降5.4%,环境空气质量综合指数改善率全省第一', pct(5.4)), 'en', 'across-reports', 'year', 'lowercase', 'abbreviation', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'QT21', '钱塘新区2025年目标 人才总规模与国家级高新技术企业数', F('人才资源总量突破27万人,国家高新技术企业数量突破1200家', [27, '万人'], [1200, '家']), 'target', 'plan-period', HF);
f('multi', 'multi-ask', 'SD25', 'shandong, cumulative to 2024: civilised villages and towns at national and at provincial level?', F('累计创建国家文明村镇246个、省级文明村镇4295个', [246, '个'], [4295, '个']), 'en', 'year', 'lowercase', HF);
f('multi', 'multi-ask', 'BJ26', '北京乡村振兴那个百千工程 到25年底 样板村和样板片区各有多少', F('压茬推进“百千工程”,累计创建42个示范村、22个示范片区', [42, '个'], [22, '个']), 'relative-year', 'colloquial', HF);
f('multi', 'multi-ask', 'HZ24', 'hz 2024: treasury-bond money and central budget investment it set out to win?', F('积极争取国债资金100亿元,争取中央预算内投资8亿元', [100, '亿元'], [8, '亿元']), 'en', 'target', 'year', 'lowercase', 'abbreviation', HF);
f('multi', 'multi-ask', 'YN25', '云南去年水利开工盘子里 灌溉片区和蓄水库 各排了几件', F('开工建设3件大型灌区、5件大中型水库', [3, '件'], [5, '件']), 'target', 'relative-year', 'short-name', HF);
f('multi', 'multi-ask', 'JS26', 'jiangsu, 14th fyp: universities and disciplines on the double first-class list?', F('16所高校、48个学科入选“双一流”建设名单', [16, '所'], [48, '个']), 'en', 'plan-period', 'lowercase', 'abbreviation', HF);
f('overview', 'overview-ask', 'SD26', '鲁十四五 经济体量跨过几道万亿关口 一两句话讲讲', { ...F('经济总量连续跨过3个万亿元大关'), lead: 3 }, 'plan-period', 'short-name', 'colloquial');
f('overview', 'overview-ask', 'CN25', "the 2025 work report's verdict on the economy the year before — headline numbers?", { ...F('国内生产总值达到134.9万亿元、增长5%'), lead: 134.9 }, 'en', 'year', 'lowercase', 'no-place');
f('outline', 'outline-ask', 'AH25', '安徽去年报告 当年重点工作分几大块 挨个列一下', O('AH25'), 'relative-year', 'colloquial');
f('outline', 'outline-ask', 'GD26', '粤今年要干的几件大事 报告里怎么分的', O('GD26'), 'relative-year', 'short-name', 'colloquial');
f('outline', 'outline-ask', 'SH26', "shanghai's 2026 work report: the main task headings?", O('SH26'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('碌曲去年畜牧业产值是多少', 'nf-place', 'relative-year', 'short');
nf('凌云前年茶叶产值多少', 'nf-place', 'relative-year', 'short');
nf('那坡今年计划新建几所学校', 'nf-place', 'relative-year', 'short');
nf('从江去年接待了多少游客', 'nf-place', 'relative-year', 'short');
nf('围场24年马铃薯种了多少亩', 'nf-place', 'two-digit-year', 'short');
nf('丰宁今年风电装机目标多少', 'nf-place', 'relative-year', 'short');
nf('四子王前年羊的存栏量是多少', 'nf-place', 'relative-year');
nf('海原去年城镇居民人均收入多少', 'nf-place', 'relative-year');
nf('泾源今年打算修多少公里乡村路', 'nf-place', 'relative-year', 'colloquial');
nf('迭部前年森林覆盖率多少', 'nf-place', 'relative-year', 'short');
nf('1864年上海有多少家钱庄', 'nf-year', 'year', 'short');
nf('1881年天津电报局发了多少封电报', 'nf-year', 'year');
nf('浙江去年办了几场门球比赛', 'nf-indicator', 'relative-year', 'short');
nf('山东今年打算建多少个柔力球场地', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 3 turns (every turn after the first scored) ----------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('拱墅22年 运河边的金融小镇和社区建设'),
  T('小镇新招来的典当那一类非持牌优质金融机构 几家', 'figure', 'GS23', F('浙江银通典当有限责任公司等其他类优质金融机构9家', [9, '家']), 'elliptical', 'two-digit-year', 'second-figure', HF),
  T('那社区里的一站式服务综合体呢', 'figure', 'GS23', F('成立区级及街道级社区发展基金会2家,建成社区服务综合体8家', [8, '家']), 'elliptical', 'topic-switch', 'second-figure', 'short', HF),
]);
conv([
  T('亚运那年杭州和上海的产业合作'),
  T('沪杭合作那块 引来的医药跟物联网项目 一共投多少钱', 'figure', 'HZ24', F('引进上海优质生物医药、智能物联产业项目22个,总投资超25亿元', [25, '亿元']), 'elliptical', 'year-by-event', 'second-figure', 'approx', HF),
  T('那24年呢 节能环保示范的工厂 要新评几家', 'target', 'HZ24', F('创建市级以上绿色低碳工业园区2个、工厂100家', [100, '家']), 'elliptical', 'target', 'year-switch', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('钱塘去年招商引资和向上争取'),
  T('五十亿元级别的项目 要签下几个', 'target', 'QT25', F('针对性开展上下游企业招引,确保签约50亿元以上项目2个', [2, '个']), 'elliptical', 'target', 'relative-year', 'second-figure', HF),
  T('专项债那个盘子 申报多少个', 'target', 'QT25', F('储备申报“两重”“两新”项目70个、地方政府专项债项目15个', [15, '个']), 'elliptical', 'target', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('湖南前年园区和科技成果转化'),
  T('那些园区交的税 占湖南全省多大比重', 'figure', 'HN25', F('贡献了全省74.6%的规模工业增加值和40%左右的税收', pct(40)), 'elliptical', 'relative-year', 'second-figure', 'approx', HF),
  T('湘高校的科研成果合同 在本省消化的比例', 'figure', 'HN25', F('技术合同成交额增长20.2%,在湘高校技术合同本地转化占比超50%', pct(50)), 'elliptical', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('云南25年报告名词解释里的“十县百乡千村万户”工程'),
  T('民族团结进步示范县 要建几个', 'target', 'YN25', F('示范引领工程:建设10个民族团结进步示范县', [10, '个']), 'elliptical', 'target', HF),
  T('示范村(社区)呢', 'target', 'YN25', F('100个民族团结进步示范乡镇、1000个民族团结进步示范村', [1000, '个']), 'elliptical', 'target', 'indicator-switch', 'second-figure', 'short', HF),
]);
conv([
  T('北京去年城市环境这块的安排'),
  T('给市民看城看景的视廊 打算打造几条', 'target', 'BJ25', F('打造市民观城观景视廊50条', [50, '条']), 'elliptical', 'target', 'relative-year', 'second-figure', HF),
  T('废品回收网络 打算在多少个居民区补齐', 'target', 'BJ25', F('健全垃圾分类长效机制,完善1000个居住小区再生资源回收体系', [1000, '个']), 'elliptical', 'target', 'topic-switch', HF),
]);
conv([
  T('广东去年十件民生实事里的教育那件'),
  T('珠三角名校结对帮扶县城高中 托管多少所', 'target', 'GD25', F('推动珠三角优质教育资源组团融入式托管15所新型城镇化试点县县中', [15, '所']), 'elliptical', 'target', 'relative-year', HF),
  T('那平价托育的名额 增加多少', 'target', 'GD25', F('4所县级示范性托育机构,新增普惠性托位超1000个', [1000, '个']), 'elliptical', 'target', 'indicator-switch', 'second-figure', 'short', HF),
]);
conv([
  T('山东前年文化体育方面'),
  T('老百姓身边的小型戏剧演出这类 一年办了几十万场', 'figure', 'SD25', F('开展群众性小戏小剧等文化惠民活动50余万场', [50, '万场']), 'elliptical', 'relative-year', 'approx', HF),
  T('青少年足篮排那个全国赛(第一届) 鲁队金牌几枚', 'figure', 'SD25', F('在首届全国青少年三大球比赛中获得4金2银好成绩', [4]), 'elliptical', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('福建去年为民办实事'),
  T('那乡城呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('乡城查不到就算了 还是福建 为民办实事项目一共几项', 'target', 'FJ25', F('保质保量完成30项为民办实事项目', [30, '项']), 'elliptical', 'after-not-found', 'target', 'relative-year', HF),
]);
conv([
  T('anhui 2025 plan — shops and solar'),
  T("how many 'first stores' (debut outlets) does it aim to bring in?", 'target', 'AH25', F('引进全国首店、省市首店200个以上', [200, '个']), 'elliptical', 'en', 'lowercase', 'target', 'second-figure', HF),
  T('and next-gen pv and storage r&d projects to launch?', 'target', 'AH25', F('实施新一代光储等创新攻关项目30个以上', [30, '个']), 'elliptical', 'en', 'lowercase', 'target', 'topic-switch', 'abbreviation', HF),
]);
conv([
  T('beijing 2024, car output'),
  T('new-energy vehicles made in the city, roughly?', 'figure', 'BJ25', F('在京生产新能源汽车约30万辆', [30, '万辆']), 'elliptical', 'en', 'lowercase', 'approx', 'second-figure', HF),
  T('and by what multiple did that grow?', 'figure', 'BJ25', F('在京生产新能源汽车约30万辆、增长近3倍', [3, '倍']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'second-figure', 'approx', HF),
]);
conv([
  T('fujian 2024 — industrial upgrading'),
  T('how many province-level technical retrofit schemes were rolled out?', 'figure', 'FJ25', F('抢抓大规模设备更新机遇,实施2205项省重点技改项目', [2205, '项']), 'elliptical', 'en', 'lowercase', HF),
  T('and the total investment behind the 246 strategic emerging-industry projects?', 'figure', 'FJ25', F('重点项目246项、总投资超2200亿元', [2200, '亿元']), 'elliptical', 'en', 'lowercase', 'topic-switch', 'second-figure', HF),
]);
conv([
  T("guangdong's 2024 weather disasters"),
  T('how many typhoons hit the province?', 'figure', 'GD25', F('经受了25轮强降水和10个台风影响', [10, '个']), 'elliptical', 'en', 'lowercase', 'second-figure', 'short', HF),
  T('flood-season rainfall was the heaviest in how many years?', 'figure', 'GD25', F('汛期平均降水量为近50年同期最多', [50, '年']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'second-figure', HF),
]);
conv([
  T('jiangsu 2024 — the pollution fight'),
  T('pm2.5 concentration for the year?', 'figure', 'JS25', F('打好污染防治攻坚战,PM2.5浓度32.3微克/立方米', [32.3, '微克/立方米']), 'elliptical', 'en', 'lowercase', 'abbreviation', 'short', HF),
  T("how long is its streak of top marks from beijing for anti-pollution work?", 'figure', 'JS25', F('在国家污染防治攻坚战成效考核中连续5年获评优秀等级', [5, '年']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'second-figure', HF),
]);
conv([
  T('shandong — rail freight and ai'),
  T('china-europe freight trains run so far, as of 2025?', 'figure', 'SD26', F('中欧班列累计开行超1.4万列', [1.4, '万列']), 'elliptical', 'en', 'lowercase', 'approx', HF),
  T('and over the 14th fyp, how much did its core ai firms multiply?', 'figure', 'SD26', F('骨干龙头企业超1100家、增长1.5倍', [1.5, '倍']), 'elliptical', 'en', 'lowercase', 'year-switch', 'topic-switch', 'abbreviation', 'second-figure', HF),
]);
conv([
  T('zhejiang 2025 — tech money and ai'),
  T('growth in total sci-tech innovation input?', 'figure', 'ZJ26', F('全省科技创新投入7232亿元、增长5.6%', pct(5.6)), 'elliptical', 'en', 'lowercase', 'second-figure', HF),
  T('and ai core-industry revenue growth?', 'figure', 'ZJ26', F('人工智能核心产业营收6800亿元左右、增长20%以上', pct(20)), 'elliptical', 'en', 'lowercase', 'topic-switch', 'second-figure', HF),
]);
conv([
  T("china's goods trade growth, per the state council work reports"),
  T('2021, as the 2022 report put it?', 'figure', 'CN22', F('货物进出口总额增长21.4%,实际使用外资保持增长', pct(21.4)), 'elliptical', 'en', 'lowercase', 'no-place', HF),
  T('what about 2022, per the 2023 report?', 'figure', 'CN23', F('货物进出口总额增长7.7%', pct(7.7)), 'elliptical', 'en', 'lowercase', 'year-switch', 'no-place', 'short', HF),
]);
conv([
  T("hunan's 2025 project push"),
  T('provincial key projects it means to push ahead — how many?', 'target', 'HN25', F('推进好总投资1.78万亿元的289个省重点项目', [289, '个']), 'elliptical', 'en', 'lowercase', 'target', 'second-figure', HF),
  T("and new 'open competition' (jiebang guashuai) manufacturing projects?", 'target', 'HN25', F('支持新实施20个左右制造业关键产品“揭榜挂帅”', [20, '个']), 'elliptical', 'en', 'lowercase', 'target', 'topic-switch', 'pinyin', 'approx', HF),
]);
conv([
  T("yunnan's 2025 livelihood pledges"),
  T('basic pension insurance coverage to hold above?', 'target', 'YN25', F('基本养老保险参保率稳定在95%以上', pct(95)), 'elliptical', 'en', 'lowercase', 'target', 'second-figure', HF),
  T('free legal consultations to provide, in person-times?', 'target', 'YN25', F('提供法律咨询服务30万人次', [30, '万人次']), 'elliptical', 'en', 'lowercase', 'target', 'topic-switch', HF),
]);
conv([
  T("shanghai's three lead industries"),
  T('how big were they together at end-2024, in yuan?', 'figure', 'SH25', F('集成电路、生物医药、人工智能三大先导产业规模达到1.8万亿元', [1.8, '万亿元']), 'elliptical', 'en', 'lowercase', 'short', HF),
  T("and 2025: strategic emerging industries' share of industrial output?", 'figure', 'SH26', F('占规模以上工业总产值比重提高到45%', pct(45)), 'elliptical', 'en', 'lowercase', 'year-switch', 'indicator-switch', 'second-figure', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  碌曲: ['碌曲', 'Luqu'],
  凌云: ['凌云', 'Lingyun'],
  那坡: ['那坡', 'Napo'],
  从江: ['从江', 'Congjiang'],
  围场: ['围场', 'Weichang'],
  丰宁: ['丰宁', 'Fengning'],
  四子王: ['四子王', 'Siziwang'],
  海原: ['海原', 'Haiyuan'],
  泾源: ['泾源', 'Jingyuan'],
  迭部: ['迭部', 'Telbu'],
  乡城: ['乡城', 'Qagchen'],
  xiji: ['西吉', 'Xiji'],
  baoting: ['保亭', 'Baoting'],
  1864: ['1864'],
  1881: ['1881'],
  1862: ['1862'],
  门球: ['门球', 'gateball'],
  柔力球: ['柔力球'],
  lacrosse: ['长曲棍球', 'lacrosse'],
};

// Never a fact that fresh-ax's or fresh-ay's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-ax/ax-heldout.jsonl', 'eval/fresh-ay/ay-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-ax's or fresh-ay's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'az', last: 'ay', notAnswerableWords: NF_WORDS });
