#!/usr/bin/env node
// Writes the fresh-aj sets: eval/fresh-aj/aj-tune.jsonl and eval/fresh-aj/aj-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-aj/make.mjs [--check]
//
// A twenty-fourth held-out question set written BEFORE any fix, as fresh-m … fresh-ai, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule of fresh-ae … fresh-ai, unchanged: a cite must not repeat a fact cited by an earlier TUNE file (every file of
// EARLIER_SETS and laterSets('ai') whose name does not contain "heldout" — so fresh-ai's own tune file now counts too), but
// it MAY repeat a fact that only earlier HELD-OUT files cite, asked in new words (`checkDealAndWrite(…, { earlierFilter })`).
// Such cases carry the tag `heldout-fact`, and this script checks the tag both ways: a case is tagged exactly when its cite
// meets an earlier held-out cite under the same two cite checks. Where a fact no earlier file cites was left (free numbers
// of ordinary indicators), it was taken first; the repeated facts were chosen among numbers that earlier held-out files
// cite, never fresh-ah's or fresh-ai's (checked here, under the same two keys, before the shared checks).
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
// Checks: cites by ../case-checks.mjs (YN25 / HN25 / JL25 from ../fresh-l/extract.ts); no cite meeting fresh-ah's or
// fresh-ai's held-out file; the two cite checks over the earlier tune files only; the heldout-fact tag both ways; the asked
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
p('figure', 'AH25', '安徽省属企业前年往新兴产业投了多少钱', F('深化国资国企改革,文旅、港航、煤炭等重点领域重组整合取得重要进展,省属企业投资新兴产业超过500亿元', [500, '亿元']), 'relative-year', 'colloquial', HF);
p('figure', 'AH25', '皖前年新评上的国家级绿色工厂几家', F('新创建国家级绿色工厂73家', [73, '家']), 'relative-year', 'short-name', 'short', HF);
p('figure', 'AH25', '安徽24年办民生实事一共投了多少亿', F('聚焦群众急难愁盼,投入567亿元办好民生实事', [567, '亿元']), 'two-digit-year', 'colloquial', HF);
p('target', 'AH25', '安徽去年打算在海外新布局多少个仓', F('新布局海外仓100个以上', [100, '个']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'AH26', '安徽去年减税降费加上退税 一共超过了多少亿', F('支持科技创新等重点领域减税降费及退税超1000亿元', [1000, '亿元']), 'relative-year', 'colloquial', HF);
p('target', 'AH26', '安徽今年准备给经营主体减负多少钱', F('深入开展企业降本增效行动,力争为经营主体减负1000亿元以上', [1000, '亿元']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'BJ25', '中轴线申遗成了以后 北京的世界文化遗产一共几处', F('北京中轴线申遗圆满成功,世界文化遗产达到8处', [8, '处']), 'colloquial', HF);
p('target', 'BJ25', '漫步北京的旅游线路 去年计划新增几条', F('新增100条“漫步北京”旅游线路', [100, '条']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'BJ26', '北京今年要打造多少公里美丽乡村路', F('加大农村人居环境整治,打造美丽乡村路300公里', [300, '公里']), 'target', 'relative-year', HF);
p('target', 'BJ26', '北京今年普惠托位的占比要提到多少', F('支持符合条件的幼儿园提供托育服务,普惠托位占比提高到68%', pct(68)), 'target', 'relative-year', HF);
p('figure', 'FJ25', '前年来福建实习就业创业的台湾青年新增了多少人', F('新增来闽实习、就业、创业台青3859人', [3859, '人']), 'relative-year', 'colloquial', HF);
p('figure', 'FJ26', '闽去年搞以旧换新 拉动的消费有多少亿', F('加力扩围以旧换新,带动消费791亿元', [791, '亿元']), 'relative-year', 'colloquial', HF);
p('figure', 'FJ26', '福建十四五末文旅经济增加值大概多少', F('文旅经济增加值预计达6500亿元', [6500, '亿元']), 'plan-period', 'approx', HF);
p('figure', 'GD25', '广东前年新发布了几项湾区标准', F('强化与港澳规则衔接、机制对接,新发布“湾区标准”54项', [54, '项']), 'relative-year', 'short', HF);
p('figure', 'GD25', '粤24年个人养老金开户数有多少了', F('率先试点全品类养老金融产品,个人养老金开户数近1800万', [1800, '万']), 'two-digit-year', 'short-name', 'approx', HF);
p('figure', 'GD26', '百万英才汇南粤 去年吸纳了多少高校毕业生来粤就业创业', F('“百万英才汇南粤”行动吸纳超110万名高校毕业生在粤就业创业', [110, '万名']), 'relative-year', HF);
p('figure', 'GD26', '广东学前一年免费 去年惠及了多少孩子', F('实施学前一年免费教育政策、惠及168万名儿童', [168, '万名']), 'relative-year', 'colloquial', HF);
p('figure', 'JS25', '江苏到前年为止牵头建设的全国重点实验室累计有多少家', F('累计获批牵头建设全国重点实验室44家', [44, '家']), 'relative-year', HF);
p('figure', 'JS26', '江苏这五年二级以上老年医院新增了几家', F('“一老一小”服务保障不断加强,二级及以上老年医院数量新增76家', [76, '家']), 'five-year-review', 'colloquial', HF);
p('target', 'SD25', '山东去年社区嵌入式养老服务机构计划培育多少家', F('健全县、乡、村三级养老服务网络,培育社区嵌入式养老服务机构200家', [200, '家']), 'target', 'relative-year', HF);
p('figure', 'SH25', '上海前年打造了几个未来产业试验场', F('打造28个未来产业试验场', [28, '个']), 'relative-year', 'short', HF);
p('figure', 'SH26', '沪去年新集聚的海内外人才大概有多少', F('新集聚海内外人才近15万人', [15, '万人']), 'relative-year', 'short-name', 'approx', HF);
p('figure', 'ZJ25', '浙江前年打击经济犯罪 挽回了多少经济损失', F('提升社会治理效能,强化社会治安整体防控,重拳打击各类经济犯罪、挽回经济损失22.2亿元', [22.2, '亿元']), 'relative-year', 'colloquial', HF);
p('figure', 'ZJ25', '浙江前年释放了多少降准资金', F('推动金融、货币、财政等增量政策落地见效,释放降准资金1021亿元', [1021, '亿元']), 'relative-year', 'short', HF);
p('target', 'ZJ26', '浙江今年计划新增几个未来产业先导区', F('建立未来产业投入增长和风险分担机制,新增未来产业先导区10个', [10, '个']), 'target', 'relative-year', HF);
p('figure', 'YN25', '腾冲科学家论坛到前年累计促成了多少个人才引进项目', F('腾冲科学家论坛效应持续放大,累计促成人才引进项目496个', [496, '个']), 'relative-year', HF);
p('target', 'HN25', '湖南去年要建多少所乡镇标准化寄宿制学校', F('实施大湘西地区基础教育扩优提质帮扶行动,建设乡镇标准化寄宿制学校300所', [300, '所']), 'target', 'relative-year', HF);
p('figure', 'JL25', '吉化那个乙烯项目 年产能是多少万吨', F('吉化120万吨乙烯项目主体完工', [120, '万吨']), 'colloquial', 'short', HF);
p('figure', 'CN23', '23年国务院报告说移动互联网用户数到了多少', F('移动互联网用户数增加到14.5亿户', [14.5, '亿户']), 'two-digit-year', 'five-year-review', 'no-place', HF);
p('figure', 'GS23', '拱墅22年新增了几家中国专利奖创新主体', F('成功创建首批国家知识产权强县建设试点县,新增中国专利奖创新主体3家', [3, '家']), 'two-digit-year', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'FJ25', '福建前年实有企业首次突破了多少万户', F('全省实有企业首次突破200万户', [200, '万户']), 'relative-year', 'after-other', HF);
s('target', 'FJ25', '福建去年粮食储备规模要达到多少万吨', F('粮食播种面积稳定在1255万亩以上,粮食储备规模达500万吨', [500, '万吨']), 'target', 'relative-year', 'second-of-pair', HF);
s('figure', 'JS25', '江苏前年给多少居家老人提供了专业上门服务', F('建成老年助餐点8000余家,为358万居家老年人提供专业上门服务', [358, '万']), 'relative-year', 'second-of-pair', HF);
s('figure', 'JS26', '江苏十四五期间一共建成了多少个幸福河湖', F('太湖湖体平均水质30年来首次达国家良好湖泊水平,建成幸福河湖4762个', [4762, '个']), 'plan-period', 'after-other', HF);
s('figure', 'SD25', '山东前年内陆港有多少个了', F('内河航运吞吐量超过1.2亿吨,内陆港达到51个', [51, '个']), 'relative-year', 'after-other', 'short', HF);
s('figure', 'SD26', '山东12345热线去年受理了多少诉求', F('“12345”热线受理诉求4000多万件', [4000, '万件']), 'relative-year', 'after-other', 'approx', HF);
s('figure', 'SD26', '鲁去年新增海外仓几个', F('精准服务企业5000余家,新增海外仓121个', [121, '个']), 'relative-year', 'after-other', 'short-name', 'short', HF);
s('target', 'SD26', '山东今年要新改建多少公里农村公路', F('农村生活污水治理率达到70%以上,新改建农村公路3500公里', [3500, '公里']), 'target', 'relative-year', 'after-other', HF);
s('target', 'SH25', '上海去年打算新建多少个社区长者食堂', F('加强养老与医护床位联动衔接、资源共享,新建30个社区长者食堂', [30, '个']), 'target', 'relative-year', 'after-other', HF);
s('figure', 'ZJ25', '浙江前年电信诈骗的损失数降了多少', F('电信网络诈骗案件受理数下降12%、损失数下降35.8%', pct(35.8)), 'relative-year', 'second-of-pair', HF);
s('figure', 'ZJ26', '浙江去年新增的国家级非遗代表性传承人有几名', F('德清淡水珍珠复合养殖系统成为我省第6个全球重要农业文化遗产,新增国家级非遗代表性传承人75名', [75, '名']), 'relative-year', 'after-other', HF);
s('target', 'YN25', '云南去年计划打造几个数智工厂', F('加快制造业数字化转型,打造“数智工厂”5个', [5, '个']), 'target', 'relative-year', 'after-other', 'short', HF);
s('figure', 'HN25', '长沙建全球研发中心城市 前年新增了多少家研发机构', F('长沙全球研发中心城市建设新增研发机构1178家', [1178, '家']), 'relative-year', 'after-other', HF);
s('target', 'JL25', '吉林去年计划打造几个夜间消费集聚区', F('引进培育100个首店,打造5个夜间消费集聚区', [5, '个']), 'target', 'relative-year', 'second-of-pair', HF);
s('figure', 'CN23', '23年政府工作报告里 22年缓税缓费有多少', F('新增减税降费超过1万亿元,缓税缓费7500多亿元', [7500, '亿元']), 'two-digit-year', 'after-other', 'approx', 'no-place', HF);
s('figure', 'QT25', '钱塘前年兑现了多少产业扶持资金', F('发布稳岗促产“钱八条”,兑现产业扶持资金44.1亿元', [44.1, '亿元']), 'relative-year', 'after-other', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'AH25', 'anhui ODI growth in 2024, %?', F('组建徽派企业国际经贸合作联盟,全省对外投资增长12.3%', pct(12.3)), 'year', 'abbreviation', 'short', HF);
e('figure', 'AH25', 'anhui smart-compute capacity end-2024, in P?', F('华为云华东(芜湖)数据中心全球开服,全省智能算力达1.6万P', [1.6, '万P']), 'year', 'lowercase', HF);
e('figure', 'AH26', "anhui 2025: 'efficiently handle one matter' reform — by how much did avg in-person trips fall?", F('平均跑动次数减少93%', pct(93)), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'AH26', 'anhui 14th fyp: energy use per unit of GDP down by how much?', F('单位地区生产总值能耗下降17%', pct(17)), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'BJ25', 'beijing 2024 — # of physical bookstores?', F('推进书香京城建设,实体书店数量超2100家', [2100, '家']), 'year', 'lowercase', 'short', HF);
e('target', 'BJ25', 'beijing 2025 plan: how many future industries to nurture (humanoid robots, commercial space etc)?', F('重点培育人形机器人、商业航天、生物制造、新材料、未来能源等20个未来产业', [20, '个']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'BJ26', 'beijing 2025: foreign/inbound visitor growth?', F('深化境外人员服务便利化改革,入境游客增长39%', pct(39)), 'year', 'lowercase', 'short', HF);
e('target', 'BJ26', "bj 2026: count of run-down 'simple' buildings (jianyilou) slated for safety fixes?", F('抓好507栋危旧简易楼排险工作', [507, '栋']), 'target', 'relative-year', 'lowercase', 'abbreviation', HF);
e('figure', 'FJ25', 'fujian 2024: how many research results won national S&T awards?', F('13项成果获国家科技奖', [13, '项']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'FJ26', 'fujian 2025 — township fishing / small vessels brought under unified management, how many?', F('10.73万艘乡镇船舶全面纳管', [10.73, '万艘']), 'year', 'lowercase', HF);
e('figure', 'FJ26', 'fujian 14th fyp — total number of standards shared across the strait (fujian/taiwan)?', F('累计出台326项两岸共通标准', [326, '项']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'GD25', 'gd ip-pledge financing in 2024 — how much?', F('知识产权质押融资突破3000亿元', [3000, '亿元']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'GD25', 'hengqin: # of macao-funded firms (2025 report)?', F('澳资企业超6600户', [6600, '户']), 'lowercase', 'abbreviation', 'no-place', 'short', HF);
e('figure', 'GD26', 'guangdong 2025: total online hits on national games coverage?', F('相关报道总点击量超610亿次', [610, '亿次']), 'year', 'lowercase', HF);
e('target', 'GD26', 'gd this yr: new low-altitude takeoff/landing facilities planned?', F('新建低空起降设施2500个', [2500, '个']), 'target', 'relative-year', 'lowercase', 'abbreviation', HF);
e('target', 'GD26', 'guangdong 2026 livelihood list: how many autistic kids get free rehab services?', F('为超8000名孤独症儿童免费提供个体康复', [8000, '名']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'JS25', 'jiangsu 2024: installed new-type (battery etc) storage, in kw?', F('新型储能项目规模达665万千瓦', [665, '万千瓦']), 'year', 'lowercase', 'short', HF);
e('figure', 'JS26', 'jiangsu childcare subsidy — how many infants covered in 2025?', F('育儿补贴惠及124万名婴幼儿', [124, '万名']), 'year', 'lowercase', HF);
e('figure', 'SD25', 'shandong end-2024 5g base stations?', F('5G基站达到24.2万个', [24.2, '万个']), 'year', 'lowercase', 'short', HF);
e('figure', 'SD26', "shandong 2025 — loans from the 'finance reaching the grassroots' push?", F('“金融直达基层加速跑”促成贷款投放超8300亿元', [8300, '亿元']), 'year', 'lowercase', 'pinyin', HF);
e('target', 'SD26', 'shandong this yr: young talent it wants to draw in?', F('新集聚青年人才100万人左右', [100, '万人']), 'target', 'relative-year', 'lowercase', 'short', HF);
e('figure', 'SH25', 'shanghai 2024: new zhuanjingtexin (specialised, refined, niche) firms?', F('新增专精特新企业2115家', [2115, '家']), 'year', 'lowercase', 'pinyin', 'abbreviation', HF);
e('figure', 'SH26', 'shanghai museum egypt blockbuster — total revenue?', F('上海博物馆“古埃及文明大展”总营收7.6亿元', [7.6, '亿元']), 'lowercase', 'short', HF);
e('figure', 'ZJ25', 'zhejiang 2024 — new power generation capacity added?', F('新增电力装机2200万千瓦', [2200, '万千瓦']), 'year', 'lowercase', HF);
e('figure', 'ZJ26', 'zhejiang 2025: NPL ratio?', F('全省不良贷款率0.83%', pct(0.83)), 'year', 'abbreviation', 'short', HF);
e('target', 'ZJ26', 'zj 2026: idle rural homes to be put back into use, how many?', F('盘活闲置农房2万宗', [2, '万宗']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'YN25', 'yunnan 2024 afforestation (plant + tend), mu?', F('完成营造林349.9万亩', [349.9, '万亩']), 'year', 'lowercase', 'short', HF);
e('figure', 'HN25', "hunan's supercomputing capacity in 2024, PF?", F('超算算力达223PF', [223, 'PF']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'JL25', 'jilin 2024: km of old gas pipelines replaced?', F('改造老旧燃气管道2249公里', [2249, '公里']), 'year', 'lowercase', 'short', HF);
e('figure', 'CN22', '2022 work report: how many college grads expected that year?', F('今年高校毕业生超过1000万人', [1000, '万人']), 'year', 'lowercase', 'no-place', HF);
e('target', 'CN25', '2025 govt work report: size of the special bond issue to top up capital at big state-owned banks?', F('拟发行特别国债5000亿元', [5000, '亿元']), 'target', 'year', 'lowercase', 'abbreviation', 'no-place', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('fangchenggang port throughput last yr?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe("guangdong's gdp back in 1913", 'nf-year', 'year', 'lowercase', 'short');
nfe('How many bowling alleys does Beijing have?', 'nf-indicator');
nfe('frisbee clubs in hangzhou — latest number?', 'nf-indicator', 'lowercase', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['BJ26', 'BJ25'], '北交所上市公司数 前年底和去年底分别是多少家', F(['北京证券交易所上市公司达288家', '北京证券交易所上市公司达262家'], [288, '家'], [262, '家']), 'relative-year', 'one-place-two-years', 'abbreviation', HF);
f('trend', 'trend-ask', ['AH26', 'AH25'], '安徽全省办结的行政复议案件 前年多少件 去年多少件', F(['全省办结行政复议案件32910件', '全省办结行政复议案件21850件'], [32910, '件'], [21850, '件']), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['BJ26', 'BJ25'], '北京市政协提案的办理量 去年比前年多了还是少了', F(['办理市政协提案1309件', '办理市政协提案1279件'], [1309, '件'], [1279, '件']), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', 'GD26', '十四五这几年 广东城里的天然气普及率是从多少涨上来的 现在多少', F('城市天然气普及率从45.8%提升至77.3%', pct(77.3), pct(45.8)), 'plan-period', 'from-to', HF);
f('trend', 'trend-ask', 'SH26', '上海去年跨部门综合监管事项从几个扩到了几个', F('跨部门综合监管事项从39个拓展到91个', [91, '个'], [39, '个']), 'relative-year', 'from-to', HF);
f('trend', 'trend-ask', 'SD26', '山东这五年每千人口床位数从几张涨到几张', F('千人口床位数由6.4张增至7.6张', [7.6, '张'], [6.4, '张']), 'five-year-review', 'from-to', 'colloquial', HF);
f('trend', 'trend-ask', 'ZJ26', '浙江这五年上市公司从多少家变成多少家', F('上市公司从518家增加到731家', [731, '家'], [518, '家']), 'five-year-review', 'from-to', 'colloquial', HF);
f('trend', 'trend-ask', 'CN23', '23年报告回顾 养老保险单位缴费比例从多少降到了多少', F('将养老保险单位缴费比例从20%降至16%', pct(16), pct(20)), 'two-digit-year', 'five-year-review', 'from-to', 'no-place', HF);
f('comparison', 'comparison-ask', ['YN25', 'HN25'], '云南和湖南前年办理的人大代表建议 哪边多', F(['圆满办结人大代表建议981件', '办理省人大代表建议1004件'], [981, '件'], [1004, '件']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['AH26', 'FJ26'], '安徽和福建去年新增的国家级临床重点专科 谁多', F(['全省新增8个国家级临床重点专科', '新增国家级临床重点专科项目9个'], [8, '个'], [9, '个']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['JL25', 'YN25'], '高标准农田这块 前年吉林和云南各建了多少 差多少万亩', F(['新建和改造提升高标准农田806万亩', '新建和改造高标准农田300万亩'], [806, '万亩'], [300, '万亩']), 'two-places', 'which-higher', 'relative-year', 'colloquial', HF);
f('comparison', 'comparison-ask', ['BJ25', 'GD25'], '北京广东前年拿的国家科学技术奖 哪个多', F(['北京地区获评国家科学技术奖58项', '在国家科学技术奖评选中荣获53个奖项'], [58, '项'], [53, '个']), 'two-places', 'which-higher', 'relative-year', HF);
f('superlative', 'ranking-ask', 'FJ25', '森林覆盖率连续四十多年全国第一的是哪个省', F('森林覆盖率连续46年居全国首位', [46, '年']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'SD25', '义务教育优质均衡县数量全国最多的是哪个省', F('义务教育优质均衡县数量跃居全国第一'), 'across-reports');
f('superlative', 'ranking-ask', 'FJ26', '动力电池和储能电池出货量稳居全球第一的是哪个省', F('动力电池、储能电池出货量稳居全球第一'), 'across-reports');
f('superlative', 'ranking-ask', 'GD26', '全国唯一一个出生人口连续好几年超百万的是哪个省', F('全面落实育儿补贴政策,连续6年成为全国唯一出生人口超百万的省份', [6, '年']), 'across-reports', 'colloquial', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'FJ25', '厦门和福州机场前年旅客吞吐量各多少', F('厦门、福州机场旅客吞吐量分别达2790.6万人次、1529.9万人次', [2790.6, '万人次'], [1529.9, '万人次']), 'relative-year', HF);
f('multi', 'multi-ask', 'SH26', '上海去年金融业和软件信息服务业增加值各涨了多少', F('金融业、软件和信息服务业增加值分别增长9.7%、15.3%', pct(9.7), pct(15.3)), 'relative-year', HF);
f('multi', 'multi-ask', 'SD26', '鲁去年集成电路圆片、工业机器人这两样 产量涨幅各是多少', F('集成电路圆片增长19.2%,锂电池增长103.1%,工业机器人增长26.6%', pct(19.2), pct(26.6)), 'relative-year', HF);
f('multi', 'multi-ask', 'YN25', '云南前年农村卫生户厕、垃圾处理设施覆盖率和生活污水治理率分别到多少了', F('农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理(管控)率分别达75%、92%、57%', pct(75), pct(92), pct(57)), 'relative-year', HF);
f('multi', 'multi-ask', 'GD25', '广东前年刑事治安警情和刑事立案各降了多少', F('刑事治安警情、刑事立案数量分别下降26.3%、32.6%', pct(26.3), pct(32.6)), 'relative-year', HF);
f('overview', 'overview-ask', 'GD26', '广东十四五这五年 经济盘子大概从多少做到了多少', { ...F('地区生产总值从11.37万亿元提高到14.58万亿元'), lead: 14.58 }, 'plan-period', 'colloquial');
f('overview', 'overview-ask', 'CN23', "2023 work report, economy over its 5-yr look back — the headline?", { ...F('国内生产总值增加到121万亿元,五年年均增长5.2%'), lead: 121 }, 'en', 'five-year-review', 'lowercase', 'no-place');
f('outline', 'outline-ask', 'CN22', '22年国务院报告 那年的政府工作任务分了哪几块', O('CN22'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'GS25', '拱墅25年那份政府工作报告里 当年要干的几大块工作是哪些', O('GS25'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'FJ25', 'fujian 2025 work report — main task areas for the year, as a list?', O('FJ25'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('黄南州去年GDP涨了多少', 'nf-place', 'relative-year', 'mixed-script', 'short');
nf('中卫前年接待了多少游客', 'nf-place', 'relative-year', 'short');
nf('兴安盟25年粮食产量是多少', 'nf-place', 'two-digit-year', 'short');
nf('巴彦淖尔今年计划新增多少城镇就业', 'nf-place', 'relative-year', 'target');
nf('来宾去年工业增加值涨了几个点', 'nf-place', 'relative-year');
nf('崇左24年的外贸进出口有多少', 'nf-place', 'two-digit-year');
nf('贺州前年人均可支配收入多少来着', 'nf-place', 'relative-year', 'colloquial');
nf('迪庆今年旅游收入的目标定的多少', 'nf-place', 'relative-year', 'target', 'colloquial');
nf('1909年上海有多少家工厂', 'nf-year', 'year', 'short');
nf('浙江1917年的人口是多少', 'nf-year', 'year');
nf('1929年山东的粮食产量有多少', 'nf-year', 'year');
nf('武汉一年能卖出多少碗热干面', 'nf-indicator', 'colloquial');
nf('成都去年麻将馆有多少家', 'nf-indicator', 'relative-year', 'colloquial');
nf('广州现在有多少家台球厅', 'nf-indicator', 'colloquial', 'short');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('安徽这两年高技能人才队伍扩了多少'),
  T('今年打算再新增多少高技能人才', 'target', 'AH26', F('引进科技领军人才200名以上,新增高技能人才10万人', [10, '万人']), 'elliptical', 'relative-year', 'year-switch', HF),
  T('县域制造业特色产业集群今年准备培育几个', 'target', 'AH26', F('新培育省级先进制造业集群10个、县域制造业特色产业集群30个左右', [30, '个']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('北京去年养老这块有什么新进展'),
  T('区域养老服务中心新建了多少个', 'figure', 'BJ26', F('织密扎牢社会保障网,新建50个区域养老服务中心', [50, '个']), 'elliptical', 'topic-switch', HF),
  T('三级公立医院往基层转诊的量涨了多少', 'figure', 'BJ26', F('三级公立医院提前两周向基层投放50%以上号源、转诊量增长90%', pct(90)), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('广东前年海上风电并网容量多少'),
  T('那绿电交易量涨了多少', 'figure', 'GD25', F('全国首个“光储充换放+欧标”综合能源站在肇庆投入运营,全省绿电交易量增长70%', pct(70)), 'elliptical', 'topic-switch', HF),
  T('到去年可再生能源装机占比到多少了', 'figure', 'GD26', F('可再生能源装机占比从23.3%提高到40.4%', pct(40.4)), 'elliptical', 'relative-year', 'year-switch', HF),
]);
conv([
  T('前年山东两证齐全那种医养结合机构数量是多少'),
  T('那家庭养老床位加了多少张', 'figure', 'SD25', F('“两证齐全”医养结合机构突破1000家,家庭养老床位新增1.1万张', [1.1, '万张']), 'elliptical', 'topic-switch', HF),
  T('去年计划新增多少张认知障碍床位', 'target', 'SD25', F('建设认知障碍老年人友好社区50个、认知障碍床位3000张', [3000, '张']), 'elliptical', 'relative-year', 'year-switch', HF),
]);
conv([
  T('浙江前年新增了多少家全国重点实验室'),
  T('累计有多少家', 'figure', 'ZJ25', F('新增全国重点实验室18家、累计38家', [38, '家']), 'elliptical', 'short', HF),
  T('博士学位授权点新增了几个', 'figure', 'ZJ25', F('高校基础设施提质工程有序推进,新增博士学位授权点56个', [56, '个']), 'elliptical', 'topic-switch', HF),
  T('那去年新引进顶尖人才的目标是多少', 'target', 'ZJ25', F('实施重大科技项目400个以上,新引进顶尖人才40名以上', [40, '名']), 'elliptical', 'relative-year', 'year-switch', HF),
]);
conv([
  T('福建前年住院报销比例提高了吗'),
  T('职工和居民分别提到了多少', 'figure', 'FJ25', F('职工、居民住院报销比例分别提高至85.6%、68.5%', pct(85.6), pct(68.5)), 'elliptical', HF),
  T('省级集采药品耗材平均降了多少', 'figure', 'FJ25', F('省级集采药品耗材平均降价47.4%', pct(47.4)), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('湖南前年有多少个项目拿了国家科学技术奖'),
  T('农机装备产业增长了多少', 'figure', 'HN25', F('成功举办中国国际农业机械展览会,农机装备产业增长10.2%', pct(10.2)), 'elliptical', 'topic-switch', HF),
  T('新三板新挂牌了几家企业', 'figure', 'HN25', F('上市公司达146家,新增“新三板”挂牌企业12家', [12, '家']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('吉林前年新登记了多少经营主体'),
  T('民生实事完成了几项', 'figure', 'JL25', F('新增财力80%以上用于民生领域,全面完成25项民生实事', [25, '项']), 'elliptical', 'topic-switch', 'short', HF),
  T('那去年亿元以上项目要达到多少个', 'target', 'JL25', F('谋划储备一批打基础、利长远的高质量项目,亿元以上项目达到1000个', [1000, '个']), 'elliptical', 'relative-year', 'year-switch', HF),
]);
conv([
  T("state council's 2023 report — what did it say about tax cuts in the five yrs before?"),
  T("what was the vat threshold for small-scale taxpayers raised to?", 'figure', 'CN23', F('阶段性将小规模纳税人增值税起征点从月销售额3万元提高到15万元', [15, '万元']), 'elliptical', 'en', 'lowercase', 'abbreviation', HF),
  T('and transfer payments to local govts as a share of central spending?', 'figure', 'CN23', F('中央一般公共预算支出中对地方转移支付占比提高到70%', pct(70)), 'elliptical', 'topic-switch', 'en', 'lowercase', 'abbreviation', HF),
]);
conv([
  T('中老铁路到前年累计发送了多少旅客'),
  T('货物呢', 'figure', 'YN25', F('中老铁路累计发送旅客超4500万人次、货物超5000万吨', [5000, '万吨']), 'elliptical', 'indicator-switch', 'short', HF),
  T('2+3园区累计到位的省外资金有多少', 'figure', 'YN25', F('“2+3”园区累计到位省外资金708亿元', [708, '亿元']), 'elliptical', 'topic-switch', 'mixed-script', HF),
]);
conv([
  T('上海去年机场旅客吞吐量多少'),
  T('旅客和货邮分别增长了多少', 'figure', 'SH26', F('453.8万吨,分别增长8.3%、7.9%', pct(8.3), pct(7.9)), 'elliptical', HF),
  T('高质量概念验证平台新建了几家', 'figure', 'SH26', F('优化中试平台布局,新建7家高质量概念验证平台', [7, '家']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('江苏前年中欧班列开了多少列'),
  T('中阿产能合作示范园新签了多少个项目', 'figure', 'JS25', F('中阿产能合作示范园新签约入园项目15个', [15, '个']), 'elliptical', 'topic-switch', HF),
  T('今年要抓多少个省重大项目', 'target', 'JS26', F('推进“两重”项目建设,抓好550个省重大项目', [550, '个']), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('beijing 2024: how satisfied were people with the 12345 hotline?'),
  T("and the 'one topic a month' campaign — number of recurring common problems it tackled?", 'figure', 'BJ25', F('每月一题专项治理13个高频共性难题', [13, '个']), 'elliptical', 'topic-switch', 'en', 'lowercase', HF),
  T('and draft local regs sent to the municipal congress standing committee that yr?', 'figure', 'BJ25', F('提请市人大常委会审议地方性法规草案7项', [7, '项']), 'elliptical', 'topic-switch', 'en', 'lowercase', 'abbreviation', HF),
]);
conv([
  T('广东去年典型镇培育了多少个'),
  T('典型村呢', 'figure', 'GD26', F('新培育407个典型镇、2519个典型村', [2519, '个']), 'elliptical', 'indicator-switch', 'short', HF),
  T('今年计划再培育多少个典型村', 'target', 'GD26', F('组团式推进镇村片区建设,新培育2518个典型村', [2518, '个']), 'elliptical', 'relative-year', 'year-switch', HF),
]);
conv([
  T('山东小清河复航了吗'),
  T('内河港口吞吐量这五年涨了多少', 'figure', 'SD26', F('内河港口吞吐量5年增长1.6倍', [1.6, '倍']), 'elliptical', 'topic-switch', 'five-year-review', HF),
  T('算力规模呢', 'figure', 'SD26', F('5G基站增长4.3倍,算力规模增长3.5倍', [3.5, '倍']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('浙江去年中欧班列开了多少列'),
  T('义新欧比上年增长多少', 'figure', 'ZJ26', F('中欧班列(义新欧)开行3005列、增长14.7%', pct(14.7)), 'elliptical', 'short', HF),
  T('今年要开多少列', 'target', 'ZJ26', F('深化中欧班列市场化运营改革,全年开行3000列以上', [3000, '列']), 'elliptical', 'relative-year', 'year-switch', 'short', HF),
]);
conv([
  T('安徽前年新增了多少个博士点'),
  T('说错了 我问的是硕士点', 'figure', 'AH25', F('全省新增博士点23个、硕士点90个', [90, '个']), 'elliptical', 'self-correction', 'indicator-switch', HF),
  T('山东前年新增博士硕士学位授予单位几个', 'figure', 'SD25', F('新增博士、硕士学位授予权单位10个', [10, '个']), 'no-inherit', 'place-switch', 'relative-year', HF),
]);
conv([
  T('江苏前年国家级专精特新小巨人新增了多少'),
  T('雅安呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了还是江苏 前年新增托位有多少', 'figure', 'JS25', F('加强生育支持和普惠托育服务,新增托位数超3万个', [3, '万个']), 'elliptical', 'after-not-found', HF),
]);
conv([
  T('钱塘前年低效用地再开发了多少亩'),
  T('新增建设用地指标拿到了多少亩', 'figure', 'QT25', F('空间要素保障持续加力,新增建设用地指标3734亩', [3734, '亩']), 'elliptical', 'indicator-switch', 'short', HF),
  T('用能批了多少万吨标煤', 'figure', 'QT25', F('能源要素保障持续强化,批复用能15.44万吨标煤', [15.44, '万吨']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('拱墅22年新增了多少市场主体'),
  T('上榜国家级专精特新小巨人的有几家', 'figure', 'GS23', F('罗莱迪思、禾迈电力等4家企业上榜国家级专精特新小巨人企业榜单', [4, '家']), 'elliptical', 'topic-switch', HF),
  T('经营性用地出让了多少亩', 'figure', 'GS23', F('着力拓宽发展空间,出让经营性用地14宗515亩', [515, '亩']), 'elliptical', 'topic-switch', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  黄南: ['黄南', 'Huangnan'],
  中卫: ['中卫', 'Zhongwei'],
  兴安盟: ['兴安盟', 'Hinggan'],
  巴彦淖尔: ['巴彦淖尔', 'Bayannur'],
  来宾: ['来宾', 'Laibin'],
  崇左: ['崇左', 'Chongzuo'],
  贺州: ['贺州', 'Hezhou'],
  迪庆: ['迪庆', 'Diqing'],
  雅安: ['雅安', 'Yaan'],
  fangchenggang: ['防城港', 'Fangchenggang'],
  1909: ['1909'],
  1913: ['1913'],
  1917: ['1917'],
  1929: ['1929'],
  热干面: ['热干面'],
  麻将: ['麻将'],
  台球: ['台球', 'billiard'],
  bowling: ['保龄球', 'bowling'],
  frisbee: ['飞盘', 'frisbee'],
};

// Never a fact that fresh-ah's or fresh-ai's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-ah/ah-heldout.jsonl', 'eval/fresh-ai/ai-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-ah's or fresh-ai's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'aj', last: 'ai', notAnswerableWords: NF_WORDS });
