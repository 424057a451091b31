#!/usr/bin/env node
// Writes the fresh-ab sets: eval/fresh-ab/ab-tune.jsonl and eval/fresh-ab/ab-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ab/make.mjs [--check]
//
// A sixteenth held-out question set written BEFORE any fix, as fresh-m … fresh-aa, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording and without running the bot to choose or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports), with wording other than fresh-s's … fresh-aa's (other follow-up phrasings, verbs, fragments,
// typos, traditional characters, mixed scripts, short and long asks). The external reports' free facts are all but used
// up (what is left are reports' own delivery dates, a few number-names such as “3212”, and a handful of plan lines), so
// most cites are the seed corpus's district and city plan reports (杭州 2024 and its 重点建设项目 annex, 拱墅 2023, 钱塘 2025,
// 钱塘 2021 and the 拱墅 2025 newspaper report's line fragments). Six parts:
//   1. conversations of 2–4 turns (every later turn scored): 拱墅同年的“大运英才”项目呢 → 哪边多 / 那第二年计划开工几所 →
//      比前一年投用的少几所 / "and what did the 2024 plan target for …?" → 同一年 … 人类非遗 / 不是书房 我要的是省级旅游驿站
//      (an indicator self-correction) / 搞反了 这是拱墅的事 (a place self-correction) / 第3个 项目为王 展开讲 … → 跳到第6个 …
//      (after an outline) / zh → en → zh and en → zh → en threads / 渭南同年化解了多少 (a scored not-answerable turn) → 那算了
//      还是钱塘 … / 23年和24年两份呢 日子变了没 (from–to) / 跟拱墅同年安排的比呢 (compare with) / 这两块合计多少 (a sum) / a
//      multi turn then a part / a complete new question after a thread (no-inherit);
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin, typos, abbreviations),
//      4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (from–to across two reports of one district, a result then the following plans, two plans of one district,
//      two report dates, and two streaks written in Chinese numerals, cited without a figure) and A vs B comparisons (two
//      parts of one report, two places, two report dates);
//   5. several indicators in one ask (multi), two overviews and four outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-05: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-aa: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-aa, plus the
// stricter same-sentence check). Overview cases cite the report's headline sentence on purpose (as case-checks exempts
// them): their figure is given as `lead` only.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { askShorthands, caseBook, checkAskedFigureNotFirst, checkDealAndWrite, conversationBook, useFreshLReports } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The corpus and the extracted texts of the three added reports first: a cite must be text the extraction yields.
useFreshLReports();

const { cases, x, C, F, NF, O } = caseBook();
const SHAPES = ['follow-up', 'english-ask', 'second-figure-ask', 'trend-ask', 'comparison-ask', 'multi-ask', 'overview-ask', 'outline-ask', 'not-answerable'];
// s(…) a Chinese ask of a figure not first in its sentence, e(…) an English question, f(…) a case of a given shape.
const { s, e, f, pct } = askShorthands(x);

// ---- 3. the asked figure is not the first of its sentence -----------------------------------------------------------
// kinds as fresh-aa: second-of-pair, after-other (another indicator's figure comes first), part-vs-total, third-in-list,
// report-date (the day of a report's own dateline, after its month)
s('figure', 'FJ25', '闽25年那份报告的落款日期 是1月哪天', F('2025年1月13日在福建省第十四届人民代表大会第三次会议上', [13]), 'date', 'report-date', 'two-digit-year', 'abbreviation', 'short');
s('figure', 'GD25', '廣東25年省長作政府工作報告 是1月幾號', F('——2025年1月15日在广东省第十四届人民代表大会第三次会议上', [15]), 'date', 'report-date', 'two-digit-year', 'traditional', 'short');
// 杭州 2024 report: 2023 results (杭州23年 / 三年前) and 2024 plan (杭州24年 / 前年)
s('figure', 'HZ24', '杭州23年那37项计划指标 到年底够得着或超过目标的有几项', F('“地区生产总值”等31项指标可以达到或超过年初确定的目标', [31, '项']), 'third-in-list', 'two-digit-year', 'long');
s('figure', 'HZ24', '三年前杭州GDP增速 跑赢全国几个百分点', F('增长5.6%,增速高于全国0.4个百分点', [0.4]), 'after-other', 'relative-year', 'mixed-script', 'short');
s('figure', 'HZ24', '杭州23年企业户数 同比多了几个点', F('其中企业96万户,增长9.5%', pct(9.5)), 'part-vs-total', 'two-digit-year', 'short');
s('figure', 'HZ24', '三年前杭州为亚运整治环境 亚运通勤道路提升了几条', F('39个入城口、139条亚运通勤道路', [139, '条']), 'third-in-list', 'two-digit-year');
s('figure', 'HZ24', '杭洲23年新增的城市绿地 有多少万平方米', F('完成重点绿化景观提升妆点项目390余处,新增城市绿地822万平方米', [822, '万平方米']), 'after-other', 'two-digit-year', 'typo');
s('figure', 'HZ24', '杭州23年成功培育的省级服务业领军企业 几家', F('成功培育省级服务业领军企业137家', [137, '家']), 'after-other', 'two-digit-year');
s('figure', 'HZ24', '杭州23年物联感知基础平台 汇进来多少亿条数据', F('接入168种234.3万个设备、465.3亿条数据', [465.3, '亿条']), 'third-in-list', 'two-digit-year');
s('figure', 'HZ24', '杭州23年从上海引进的生物医药和智能物联项目 总投资超过多少亿', F('智能物联产业项目22个,总投资超25亿元', [25, '亿元']), 'second-of-pair', 'two-digit-year', 'long');
s('figure', 'HZ24', '杭州23年每千人托位数 到了几个', F('每千人托位数达到4.4个', [4.4, '个']), 'third-in-list', 'two-digit-year', 'short');
s('figure', 'HZ24', '杭州23年一季度国有景区“免费游” 接待游客多少万人次', F('免费金额5.6亿元,接待游客1306万人次', [1306, '万人次']), 'after-other', 'two-digit-year');
s('figure', 'HZ24', '三年前杭州住宿设施接待的游客 同比涨幅多少', F('全市住宿设施共接待游客371.8万人次,增长24.8%', pct(24.8)), 'second-of-pair', 'relative-year');
s('target', 'HZ24', '前年杭州开发区工业总产值占全市的比重 要提到多少', F('主导产业占比提高到70%以上,工业总产值占全市比重75%以上', pct(75)), 'target', 'second-of-pair', 'relative-year');
s('target', 'HZ24', '杭州24年省隐形冠军企业 打算新增几家', F('以上、省隐形冠军企业10家', [10, '家']), 'target', 'third-in-list', 'two-digit-year', 'short');
// 拱墅 2023 report: 2022 results (拱墅22年 / 四年前) and 2023 plan (拱墅23年 / 三年前)
s('figure', 'GS23', '拱墅四年前的规上工业增加值 离目标差几个点', F('规上工业增加值增长2.4%,低于目标任务0.6个百分点', [0.6]), 'second-of-pair', 'two-digit-year', 'short');
s('figure', 'GS23', '四年前拱墅新增的省科技型中小企业 数量增幅是多少', F('省科技型中小企业460家,分别增长29%、43%', pct(43)), 'third-in-list', 'relative-year');
s('figure', 'GS23', '拱墅22年新增的市级孵化器 几家', F('新增市级众创空间4家、市级孵化器1家', [1, '家']), 'second-of-pair', 'two-digit-year', 'short');
s('figure', 'GS23', '拱墅22年运河财富小镇 引进的其他类优质金融机构有几家', F('以及浙江银通典当有限责任公司等其他类优质金融机构9家', [9, '家']), 'third-in-list', 'two-digit-year');
s('figure', 'GS23', '拱墅22年“亲清在线” 累计兑付的政策资金是多少亿', F('上线助企纾困类政策130余条,累计兑付各类政策资金10.38亿元', [10.38, '亿元']), 'after-other', 'two-digit-year', 'mixed-script');
s('figure', 'GS23', '拱墅22年中长期贷款额度 申请到几个亿', F('贴息贷款额度2.92亿元、中长期贷款额度10.43亿元', [10.43, '亿元']), 'third-in-list', 'two-digit-year', 'short');
s('figure', 'GS23', '拱墅22年新增的认知症专区照护床位 多少张', F('新增认知症专区照护床位187张', [187, '张']), 'after-other', 'two-digit-year');
s('figure', 'GS23', '拱墅22年的各类慰问金 发了多少万', F('累计发放保障金4585.6万元,各类慰问金2367.5万元', [2367.5, '万元']), 'second-of-pair', 'two-digit-year', 'short');
s('figure', 'GS23', '拱墅四年前 重要公共服务场所无障碍改造完成了几处', F('省级无障碍社区2家,完成重要公共服务场所无障碍改造15处', [15, '处']), 'after-other', 'relative-year');
s('figure', 'GS23', '拱墅22年常态化核酸检测 一共服务了多少亿人次', F('设置采样点位2375个,累计检测服务群众1.14亿人次', [1.14, '亿人次']), 'second-of-pair', 'two-digit-year');
s('target', 'GS23', '三年前拱墅计划引进几个高层次人才创业项目', F('名以上,新引进高层次人才创业项目50个以上', [50, '个']), 'target', 'second-of-pair', 'relative-year');
s('target', 'GS23', '拱墅23年要清理的批而未供、供而未用和低效用地 合计多少亩', F('收储10宗457亩,清理批而未供、供而未用、低效用地3900亩', [3900, '亩']), 'target', 'third-in-list', 'two-digit-year', 'long');
s('target', 'GS23', '拱墅23年的计划里 社区级助联体完成率定到多少', F('力争全区助联体完成率街道级达100%、社区级达20%', pct(20)), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'GS23', '拱墅23年高层住宅二次供水设施 要改几个', F('提升改造公厕14座,完成45个高层住宅二次供水设施改造', [45, '个']), 'target', 'second-of-pair', 'two-digit-year', 'short');
// 钱塘 2025 report: 2024 results (钱塘24年 / 前年) and 2025 plan (钱塘25年 / 去年)
s('figure', 'QT25', '钱塘24年服务业增加值的占比 比上年抬高了几个百分点', F('服务业增加值增长6.1%、占比较上年提高7.3个百分点', [7.3]), 'after-other', 'two-digit-year');
s('figure', 'QT25', '钱塘前年市场经营主体总量 增幅多少', F('全区市场经营主体总量突破14万家、增长12%', pct(12)), 'second-of-pair', 'relative-year', 'short');
s('figure', 'QT25', '钱塘24年完成回迁安置 多少户', F('认定保障性住房2.5万套,完成回迁安置1876户', [1876, '户']), 'third-in-list', 'two-digit-year', 'short');
s('figure', 'QT25', '钱塘24年实际利用外资 比上年涨了多少', F('全年实际利用外资5.34亿美元、增长54%', pct(54)), 'second-of-pair', 'two-digit-year', 'short');
s('target', 'QT25', '钱塘25年省科技型中小企业 力争突破多少家', F('国家高新技术企业突破1500家、省科技型中小企业突破3000家', [3000, '家']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'QT25', '钱塘去年要新增培育的出口主体 多少家', F('全年组织企业参加境内外展会100场以上,新增培育出口主体150家', [150, '家']), 'target', 'second-of-pair', 'relative-year');
// 钱塘 2021 report: 新区成立以来 (2019–2020); 拱墅 2025 newspaper report (line fragments)
s('figure', 'QT21', '钱塘新区2019年工业总产值 突破了多少亿', F('地区生产总值、工业总产值2019年分别突破1100亿元、2900亿元', [2900, '亿元']), 'second-of-pair', 'year', 'short');
s('figure', 'QT21', '钱塘新区挂牌以来 规上工业企业新增多少家', F('新引进亿元以上项目84个,新增规模以上工业企业48家', [48, '家']), 'after-other');
s('figure', 'QT21', '钱塘新区2020年环境信访件 降了多少', F('空气优良天数提高到323天,环境信访件下降17.3%', pct(17.3)), 'after-other', 'year', 'short');
s('figure', 'QT21', '钱塘新区挂牌后 新登记注册企业多少家', F('签约落地30个总投资108亿元的项目,新登记注册企业1262家', [1262, '家']), 'third-in-list');
s('figure', 'GS25', '拱墅去年一季度个体工商户数量 增长多少', F('长5.5%、9.4%,创新改革开放', pct(9.4)), 'second-of-pair', 'relative-year', 'fragment-source', 'short');

// ---- 2. English single-turn questions -------------------------------------------------------------------------------
e('figure', 'HZ24', 'How many accessibility points and key public-service venues did Hangzhou upgrade in 2023?', F('无障碍点位及重要公共服务场所改造提升14万个', [14, '万个']), 'year');
e('figure', 'HZ24', 'hangzhou, 2023: roughly how many new national-level pilots did it win (service-sector opening, logistics hub, etc.)?', F('国家现代流通战略支点城市等30多个国家级试点', [30]), 'year', 'lowercase', 'long');
e('figure', 'HZ24', "Hangzhou–Ningbo mutual recognition of foreigners' work permits was one of how many annual 'benefit residents and firms' items Hangzhou delivered in 2023?", F('外国高端人才“来华工作许可”杭甬互认等12项年度惠民利企事项顺利推进', [12, '项']), 'year', 'pinyin', 'long');
e('figure', 'HZ24', 'That national public-service quality survey Hangzhou topped for 2022 — how many cities did it cover?', F('在2022年全国120个城市公共服务质量监测中', [120, '个']), 'year');
e('figure', 'HZ24', "hz '23 childbirth subsidies paid out (pregnancy + childcare), how much?", F('出台生育补助政策,发放孕产、育儿补助1.56亿元', [1.56, '亿元']), 'two-digit-year', 'lowercase', 'abbreviation', 'short');
e('figure', 'HZ24', 'new family elderly-care beds, hangzhou 2023?', F('推进街社两级居家养老服务中心标准化,新增家庭养老床位5041张', [5041, '张']), 'year', 'lowercase', 'short');
e('figure', 'HZ24', 'How many senior citizens\' schools were added in Hangzhou in 2023?', F('新增老年学校71所', [71, '所']), 'year', 'short');
e('figure', 'HZ24', 'Hangzou 2023 — urban-rural compulsory-education communities set up, count?', F('新增城乡义务教育共同体85个', [85, '个']), 'year', 'typo');
e('figure', 'HZ24', "Hangzhou's 2023 'arts beautify the city' showcase spots — how many were launched?", F('推出4574个文艺赋美示范点', [4574, '个']), 'year');
e('target', 'HZ24', "hangzhou 2024 plan: 'neighbourhood reading spaces' to open — how many?", F('拓展公共文化新空间,建成70家“邻里阅读空间”', [70, '家']), 'year', 'lowercase');
e('target', 'HZ24', 'HZ 2024: land-consolidation projects to pass overall acceptance — number?', F('扎实开展土地综合整治,完成10个土地综合整治项目整体验收', [10, '个']), 'year', 'abbreviation', 'short');
e('figure', 'GS23', "How many Gongshu communities made the province's first list of 'one old, one young' service scenes in 2022?", F('仓基新村社区、德胜社区等13个社区上榜省首批共同富裕现代化基本单元“一老一小”服务场景名单', [13, '个']), 'year', 'pinyin', 'long');
e('figure', 'GS23', "gongshu 2022: the law-enforcement 'empowerment' model was rolled out across how many streets?", F('在全域18个街道推广“赋权”模式', [18, '个']), 'year', 'lowercase', 'pinyin');
e('figure', 'GS23', 'Gongshu 2022 — financial-sector value added, growth rate?', F('杭州阿斯利康中金创业投资合伙企业等优质企业,金融业增加值增长5.3%', pct(5.3)), 'year', 'pinyin', 'short');
e('figure', 'GS23', 'new market entities registered in gongshu in 2022, roughly?', F('全区新增市场主体2.3万余户', [2.3]), 'year', 'lowercase', 'pinyin', 'short');
e('figure', 'GS23', "Gongshu '22: approved-but-unsupplied land it worked off, in mu?", F('消化处置批而未供土地797亩', [797, '亩']), 'two-digit-year', 'pinyin', 'short');
e('figure', 'GS23', 'underground public car parks Gongshu started or kept building in 2022 — how many projects?', F('开工及续建地下公共停车项目23个', [23, '个']), 'year', 'pinyin');
e('figure', 'GS23', 'How many affordable rental homes did Gongshou certify in 2022?', F('完成保障性租赁住房认定11935套', [11935, '套']), 'year', 'typo');
e('target', 'GS23', "gongshu's 2023 goal for esports-and-entertainment revenue growth?", F('力争电竞文娱产业营收增长15%', pct(15)), 'year', 'lowercase', 'pinyin', 'short');
e('target', 'GS23', 'Gongshu 2023 plan: contaminated land plots to remediate?', F('实施7个地块土壤污染修复', [7, '个']), 'year', 'pinyin', 'short');
e('figure', 'GS23', 'gs 2022 — fitness spots built or renewed?', F('新建、更新健身苑点25处', [25, '处']), 'year', 'lowercase', 'abbreviation', 'short');
e('figure', 'QT25', "Qiantang 2024: provincial pilots it newly picked up (the IP-strong-district one among them) — how many?", F('政务服务增值化标准化建设等16个省级试点', [16, '个']), 'year', 'pinyin');
e('figure', 'QT25', "qiantang '24 — new 'industrial enclave' projects signed with Longyou and Chun'an?", F('钱塘-龙游、钱塘-淳安“产业飞地”新签约项目2个', [2, '个']), 'two-digit-year', 'lowercase', 'pinyin');
e('figure', 'QT25', 'How many home-based elderly-care centres rated 4 stars or above did Qiantang add in 2024?', F('新增四星级以上居家养老服务中心5家', [5, '家']), 'year', 'pinyin');
e('figure', 'QT25', 'qiantang 2024, Litang partnership: aid projects under the plan — count?', F('实施理塘县医疗能力提升项目等6个计划内援建项目', [6, '个']), 'year', 'lowercase', 'pinyin');
e('target', 'QT25', "Qiantang's 2025 goal for tech firms spun out of universities landing in the district?", F('力争落地高校转化的科技型企业35家以上', [35, '家']), 'year', 'pinyin');
e('target', 'QT25', "qiantang 2025: 'renewal consumption season' and similar events planned — at least how many?", F('全年计划举办焕新消费季等系列活动20场次以上', [20, '场次']), 'year', 'lowercase');
e('figure', 'QT21', "qiantang new area's admin service centre: by what share were its service windows cut?", F('行政服务中心窗口压减50%', pct(50)), 'lowercase', 'pinyin', 'short');
e('target', 'QT21', "Qiantang's 2021 target for above-scale industrial value added?", F('规上工业增加值增长6.5%', pct(6.5)), 'year', 'pinyin', 'short');
e('target', 'QT21', 'Qiantang by end-14th FYP: public cultural floor space per 10,000 residents?', F('每万人拥有公共文化设施面积达到900平方米', [900, '平方米']), 'plan-period', 'abbreviation', 'short');
e('figure', 'QT21', 'qiantang new area, from launch to 2020 — newly listed companies?', F('国家高新技术企业307家、上市企业10家', [10, '家']), 'lowercase', 'pinyin', 'short');
e('target', 'GS25', 'gongshu 2025: first stores & flagship stores to bring in?', F('各类首店、旗舰店80家以上', [80, '家']), 'year', 'lowercase', 'fragment-source', 'short');
e('target', 'GS25', "Gongshu's 2025 target for 'rest-assured consumption' pledge units?", F('费承诺单位6900家以上', [6900, '家']), 'year', 'pinyin', 'fragment-source');
e('target', 'GS25', "gongshu '25 — 'golden seed' patent firms to incubate?", F('子”企业60家', [60, '家']), 'two-digit-year', 'lowercase', 'fragment-source', 'short');
e('figure', 'YN25', "yunnan's 2025 report was delivered on january the what?", F('——2025年1月18日在云南省第十四届人民代表大会第三次会议上', [18]), 'year', 'lowercase', 'report-date', 'short');
e('target', 'SD26', 'sd 2026: provincial data-industry clusters to grow — at least how many?', F('建好国家数据要素综合试验区,培育10个以上省级数据产业集群', [10, '个']), 'year', 'lowercase', 'abbreviation');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('xianyang 2025 — how fast did FAI grow?', 'nf-place', 'year', 'lowercase', 'pinyin', 'short');
nfe('Chengde, 2024: visitor numbers?', 'nf-place', 'year', 'pinyin', 'short');
nfe('anhui population 1953', 'nf-year', 'year', 'lowercase', 'short');
nfe('square-dancing teams on record in Beijing — how many?', 'nf-indicator', 'short');

// ---- 4. trends and comparisons -------------------------------------------------------------------------------------
f('trend', 'trend-ask', ['GS23', 'GS25'], '拱墅出让工业用地 22年是多少亩 到25年计划出让多少亩', F(['14宗515亩、工业用地4宗99亩', '地160亩以上'], [99, '亩'], [160, '亩']), 'from-to', 'year-compare', 'two-digit-year', 'fragment-source');
f('trend', 'trend-ask', ['GS23', 'GS25'], '拱墅每年排的重点项目 23年省市区一共几个 25年市区两级又是几个', F(['安排省市区重点项目90个', '点项目120个'], [90, '个'], [120, '个']), 'from-to', 'year-compare', 'two-digit-year', 'fragment-source');
f('trend', 'trend-ask', ['GS23', 'GS25'], '拱墅生命健康产业增加值 22年实际涨了多少 到25年目标又定的多少', F(['成功召开第二届浙江省数字医疗健康产业杭州峰会,生命健康产业增加值增长6.4%', '产业增加值增长5.5%以上'], pct(6.4), pct(5.5)), 'from-to', 'year-compare', 'two-digit-year', 'fragment-source');
f('trend', 'trend-ask', ['GS23', 'GS25'], '拱墅入选省级的数字化服务商 22年是几家 25年打算再添几家', F(['上青元、灵汇技术、华睿信息3家企业入选省级产业数字化服务商', '家,浙江省数字化服务商2家'], [3, '家'], [2, '家']), 'from-to', 'year-compare', 'two-digit-year', 'fragment-source');
f('trend', 'trend-ask', ['GS23', 'GS25'], 'gongshu firms on the national "little giant" list: how many in 2022, and how many more targeted for 2025?', F(['罗莱迪思、禾迈电力等4家企业上榜国家级专精特新小巨人企业榜单', '特新“小巨人”企业2家以上'], [4, '家'], [2, '家']), 'en', 'from-to', 'year-compare', 'year', 'lowercase', 'pinyin', 'fragment-source');
f('trend', 'trend-ask', ['QT21', 'QT25'], '钱塘固投增速目标 五年前定的多少 去年又定的多少', F(['固定资产投资增长7%', '固定资产投资实现正增长、力争2%'], pct(7), pct(2)), 'from-to', 'year-compare', 'relative-year');
f('trend', 'trend-ask', ['QT25'], '钱塘的市重点项目 24年在推的有几个 25年安排的市重点实施类项目又是几个', F(['项目投资完成率174.7%,101个市重点项目', '市重点实施类项目90个'], [101, '个'], [90, '个']), 'from-to', 'year-compare', 'two-digit-year');
f('trend', 'trend-ask', ['ZJ25', 'ZJ26'], '浙江省长作政府工作报告 25年和26年各是1月几号 换日子了吗', F(['2025年1月14日在浙江省第十四届人民代表大会第三次会议上', '2026年1月14日在浙江省第十四届人民代表大会第四次会议上'], [14]), 'from-to', 'year-compare', 'report-date', 'two-digit-year', 'equal');
f('trend', 'trend-ask', ['GS23'], '拱墅拿“省平安区” 到22年是连着第几年了', F('连续十七年获评“省平安区”'), 'streak', 'two-digit-year', 'short');
f('trend', 'trend-ask', ['QT25'], '钱塘货物贸易进出口总额 截至24年连续几年破千亿', F('货物贸易进出口总额连续四年破千亿'), 'streak', 'two-digit-year');
f('comparison', 'comparison-ask', 'HZ24', '杭州24年重点建设 清洁能源保供和农业农村优先这两块 实施项目哪块多', F(['大唐浙江富阳万市200MWp光伏复合发电等共计7个实施项目', '余杭宏盛粮油生产加工产业园等共计7个实施项目'], [7, '个']), 'same-report', 'two-digit-year', 'which-higher', 'equal');
f('comparison', 'comparison-ask', 'HZ24', '杭州前年交通强省和民生设施两个领域 年度计划投资谁大', F(['共计35个实施项目,年度计划投资429.5亿元', '共计192个实施项目,年度计划投资390.8亿元'], [429.5, '亿元'], [390.8, '亿元']), 'same-report', 'relative-year', 'which-higher');
f('comparison', 'comparison-ask', 'HZ24', '杭州24年水网提升安澜和文化旅游融合 各排了几个实施项目 差几个', F(['东苕溪防洪后续西险大塘达标加固工程(杭州市段)等共计20个实施项目', '启迪冰雪荣耀之城等共计24个实施项目'], [20, '个'], [24, '个']), 'same-report', 'two-digit-year', 'difference');
f('comparison', 'comparison-ask', ['HN25', 'JL25'], '湖南吉林两省25年那两份报告 赶在同一天作的吗', F(['2025年1月14日在湖南省第十四届人民代表大会第三次会议上', '——2025年1月14日在吉林省第十四届人民代表大会第四次会议上'], [14]), 'two-places', 'report-date', 'two-digit-year', 'equal');
f('comparison', 'comparison-ask', 'HZ24', '杭州23年认定的省级数字农业工厂 比未来农场多几家', F('认定省级数字农业工厂18家、未来农场2家', [18, '家'], [2, '家']), 'same-report', 'two-digit-year', 'difference');
f('comparison', 'comparison-ask', 'QT25', '钱塘前年新建的基层体育场地设施和嵌入式体育场地 哪种多 各几处', F('新建省市基层体育场地设施15处、嵌入式体育场地21处', [15, '处'], [21, '处']), 'same-report', 'relative-year', 'which-higher');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'GS23', '拱墅22年 市级老年友好型社区、康养联合体、智慧养老院 分别建了多少', F('创建市级老年友好型社区8个,建成康养联合体6个、智慧养老院1家', [8, '个'], [6, '个'], [1, '家']), 'two-digit-year');
f('multi', 'multi-ask', 'GS23', '拱墅23年道路 计划开工几条 竣工几条 顺便报下公里数', F('开工17条8.76公里,竣工20条11.7公里', [17, '条'], [20, '条'], [8.76, '公里'], [11.7, '公里']), 'two-digit-year', 'colloquial');
f('multi', 'multi-ask', 'QT25', '钱塘去年要落地的10亿元以上项目和亿元以上项目 目标各几个', F('落地10亿元以上项目15个、亿元以上项目67个', [15, '个'], [67, '个']), 'relative-year');
f('multi', 'multi-ask', 'HZ24', '杭州前年的重点建设实施项目 新开工、续建、建成 各多少个 一块儿报', F('计划新开工项目131个,续建项目525个,建成项目130个', [131, '个'], [525, '个'], [130, '个']), 'two-digit-year', 'colloquial');
f('multi', 'multi-ask', 'QT21', '钱塘新区2020年 安全生产死亡人数和交通事故死亡人数 分别降了多少', F('2020年安全生产和交通事故死亡人数分别下降57.2%和27.5%', pct(57.2), pct(27.5)), 'year');
f('multi', 'multi-ask', 'GS25', '拱墅25年有效发明专利和高价值发明专利 拥有量各冲到多少件', F(['专利拥有量18000件、高价值', '发明专利拥有量6900件、每万'], [18000, '件'], [6900, '件']), 'two-digit-year', 'fragment-source', 'colloquial');
f('overview', 'overview-ask', 'ZJ25', '浙江前年经济大盘 一句话交代一下', { ...F('全省生产总值增长5.5%,一般公共预算收入增长1.2%'), lead: 5.5 }, 'relative-year', 'short');
f('overview', 'overview-ask', 'CN23', 'china 2018–2022 in a nutshell: where did GDP get to over those five years?', { ...F('国内生产总值增加到121万亿元,五年年均增长5.2%'), lead: 121 }, 'en', 'five-year-review', 'plan-period', 'lowercase');
f('outline', 'outline-ask', 'CN22', '国务院22年那份报告 当年的政府工作任务分几块 标题逐条报', O('CN22'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'FJ25', '闽25年工作部署那几个“坚持” 按顺序捋一遍', O('FJ25'), 'two-digit-year', 'abbreviation', 'colloquial');
f('outline', 'outline-ask', 'JS25', "jiangsu's 2025 work plan — the main task headings, in order?", O('JS25'), 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'CN23', "the state council's 2023 report — its suggestions for that year's work, heading by heading?", O('CN23'), 'en', 'year', 'lowercase');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('信阳去年规上工业增速', 'nf-place', 'relative-year', 'short');
nf('商丘去年地方财政收入 给个数', 'nf-place', 'two-digit-year');
nf('黄冈前年新增城镇就业 有多少', 'nf-place', 'relative-year', 'short');
nf('随州今年计划开工的亿元以上项目 有多少个', 'nf-place', 'relative-year');
nf('咸宁24年游客接待量 有就给个数', 'nf-place', 'two-digit-year', 'long');
nf('萍乡去年的GDP增速', 'nf-place', 'relative-year', 'mixed-script', 'short');
nf('阳泉今年煤炭要产多少吨 计划里写了吗', 'nf-place', 'relative-year');
nf('通辽25年产粮多少亿斤', 'nf-place', 'two-digit-year', 'short');
nf('浙江1958年的工业总产值是多少', 'nf-year', 'year', 'short');
nf('1962年广东的粮食产量', 'nf-year', 'year', 'short');
nf('上海1965年常住人口有多少', 'nf-year', 'year', 'short');
nf('杭州城区有多少只流浪猫 哪份报告提过', 'nf-indicator', 'long');
nf('北京小学生龋齿率多少', 'nf-indicator', 'short');
nf('上海去年车牌摇号中签率', 'nf-indicator', 'relative-year', 'short');

// ---- 1. conversations, 2–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('钱塘去年计划新引进的校友经济项目 几个'),
  T('拱墅同年的“大运英才”项目呢', 'target', 'GS25', F('英才”项目100个', [100, '个']), 'elliptical', 'place-switch', 'fragment-source', 'short'),
  T('哪边多', 'comparison', ['QT25', 'GS25'], F(['迭代“浙子回归梦钱塘”工程,新引进校友经济项目150个', '英才”项目100个'], [150, '个'], [100, '个']), 'elliptical', 'comparison', 'which-higher', 'short'),
]);
conv([
  T('拱墅22年投用了几所学校'),
  T('那第二年计划开工几所', 'target', 'GS23', F('推进新一轮名校集团化品牌建设,新建学校8所、开工3所', [3, '所']), 'elliptical', 'year-switch', 'and-the-target', 'short'),
  T('比前一年投用的少几所', 'comparison', ['GS23'], F(['竣工学校18所,投用10所', '新建学校8所、开工3所'], [10, '所'], [3, '所']), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T('杭州23年新增托位一共多少个'),
  T('and what coverage did the 2024 plan set for elderly care-and-health consortia across towns and streets?', 'target', 'HZ24', F('康养联合体乡镇(街道)覆盖率达到70%', pct(70)), 'elliptical', 'and-the-target', 'year-switch', 'topic-switch', 'en', 'mixed-language'),
  T('同一年对几个人类非遗项目实施保护行动', 'target', 'HZ24', F('对5个人类非遗项目实施保护行动', [5, '个']), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T('钱塘去年大湾区省级湿地公园 要争创几A级景区'),
  T('不是这个 我要问的是新增的省级旅游驿站', 'target', 'QT25', F('全年新增城市书房3家、省级旅游驿站1个', [1, '个']), 'elliptical', 'self-correction', 'indicator-correction'),
  T('城市书房呢', 'target', 'QT25', F('持续优化文旅服务供给,全年新增城市书房3家', [3, '家']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('杭州23年完成的污水零直排省定小区提标改造 几个'),
  T('搞反了 这是拱墅的事 拱墅22年完成了几个', 'figure', 'GS23', F('巩固提升污水零直排成效,完成20个污水零直排省定小区提标改造工程', [20, '个']), 'elliptical', 'self-correction', 'place-switch', 'two-digit-year'),
]);
conv([
  T('钱塘去年计划那七个“聚焦” 先给个目录'),
  T('第3个 项目为王 展开讲 存量企业增资扩产项目要新增多少个', 'target', 'QT25', F('确保全年新增存量企业增资扩产项目100个', [100, '个']), 'elliptical', 'after-outline'),
  T('上市公司那条呢', 'target', 'QT25', F('全年新增上市公司2家以上', [2, '家']), 'elliptical', 'after-outline', 'short'),
  T('跳到第6个 美好生活那块 省级风貌样板区累计要创成几个', 'target', 'QT25', F('全年累计创成省级风貌样板区不少于3个', [3, '个']), 'elliptical', 'after-outline'),
]);
conv([
  T('拱墅22年国企改革 整合了几家控股集团'),
  T('and the group companies folded in alongside them — how many?', 'figure', 'GS23', F('城发集团、文商旅集团、城运集团6家集团公司', [6, '家']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
]);
conv([
  T('钱塘前年实质化解的重点风险隐患 几个'),
  T('渭南同年化解了多少', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('那算了 还是钱塘 那年三大减排治气任务完成多少个', 'figure', 'QT25', F('完成“三大减排”治气任务164个', [164, '个']), 'elliptical', 'after-not-found', 'topic-switch'),
]);
conv([
  T('杭州24年计划新建的综合监测站 几个'),
  T('高标准农田呢', 'target', 'HZ24', F('县域富民优势特色产业链10条,新建高标准农田2万亩', [2, '万亩']), 'elliptical', 'topic-switch', 'short'),
  T('福建25年报告里 特色现代农业高质量发展的那个工程编号 “几几几几”', 'figure', 'FJ25', F('统筹实施特色现代农业高质量发展“3212”工程', [3212]), 'no-inherit', 'topic-switch', 'two-digit-year', 'mixed-script'),
]);
conv([
  T('国务院22年那份报告 总理3月几号作的'),
  T('23年和24年两份呢 日子变了没', 'trend', ['CN23', 'CN24'], F(['——2023年3月5日在第十四届全国人民代表大会第一次会议上', '——2024年3月5日在第十四届全国人民代表大会第二次会议上'], [5]), 'elliptical', 'from-to', 'year-switch', 'report-date', 'equal'),
  T('北京25年那份呢 殷勇是几号作的', 'figure', 'BJ25', F('2025年1月14日在北京市第十六届人民代表大会第三次会议上', [14]), 'elliptical', 'place-switch', 'report-date', 'two-digit-year'),
]);
conv([
  T('钱塘去年争取谋划的省“千项万亿”项目 几个'),
  T('跟拱墅同年安排的比呢', 'target', 'GS25', F('工程重大项目9个,市、区重', [9, '个']), 'elliptical', 'place-switch', 'compare-with', 'fragment-source', 'short'),
  T('差几个', 'comparison', ['QT25', 'GS25'], F(['聚焦产业发展、科技创新、民生保障、环境保护等重点领域,全年争取谋划省“千项万亿”项目20个', '工程重大项目9个,市、区重'], [20, '个'], [9, '个']), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T('拱墅执行报告里 21年R&D经费支出增长了多少'),
  T('那23年计划力争涨多少', 'target', 'GS23', F('力争R&D经费支出增长25%', pct(25)), 'elliptical', 'year-switch', 'and-the-target', 'mixed-script', 'short'),
  T('目标比那个实际增速高几个点', 'comparison', ['GS23'], F(['2021年R&D经费支出增长0.3%,低于目标任务24.7个百分点', '力争R&D经费支出增长25%'], pct(0.3), pct(25)), 'elliptical', 'comparison', 'which-higher', 'short'),
]);
conv([
  T('杭州24年重点建设 先进制造业基地领域排了几个实施项目'),
  T('年度计划投资和投资占比 各多少', 'multi', 'HZ24', F('共计425个实施项目,年度计划投资921.5亿元,投资占比44.5%', [921.5, '亿元'], pct(44.5)), 'elliptical', 'multi', 'topic-switch'),
  T('城镇有机更新那块 投资多少亿', 'target', 'HZ24', F('共计60个实施项目,年度计划投资171.4亿元', [171.4, '亿元']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('杭州24年市本级财政出资的项目 年度计划投资多少亿'),
  T('市属国有公司拿土地出让收益建的呢', 'target', 'HZ24', F('市属国有公司利用土地出让收益建设项目353个,年度计划投资195.7亿元', [195.7, '亿元']), 'elliptical', 'topic-switch'),
  T('这两块合计多少', 'comparison', ['HZ24'], F(['按资金来源分类,市本级财政出资项目181个,年度计划投资336.5亿元', '市属国有公司利用土地出让收益建设项目353个,年度计划投资195.7亿元'], [336.5, '亿元'], [195.7, '亿元']), 'elliptical', 'comparison', 'sum', 'short'),
]);
conv([
  T('拱墅22年建成的社区服务综合体 几家'),
  T('入选市级“美好家园”示范小区的呢', 'figure', 'GS23', F('全市率先完成无物业小区清零,入选市级“美好家园”住宅示范小区21个', [21, '个']), 'elliptical', 'topic-switch', 'short'),
  T('儿童康复机构建成几家', 'figure', 'GS23', F('建成区未成年人救助保护中心、规范化儿童康复机构4家', [4, '家']), 'elliptical', 'topic-switch', 'short'),
  T('往后一年的计划里 大运河幸福家园阵地建几个', 'target', 'GS23', F('持续深化党组织领导三方协同小区微治理,建设大运河幸福家园阵地6个', [6, '个']), 'elliptical', 'year-switch', 'and-the-target'),
]);
conv([
  T('杭州23年给60岁以上老人发了多少万份防疫包'),
  T('新预售项目的预售资金监管 覆盖率多少', 'figure', 'HZ24', F('实现新预售项目房地产预售资金监管100%全覆盖', pct(100)), 'elliptical', 'topic-switch'),
  T('“环保e企管”发了多少次预警提醒', 'figure', 'HZ24', F('“环保e企管”提供预警提醒1.7万余次', [1.7]), 'elliptical', 'topic-switch', 'mixed-script'),
  T('挪到24年的计划 市级以上绿色低碳工业园区要创几个', 'target', 'HZ24', F('组织开展首批国家碳达峰试点城市建设,创建市级以上绿色低碳工业园区2个', [2, '个']), 'elliptical', 'year-switch', 'and-the-target', 'two-digit-year'),
]);
conv([
  T('Qiantang New Area since its launch: households in temporary relocation that were rehoused — how many?'),
  T('新增城镇就业人口多少万', 'figure', 'QT21', F('新增城镇就业人口8.6万人', [8.6, '万人']), 'elliptical', 'topic-switch', 'mixed-language', 'short'),
  T('and how much did total village-collective income grow in 2020?', 'figure', 'QT21', F('2020年全区村级集体经济总收入增长22%', pct(22)), 'elliptical', 'topic-switch', 'en', 'mixed-language', 'year'),
  T('十四五末蓝绿空间占比要稳在多少', 'target', 'QT21', F('美丽乡村实现全覆盖,蓝绿空间占比稳定在60%以上', pct(60)), 'elliptical', 'year-switch', 'and-the-target', 'plan-period', 'mixed-language'),
]);
conv([
  T('拱墅22年新增的中国专利奖创新主体 几家'),
  T('and firms named provincial digital-factory benchmarks (cultivation class) that year?', 'figure', 'GS23', F('捷配信息、天演维真、高信技术3家企业入选省数字工厂标杆企业(培育类)', [3, '家']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
  T('阿斯利康领衔的那个生命科学创新园 集聚了几家企业', 'figure', 'GS23', F('阿斯利康领衔的杭州国际生命科学创新园集聚企业15家', [15, '家']), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T('三年前拱墅要新开几家社区“阳光食堂”'),
  T('智慧助餐点呢', 'target', 'GS23', F('新建社区“阳光食堂”5家、“全城通”智慧助餐点30个', [30, '个']), 'elliptical', 'topic-switch', 'short'),
  T('助餐点比食堂多出几个', 'comparison', ['GS23'], F('新建社区“阳光食堂”5家、“全城通”智慧助餐点30个', [5, '家'], [30, '个']), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T('拱墅去年一季度货物出口涨了多少'),
  T('社零那项呢', 'figure', 'GS25', F('额增长4.8%,固定资产投资小', pct(4.8)), 'elliptical', 'topic-switch', 'fragment-source', 'short'),
  T('固投是涨是跌 幅度多少', 'figure', 'GS25', F('幅下降1.9%,高新技术产业', pct(1.9)), 'elliptical', 'topic-switch', 'fragment-source', 'short'),
]);
conv([
  T("Hangzhou's 2024 plan: innovative SMEs to add — how many?"),
  T('and "little giant" specialised firms?', 'target', 'HZ24', F('专精特新小巨人100家以上', [100, '家']), 'elliptical', 'topic-switch', 'en', 'short'),
  T('那年要推出的开放场景 几个', 'target', 'HZ24', F('在医疗、教育、金融、政务等领域推出5个以上开放场景', [5, '个']), 'elliptical', 'topic-switch', 'mixed-language', 'short'),
]);
conv([
  T('Qiantang 2025 plan: how many provincial future-industry pilot zones is it building up?'),
  T('要上市几个I类创新药', 'target', 'QT25', F('力争上市2个I类创新药并实现本地产业化', [2, '个']), 'elliptical', 'topic-switch', 'mixed-language', 'mixed-script', 'short'),
  T("back to 2024: how many of its streets had stand-alone emergency and fire management stations by then?", 'figure', 'QT25', F('推进基层应急消防治理体系建设,7个街道全部实现应急消防管理站单设', [7, '个']), 'elliptical', 'year-switch', 'en', 'mixed-language'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-aa, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ab', last: 'aa' });
