#!/usr/bin/env node
// Writes the fresh-ay sets: eval/fresh-ay/ay-tune.jsonl and eval/fresh-ay/ay-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ay/make.mjs [--check]
//
// A thirty-ninth held-out question set written BEFORE any fix, as fresh-m … fresh-ax, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'ax'`, so fresh-ax's tune file is an earlier tune file, and no cite may meet fresh-aw's or fresh-ax's held-out
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
p('figure', 'GS23', '22年拱墅旧住宅区翻新 同步在搞的是几个', F('加快推进46个老旧小区改造', [46, '个']), 'two-digit-year', 'colloquial', HF);
p('figure', 'GS23', '拱墅22年为缓解停车难 往地底下挖的车库项目 新开带在建合计多少', F('开工及续建地下公共停车项目23个', [23, '个']), 'two-digit-year', 'colloquial', HF);
p('figure', 'HZ24', '亚运那年杭州治污水 升级达标的乡镇街道数', F('完成57个镇街“污水零直排区”提质增效', [57, '个']), 'year-by-event', 'colloquial', HF);
p('target', 'QT25', '钱塘去年想挤进国家政策盘子 超长期国债那类备选项目打算报几个', F('储备申报“两重”“两新”项目70个', [70, '个']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'GS25', '拱墅去年让商户签承诺 目标签下几千家', F('费承诺单位6900家以上', [6900, '家']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'CN22', '22年国务院报告 耕地保护那条红线是多少亿亩', F('坚决守住18亿亩耕地红线', [18, '亿亩']), 'target', 'two-digit-year', 'no-place', HF);
p('figure', 'CN23', '23年总理报告 户籍放开这些年 农民转成城里户口的规模', F('分类放宽或取消城镇落户限制,十年1.4亿农村人口在城镇落户', [1.4, '亿']), 'plan-period', 'no-place', 'colloquial', HF);
p('figure', 'CN25', '25年总理报告里 数字产业化那块在全国经济盘子里的分量 百分之几', F('数字经济核心产业增加值占国内生产总值比重达到10%左右', pct(10)), 'two-digit-year', 'no-place', 'approx', HF);
p('target', 'AH25', '皖去年数字农业工厂 准备新盖几个', F('推进智慧农业发展,新建数字农业工厂100个', [100, '个']), 'target', 'relative-year', 'short-name', 'short', HF);
p('target', 'AH26', '安徽今年给民间资本推的优质项目 打算推多少个', F('向民间资本推介优质项目300个以上', [300, '个']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'BJ25', '北京前年道路隔离栏清理 长度合计', F('拆除护栏247公里', [247, '公里']), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'FJ25', '闽前年进民企500强榜单的企业 数一下有几家', F('做响品牌,14家企业上榜中国民营企业500强', [14, '家']), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'GD25', '广东前年第三支柱养老 开户人数接近多少', F('个人养老金开户数近1800万', [1800, '万']), 'relative-year', 'short-name', 'approx', HF);
p('figure', 'GD26', '粤五年间 基层文明实践阵地中心所站 搭起来的总量', F('公共文化设施实现五级全覆盖,建成新时代文明实践中心(所、站)2.8万个', [2.8, '万个']), 'plan-period', 'short-name', HF);
p('figure', 'SD25', '鲁前年高速通车总里程 冲过了多少公里', F('高速公路通车里程突破8700公里', [8700, '公里']), 'relative-year', 'short-name', 'short', HF);
p('target', 'SD26', '鲁今年养老和医疗执照都有的机构 增量目标', F('实施医养结合促进行动,新增两证齐全医养结合机构50家', [50, '家']), 'target', 'relative-year', HF);
p('target', 'SH25', '上海去年环城绿带那条步道 卡住的地方要接通几处', F('打通外环绿道断点45处以上', [45, '处']), 'target', 'relative-year', 'short', HF);
p('figure', 'ZJ25', '浙江前年评上国字号一级的馆 数量', F('吴越文化博物馆建成开馆,8家博物馆晋级国家一级博物馆', [8, '家']), 'relative-year', 'short', HF);
p('target', 'ZJ26', '浙江今年十方面实事 帮肢残人士装上仿生手脚的科技设备 规模多少例', F('为残疾人适配智能仿生上下肢等科技辅具服务5000例', [5000, '例']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'YN25', '滇去年那份报告 科创型小微主体的数量目标', F('高新技术企业数增速保持全国前列,科技型中小企业超1.5万户', [1.5, '万户']), 'target', 'relative-year', 'short-name', HF);
p('target', 'HN25', '湖南去年为村里快递进村 要搭多少个站点', F('建成农村寄递物流综合服务站1.9万个', [1.9, '万个']), 'target', 'relative-year', 'short-name', HF);
p('figure', 'JL25', '吉省前年“十百千万”那个工程 新造的农房户数', F('新建宜居农房18393户', [18393, '户']), 'relative-year', 'short-name', 'colloquial', HF);
p('target', 'JL25', '吉林去年城乡班车变公交的线路改造 打算几条', F('改造客运班线公交化线路120条', [120, '条']), 'target', 'relative-year', 'colloquial', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'QT21', '钱塘新区那会儿消除集体经济薄弱村 完成了几个村', F('完成年经营性收入20万元以下行政村消薄3个', [3, '个']), 'since-founding', 'after-other', HF);
s('figure', 'HZ24', '亚运那年杭州院前急救 综合站点新增和翻建了几处', F('1671台,新(改)建综合性急救站12个', [12, '个']), 'year-by-event', 'after-other', HF);
s('figure', 'QT25', '钱塘前年平安这块 真正拆掉的重大隐患数量', F('重大赛事活动维稳安保工作,推进21个重点风险隐患实质化解', [21, '个']), 'relative-year', 'after-other', HF);
s('figure', 'AH25', '皖前年高校研究生授权 硕士学位点增了多少', F('全省新增博士点23个、硕士点90个', [90, '个']), 'relative-year', 'after-other', 'short-name', 'short', HF);
s('figure', 'SH26', '沪去年城里又多出几座公园', F('下降7.4%,新增公园127座', [127, '座']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'FJ26', '闽这五年 省里认下来的高层次人才 一共几万', F('新增“两院”院士9人,认定省级高层次人才1.26万人', [1.26, '万人']), 'plan-period', 'after-other', 'short-name', HF);
s('figure', 'HZ24', '亚运那年杭州物流圈 新拿到三A或更高评级的企业数', F('物流50强企业4家、新晋3A级以上物流企业10家', [10, '家']), 'two-digit-year', 'after-other', 'short', HF);
s('figure', 'CN23', '23年报告回顾五年 贷款平均利率比五年前低了几个点', F('贷款平均利率较五年前下降1.5个百分点', [1.5, '个百分点']), 'plan-period', 'after-other', 'no-place', HF);
s('figure', 'SD26', '山东去年外卖骑手网约车司机这类 工伤类保障试点罩住了多少人', F('新就业形态人员职业伤害保障试点惠及165.3万人', [165.3, '万人']), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'SD26', '鲁五年下来 上大学的适龄比例涨了多少个点', F('高等教育毛入学率提升6.2个百分点', [6.2, '个百分点']), 'plan-period', 'after-other', HF);
s('figure', 'ZJ26', '浙江去年城市更新 地底下管线新铺和翻修多长', F('更新住宅老旧电梯1.8万台,建设改造地下管网3200公里', [3200, '公里']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'ZJ26', '浙江截至去年 给老人吃饭的助餐网点 总数多少', F('床位23.1万张,建成老年助餐点1.18万个', [1.18, '万个']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'YN25', '云南前年主导产业链从头到尾合起来的产值 过了几万亿', F('重点产业全链条产值突破2.7万亿元', [2.7, '万亿元']), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'HN25', '湖南前年企业数字化 把业务搬到云上和平台上的有几万家', F('上云上平台企业15.6万家', [15.6, '万家']), 'relative-year', 'after-other', 'short-name', 'short', HF);
s('figure', 'BJ25', '京前年财政引导基金扩到8个领域后 撬来的民间和社会钱', F('扩展至8个投资领域、带动社会投资286亿元', [286, '亿元']), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'FJ26', '闽去年两通工程加上高速服务区开口子 一共惠及多少万群众', F('累计惠及80个乡镇近300万群众', [300, '万']), 'relative-year', 'after-other', 'short-name', 'approx', HF);
s('target', 'GD26', '粤今年十件实事里 县里普高添置仪器器材照明 能覆盖多少学生', F('照明灯具等基本设备,惠及超3万名学生', [3, '万名']), 'target', 'relative-year', 'after-other', 'short-name', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'GS23', "gongshu 2022: how many sub-districts took up the 'empowerment' enforcement model?", F('在全域18个街道推广“赋权”模式', [18, '个']), 'year', 'lowercase', HF);
e('figure', 'GS23', 'gongshu in 2022 revamped its small local fire-rescue posts — count?', F('全域26个区域性微型消防救援站提升改造', [26, '个']), 'year', 'lowercase', 'short', HF);
e('figure', 'GS23', 'gongshu 2022: households moved back into resettlement housing?', F('竣工安置房项目8个,回迁安置2260户', [2260, '户']), 'year', 'lowercase', 'short', HF);
e('figure', 'HZ24', "hangzhou's hotels in 2023 — guest growth, in percent?", F('全市住宿设施共接待游客371.8万人次,增长24.8%', pct(24.8)), 'year', 'lowercase', 'short', HF);
e('figure', 'HZ24', "hz 2023: the free 'anti-covid kits' handed to people over 60 — how many?", F('向60岁以上老人免费发放“防疫包”204.8万份', [204.8, '万份']), 'year', 'lowercase', 'abbreviation', HF);
e('target', 'HZ24', 'hangzhou\'s post-asian-games tourism push for 2024 floated an \'x-hour\' no-visa offer. x = ?', F('探索推出“144小时免签游”国际体验项目', [144, '小时']), 'target', 'year', 'lowercase', HF);
e('figure', 'QT25', 'qiantang 2024: sci-tech results that won zhejiang provincial science awards?', F('45项科技成果获浙江省科学技术奖励', [45, '项']), 'year', 'lowercase', 'short', HF);
e('figure', 'QT25', "qiantang's new-industrialisation action plan goes by a five-digit code — what is it?", F('谋划实施“55830”新型工业化行动计划', [55830]), 'lowercase', HF);
e('target', 'GS25', 'gongshu wants how many world-class lead scientists and the like recruited in 2025?', F('增顶尖领军人才10名,“大运', [10, '名']), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'CN22', '2022 govt work report: full-course covid vaccination coverage reached what share the year before?', F('疫苗全程接种覆盖率超过85%', pct(85)), 'year', 'lowercase', 'abbreviation', 'no-place', HF);
e('figure', 'CN23', '2023 work report, looking back five years: high-standard farmland newly built, in mu?', F('新建高标准农田4.56亿亩', [4.56, '亿亩']), 'plan-period', 'lowercase', 'no-place', HF);
e('target', 'CN24', 'state budget 2024 — extra yuan per head the centre puts into residents\' health cover?', F('居民医保人均财政补助标准提高30元', [30, '元']), 'target', 'year', 'lowercase', 'no-place', HF);
e('figure', 'AH25', 'anhui\'s ultra-long treasury-bond projects in 2024 — combined price tag, in yuan?', F('“两重”项目136个、总投资2747亿元', [2747, '亿元']), 'year', 'lowercase', HF);
e('figure', 'AH26', 'anhui over the 14th FYP: average annual growth in its r&d workforce?', F('研发人员总量年均增长11.2%', pct(11.2)), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'BJ25', 'beijing end-2024: new-energy vehicles on the road, roughly?', F('新能源汽车保有量超100万辆', [100, '万辆']), 'year', 'lowercase', 'short', 'approx', HF);
e('target', 'BJ26', 'beijing 2026-30 blueprint draft: how many tasks does it set out?', F('《纲要草案》具体部署了13项任务举措', [13, '项']), 'target', 'plan-period', 'lowercase', HF);
e('figure', 'FJ25', 'fujian 2024: provincial grain depots newly completed and in use?', F('4个省级粮库新建成投用', [4, '个']), 'year', 'lowercase', 'short', HF);
e('figure', 'FJ26', "fujian's main river basins over 2021–25 — share of good-quality water at the end?", F('主要流域优良水质比例100%', pct(100)), 'plan-period', 'lowercase', HF);
e('figure', 'GD25', "guangdong's 2024 digs (modaoshan in yunfu and others) — key relics unearthed?", F('出土重要文物标本1200余件', [1200, '件']), 'year', 'lowercase', 'pinyin', 'approx', HF);
e('figure', 'GD26', 'guangdong firms on the fortune global 500 as of 2025?', F('上榜世界500强企业增至18家', [18, '家']), 'year', 'lowercase', 'short', HF);
e('figure', 'JS25', 'jiangsu 2024: enrolment in its low-cost supplementary medical plan (yihuibao no. 1)?', F('“江苏医惠保1号”超500万人参保', [500, '万人']), 'year', 'lowercase', 'pinyin', HF);
e('target', 'JS26', "jiangsu's 2026 basic-science push is an action named by four digits — which?", F('实施“1820”策源行动', [1820]), 'target', 'year', 'lowercase', HF);
e('figure', 'SD25', "shandong 2024: new 'excellence-level' smart factories at national level?", F('新增国家卓越级智能工厂22家', [22, '家']), 'year', 'lowercase', 'short', HF);
e('figure', 'SD25', 'shandong contestants at the worldskills competition in 2024 — how many national-first golds?', F('我省选手斩获世界技能大赛2个全国首金', [2, '个']), 'year', 'lowercase', HF);
e('figure', 'SD26', 'shandong 2025: how many of its organisations won the china quality award?', F('3家单位获中国质量奖', [3, '家']), 'year', 'lowercase', 'short', HF);
e('figure', 'SH25', 'shanghai 2024: rural-revitalisation model villages completed?', F('建成乡村振兴示范村28个', [28, '个']), 'year', 'lowercase', 'short', HF);
e('figure', 'SH26', 'shanghai rolled out a private-sector support package last year, known by its number of points — which number?', F('制定实施民营经济高质量发展“26条”', [26, '条']), 'year', 'lowercase', 'short', HF);
e('figure', 'ZJ26', "deqing's freshwater pearl system became zhejiang's which-numbered globally important agricultural heritage site (2025)?", F('德清淡水珍珠复合养殖系统成为我省第6个全球重要农业文', [6]), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'YN25', 'yunnan 2024: share of grassroots clinics meeting the service-capacity standard?', F('98%的基层医疗卫生机构服务能力达', pct(98)), 'year', 'lowercase', HF);
e('figure', 'HN25', 'hunan 2024: the grid-equipment cluster around changsha and hengyang became its nth national-level cluster — n?', F('衡长株潭特高压输变电装备成为我省第5个国家先进制造业集群', [5]), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'JL25', 'jilin 2024: at the green-hydrogen park, what % of the wind and solar power is self-consumed?', F('氢基绿能产业园配套新能源80%实现自发自用', pct(80)), 'year', 'lowercase', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('lhunzhub county: rural household income last year?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe("gyirong port's 2026 freight target?", 'nf-place', 'year', 'lowercase', 'short');
nfe("what was guangzhou's silk export value in 1872?", 'nf-year', 'year', 'lowercase', 'short');
nfe('how many handball courts does shandong have?', 'nf-indicator', 'lowercase', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['CN25', 'CN24'], 'local-government special bonds in the state budget: 2024 quota vs 2025 quota?', F(['拟安排地方政府专项债券4.4万亿元', '拟安排地方政府专项债券3.9万亿元'], [4.4, '万亿元'], [3.9, '万亿元']), 'en', 'year', 'lowercase', 'no-place', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['GD26', 'GD25'], '粤治污成绩单 两份报告各报的优秀连续年数 变化如何', F(['污染防治攻坚战连续5年获国家考核优秀等次', '深入打好污染防治攻坚战,连续4年在国家考核中获优秀等次'], [5, '年'], [4, '年']), 'relative-year', 'short-name', 'one-place-two-years', HF);
f('comparison', 'comparison-ask', 'QT21', 'qiantang new area in 2020: work-safety deaths vs road-accident deaths — which dropped more?', F('2020年安全生产和交通事故死亡人数分别下降57.2%和27.5%', pct(57.2), pct(27.5)), 'en', 'two-indicators', 'which-higher', 'year', 'lowercase', HF);
f('comparison', 'comparison-ask', 'GS23', '22年拱墅职工养老的参保和医保参保 规模谁大', F('全区企业职工养老保险参保人数达65万人,基本医疗保险参保人数达121.3万人', [65, '万人'], [121.3, '万人']), 'two-indicators', 'which-higher', 'two-digit-year', 'colloquial', HF);
f('comparison', 'comparison-ask', 'ZJ26', '浙江去年融入长三角 政务异地办理和居民服务一张卡 两类事项谁数量大', F('300项政务事项实现“跨省通办”,113项居民服务事项实现“一卡通用”', [300, '项'], [113, '项']), 'two-indicators', 'which-higher', 'relative-year', HF);
f('superlative', 'ranking-ask', 'HZ24', '23年哪个城市的财政收入进了全国城市前四 具体第几', F('一般公共预算收入2616.8亿元,居全国城市第4位', [4]), 'across-reports', 'two-digit-year', HF);
f('superlative', 'ranking-ask', 'JS26', '信息化和工业化融合 哪个省霸榜十一连冠', F('两化融合发展水平指数连续11年全国第一', [11, '年']), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'AH26', '去年全国社会治安综合考评 谁拿到第四名', F('平安中国建设考评居全国第4位', [4]), 'across-reports', 'relative-year', HF);
f('superlative', 'ranking-ask', 'BJ26', "which city has sat at the top of the nature index science-cities table for nine straight years?", F('北京连续9年稳居自然指数-科研城市全球榜首', [9, '年']), 'en', 'across-reports', 'lowercase', HF);
f('superlative', 'ranking-ask', 'HN25', 'which province had the best state-monitored water quality in central china in 2024, and at what rate?', F('水质优良率达98.6%、居中部第1位', [1]), 'en', 'across-reports', 'year', 'lowercase', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'GS23', '22年拱墅兜底救助 发放的保障金跟各种慰问金 两个数', F('累计发放保障金4585.6万元,各类慰问金2367.5万元', [4585.6, '万元'], [2367.5, '万元']), 'two-digit-year', 'colloquial', HF);
f('multi', 'multi-ask', 'SH25', 'shanghai\'s free-trade zone, 2024: pioneering system reforms first tried nationwide — new ones plus cumulative?', F('全国首创制度性创新案例新增22个、累计达到70个', [22, '个'], [70, '个']), 'en', 'year', 'lowercase', 'abbreviation', HF);
f('multi', 'multi-ask', 'HZ24', '亚运那年杭州楼宇加压供水设施翻新 数量和受益家庭', F('二次供水设施改造完成303个,惠及居民家庭16万余户', [303, '个'], [16, '万']), 'year-by-event', 'colloquial', HF);
f('multi', 'multi-ask', 'CN23', 'state council\'s legislative output 2018–22 per the 2023 report: draft laws it proposed, and regulations it wrote or amended?', F('提请全国人大常委会审议法律议案50件,制定修订行政法规180件次', [50, '件'], [180, '件次']), 'en', 'plan-period', 'lowercase', 'abbreviation', 'no-place', HF);
f('multi', 'multi-ask', 'GD25', '粤前年土地大整治成果 耕作用地、建设用地、生态那三项 分别几万亩', F('完成农用地整治23.8万亩、建设用地整理4.8万亩、生态保护修复42.4万亩', [23.8, '万亩'], [4.8, '万亩'], [42.4, '万亩']), 'relative-year', 'short-name', HF);
f('multi', 'multi-ask', 'ZJ25', 'zhejiang 2024: state key labs added, and how many it has in all?', F('新增全国重点实验室18家、累计38家', [18, '家'], [38, '家']), 'en', 'year', 'lowercase', HF);
f('overview', 'overview-ask', 'FJ26', '十四五福建GDP规模上了几个万亿关口 一句话概括', { ...F('经济总量连跨5万亿元、6万亿元两个台阶'), lead: 6 }, 'plan-period', 'short-name', 'colloquial');
f('overview', 'overview-ask', 'JS26', "jiangsu's economy over the 14th FYP, in a line?", { ...F('地区生产总值连续迈上4个万亿元台阶、达14.2万亿元'), lead: 14.2 }, 'en', 'plan-period', 'lowercase', 'short', 'abbreviation');
f('outline', 'outline-ask', 'CN24', '24年国务院报告 当年要干的几件大事 分条捋一下', O('CN24'), 'two-digit-year', 'no-place', 'colloquial');
f('outline', 'outline-ask', 'JS25', '苏去年的重点工作 报告里分了哪些板块', O('JS25'), 'relative-year', 'short-name');
f('outline', 'outline-ask', 'ZJ25', "zhejiang's 2025 work report: the main workstreams, as a list?", O('ZJ25'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('双湖去年虫草收购量多少', 'nf-place', 'relative-year', 'short');
nf('天峻前年牲畜存栏多少万头', 'nf-place', 'relative-year', 'short');
nf('都兰今年枸杞种植面积计划多少亩', 'nf-place', 'relative-year');
nf('刚察去年接待游客多少人次', 'nf-place', 'relative-year', 'short');
nf('叶城24年核桃产量是多少', 'nf-place', 'two-digit-year', 'short');
nf('和静今年打算新建几座水库', 'nf-place', 'relative-year', 'short');
nf('博湖前年芦苇产业产值多少', 'nf-place', 'relative-year');
nf('阿合奇去年农牧民人均可支配收入多少', 'nf-place', 'relative-year');
nf('德格今年计划改造多少户农房', 'nf-place', 'relative-year');
nf('得荣前年新修了几公里通村路', 'nf-place', 'relative-year', 'short');
nf('1869年宁波港进出的船有多少艘', 'nf-year', 'year', 'colloquial');
nf('1891年苏州织造产了多少匹绸', 'nf-year', 'year');
nf('浙江去年办了几场藤球联赛', 'nf-indicator', 'relative-year', 'short');
nf('福建今年打算建几个卡巴迪训练基地', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 3 turns (every turn after the first scored) ----------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('拱墅22年社会兜底'),
  T('助联体这种街道层面的帮扶联合体 完成多少', 'figure', 'GS23', F('强化社会兜底保障,完成9家街道助联体建设', [9, '家']), 'elliptical', 'two-digit-year', HF),
  T('被救助人群的范围 扩大了百分之几', 'figure', 'GS23', F('全区社会救助服务对象覆盖面拓宽近12%', pct(12)), 'elliptical', 'indicator-switch', 'second-figure', 'approx', HF),
]);
conv([
  T('杭州亚运会和亚残运会办下来的一些数'),
  T('残疾人那场亚洲赛会 参赛选手人数', 'figure', 'HZ24', F('44个国家(地区)3038名运动员参加亚残运会', [3038, '名']), 'elliptical', 'year-by-event', 'second-figure', HF),
  T('观赛的人次呢', 'figure', 'HZ24', F('赛事平均上座率超90%,观赛规模超370万人次', [370, '万人次']), 'elliptical', 'indicator-switch', 'second-figure', 'short', HF),
]);
conv([
  T('钱塘前年招商落地的项目情况'),
  T('十亿以上的大项目落了几个', 'figure', 'QT25', F('落地亿元以上项目67个,其中10亿元以上项目16个', [16, '个']), 'elliptical', 'relative-year', 'second-figure', HF),
  T('省里重大工程清单上钱塘的项目 完成年度投资的有几个', 'figure', 'QT25', F('全力推进项目开工建设,15个省“千项万亿”工程项目投资完', [15, '个']), 'elliptical', 'topic-switch', 'colloquial', HF),
]);
conv([
  T('guangdong 2024, the greater bay area numbers'),
  T("northbound trips under the hong kong and macao cross-boundary car schemes?", 'figure', 'GD25', F('“港车北上”、“澳车北上”突破450万辆次', [450, '万辆次']), 'elliptical', 'en', 'lowercase', 'second-figure', HF),
  T('and ip-pledge financing, how far did it get?', 'figure', 'GD25', F('知识产权质押融资突破3000亿元', [3000, '亿元']), 'elliptical', 'en', 'lowercase', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('shandong 2024 — water and jobs'),
  T('length of water-network lines carrying water by year-end?', 'figure', 'SD25', F('推动设立省水网运行调度中心,通水里程突破7100公里', [7100, '公里']), 'elliptical', 'en', 'lowercase', HF),
  T('jobs absorbed via state-funded public posts and relief-style works?', 'figure', 'SD25', F('公益性岗位、以工代赈吸纳就业29.1万人次', [29.1, '万人次']), 'elliptical', 'en', 'lowercase', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('上海前年长三角和开放那块'),
  T('区域一体化那块 电车补能网络这种落地实事 有几个', 'figure', 'SH25', F('新能源汽车充换电设施一张网等10个实事项目', [10, '个']), 'elliptical', 'relative-year', 'second-figure', HF),
  T('制度型开放的总体方案 是多少条来着', 'figure', 'SH25', F('制度型开放总体方案“80条”基本完成', [80, '条']), 'elliptical', 'topic-switch', 'colloquial', HF),
]);
conv([
  T('fujian in 2025: new industries'),
  T('national showcase cases for future-industry development it added?', 'figure', 'FJ26', F('绿氢中试基地建成投用,新增7个全国未来产业创新发展优秀典型', [7, '个']), 'elliptical', 'en', 'lowercase', 'second-figure', HF),
  T("and that world-first mass-produced storage system — how many mwh?", 'figure', 'FJ26', F('推出全球首款量产级9兆瓦时储能系统', [9]), 'elliptical', 'en', 'lowercase', 'second-figure', HF),
]);
conv([
  T("zhejiang 2024, old-line manufacturing"),
  T('value-added growth across the 17 key traditional industries?', 'figure', 'ZJ25', F('17个重点传统制造业增加值增长8%', pct(8)), 'elliptical', 'en', 'lowercase', 'second-figure', HF),
  T("revenue of its 'historic classic' industries?", 'figure', 'ZJ25', F('全省历史经典产业营收规模预计超1400亿元', [1400, '亿元']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'second-figure', 'approx', HF),
]);
conv([
  T('湖南前年两重两新'),
  T('国家层面给湖南砸下来的投资 有多少亿', 'figure', 'HN25', F('用好用活存量增量系列政策,争取中央投资超2000亿元', [2000, '亿元']), 'elliptical', 'colloquial', HF),
  T('以旧换新带出来的消费规模呢', 'figure', 'HN25', F('269.8万台,拉动消费超500亿元', [500, '亿元']), 'elliptical', 'indicator-switch', 'second-figure', HF),
]);
conv([
  T('jilin 2024 — energy and grain'),
  T("new wind and solar capacity came to how many times what the grid normally absorbs?", 'figure', 'JL25', F('新增风光装机超过600万千瓦,是正常消纳能力的10倍', [10, '倍']), 'elliptical', 'en', 'lowercase', 'second-figure', HF),
  T("and jilin's national rank for total grain output?", 'figure', 'JL25', F('总产量达到853.2亿斤,全国第4的地位进一步巩固', [4]), 'elliptical', 'en', 'lowercase', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('云南去年的物流和就业目标'),
  T('物流降本那个比值 目标压到百分之几', 'target', 'YN25', F('社会物流总费用与地区生产总值的比率降至15%左右', pct(15)), 'elliptical', 'target', 'relative-year', 'approx', HF),
  T('农民外出务工的规模 盘子多大', 'target', 'YN25', F('农村劳动力转移就业1500万人以上', [1500, '万人']), 'elliptical', 'target', 'topic-switch', HF),
]);
conv([
  T('the 2023 work report on government reform over five years'),
  T('permits and approvals axed or devolved during those years — roughly?', 'figure', 'CN23', F('多年来取消和下放行政许可事项1000多项', [1000, '项']), 'elliptical', 'en', 'lowercase', 'no-place', 'approx', HF),
  T('and how much did volume-based drug procurement save patients?', 'figure', 'CN23', F('推行药品和医用耗材集中带量采购,降低费用负担超过4000亿元', [4000, '亿元']), 'elliptical', 'en', 'lowercase', 'topic-switch', 'no-place', HF),
]);
conv([
  T('京前年城市更新和安全'),
  T('旧工业厂区翻新 收尾的有几处', 'figure', 'BJ25', F('完成71处老旧厂房更新改造', [71, '处']), 'elliptical', 'short-name', 'second-figure', HF),
  T('农村开店开民宿的自建房 两条逃生通道合格比例', 'figure', 'BJ25', F('村民经营性自建房双通道达标率超90%', pct(90)), 'elliptical', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('anhui 2024, capital and compute'),
  T('vc funds filed with regulators that year?', 'figure', 'AH25', F('新备案天使投资基金27只、创业投资基金148只', [148, '只']), 'elliptical', 'en', 'lowercase', 'second-figure', HF),
  T("growth in the province's intelligent computing power?", 'figure', 'AH25', F('全省智能算力达1.6万P、增长130%', pct(130)), 'elliptical', 'en', 'lowercase', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('广东今年民生实事里的食品安全'),
  T('农兽药残留要抽检多少批次', 'target', 'GD26', F('开展农产品定量抽检超2.3万批次,其中农兽药残留检测超9000批次', [9000, '批次']), 'elliptical', 'target', 'second-figure', HF),
  T('抽下来的农产品要有百分之几以上过关', 'target', 'GD26', F('实现农产品质量安全例行监测合格率达98%以上', pct(98)), 'elliptical', 'target', 'second-figure', 'short', HF),
]);
conv([
  T("shanghai's business climate over the 14th FYP"),
  T('on the world bank\'s 59 survey points, how many reached top global level?', 'figure', 'SH26', F('企业调查59项测评点中有22项达到全球最优', [22, '项']), 'elliptical', 'en', 'lowercase', 'plan-period', 'second-figure', HF),
  T("in 2025 alone, beds supplied in the 'homes for city builders'?", 'figure', 'SH26', F('筹措供应“新时代城市建设者管理者之家”床位3.2万张', [3.2, '万张']), 'elliptical', 'en', 'lowercase', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('浙江去年就业帮扶'),
  T('那道孚呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('道孚没有就算了 回到浙江 帮残障人士找工作的目标数', 'target', 'ZJ25', F('帮扶残疾人就业1万人以上', [1, '万人']), 'elliptical', 'after-not-found', 'target', 'relative-year', HF),
]);
conv([
  T('jiangsu industry, 2024 then 2025'),
  T('share of high-tech output in industry above designated size, 2024?', 'figure', 'JS25', F('高新技术产业产值占规上工业比重首次超过50%', pct(50)), 'elliptical', 'en', 'lowercase', 'second-figure', HF),
  T('and in 2025, the count of prefecture-level farm value chains each over 50 billion yuan it is aiming for?', 'target', 'JS25', F('努力建成10条超五百亿级的市域特色链', [10, '条']), 'elliptical', 'en', 'lowercase', 'target', 'year-switch', 'topic-switch', HF),
]);
conv([
  T("the 2024 work report's look back at 2023"),
  T('draft laws submitted to the npc standing committee?', 'figure', 'CN24', F('提请全国人大常委会审议法律议案10件,制定修订行政法规25部', [10, '件']), 'elliptical', 'en', 'lowercase', 'no-place', 'abbreviation', HF),
  T("and for 2024: the rise in the minimum basic pension for rural and urban residents?", 'target', 'CN24', F('城乡居民基础养老金月最低标准提高20元', [20, '元']), 'elliptical', 'en', 'lowercase', 'target', 'year-switch', 'no-place', HF),
]);
conv([
  T('beijing 2025: the people’s congress and the next plan'),
  T("motions from municipal npc deputies handled?", 'figure', 'BJ26', F('办理市人大代表议案5项', [5, '项']), 'elliptical', 'en', 'lowercase', 'abbreviation', 'second-figure', HF),
  T('the draft 15th FYP sets how many main indicators?', 'target', 'BJ26', F('安全6个维度设置了29项主要指标', [29, '项']), 'elliptical', 'en', 'lowercase', 'target', 'plan-period', 'second-figure', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  双湖: ['双湖', 'Shuanghu'],
  天峻: ['天峻', 'Tianjun'],
  都兰: ['都兰', 'Dulan'],
  刚察: ['刚察', 'Gangca'],
  叶城: ['叶城', 'Kargilik'],
  和静: ['和静', 'Hejing'],
  博湖: ['博湖', 'Bohu'],
  阿合奇: ['阿合奇', 'Akqi'],
  德格: ['德格', 'Dege'],
  得荣: ['得荣', 'Derong'],
  道孚: ['道孚', 'Dawu'],
  lhunzhub: ['林周', 'Lhunzhub'],
  gyirong: ['吉隆', 'Gyirong'],
  1869: ['1869'],
  1891: ['1891'],
  1872: ['1872'],
  藤球: ['藤球', 'sepak takraw'],
  卡巴迪: ['卡巴迪', 'kabaddi'],
  handball: ['手球', 'handball'],
};

// Never a fact that fresh-aw's or fresh-ax's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-aw/aw-heldout.jsonl', 'eval/fresh-ax/ax-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-aw's or fresh-ax's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ay', last: 'ax', notAnswerableWords: NF_WORDS });
