#!/usr/bin/env node
// Writes the fresh-u sets: eval/fresh-u/u-tune.jsonl and eval/fresh-u/u-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-u/make.mjs [--check]
//
// A ninth held-out question set written BEFORE any fix, as fresh-m … fresh-t, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording and without running the bot to choose or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports), with wording other than fresh-q's, fresh-r's, fresh-s's and fresh-t's (other follow-up
// phrasings, verbs, fragments, typos, traditional characters, mixed scripts, short and long asks). Six parts:
//   1. conversations of 3–4 turns (every later turn scored): 实际干成多少了 (attainment) / 搁浙江是多少 → 两边差了多少个 /
//      "same for Shanghai?" → "who's doing more, then?" / 年份打错了 应该是26年不是25 (a self-correction) /
//      城镇化潜力地区试点又是几个 / 展开讲讲第八块 (after an outline) / "and how many clusters did Qianhai set up …?" /
//      那没有高风险金融机构 保持了几年 (after a trend) / 隔年呢 / "and new projects signed into …?" / 换成Jiangxi有数没
//      (a scored not-answerable turn) → 算了 湖南那年… / 首发首秀首展呢 → … → 还有生产性服务业领军企业 培育几家 /
//      说到养老 … / 美丽庭院建了多少户 / "how many students benefited …?" / 直接采认的…新增几项 / "legal aid side — …" /
//      再看教育助学 … / 太湖湖体水质 多少年来头一回到III类 / "how does Fujian stack up that year?" / 森林城镇和森林乡村各建了几个
//      (multi) / a complete new question after a five-year question;
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin, a typo), 4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (连续几年 / 连续几次 / 多少年来首次 / 连续两年超) and A vs B comparisons (two years of one report, two reports);
//   5. several indicators in one ask (multi), overviews and outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-04: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-t: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-t, plus the
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
// kinds as fresh-t: second-of-pair, after-other (another indicator's figure comes first), part-vs-total,
// share-vs-growth, rank, count
s('target', 'AH25', '安微25年特色产业带直播电商基地要建几个', F('建设特色产业带直播电商基地10个以上', [10, '个']), 'target', 'after-other', 'two-digit-year', 'typo', 'count');
s('target', 'AH25', '安徽25年废弃矿山打算修复多少个', F('完成湿地保护修复工程12处,修复废弃矿山300个以上', [300, '个']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'AH26', '安徽今年稳经济举措一共几项', F('统筹安排省级财政资金350亿元以上,实施稳经济30项举措', [30, '项']), 'target', 'after-other', 'relative-year', 'count', 'short');
s('figure', 'BJ25', '北京24年新设的政府投资基金 扩到了几个投资领域', F('新设政府投资基金扩展至8个投资领域', [8, '个']), 'after-other', 'two-digit-year', 'count');
s('target', 'BJ25', '北京25年各类阅读活动打算搞多少场', F('举办市民系列文化活动1.6万场,开展各类阅读活动3万场', [3, '万场']), 'target', 'second-of-pair', 'two-digit-year');
s('target', 'BJ25', '北京2025年违法建设要治理掉多少万平米', F('疏解提质一般制造业企业100家,治理违法建设2000万平方米', [2000, '万平方米']), 'target', 'second-of-pair', 'year');
s('target', 'BJ25', '北京25年万卡智算集群准备建成几个', F('推动全市5G移动网络深度覆盖,建成2个万卡智算集群', [2, '个']), 'target', 'after-other', 'two-digit-year', 'count');
s('figure', 'BJ26', '北京去年市级高精尖产业基金有几支 带动社会投资超千亿那个', F('累计落地35支国家级大基金,8支市级高精尖产业基金带动社会投资超千亿元', [8, '支']), 'after-other', 'relative-year', 'count');
s('target', 'BJ26', '北京十五五规划纲要草案 主要指标一共设了多少项', F('从创新、协调、绿色、开放、共享、安全6个维度设置了29项主要指标', [29, '项']), 'target', 'after-other', 'plan-period', 'count');
s('trend', 'CN23', '过去五年 户籍证明社保转接这类常办事项 有多少项能跨省通办', F('90%以上的政务服务实现网上可办,户籍证明、社保转接等200多项群众经常办理事项实现跨省通办', [200, '项']), 'after-other', 'five-year-review', 'plan-period');
s('trend', 'CN23', '那五年国务院制定修订行政法规多少件次', F('提请全国人大常委会审议法律议案50件,制定修订行政法规180件次', [180, '件次']), 'second-of-pair', 'five-year-review', 'plan-period');
s('trend', 'CN23', '这五年地级以上城市空气优良天数比例提高了几个百分点', F('地级及以上城市空气质量优良天数比例达86.5%、上升4个百分点', [4, '个百分点']), 'share-vs-growth', 'five-year-review', 'plan-period');
s('figure', 'FJ25', '福建24年给县域重点产业链出了几条举措', F('发布2024县域重点产业链发展白皮书,出台25条举措', [25, '条']), 'after-other', 'two-digit-year', 'count');
s('figure', 'FJ25', '福建首批闽台融合发展重点项目是多少个', F('省级层面发布45条融合举措,首批121个闽台融合发展重点项目完成投资超千亿元', [121, '个']), 'after-other', 'count');
s('figure', 'FJ25', '福建24年“数据最多采一次” 覆盖了多大比例的政务服务办件', F('469个政务服务事项实现“数据最多采一次”、覆盖90%政务服务办件', pct(90)), 'after-other', 'two-digit-year');
s('figure', 'FJ25', '福建累计清退了多少公顷超规划网箱养殖', F('实施生态环境治理项目4132个、总投资612亿元,累计清退超规划网箱养殖719.7公顷', [719.7, '公顷']), 'after-other');
s('figure', 'FJ25', '福键24年灾后重建户有多少户搬进了新居', F('最大限度减少了损失,725户灾后重建户全部搬入新居', [725, '户']), 'after-other', 'two-digit-year', 'typo');
s('target', 'FJ25', '福建25年粮食储备规模要到多少', F('粮食播种面积稳定在1255万亩以上,粮食储备规模达500万吨', [500, '万吨']), 'target', 'after-other', 'two-digit-year', 'short');
s('trend', 'FJ26', '福建省级政府安全生产和消防工作考核 去年为止连续几次优秀', F('省级政府安全生产和消防工作考核连续3次获评优秀', [3, '次']), 'after-other', 'relative-year', 'plan-period');
s('target', 'FJ26', '福建今年城市片区更新、社区改造的省级项目安排几个', F('建设城市片区更新、社区改造省级项目15个', [15, '个']), 'target', 'after-other', 'relative-year', 'count');
s('figure', 'GD25', '东莞长安是广东第几个GDP过千亿的镇', F('东莞长安成为全省第3个地区生产总值超千亿元镇', [3]), 'after-other', 'rank', 'mixed-script');
s('figure', 'GD25', '廣東24年新改建農村公路多少公里', F('新增“四好农村路”全国示范县6个,新改建农村公路超5000公里', [5000, '公里']), 'after-other', 'two-digit-year', 'traditional', 'short');
s('figure', 'GD25', '广东24年给经营主体新增减免的税费超过多少', F('终端用户电费成本降低10%,全年为经营主体新增减免税费超1500亿元', [1500, '亿元']), 'after-other', 'two-digit-year');
s('target', 'GD25', '广东25年开工建设大中型水闸几宗', F('开工建设韩江、鉴江干流治理工程和40宗堤防、20宗大中型水闸', [20, '宗']), 'target', 'second-of-pair', 'two-digit-year', 'count');
s('target', 'GD25', '广东25年民生实事里 智能化驿站升级拓展多少家', F('的公益服务和管理机制,升级拓展2250家智能化驿站的特色服务功能', [2250, '家']), 'target', 'after-other', 'two-digit-year');
s('target', 'GD25', '广东25年普惠性托位新增多少', F('4所县级示范性托育机构,新增普惠性托位超1000个', [1000, '个']), 'target', 'after-other', 'two-digit-year', 'short');
s('figure', 'GD26', '国家创业投资引导基金去年在大湾区设的区域基金规模多大', F('国家创业投资引导基金在大湾区设立超500亿元区域基金', [500, '亿元']), 'after-other', 'relative-year');
s('target', 'GD26', '广东26年纵向帮扶县域基础教育的师范院校有几所', F('持续开展232所优质高中对县中的结对帮扶,强化12所师范(教师教育)院校对县域基础教育的纵向帮扶', [12, '所']), 'target', 'after-other', 'two-digit-year', 'count');
s('target', 'GD26', '广东今年12355青少年服务台要动员多少名志愿者', F('升级建设12355青少年服务台,动员全省超8000名志愿者线上线下接力', [8000, '名']), 'target', 'after-other', 'relative-year');
s('figure', 'JS25', '江苏24年高新技术产业产值占规上工业比重 首次超过多少', F('两化融合发展水平连续10年全国第一,高新技术产业产值占规上工业比重首次超过50%', pct(50)), 'after-other', 'two-digit-year');
s('figure', 'JS25', '江苏24年细化落实的长三角一体化重点任务有多少项', F('细化落实深入推进长三角一体化高质量发展80项重点任务', [80, '项']), 'after-other', 'two-digit-year');
s('figure', 'JS26', '江苏去年新增了几个国家生态文明建设示范区', F('新增城市公园绿地超500公顷,新增4个国家生态文明建设示范区', [4, '个']), 'after-other', 'relative-year', 'count');
s('target', 'SD25', '山东25年蓝色人才团队遴选几个', F('关键核心技术攻关,遴选10个左右蓝色人才团队', [10, '个']), 'target', 'second-of-pair', 'two-digit-year', 'short');
s('target', 'SD26', '山东26年重点产业稳增长方案有几个', F('实施产业提质升级“1+9”行动和12个重点产业稳增长方案', [12, '个']), 'target', 'after-other', 'two-digit-year', 'count');
s('target', 'SD26', '山东今年省级幸福河湖新增多少个', F('改造村卫生室1.7万家、农村危房6000户以上,新增省级幸福河湖70个', [70, '个']), 'target', 'after-other', 'relative-year');
s('figure', 'SH25', '上海24年长三角实事项目推进了几个 充换电一张网那些', F('新能源汽车充换电设施一张网等10个实事项目有序推进', [10, '个']), 'after-other', 'two-digit-year', 'count');
s('target', 'SH25', '上海25年公共空间休憩座椅设置优化多少处', F('提升改造内环高架路沿线景观灯光,设置优化3000处公共空间休憩座椅', [3000, '处']), 'target', 'after-other', 'two-digit-year');
s('figure', 'SH26', '上海机场去年货邮吞吐量涨了多少', F('分别达到1.35亿人次、453.8万吨,分别增长8.3%、7.9%', pct(7.9)), 'share-vs-growth', 'second-of-pair', 'relative-year', 'short');
s('figure', 'ZJ25', '浙江区域创新能力24年排全国第几', F('全社会研发投入强度预计达3.2%,区域创新能力继续保持全国第4位', [4]), 'after-other', 'two-digit-year', 'rank');
s('figure', 'ZJ25', '宁波舟山国际航运中心发展指数24年排到全球第几', F('国际航运中心发展指数排名提升到全球第8', [8]), 'after-other', 'two-digit-year', 'rank');
s('target', 'ZJ25', '浙江25年新引进顶尖人才多少名', F('实施重大科技项目400个以上,新引进顶尖人才40名以上', [40, '名']), 'target', 'second-of-pair', 'two-digit-year', 'short');
s('target', 'ZJ25', '浙江25年新增电力装机里 绿色能源要占多少', F('确保新增电力装机2000万千瓦以上,其中绿色能源占比60%以上', pct(60)), 'target', 'part-vs-total', 'two-digit-year');
s('target', 'ZJ26', '浙江今年规上工业企业研发费用跟营收的比值 目标多少', F('规上工业企业研发费用与营收之比达到3.25%左右', pct(3.25)), 'target', 'after-other', 'relative-year');
s('figure', 'YN25', '云南24年重点产业全链条产值突破多少', F('新增2个国家优势特色产业集群,重点产业全链条产值突破2.7万亿元', [2.7, '万亿元']), 'after-other', 'two-digit-year', 'short');
s('figure', 'HN25', '湖南24年那台全球最大的全地面起重机 是多少吨级的', F('“江海号”最大直径盾构机、全球最大4000吨级全地面起重机', [4000, '吨']), 'after-other', 'two-digit-year');
s('target', 'HN25', '湖南25年制造业关键产品揭榜挂帅项目 新实施多少个', F('现代化产业体系创新图谱,支持新实施20个左右制造业关键产品“揭榜挂帅”和产业链协同攻关项目', [20, '个']), 'target', 'after-other', 'two-digit-year');

// ---- 2. English single-turn questions -------------------------------------------------------------------------------
e('figure', 'AH25', "How many new 'Anhui consumption scenes' were launched in 2024?", F('开展“徽动消费促进年”行动,推出皖美消费新场景100个', [100, '个']), 'year', 'count');
e('figure', 'AH25', 'anhui core digital economy revenue 2024, above designated size', F('规上数字经济核心产业营收达1.2万亿元', [1.2, '万亿元']), 'year', 'lowercase', 'short');
e('target', 'AH26', 'Anhui 2026: what share of financing guarantee business should go to private firms?', F('民营经营主体融资担保业务比重达80%以上', pct(80)), 'year');
e('target', 'AH26', 'anhui — tech leading talents to recruit in 2026?', F('引进科技领军人才200名以上', [200, '名']), 'year', 'lowercase', 'short');
e('figure', 'BJ25', 'How many urban-village renovation projects did Beijing carry out in 2024?', F('大力推进“三大工程”建设,实施20个城中村改造项目', [20, '个']), 'year', 'count');
e('figure', 'BJ25', 'xiongan xuanwu hospital outpatient visits in 2024?', F('雄安宣武医院门诊量达19万人次', [19, '万人次']), 'year', 'lowercase', 'pinyin', 'short');
e('target', 'BJ25', 'km of old pipelines beijing plans to renew in 2025', F('保障水电气热等城市生命线安全运行,改造老旧管线1000公里', [1000, '公里']), 'year', 'lowercase', 'short');
e('target', 'BJ26', "Beijing 2026: how many 'golden corner, silver edge' spots will be added?", F('做好春秋两季过敏原治理,新增城市金角银边100处', [100, '处']), 'year');
e('figure', 'CN22', 'How much central fiscal money was put under the direct-allocation mechanism in 2021?', F('建立常态化财政资金直达机制,将2.8万亿元中央财政资金纳入直达范围', [2.8, '万亿元']), 'year');
e('trend', 'CN23', 'past five years — how many key counties for rural revitalisation got concentrated support?', F('确定并集中支持160个国家乡村振兴重点帮扶县', [160, '个']), 'five-year-review', 'lowercase', 'count');
e('figure', 'CN25', 'In 2024 visa-free transit stays were extended to how many hours?', F('过境免签境内停留时间延长至240小时', [240, '小时']), 'year');
e('figure', 'FJ25', 'How many Fujian firms have been given digital solutions so far?', F('累计为9000多家企业提供数字化解决方案', [9000, '家']));
e('target', 'FJ25', "Fujian's 2025 target for inclusive kindergarten coverage?", F('促进学前教育优质普惠发展,普惠性幼儿园覆盖率95%以上', pct(95)), 'year');
e('figure', 'FJ25', 'how many fujian schools opened their sports grounds to the public (2024)', F('推动体育发展,1110所学校体育场地面向社会开放', [1110, '所']), 'year', 'lowercase');
e('target', 'FJ26', 'fujian 2026 target for unicorn & gazelle companies', F('培育“独角兽”、“瞪羚”企业360家', [360, '家']), 'year', 'lowercase', 'short');
e('figure', 'FJ26', 'How many Taiwanese rural-building teams did Fujian bring in last year?', F('引进24支台湾乡建乡创团队', [24, '支']), 'relative-year');
e('figure', 'GD25', 'Guangzhou and Shenzhen are building how many small towns for Meizhou?', F('广州、深圳援助梅州建设4个小镇', [4, '个']), 'pinyin', 'count');
e('figure', 'GD25', 'shenzhen to zhongshan drive time now, shortest?', F('深圳到中山车程最短缩至30分钟', [30, '分钟']), 'lowercase', 'pinyin', 'short');
e('figure', 'GD25', 'guangdong hazardous waste disposal capacity added in 2024', F('新增危险废物利用处置能力130万吨/年', [130, '万吨/年']), 'year', 'lowercase', 'short');
e('figure', 'GD25', 'Estimated R&D super-deduction claimed by Guangdong firms in 2024?', F('全年为经营主体新增减免税费超1500亿元,预计企业享受研发费用税前加计扣除金额超6900亿元', [6900, '亿元']), 'year', 'after-other');
e('figure', 'GD26', 'How many clicks did media coverage of the 15th National Games get?', F('相关报道总点击量超610亿次', [610, '亿次']));
e('target', 'GD26', 'guangdong 2026 free breast/cervical cancer screening — how many women?', F('优化妇女乳腺癌和宫颈癌筛查方式,为超53万名适龄妇女免费提供乳腺癌和宫颈癌筛查', [53, '万']), 'year', 'lowercase');
e('figure', 'HN25', 'How many major requests by Hunan won national support in 2024?', F('超前谋划50个重大请求事项获国家支持', [50, '个']), 'year', 'count');
e('target', 'HN25', 'hunan 2025 flagship digital-infrastructure projects?', F('推动“四算一体”协同发展,实施100个数字新基建标志性项目', [100, '个']), 'year', 'lowercase', 'short');
e('target', 'JL25', "Jilin's 2025 growth goal for winter-season tourist visits and spending?", F('实现新雪季接待游客人次、出游总花费增速均达到20%以上', pct(20)), 'year');
e('figure', 'JS25', 'How many rail-water intermodal routes does Jiangsu run on a regular basis?', F('稳定开行铁水联运线路44条', [44, '条']), 'count');
e('figure', 'JS25', 'jiangsu north-south cooperation 2024 — aid projects count', F('年度南北合作实施192个帮扶项目', [192, '个']), 'year', 'lowercase', 'short', 'count');
e('figure', 'SD25', "How many of Shandong's development zones were expanded or adjusted in 2024?", F('深化开发区改革,完成55家开发区扩区调区', [55, '家']), 'year');
e('figure', 'SD25', 'shandong firms sent to trade fairs at home & abroad in 2024?', F('供应链头部企业等系列支持政策,组织9800余家企业参加境内外展会', [9800, '家']), 'year', 'lowercase');
e('figure', 'SH25', 'How many km of overhead cables did Shanghai put underground in 2024?', F('完成134公里架空线入地和杆箱整治', [134, '公里']), 'year');
e('target', 'SH25', 'shangai 2025 target — community job service stations', F('加大就业困难人员帮扶力度,建成500个社区就业服务站点', [500, '个']), 'year', 'lowercase', 'typo', 'short');
e('figure', 'SH26', 'How many riverside service stations along the Huangpu and Suzhou Creek were upgraded last year?', F('完善100座黄浦江、苏州河滨水驿站功能', [100, '座']), 'relative-year', 'pinyin', 'count');
e('figure', 'SH26', 'How many Pudong New Area regulations were made or amended in 2025?', F('配合市人大及其常委会制定修改浦东新区法规4部', [4, '部']), 'year', 'count');
e('figure', 'YN25', 'How many Yunnan counties became national high-quality balanced compulsory-education counties in 2024?', F('3个县区建成全国义务教育优质均衡发展县', [3, '个']), 'year', 'count', 'long');
e('figure', 'ZJ25', 'zhejiang economic-crime crackdown 2024: losses recovered?', F('重拳打击各类经济犯罪、挽回经济损失22.2亿元', [22.2, '亿元']), 'year', 'lowercase');
e('target', 'ZJ26', 'Zhejiang 2026: how many key consumer-goods industry clusters?', F('深化“平台+产业”双向赋能,打造40个重点消费品产业集群', [40, '个']), 'year', 'count');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe("What was Zunyi's GDP growth last year?", 'nf-place', 'relative-year', 'pinyin');
nfe('kashgar tourist arrivals 2025', 'nf-place', 'year', 'lowercase', 'short', 'pinyin');
nfe('shandong grain output back in 1999', 'nf-year', 'year', 'lowercase');
nfe("What's Zhejiang's population density?", 'nf-indicator', 'short');

// ---- 4. trends and comparisons across reports --------------------------------------------------------------------
f('trend', 'trend-ask', 'SH25', '截至24年 上海公众安全感和满意度连续几年双提升', F('公众安全感、满意度连续12年实现“双提升”', [12, '年']), 'plan-period', 'two-digit-year', 'after-other');
f('trend', 'trend-ask', 'FJ25', '福建给适龄女性免费打HPV疫苗 到24年坚持了几年', F('省市县公立医院基本实现检查检验报告共享,连续3年为适龄女性免费接种HPV疫苗', [3, '年']), 'plan-period', 'two-digit-year', 'mixed-script');
f('trend', 'trend-ask', 'FJ26', '福建数字政府服务能力 连着几年被评为卓越级', F('数字政府服务能力连续3年获评“卓越级”', [3, '年']), 'plan-period', 'after-other');
f('trend', 'trend-ask', 'FJ26', '福建援藏援疆工作连续几次拿到全国先进典型', F('闽宁协作考核连续7年为“好”,援藏援疆工作连续3次获全国先进典型', [3, '次']), 'plan-period', 'after-other', 'count');
f('trend', 'trend-ask', 'JS25', '江苏污染防治攻坚战成效考核 截止24年连续几年优秀', F('在国家污染防治攻坚战成效考核中连续5年获评优秀等级', [5, '年']), 'plan-period', 'two-digit-year', 'after-other');
f('trend', 'trend-ask', 'CN23', '这些年全国粮食产量一直稳定在多少以上', F('粮食产量连年稳定在1.3万亿斤以上', [1.3, '万亿斤']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'GD26', '这五年广东东西部协作考核连续几年拿“好”', F('援藏援疆、对口合作成效明显,东西部协作工作考核连续4年获“好”的等次', [4, '年']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'YN25', '云南农业投资规模连续几年保持全国前列', F('持续壮大生态农业、设施农业、高效农业、共享农业,农业投资规模连续3年保持全国前列', [3, '年']), 'plan-period', 'short');
f('trend', 'trend-ask', 'GD25', '广东最严格水资源管理制度考核 到24年为止连续几年优秀', F('落实最严格水资源管理制度,连续3年在国务院考核中获优秀等次', [3, '年']), 'plan-period', 'two-digit-year');
f('trend', 'trend-ask', 'GD25', '广东水利投资连续两年超过多少亿', F('环北部湾广东水资源配置工程二期试点项目启动,水利投资连续两年超1000亿元', [1000, '亿元']), 'plan-period', 'after-other', 'short');
f('comparison', 'comparison-ask', 'FJ25', '福建嵌入式养老服务机构 24年新建的和25年计划建的各多少', F(['新建嵌入式养老服务机构52个', '发展社区支持的居家养老,建设20个嵌入式养老服务机构'], [52, '个'], [20, '个']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', 'GD25', '广东标准化就业驿站 24年建成的和25年民生实事要建的 哪个多', F(['推进“家门口”就业服务圈建设,建成首批153个标准化就业驿站', '依托深入社区、商圈、车站等就近可达的网点场所,建设122个“就业驿站”'], [153, '个'], [122, '个']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['ZJ25', 'FJ25'], '25年重点技改项目 浙江和福建各定了多少 谁多', F(['持续推动历史经典产业高质量发展,实施制造业重点技改项目5000项以上', '积极运用数智技术、绿色技术改造提升传统产业,滚动实施1500个以上省重点技改项目'], [5000, '项'], [1500, '个']), 'two-reports', 'two-digit-year');
f('comparison', 'comparison-ask', ['ZJ25', 'ZJ26'], '纳入国家用地保障范围的项目 浙江25年和26年定的数一样吗', F(['占全国比重稳中有升,新增100个以上项目纳入国家用地保障范围', '新型政策性金融工具等政策资金,争取100个以上项目纳入国家用地保障范围'], [100, '个']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['SD25', 'ZJ25'], '25年残疾人就业 山东跟浙江各定了多少', F(['服务残疾人就业2.5万人次', '帮扶残疾人就业1万人以上'], [2.5, '万人次'], [1, '万人']), 'two-reports', 'two-digit-year', 'short');
f('comparison', 'comparison-ask', 'AH25', '安徽长三角绿色农产品生产加工供应基地 24年建成的和25年要建的一样多吗', F(['新建长三角绿色农产品生产加工供应基地100个,绿色食品全产业链', '新建长三角绿色农产品生产加工供应基地100个,新认证绿色'], [100, '个']), 'year-compare', 'two-digit-year');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'GD25', '广东25年县道四级提三级的里程 和新通双车道的行政村 各多少', F('其中实现县道四级公路提升三级公路超1200公里,增加超350个行政村通双车道公路', [1200, '公里'], [350, '个']), 'two-digit-year');
f('multi', 'multi-ask', 'ZJ25', '浙江25年雄鹰企业跟国家制造业单项冠军 分别新增多少家', F('新增“雄鹰”企业20家、国家制造业单项冠军30家', [20, '家'], [30, '家']), 'two-digit-year');
f('multi', 'multi-ask', 'SD26', '济青都市圈今年 标志性工程和产业协同共建园区 分别几个', F('完善济青都市圈联动发展机制,推进100个标志性工程,构建“圈内1小时、济青1.5小时”通勤圈,建设10个产业协同共建园区', [100, '个'], [10, '个']), 'relative-year', 'count');
f('multi', 'multi-ask', 'ZJ26', '浙江26年户外劳动者服务站点改造多少家 专项公益服务活动开展多少场次', F('改造提升户外劳动者服务站点1000家,开展专项公益服务活动5000场次', [1000, '家'], [5000, '场次']), 'two-digit-year');
f('multi', 'multi-ask', 'FJ25', '福建25年国家级和省级文化生态保护区 各要建好几个', F('实施非遗保护传承发展工程,建好2个国家级、3个省级文化生态保护区', [2, '个'], [3, '个']), 'two-digit-year', 'count');
f('multi', 'multi-ask', 'GD26', '广东今年新培育的典型村和新建改造的农村公路 分别多少', F('组团式推进镇村片区建设,新培育2518个典型村,新建和改造提升农村公路2500公里', [2518, '个'], [2500, '公里']), 'relative-year');
f('overview', 'overview-ask', 'JS25', '江苏24年经济总体咋样 概括一下', { ...F('2024年地区生产总值达13.7万亿元、增长5.8%'), lead: 5.8 }, 'two-digit-year', 'short');
f('overview', 'overview-ask', 'HN25', "hunan economy in 2024 — quick overview?", { ...F('全年增长4.8%、总量达5.3万亿元'), lead: 4.8 }, 'en', 'year', 'lowercase', 'short');
f('outline', 'outline-ask', 'SD26', '山东26年重点工作一共几条 分别是啥 简单列列', O('SD26'), 'two-digit-year', 'count');
f('outline', 'outline-ask', 'SH26', '上海今年的主要任务 能不能按条列出来', O('SH26'), 'relative-year');
f('outline', 'outline-ask', 'JL25', 'jilin 2025 game plan — the main headings only', O('JL25'), 'en', 'year', 'lowercase', 'short');
f('outline', 'outline-ask', 'CN25', '国务院25年的政府工作任务 都包括哪些方面', O('CN25'), 'two-digit-year');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('南昌去年城镇新增就业多少人', 'nf-place', 'relative-year', 'short');
nf('包头25年稀土产业产值多少', 'nf-place', 'two-digit-year', 'short');
nf('桂林前年接待游客多少人次', 'nf-place', 'relative-year');
nf('三亚今年免税销售额目标定了多少', 'nf-place', 'relative-year');
nf('鄂尔多斯24年原煤产量多少亿吨', 'nf-place', 'two-digit-year');
nf('襄阳和宜昌去年谁的GDP增速高', 'nf-place', 'relative-year', 'comparison', 'mixed-script');
nf('广东2003年进出口总额多少', 'nf-year', 'year', 'short');
nf('北京2004年新建了多少公里地铁', 'nf-year', 'year');
nf('福建2001年地区生产总值是多少', 'nf-year', 'year');
nf('江苏城市居民平均通勤时间多少分钟', 'nf-indicator');
nf('上海婴儿死亡率是多少', 'nf-indicator', 'short');
nf('浙江去年人口自然增长率多少', 'nf-indicator', 'relative-year');
nf('广东去年白酒产量多少千升', 'nf-indicator', 'relative-year');
nf('北京出租车一共有多少辆', 'nf-indicator', 'short');
nf('帮忙查下安徽中小学生抑郁检出率 报告里没有的话就回没有', 'nf-indicator', 'long');

// ---- 1. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('山东25年开工改造老旧小区的目标是多少万户'),
  T('实际干成多少了', 'figure', 'SD26', F('新筹集保障性租赁住房2.5万套,改造老旧小区13.7万户', [13.7, '万户']), 'elliptical', 'attainment', 'short'),
  T('那年用电负荷破1亿千瓦 顶了多少天', 'figure', 'SD26', F('成功应对全网用电负荷129天超1亿千瓦考验', [129, '天']), 'elliptical', 'topic-switch'),
]);
conv([
  T('安徽今年向民间资本推介多少个优质项目'),
  T('搁浙江是多少', 'target', 'ZJ26', F('全年向民间资本推介重大项目100个以上', [100, '个']), 'elliptical', 'place-switch', 'colloquial', 'short'),
  T('两边差了多少个', 'comparison', ['AH26', 'ZJ26'], F(['向民间资本推介优质项目300个以上', '全年向民间资本推介重大项目100个以上'], [300, '个'], [100, '个']), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T('How many waterlogging spots was Beijing going to fix in 2025?'),
  T('same for Shanghai?', 'target', 'SH25', F('深化海绵城市建设,实施18个小区、道路积水点改造', [18, '个']), 'elliptical', 'place-switch', 'en', 'short'),
  T("who's doing more, then?", 'comparison', ['BJ25', 'SH25'], F(['推动永定河水库等防洪控制性工程规划建设,完成15处积水点治理', '深化海绵城市建设,实施18个小区、道路积水点改造'], [15, '处'], [18, '个']), 'elliptical', 'comparison', 'en', 'short'),
]);
conv([
  T('安徽25年新培育省级工业互联网平台几家'),
  T('年份打错了 应该是26年不是25', 'target', 'AH26', F('新增省级重点工业互联网平台10家以上', [10, '家']), 'elliptical', 'self-correction', 'year-switch', 'two-digit-year'),
  T('那年服务型制造标杆企业要培育几家', 'target', 'AH26', F('培育服务型制造标杆企业20家以上', [20, '家']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('福建去年搞了几个城乡融合试点'),
  T('城镇化潜力地区试点又是几个', 'figure', 'FJ26', F('开展首批9个城乡融合试点和10个城镇化潜力地区试点', [10, '个']), 'elliptical', 'short'),
  T('山海协作产业园在建几个', 'figure', 'FJ26', F('出台飞地园区支持政策,23个山海协作产业园建设扎实推进', [23, '个']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('云南25年重点任务分几个方面'),
  T('展开讲讲第八块 中医药适宜技术新增遴选几项', 'target', 'YN25', F('打造“云岭名方”,新增遴选20项中医药适宜技术推广使用', [20, '项']), 'elliptical', 'after-outline'),
  T('消除麻风危害标准 有多少个县达标', 'target', 'YN25', F('建好国家区域公共卫生中心,129个县(市、区)全部达到消除麻风危害标准', [129, '个']), 'elliptical', 'after-outline', 'topic-switch', 'count'),
]);
conv([
  T('广东24年前海实施了多少项全国首创首批金融政策'),
  T('and how many clusters did Qianhai set up, like VC and commodity trading?', 'figure', 'GD25', F('建设国际风投创投、大宗商品贸易等18个集聚区', [18, '个']), 'elliptical', 'en', 'mixed-language', 'pinyin', 'count'),
  T('南沙的先行启动区又是几个', 'figure', 'GD25', F('推动出台南沙条例,加快建设3个先行启动区', [3, '个']), 'elliptical', 'place-switch', 'mixed-language', 'count'),
]);
conv([
  T('福建污染防治攻坚战成效考核 截止24年连续几年全国优秀'),
  T('那没有高风险金融机构 保持了几年', 'trend', 'FJ25', F('不良贷款率持续处于较低水平,连续5年无高风险金融机构', [5, '年']), 'elliptical', 'after-trend', 'plan-period'),
  T('闽宁协作考核连着几年为好', 'trend', 'FJ25', F('深化东西部协作和对口支援,闽宁协作考核连续6年为“好”', [6, '年']), 'elliptical', 'after-trend', 'plan-period', 'short'),
]);
conv([
  T('上海24年新城新导入了多少项重大功能性事项'),
  T('顺带问下 区区结对示范项目推了几个', 'figure', 'SH25', F('新导入21项重大功能性事项,推进首批10个新城与中心城区“区区结对”示范项目', [10, '个']), 'elliptical', 'short'),
  T('隔年呢 区区结对重点项目落地几个', 'figure', 'SH26', F('22项新城功能性导入事项、10个区区结对合作重点项目', [10, '个']), 'elliptical', 'year-switch', 'colloquial'),
]);
conv([
  T('How many Zheng He colleges did Jiangsu set up in 2024?'),
  T('and new projects signed into the China-Arab industrial park?', 'figure', 'JS25', F('中阿产能合作示范园新签约入园项目15个', [15, '个']), 'elliptical', 'topic-switch', 'en', 'count'),
  T('江苏那年银行业不良率多少', 'figure', 'JS25', F('银行业金融机构不良贷款率为0.77%', pct(0.77)), 'elliptical', 'topic-switch', 'mixed-language', 'short'),
]);
conv([
  T('湖南25年职业技能和创业培训计划组织多少人次'),
  T('换成Jiangxi有数没', 'notfound', [], NF, 'elliptical', 'place-switch', 'mixed-language', 'pinyin', 'short'),
  T('算了 湖南那年给农村义务教育学校补配多少台电脑', 'target', 'HN25', F('补充配置农村义务教育学校电脑30万台', [30, '万台']), 'elliptical', 'after-not-found', 'place-switch', 'topic-switch'),
]);
conv([
  T('山东今年齐鲁服务消费季活动办几场'),
  T('首发首秀首展呢', 'target', 'SD26', F('举办“齐鲁服务消费季”活动500场、首发首秀首展100场', [100, '场']), 'elliptical', 'short'),
  T('规上服务业企业打算培育多少家', 'target', 'SD26', F('建成300个现代服务业重点项目,培育规上服务业企业1500家左右', [1500, '家']), 'elliptical', 'topic-switch'),
  T('还有生产性服务业领军企业 培育几家', 'target', 'SD26', F('实施生产性服务业扩容强基行动,培育120家左右领军企业', [120, '家']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('广东今年给多少名残疾儿童免费做康复救助'),
  T('相关康复专业技术人员培训多少人次', 'target', 'GD26', F('组织相关领域康复专业技术人员规范化培训超1000人次', [1000, '人次']), 'elliptical'),
  T('孤独症诊疗技术培训班办几期', 'target', 'GD26', F('举办孤独症诊疗技术培训班超10期', [10, '期']), 'elliptical', 'topic-switch', 'count'),
  T('说到养老 持证养老护理员总数要到多少', 'target', 'GD26', F('全省养老机构护理员持证人数达到4500人以上', [4500, '人']), 'elliptical', 'topic-switch'),
]);
conv([
  T('北京去年百千工程累计创建了多少个示范村'),
  T('美丽庭院建了多少户', 'figure', 'BJ26', F('22个示范片区,建成美丽庭院5000余户', [5000, '户']), 'elliptical', 'topic-switch', 'short'),
  T('那防汛避险救灾的硬措施出了几条', 'figure', 'BJ26', F('全力应对“25·7”区域性大洪水等自然灾害,制定实施30条防汛避险救灾硬措施', [30, '条']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('2021年国家助学贷款每人每年最高额度提高了多少'),
  T('how many students benefited from the higher nutrition subsidy that year?', 'figure', 'CN22', F('提高学生营养改善计划补助标准,3700多万学生受益', [3700, '万']), 'elliptical', 'topic-switch', 'en', 'mixed-language'),
  T('跨省住院费用直接结算率到了多少', 'figure', 'CN22', F('住院费用跨省直接结算率达到60%', pct(60)), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T('福建24年新获批几个国家级台湾农民创业园'),
  T('直接采认的台湾职业技能资格新增几项', 'figure', 'FJ25', F('新增直接采认台湾地区职业技能资格10项', [10, '项']), 'elliptical', 'topic-switch', 'count'),
  T('省级层面发布的融合举措多少条', 'figure', 'FJ25', F('出台25份配套支持政策,省级层面发布45条融合举措', [45, '条']), 'elliptical', 'topic-switch'),
]);
conv([
  T("Yunnan's 2025 target for moving poverty-exited workers into jobs?"),
  T('legal aid side — how many free legal consultations did they promise?', 'target', 'YN25', F('为经济困难群众和符合法定条件的当事人提供法律咨询服务30万人次', [30, '万人次']), 'elliptical', 'topic-switch', 'en'),
  T('农村卫生户厕覆盖率要到多少', 'target', 'YN25', F('农村卫生户厕覆盖率达到78%', pct(78)), 'elliptical', 'topic-switch', 'mixed-language', 'short'),
]);
conv([
  T('浙江25年民生实事 新改建家门口青少年宫多少家'),
  T('再看教育助学 中小学食堂提档升级几家', 'target', 'ZJ25', F('提档升级中小学校食堂800家', [800, '家']), 'elliptical', 'topic-switch'),
  T('公办普高新生学位新增多少', 'target', 'ZJ25', F('新增公办普通高中新生学位2万个', [2, '万个']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('江苏24年长江干流江苏段水质连续几年保持II类'),
  T('太湖湖体水质 多少年来头一回到III类', 'trend', 'JS25', F('总磷浓度达到2007年以来同期最好水平,湖体平均水质30年来首次达III类', [30, '年']), 'elliptical', 'after-trend', 'plan-period'),
  T('生态保护修复那年完成多少万亩', 'figure', 'JS25', F('“国家山水工程”江苏项目建设取得明显成效,完成生态保护修复78万亩', [78, '万亩']), 'elliptical', 'after-trend', 'topic-switch'),
  T('减污降碳协同创新试点有几个地方和园区', 'figure', 'JS25', F('协同推进降碳减污扩绿增长,5个地方和园区开展国家首批减污降碳协同创新试点', [5, '个']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('安徽25年零工市场零工驿站规范建设多少个'),
  T('how does Fujian stack up that year?', 'target', 'FJ25', F('线下建设零工驿站和“家门口”就业服务站1000个以上', [1000, '个']), 'elliptical', 'place-switch', 'en', 'mixed-language', 'short'),
  T('福建那年工会驿站建多少个', 'target', 'FJ25', F('改善就业环境,建设提升300个工会驿站', [300, '个']), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T('广东24年新建了多少公里碧道'),
  T('森林城镇和森林乡村各建了几个', 'multi', 'GD25', F('森林抚育提升“两个200万亩”任务,新建森林城镇38个、森林乡村159个', [38, '个'], [159, '个']), 'elliptical', 'multi', 'count'),
  T('分布式光伏新增多少', 'figure', 'GD25', F('新增分布式光伏装机规模超1100万千瓦', [1100, '万千瓦']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('过去五年全国建了多少个基础学科拔尖学生培养基地'),
  T('国家医学中心设了几个', 'trend', 'CN23', F('设置13个国家医学中心,布局建设76个国家区域医疗中心', [13, '个']), 'elliptical', 'five-year-review', 'count'),
  T('浙江今年要建多少公里标准海塘', 'target', 'ZJ26', F('建设低标堤防除险加固和标准海塘145公里', [145, '公里']), 'no-inherit', 'after-trend', 'place-switch', 'relative-year'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-t, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'u', last: 't' });
