#!/usr/bin/env node
// Writes the fresh-al sets: eval/fresh-al/al-tune.jsonl and eval/fresh-al/al-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-al/make.mjs [--check]
//
// A twenty-sixth held-out question set written BEFORE any fix, as fresh-m … fresh-ak, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'ak'`, so fresh-ak's tune file is an earlier tune file, and no cite may meet fresh-aj's or fresh-ak's held-out
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
p('figure', 'AH26', '安徽十四五期间 省科技攻坚项目里企业承担的占多少', F('超80%的省科技攻坚项目、资金、研发投入由企业承担', pct(80)), 'plan-period', 'colloquial');
p('figure', 'GD26', '广东去年新获评全国文明城市的地级市有几个', F('5个地级市和5个县级城市新获评全国文明城市', [5, '个']), 'relative-year');
p('figure', 'SD26', '山东去年源网荷储一体化试点推进了多少个', F('42个源网荷储一体化试点加快推进', [42, '个']), 'relative-year');
p('figure', 'HN25', '湖南前年全面起势的重点产业链有几条', F('13条重点产业链全面起势', [13, '条']), 'relative-year', 'short');
p('figure', 'FJ26', '福建十四五期间搞强链补链延链的县域重点产业链一共多少条', F('164条县域重点产业链强链补链延链', [164, '条']), 'plan-period', 'colloquial');
p('figure', 'AH25', '皖前年保交房项目完成了百分之多少', F('中小金融机构风险有效处置,保交房项目完成94.9%', pct(94.9)), 'relative-year', 'short-name', HF);
p('figure', 'AH25', '安徽前年建成投用了多少个公共文化空间', F('建成投用600个公共文化空间', [600, '个']), 'relative-year', HF);
p('figure', 'BJ25', '北京前年在城市副中心办公的工作人员大概多少', F('第二批市级机关完成搬迁,近3.3万名工作人员在副中心办公', [3.3, '万名']), 'relative-year', 'approx', HF);
p('figure', 'BJ25', '京前年拆了多少公里护栏', F('拆除护栏247公里', [247, '公里']), 'relative-year', 'short-name', 'short', HF);
p('figure', 'GD25', '广东前年建成首批标准化就业驿站多少个', F('推进“家门口”就业服务圈建设,建成首批153个标准化就业驿站', [153, '个']), 'relative-year', HF);
p('figure', 'GD26', '十四五收官时广东职工医保参保人数过了多少', F('职工医保参保人数突破5100万', [5100, '万']), 'plan-period', 'colloquial', HF);
p('figure', 'SD25', '山东前年核准和在建的核电机组规模多大', F('核准和在建核电机组1003万千瓦', [1003, '万千瓦']), 'relative-year', HF);
p('figure', 'SD26', '山东沿海港口万吨级以上泊位到去年有多少个', F('沿海港口万吨级以上泊位达到404个', [404, '个']), 'relative-year', HF);
p('figure', 'SH25', '上海前年完成了多少公里架空线入地', F('完成134公里架空线入地和杆箱整治', [134, '公里']), 'relative-year', HF);
p('figure', 'SH26', '沪去年全市离境退税商店有多少家', F('优化离境退税环境,全市离境退税商店达到1837家', [1837, '家']), 'relative-year', 'short-name', HF);
p('figure', 'ZJ25', '浙江前年几家博物馆晋级了国家一级', F('吴越文化博物馆建成开馆,8家博物馆晋级国家一级博物馆', [8, '家']), 'relative-year', 'colloquial', HF);
p('figure', 'ZJ25', '浙江长护险参保人数前年到了多少', F('长期护理保险参保人数达4526万人', [4526, '万人']), 'relative-year', 'abbreviation', HF);
p('figure', 'ZJ26', '浙江去年省市县选派了多少名科技副总', F('省市县选派科技副总1787名', [1787, '名']), 'relative-year', HF);
p('figure', 'YN25', '滇前年新晋的国家等级博物馆几个', F('新晋国家等级博物馆8个', [8, '个']), 'relative-year', 'short-name', 'short', HF);
p('figure', 'HN25', '湖南前年建成通车了几条高速公路', F('8条高速公路建成通车', [8, '条']), 'relative-year', HF);
p('figure', 'JL25', '吉林前年实现全程网办的政务服务事项有多少万个', F('“高效办成一件事”扩面提质,11.7万个政务服务事项实现全程网办', [11.7, '万个']), 'relative-year', HF);
p('figure', 'CN25', '25年国务院报告说居民存量房贷利息一年少付了多少', F('下调住房贷款利率和首付比例,居民存量房贷利息年支出减少约1500亿元', [1500, '亿元']), 'two-digit-year', 'no-place', 'approx', HF);
p('figure', 'HZ24', '杭州23年公共场所新增了多少台AED', F('新增公共场所自动体外除颤仪1671台', [1671, '台']), 'two-digit-year', 'abbreviation', HF);
p('target', 'GD26', '广东今年育儿补贴打算发给多少婴幼儿', F('优化服务流程,为超300万名婴幼儿发放育儿补贴', [300, '万名']), 'target', 'relative-year', HF);
p('target', 'ZJ26', '浙江今年老年大学学位准备新增多少个', F('新增老年大学(学校)学位3万个', [3, '万个']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'BJ26', '北京今年要新建几个区域养老服务中心', F('健全长期护理保险制度,新建20个区域养老服务中心', [20, '个']), 'target', 'relative-year', HF);
p('target', 'SD25', '山东去年计划吸引集聚多少青年人才', F('建好30家人才效能提升重点平台,吸引集聚青年人才80万人', [80, '万人']), 'target', 'relative-year', HF);
p('target', 'YN25', '云南去年新改建农村公路定的多少公里', F('年度目标:新改建农村公路1万公里以上', [1, '万公里']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'QT25', '钱塘25年打算新增多少名高技能人才', F('数字高技能人才倍增计划,新增高技能人才3000名', [3000, '名']), 'target', 'two-digit-year', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'AH25', '安徽前年改造了多少个城镇老旧小区', F('推进43个城市片区更新,改造城镇老旧小区1545个', [1545, '个']), 'relative-year', 'after-other', HF);
s('figure', 'AH26', '这五年皖北有多少群众喝上了引调水', F('420万困难群众基本生活得到有效保障,3000多万皖北地区群众喝上引调水', [3000, '万']), 'five-year-review', 'second-of-pair', 'approx', HF);
s('target', 'BJ25', '北京去年计划开展多少场阅读活动', F('举办市民系列文化活动1.6万场,开展各类阅读活动3万场', [3, '万场']), 'target', 'relative-year', 'second-of-pair', HF);
s('figure', 'BJ26', '北京去年获批上市的创新药械有几款', F('新能源汽车年产量近70万辆,34款创新药械获批上市', [34, '款']), 'relative-year', 'after-other', HF);
s('figure', 'FJ25', '福建前年新建和改造提升的福道有多长', F('新改建供排水管网2182公里,新建和改造提升福道930公里', [930, '公里']), 'relative-year', 'after-other', HF);
s('figure', 'FJ26', '福建去年医疗救助了多少人次', F('发放低保、特困等救助资金61.7亿元,实施医疗救助613.7万人次', [613.7, '万人次']), 'relative-year', 'after-other', HF);
s('figure', 'GD26', '广东上榜世界500强的企业去年增加到几家', F('新增境内外上市公司45家、总量达1224家,上榜世界500强企业增至18家', [18, '家']), 'relative-year', 'after-other', HF);
s('figure', 'JS25', '江苏前年城中村改造实施了多少户', F('新开工老旧小区改造1114个,实施城中村改造8.52万户', [8.52, '万户']), 'relative-year', 'second-of-pair', HF);
s('figure', 'JS26', '苏十四五末千人口托位数到了多少', F('二级及以上老年医院数量新增76家,千人口托位数达4.7个', [4.7, '个']), 'plan-period', 'second-of-pair', 'short-name', HF);
s('figure', 'SD26', '山东去年重大科技攻关里企业牵头的比例有多高', F('实施167项重大科技攻关,企业牵头比例超过85%', pct(85)), 'relative-year', 'second-of-pair', HF);
s('figure', 'SH26', '沪去年技术合同成交额多少亿', F('一大批科技成果加快转化和产业化,技术合同成交额达到6496.8亿元', [6496.8, '亿元']), 'relative-year', 'after-other', 'short-name', HF);
s('figure', 'ZJ26', '浙江去年建成了多少个老年助餐点', F('建成养老服务机构1596个、床位23.1万张,建成老年助餐点1.18万个', [1.18, '万个']), 'relative-year', 'after-other', HF);
s('figure', 'YN25', '云南前年入境过夜游客涨了多少', F('过境免签扩展到9个州(市)并延长至240小时、接待入境过夜游客增长168%', pct(168)), 'relative-year', 'after-other', HF);
s('figure', 'HN25', '湖南前年汽车家电以旧换新拉动了多少消费', F('汽车、家电产品以旧换新分别达23.6万辆、269.8万台,拉动消费超500亿元', [500, '亿元']), 'relative-year', 'after-other', HF);
s('figure', 'JL25', '吉林到前年连续多少年没出重大森林火灾', F('未发生重大及以上事故,连续44年无重大森林火灾', [44, '年']), 'relative-year', 'after-other', HF);
s('figure', 'GS23', '拱墅22年新增的认知症照护床位有几张', F('智慧养老院1家,新增认知症专区照护床位187张', [187, '张']), 'two-digit-year', 'after-other', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'AH25', 'anhui 2024: new foreign-invested enterprises set up?', F('“理解中国”课程班,新设外商投资企业606家', [606, '家']), 'year', 'lowercase', 'short', HF);
e('figure', 'AH25', "anhui 2024 — how many rural migrants became urban residents ('new citizens')?", F('39.8万农业转移人口成为新市民', [39.8, '万']), 'year', 'lowercase', HF);
e('figure', 'AH26', 'anhui market entities at end of the 14th FYP, and 5-yr growth?', F('全省经营主体超850万户、增长45%', [850, '万户'], pct(45)), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'BJ25', "beijing 2024: home elderly-care beds ('family beds') added?", F('新增9829张家庭养老床位', [9829, '张']), 'year', 'lowercase', HF);
e('figure', 'BJ26', 'BSE (beijing stock exchange) total market cap end-2025?', F('北京证券交易所上市公司达288家、总市值超8600亿元', [8600, '亿元']), 'year', 'abbreviation', 'short', HF);
e('figure', 'BJ26', "beijing's urban-rural construction land cut over the 14th fyp, sq km?", F('城乡建设用地规模减量约50平方公里', [50, '平方公里']), 'plan-period', 'lowercase', 'abbreviation', 'approx', HF);
e('target', 'BJ25', 'bj 2025 plan: # of residential compounds getting recycling systems?', F('完善1000个居住小区再生资源回收体系', [1000, '个']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'FJ25', 'fujian 2024 — investment completed by provincial key projects, bn yuan?', F('1593个省重点项目完成投资7295亿元', [7295, '亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'FJ26', "fujian 2025: financing served via the 'jinfuyun' platform?", F('“金服云”服务实体融资1.58万亿元', [1.58, '万亿元']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'FJ26', 'fujian industrial investment growth last yr?', F('全球最大烷烃一体化生产基地投产,工业投资增长6.1%', pct(6.1)), 'relative-year', 'lowercase', 'abbreviation', 'short', HF);
e('target', 'FJ25', 'fujian 2025: # of provincial key projects planned & planned investment?', F('实施省重点项目1550个、年度计划投资7150亿元', [1550, '个'], [7150, '亿元']), 'target', 'year', 'lowercase', HF);
e('figure', 'GD25', 'guangdong 2024: newly listed firms (domestic + overseas) and total listed?', F('新增境内外上市企业41家、总量达1198家', [41, '家'], [1198, '家']), 'year', 'lowercase', HF);
e('figure', 'GD25', '3rd GBA global investment conference — total deal value?', F('第三届大湾区全球招商大会达成投资项目1933个、总金额2.26万亿元', [2.26, '万亿元']), 'abbreviation', 'short', HF);
e('figure', 'GD26', 'gd tourist visits in 2025 (est.)?', F('预计全年接待游客9.6亿人次', [9.6, '亿人次']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'GD26', "guangdong local SOEs' total assets — growth over the 14th FYP?", F('全省地方国资监管企业资产总额五年增长64.1%', pct(64.1)), 'plan-period', 'lowercase', 'abbreviation', HF);
e('target', 'GD26', 'gd 2026 livelihood projects: how many public-welfare jobs to develop?', F('开发储备超8000个公益性岗位', [8000, '个']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'JS25', 'sihanoukville SEZ in cambodia: # of firms in the zone by end-2024 (jiangsu report)?', F('柬埔寨西哈努克港经济特区入园企业达190家', [190, '家']), 'year', 'lowercase', HF);
e('figure', 'JS26', 'jiangsu 2025: sales growth at warehouse-club & concept stores (above designated size)?', F('限上仓储会员店、集合店零售额合计增长15.7%', pct(15.7)), 'year', 'lowercase', HF);
e('figure', 'SD25', 'shandong 2024: new national-level leading talents?', F('新增国家级领军人才435人', [435, '人']), 'year', 'lowercase', 'short', HF);
e('figure', 'SD26', 'shandong 2025: investment done in transport, energy & water?', F('交通、能源、水利完成投资5400多亿元', [5400, '亿元']), 'year', 'lowercase', 'approx', HF);
e('target', 'SD26', 'shandong HSR mileage goal for 2026, km?', F('今年建成雄商、济滨高铁,高铁里程突破3400公里', [3400, '公里']), 'target', 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'SH25', "shanghai's 3 leading industries (chips, biomed, AI) — combined size in 2024?", F('集成电路、生物医药、人工智能三大先导产业规模达到1.8万亿元', [1.8, '万亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'SH25', 'shanghai 2024: extra burden relief for businesses, bn yuan?', F('实施减轻企业负担“20条”等政策,全年新增减负超过1160亿元', [1160, '亿元']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'SH26', "shanghai museum's ancient egypt show — knock-on consumption in the city?", F('上海博物馆“古埃及文明大展”总营收7.6亿元,带动城市综合消费350亿元', [350, '亿元']), 'lowercase', HF);
e('figure', 'ZJ25', "zhejiang 2024: 'thousand projects, trillion yuan' major projects — investment completed?", F('1299个重大项目完成投资1.4万亿元', [1.4, '万亿元']), 'year', 'lowercase', HF);
e('figure', 'ZJ25', 'zhejiang market entities end-2024, and how many of them companies?', F('全省经营主体达1095.2万户、增长5.9%,其中企业380.8万户', [1095.2, '万户'], [380.8, '万户']), 'year', 'lowercase', HF);
e('target', 'ZJ26', 'zj 2026 plan: large commercial shows & major sports events to host?', F('举办大型营业性演出100场、重大体育赛事200场', [100, '场'], [200, '场']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'YN25', "yunnan 2024: new credit granted via the 'rongxinfu' platform?", F('融信服平台新增授信超2100亿元', [2100, '亿元']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'HN25', 'hunan green smart computing industry output 2024?', F('绿色智能计算产业产值增长19.2%、突破8500亿元', [8500, '亿元']), 'year', 'lowercase', 'short', HF);
e('figure', 'JL25', 'jilin 2024: new wind+solar capacity was how many times normal absorption capacity?', F('新增风光装机超过600万千瓦,是正常消纳能力的10倍', [10, '倍']), 'year', 'lowercase', HF);
e('figure', 'CN25', "china's fx reserves at end-2024?", F('国际市场份额稳中有升,外汇储备超过3.2万亿美元', [3.2, '万亿美元']), 'year', 'lowercase', 'abbreviation', 'no-place', 'short', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('golmud gdp growth last yr?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe("what was shandong's population in 1888?", 'nf-year', 'year', 'lowercase');
nfe('How many hanfu rental shops are there in Xi\'an?', 'nf-indicator');
nfe('livehouse gigs in shanghai last yr — how many?', 'nf-indicator', 'relative-year', 'lowercase', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['CN23', 'CN22'], '22年和23年 地方政府专项债分别安排了多少', F(['今年拟安排地方政府专项债券3.8万亿元', '今年拟安排地方政府专项债券3.65万亿元'], [3.8, '万亿元'], [3.65, '万亿元']), 'two-digit-year', 'one-place-two-years', 'no-place', HF);
f('trend', 'trend-ask', ['AH26', 'AH25'], '安徽制定修改废止的省政府规章 前年几件 去年几件', F(['依法行政深入推进,制定修改废止省政府规章6件', '制定修改废止省政府规章8件,提请省人大常委会审议地方性法规25件'], [6, '件'], [8, '件']), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['GD26', 'GD25'], '广东民生实事里开发储备公益性岗位 去年和今年的目标各是多少', F(['开发储备超8000个公益性岗位', '开发储备超5000个公益性岗位'], [8000, '个'], [5000, '个']), 'target', 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['SH26', 'SH25'], '上海配合市人大出台的地方性法规 前年和去年各几件', F(['配合市人大及其常委会出台地方性法规20件,立改废政府规章44件', '配合市人大及其常委会出台地方性法规20件,立改废政府规章37件'], [20, '件'], [20, '件']), 'relative-year', 'one-place-two-years', HF);
f('trend', 'trend-ask', 'CN23', '23年报告回顾五年 可再生能源装机从多少增加到多少', F('可再生能源装机规模由6.5亿千瓦增至12亿千瓦以上', [12, '亿千瓦'], [6.5, '亿千瓦']), 'two-digit-year', 'five-year-review', 'from-to', 'no-place', HF);
f('trend', 'trend-ask', 'CN23', '这五年城乡居民医保人均财政补助标准从多少提到多少 (23年报告)', F('城乡居民医保人均财政补助标准从450元提高到610元', [610, '元'], [450, '元']), 'two-digit-year', 'five-year-review', 'from-to', 'no-place', HF);
f('trend', 'trend-ask', 'CN23', '23年报告里网上零售额占社零的比重 五年间从多少提高到多少', F('实物商品网上零售额占社会消费品零售总额的比重从15.8%提高到27.2%', pct(27.2), pct(15.8)), 'two-digit-year', 'five-year-review', 'from-to', 'abbreviation', 'no-place', HF);
f('trend', 'trend-ask', 'BJ25', '天竺综保区前年国家绩效评估排名从第几升到第几', F('天竺综保区在国家绩效评估中从第9名提升至第2名', [2], [9]), 'relative-year', 'from-to', 'rank', HF);
f('comparison', 'comparison-ask', ['AH25', 'FJ25'], '前年国家区域医疗中心 安徽开诊的和福建投用的各几个', F(['9个国家区域医疗中心全部开诊', '扩容下沉医疗资源,8个国家区域医疗中心全部投用'], [9, '个'], [8, '个']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['BJ25', 'SH25'], '前年建设筹集的保障性租赁住房 北京和上海谁多', F(['建设筹集保障性租赁住房7.1万套', '建设筹措保障性租赁住房7.2万套'], [7.1, '万套'], [7.2, '万套']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['AH26', 'FJ26'], '去年升格本科的高职院校 安徽和福建各有几所', F(['7所高职学校入选国家“双高计划”,3所高职高专升格本科', '1所职业院校升格本科'], [3, '所'], [1, '所']), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['BJ25', 'GD25'], '前年新建高标准农田 北京和广东差了多少', F(['建成高标准农田13.5万亩', '新建和改造提升112万亩高标准农田'], [13.5, '万亩'], [112, '万亩']), 'two-places', 'which-higher', 'relative-year', 'colloquial', HF);
f('superlative', 'ranking-ask', 'FJ26', '省政府门户网站评估连续4年全国第一的是哪个省', F('省政府门户网站评估连续4年全国第一', [4, '年']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'JS25', '两化融合发展水平连续10年全国第一是哪个省', F('两化融合发展水平连续10年全国第一', [10, '年']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'SD26', '去年农林牧渔业总产值稳居全国首位的是哪个省', F('农林牧渔业总产值超过1.3万亿元,稳居全国首位', [1.3, '万亿元']), 'across-reports', 'relative-year', HF);
f('superlative', 'ranking-ask', 'BJ25', '前年备案上线大模型数量全国第一的是哪里', F('备案上线大模型105款、稳居全国首位', [105, '款']), 'across-reports', 'relative-year', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'FJ26', '福建去年食品和药品抽检合格率分别多少', F('食品、药品抽检合格率分别达99.62%、99.71%', pct(99.62), pct(99.71)), 'relative-year', HF);
f('multi', 'multi-ask', 'SD25', '山东到前年累计创建的国家级和省级文明村镇各多少个', F('累计创建国家文明村镇246个、省级文明村镇4295个', [246, '个'], [4295, '个']), 'relative-year', HF);
f('multi', 'multi-ask', 'SH25', '浦东新区法规和管理措施到前年累计各有多少部', F('浦东新区法规、管理措施分别新增4部、10部,累计分别达到22部、31部', [22, '部'], [31, '部']), 'relative-year', HF);
f('multi', 'multi-ask', 'CN23', '23年报告说这五年水土流失 荒漠化 沙化土地面积各净减少多少', F('水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里', [10.6, '万平方公里'], [3.8, '万平方公里'], [3.3, '万平方公里']), 'two-digit-year', 'five-year-review', 'no-place', HF);
f('multi', 'multi-ask', 'ZJ26', '浙江去年供应的国有建设用地 新增用海 用林地各多少万亩', F('供应国有建设用地37.3万亩,新增用海29.2万亩、用林地13.2万亩', [37.3, '万亩'], [29.2, '万亩'], [13.2, '万亩']), 'relative-year', HF);
f('overview', 'overview-ask', 'HN25', '湖南前年经济整体表现咋样', { ...F('全年增长4.8%、总量达5.3万亿元'), lead: 4.8 }, 'relative-year', 'colloquial');
f('overview', 'overview-ask', 'GD26', 'guangdong economy in 2025 — the headline numbers pls', { ...F('地区生产总值增长3.9%、总量连续37年居全国首位'), lead: 3.9 }, 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'GS25', '拱墅25年政府工作报告的重点工作分哪几个方面', O('GS25'), 'two-digit-year');
f('outline', 'outline-ask', 'FJ26', '福建今年的主要任务有哪几大块', O('FJ26'), 'relative-year', 'colloquial');
f('outline', 'outline-ask', 'ZJ25', 'zhejiang 2025 work report — key task areas, listed?', O('ZJ25'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('辽阳去年GDP增速多少', 'nf-place', 'relative-year', 'mixed-script', 'short');
nf('抚顺前年城镇新增就业多少人', 'nf-place', 'relative-year');
nf('石河子今年固定资产投资目标是多少', 'nf-place', 'relative-year', 'target');
nf('库尔勒24年的社零总额有多少来着', 'nf-place', 'two-digit-year', 'colloquial', 'abbreviation');
nf('张家口去年冰雪旅游收入多少', 'nf-place', 'relative-year');
nf('黔南州前年粮食产量是多少', 'nf-place', 'relative-year');
nf('万宁25年接待了多少游客', 'nf-place', 'two-digit-year');
nf('五指山去年农村居民人均收入涨了多少', 'nf-place', 'relative-year', 'colloquial');
nf('1908年上海有多少人口', 'nf-year', 'year', 'short');
nf('1915年北京的财政收入是多少', 'nf-year', 'year');
nf('成都去年新开了多少家洗车店', 'nf-indicator', 'relative-year', 'colloquial');
nf('杭州现在有多少家美甲店', 'nf-indicator', 'colloquial', 'short');
nf('上海前年脱口秀演了多少场', 'nf-indicator', 'relative-year', 'colloquial');
nf('武汉有多少家电竞酒店', 'nf-indicator', 'short');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('安徽去年各项经济指标在全国排位怎么样'),
  T('金融机构人民币贷款余额增速排第几', 'figure', 'AH26', F('实际使用外资增速居全国第1位,金融机构人民币贷款余额增速居全国第6位', [6]), 'elliptical', 'rank', HF),
  T('实际使用外资增速呢', 'figure', 'AH26', F('进出口总额突破万亿元、增速居全国第5位,实际使用外资增速居全国第1位', [1]), 'elliptical', 'indicator-switch', 'rank', 'short', HF),
]);
conv([
  T('北京去年接诉即办搞得怎么样'),
  T('专项治理了几个高频共性难题', 'figure', 'BJ26', F('深化接诉即办改革,专项治理农村供水保障等13个高频共性难题', [13, '个']), 'elliptical', HF),
  T('热线满意率呢', 'figure', 'BJ26', F('市民服务热线诉求解决率、满意率分别达97.3%和97.7%', pct(97.7)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('福建前年职业技能培训做得咋样'),
  T('投了多少钱搞职业技能提升工程', 'figure', 'FJ25', F('加强技能培训,投入4.3亿元实施职业技能提升工程', [4.3, '亿元']), 'elliptical', 'colloquial', HF),
  T('补贴性培训多少人次', 'figure', 'FJ25', F('新增5个国家级、60个省级高技能人才培训基地,补贴性培训31.9万人次', [31.9, '万人次']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('广东前年汛期灾害严重吗'),
  T('经历了几轮强降水', 'figure', 'GD25', F('时间长,经受了25轮强降水和10个台风影响', [25, '轮']), 'elliptical', 'short', HF),
  T('台风有几个', 'figure', 'GD25', F('经受了25轮强降水和10个台风影响', [10, '个']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('江苏去年工业转型升级效果如何'),
  T('规上高技术制造业增加值涨了多少', 'figure', 'JS26', F('规上高技术制造业增加值、规上高技术服务业营收分别增长11.9%、6.8%', pct(11.9)), 'elliptical', HF),
  T('高技术服务业营收呢', 'figure', 'JS26', F('规上高技术制造业增加值、规上高技术服务业营收分别增长11.9%、6.8%', pct(6.8)), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('山东去年养老这块有什么进展'),
  T('家庭养老床位新增了多少张', 'figure', 'SD26', F('全国最多,护理型床位占比提升至76.4%,新增家庭养老床位1.4万张', [1.4, '万张']), 'elliptical', HF),
  T('特殊困难老人家庭适老化改造了多少户', 'figure', 'SD26', F('特殊困难老年人家庭适老化改造1.5万户', [1.5, '万户']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('上海去年社区养老设施建了多少'),
  T('社区长者食堂新建了几家', 'figure', 'SH26', F('认知障碍照护床位3326张,新建社区长者食堂57家', [57, '家']), 'elliptical', HF),
  T('今年家门口养老服务站要新增多少个', 'target', 'SH26', F('认知障碍照护床位,新增200个家门口养老服务站', [200, '个']), 'elliptical', 'relative-year', 'year-switch', HF),
]);
conv([
  T('浙江去年港口和机场运行情况咋样'),
  T('宁波舟山港保税燃料油加注了多少', 'figure', 'ZJ26', F('宁波舟山港集装箱吞吐量4387万标箱、增长11.6%,保税燃料油加注880万吨', [880, '万吨']), 'elliptical', HF),
  T('萧山机场旅客吞吐量呢', 'figure', 'ZJ26', F('杭州萧山国际机场旅客吞吐量突破5000万人次', [5000, '万人次']), 'elliptical', 'topic-switch', 'short', HF),
]);
conv([
  T('云南前年防灾减灾应对了哪些灾害'),
  T('处置了多少起森林火灾', 'figure', 'YN25', F('山体滑坡灾害,高效处置15起森林火灾', [15, '起']), 'elliptical', HF),
  T('编号洪水几次', 'figure', 'YN25', F('有效应对14轮强降雨和7次编号洪水', [7, '次']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('湖南前年算力基础设施建得怎么样'),
  T('智能算力有多少PF', 'figure', 'HN25', F('总算力突破7000PF、增长34.6%,智能算力达2000PF', [2000, 'PF']), 'elliptical', 'abbreviation', HF),
  T('5G基站建了多少个', 'figure', 'HN25', F('超算算力达223PF、居全国第3位,建成5G基站17万个', [17, '万个']), 'elliptical', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('吉林去年农民增收有啥打算'),
  T('工资性收入要提高多少', 'target', 'JL25', F('实施农民工资性收入提升行动,工资性收入提高20%以上', pct(20)), 'elliptical', 'relative-year', HF),
  T('美丽乡村示范县打算打造几个', 'target', 'JL25', F('深入实施“十百千万”工程,打造“美丽乡村示范县”5个', [5, '个']), 'elliptical', 'topic-switch', HF),
]);
conv([
  T('2023 work report: how much did small firms benefit from tax cuts over the 5 yrs?'),
  T('min effective corporate income tax rate for small & micro firms — from what to what?', 'figure', 'CN23', F('小微企业所得税实际最低税负率从10%降至2.5%', pct(2.5), pct(10)), 'elliptical', 'en', 'lowercase', 'from-to', HF),
  T('and new tax-paying firms & self-employed added per year on avg?', 'figure', 'CN23', F('年均新增涉税企业和个体工商户等超过1100万户', [1100, '万户']), 'elliptical', 'topic-switch', 'en', 'lowercase', HF),
]);
conv([
  T('拱墅22年违法建筑整治情况'),
  T('一共拆了多少处', 'figure', 'GS23', F('全年累计拆除各类违法建筑1553处', [1553, '处']), 'elliptical', 'short', HF),
  T('面积多大', 'figure', 'GS23', F('全年累计拆除各类违法建筑1553处、22.81万平方米', [22.81, '万平方米']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('钱塘前年文体设施新建了不少吧'),
  T('省市基层体育场地设施新建几处', 'figure', 'QT25', F('非遗馆开馆运营,新建省市基层体育场地设施15处', [15, '处']), 'elliptical', HF),
  T('嵌入式体育场地呢', 'figure', 'QT25', F('新建省市基层体育场地设施15处、嵌入式体育场地21处', [21, '处']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T('guangdong 2025: how is the low-altitude economy doing?'),
  T('# of take-off & landing facilities?', 'figure', 'GD26', F('低空经济产业链集聚更多关键企业,起降设施增至3592个', [3592, '个']), 'elliptical', 'en', 'abbreviation', 'short', HF),
  T('and flight volume?', 'figure', 'GD26', F('起降设施增至3592个,飞行规模达2061万架次', [2061, '万架次']), 'elliptical', 'indicator-switch', 'en', 'lowercase', 'short', HF),
]);
conv([
  T('北京去年立改废了多少项政府规章'),
  T('上海那边呢', 'figure', 'SH26', F('出台地方性法规20件,立改废政府规章44件', [44, '件']), 'elliptical', 'place-switch', 'short', HF),
  T('换安徽看看', 'figure', 'AH26', F('依法行政深入推进,制定修改废止省政府规章6件', [6, '件']), 'elliptical', 'place-switch', 'short', HF),
  T('福建十四五期间一共制定修改废止了多少件', 'figure', 'FJ26', F('提请审议省级地方性法规61件,制定修改废止政府规章38件', [38, '件']), 'elliptical', 'place-switch', 'plan-period', HF),
]);
conv([
  T('山东前年争取了多少超长期特别国债资金'),
  T('支持了多少个项目', 'figure', 'SD25', F('争取超长期特别国债资金383亿元、支持项目512个', [512, '个']), 'elliptical', 'short', HF),
  T('那去年新争取的国家政策性资金支持了多少项目', 'figure', 'SD26', F('新争取国家政策性资金4700多亿元,支持项目4200余个', [4200, '个']), 'elliptical', 'relative-year', 'year-switch', 'approx', HF),
]);
conv([
  T('上海去年计划新建多少公里绿道'),
  T('搞错了 我想问的是新建绿地', 'target', 'SH25', F('新增森林3万亩,新建绿道130公里、绿地1000公顷', [1000, '公顷']), 'elliptical', 'self-correction', 'indicator-switch', 'relative-year', HF),
  T('今年准备建多少万亩高标准农田', 'target', 'SH26', F('深入落实耕地保护和粮食安全责任制,建设8万亩高标准农田', [8, '万亩']), 'elliptical', 'relative-year', 'year-switch', 'topic-switch', HF),
]);
conv([
  T('江苏前年新增了几个国家学前教育普及普惠县'),
  T('那琼海呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('还是说江苏吧 义务教育优质均衡发展县市区新增几个', 'figure', 'JS25', F('新增国家学前教育普及普惠县市区21个、义务教育优质均衡发展县市区12个', [12, '个']), 'elliptical', 'after-not-found', 'relative-year', HF),
]);
conv([
  T('浙江去年长护险新增参保多少人'),
  T('参保率到多少了', 'figure', 'ZJ26', F('新增长护险参保人数1561万人,参保率达93%', pct(93)), 'elliptical', 'short', HF),
  T('另外问下 湖南团洲垸蓄滞洪区前年迁建安置了多少人', 'figure', 'HN25', F('集中力量做好灾后重建,团洲垸蓄滞洪区2.1万余人进行迁建', [2.1, '万']), 'no-inherit', 'place-switch', 'relative-year', 'approx', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  辽阳: ['辽阳', 'Liaoyang'],
  抚顺: ['抚顺', 'Fushun'],
  石河子: ['石河子', 'Shihezi'],
  库尔勒: ['库尔勒', 'Korla'],
  张家口: ['张家口', 'Zhangjiakou'],
  黔南: ['黔南', 'Qiannan'],
  万宁: ['万宁', 'Wanning'],
  五指山: ['五指山', 'Wuzhishan'],
  琼海: ['琼海', 'Qionghai'],
  golmud: ['格尔木', 'Golmud'],
  1888: ['1888'],
  1908: ['1908'],
  1915: ['1915'],
  洗车: ['洗车', 'car wash'],
  美甲: ['美甲', 'manicure', 'nail salon'],
  脱口秀: ['脱口秀', 'stand-up'],
  电竞酒店: ['电竞酒店', 'e-sports hotel'],
  hanfu: ['汉服', 'hanfu'],
  livehouse: ['livehouse'],
};

// Never a fact that fresh-aj's or fresh-ak's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-aj/aj-heldout.jsonl', 'eval/fresh-ak/ak-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-aj's or fresh-ak's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'al', last: 'ak', notAnswerableWords: NF_WORDS });
