#!/usr/bin/env node
// Writes the fresh-at sets: eval/fresh-at/at-tune.jsonl and eval/fresh-at/at-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-at/make.mjs [--check]
//
// A thirty-fourth held-out question set written BEFORE any fix, as fresh-m … fresh-as, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'as'`, so fresh-as's tune file is an earlier tune file, and no cite may meet fresh-ar's or fresh-as's held-out
// file (the two most recent held-out halves). Today = 2026-12-08: 今年 = 2026, 去年 = 2025, 前年 = 2024.

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
p('target', 'AH25', '安徽去年全员劳动生产率的目标 是每人多少万元', F('全员劳动生产率16.8万元/人左右,研究与试验发展经费投入强度', [16.8, '万元/人']), 'target', 'relative-year', 'approx', HF);
p('figure', 'AH26', '安徽去年有多少项全球首发技术装到车上了', F('构建开放型汽车生态实验室体系,20多项全球首发技术装车应用', [20, '项']), 'relative-year', 'approx', 'colloquial', HF);
p('figure', 'AH26', '安徽十四五末绿色食品全产业链产值超过多少万亿了', F('绿色食品全产业链产值超1.5万亿元', [1.5, '万亿元']), 'plan-period', 'colloquial', HF);
p('figure', 'ZJ26', '浙江去年招引落地的亿元以上重大产业项目有多少个', F('推动招商引资提质扩量,全年共招引落地亿元以上重大产业项目3150个', [3150, '个']), 'relative-year', HF);
p('figure', 'ZJ25', '浙江前年海洋生产总值涨了多少', F('实施海洋经济高质量发展倍增行动,全省海洋生产总值增长6.5%左右', pct(6.5)), 'relative-year', 'approx', 'short', HF);
p('figure', 'BJ25', '北京前年支持科创和制造业 减税降费加退税一共超过多少亿', F('支持科技创新和制造业发展、减税降费及退税超1500亿元', [1500, '亿元']), 'relative-year', 'colloquial', HF);
p('figure', 'BJ25', '雄安宣武医院前年门诊量有多少万人次', F('北京四中雄安校区教育集团揭牌成立,雄安宣武医院门诊量达19万人次', [19, '万人次']), 'relative-year', 'no-place', 'short', HF);
p('target', 'BJ25', '北京去年重点培育的未来产业一共多少个', F('商业航天、生物制造、新材料、未来能源等20个未来产业', [20, '个']), 'target', 'relative-year', 'short', HF);
p('target', 'BJ25', '北京去年要归集发布多少个高校毕业生就业岗位', F('归集发布不少于10万个高校毕业生就业岗位', [10, '万个']), 'target', 'relative-year', HF);
p('target', 'BJ26', '北京十五五规划纲要草案部署了多少项任务举措', F('《纲要草案》具体部署了13项任务举措', [13, '项']), 'target', 'plan-period', HF);
p('target', 'FJ25', '福建去年对新改扩建投用的产业项目 亩均税收要求多少万以上', F('加大差异化支持力度,新改扩建投用产业项目亩均税收15万元以上', [15, '万元']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'FJ25', '福建去年要形成几个营收超千亿的先进制造业集群', F('促进资源共享、融通发展,形成10个营业收入超千亿元的先进制造业集群', [10, '个']), 'target', 'relative-year', 'short-name', HF);
p('figure', 'FJ25', '福建到前年累计争取了多少家中央和国家部委、金融机构出支持政策', F('推动政策落地,累计争取28家中央和国家部委、金融机构出台25份配套支持政策', [28, '家']), 'relative-year', HF);
p('figure', 'GD25', '前年广州深圳援建梅州的小镇一共几个', F('广州、深圳援助梅州建设4个小镇', [4, '个']), 'relative-year', 'short', HF);
p('figure', 'GD25', '广东前年新增了几条高速公路出省通道', F('新增南雄至信丰、龙川至寻乌2条高速公路出省通道', [2, '条']), 'relative-year', 'short', HF);
p('figure', 'GD26', '广东去年有多少项省级事项的办理时间做到了全国最优', F('系统梳理全面优化涉企审批备案服务,891项省级事项办理时间全部实现全国最优', [891, '项']), 'relative-year', HF);
p('figure', 'GD26', '广东十四五这几年建设筹集了多少套保障性住房', F('建设筹集保障性住房155.4万套(间)', [155.4, '万套']), 'plan-period', HF);
p('target', 'GD26', '广东今年全年投资增长的目标是多少', F('推动形成市场主导、政府推动的投资内生增长机制,全年投资增长5%左右', pct(5)), 'target', 'relative-year', 'approx', 'short', HF);
p('target', 'SD25', '山东去年抓了多少个优势特色农业全产业链提质增效试点', F('临沂生猪、菏泽肉羊等14个优势特色农业全产业链提质增效试点', [14, '个']), 'target', 'relative-year', HF);
p('target', 'SD25', '山东去年给符合条件的孤儿每人发多少助学金', F('为符合条件的孤儿每人发放1万元助学金', [1, '万元']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'YN25', '云南去年的政府工作 报告里说要抓好几个方面', F('具体要抓好9个方面的工作', [9, '个']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'CN22', '21年全国企业研发经费涨了多少 22年报告里那个数', F('企业研发经费增长15.5%', pct(15.5)), 'two-digit-year', 'no-place', 'colloquial', HF);
p('figure', 'CN23', '22年全国新能源车销量涨了多少 23年报告里写的', F('采取减免车辆购置税等措施促进汽车消费,新能源汽车销量增长93.4%', pct(93.4)), 'two-digit-year', 'no-place', 'colloquial', HF);
p('target', 'CN25', '25年报告里 支持以旧换新的超长期特别国债安排了多少', F('安排超长期特别国债3000亿元支持消费品以旧换新', [3000, '亿元']), 'target', 'two-digit-year', 'no-place', HF);
p('figure', 'CN25', '24年末外汇储备超过多少万亿美元', F('国际市场份额稳中有升,外汇储备超过3.2万亿美元', [3.2, '万亿美元']), 'two-digit-year', 'no-place', 'short', HF);
p('figure', 'QT25', '钱塘前年有多少家企业上了市级总部企业榜', F('关于支持现代服务业高质量发展的实施意见》,63家企业上榜市级总部企业', [63, '家']), 'relative-year', 'colloquial', HF);
p('figure', 'GS23', '拱墅22年服务业增加值才涨了多少', F('服务业增加值增长1.5%,低于目标任务5.5个百分点', pct(1.5)), 'two-digit-year', 'colloquial', 'short', HF);
p('target', 'GS23', '拱墅23年执法改革 要总结提升几个街道示范点', F('总结提升拱宸桥等6个街道示范点创建成效', [6, '个']), 'target', 'two-digit-year', HF);
p('target', 'GS23', '拱墅23年生命健康产业增加值要涨多少', F('医药物流等细分行业,力争生命健康产业增加值增长10%以上', pct(10)), 'target', 'two-digit-year', 'short', HF);
p('target', 'GD25', '广东去年文旅投资三个一百 在建重大项目要推进多少项', F('实施文旅投资“三个一百”计划,推进100项在建重大项目', [100, '项']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'HZ24', '杭州24年计划完成几个土地综合整治项目的整体验收', F('扎实开展土地综合整治,完成10个土地综合整治项目整体验收', [10, '个']), 'target', 'two-digit-year', HF);
p('figure', 'HZ24', '杭州23年国企重组 像杭州资本、公交集团这样升格的有几家', F('安居集团、农发集团、科创集团,杭州资本、公交集团2家企业升格', [2, '家']), 'two-digit-year', 'colloquial', HF);
p('figure', 'HZ24', '杭州拿第一的那次22年全国城市公共服务质量监测 一共测了多少个城市', F('在2022年全国120个城市公共服务质量监测中', [120, '个']), 'two-digit-year', 'colloquial', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'GD25', '南沙港前年集装箱吞吐量破了多少万标箱', F('中国企业“走出去”综合服务基地建设成效显现,南沙港集装箱吞吐量突破2000万标箱', [2000, '万标箱']), 'relative-year', 'after-other', 'no-place', HF);
s('figure', 'GD25', '广东前年知识产权质押融资突破了多少亿', F('科技信贷余额增长23%,知识产权质押融资突破3000亿元', [3000, '亿元']), 'relative-year', 'after-other', HF);
s('figure', 'CN25', '24年咱们对全球经济增长的贡献率大概多少', F('增速居世界主要经济体前列,对全球经济增长的贡献率保持在30%左右', pct(30)), 'two-digit-year', 'after-other', 'no-place', 'approx', HF);
s('figure', 'AH26', '安徽去年高效办成一件事 平均跑动次数少了百分之几', F('上线运行70个重点事项,平均跑动次数减少93%', pct(93)), 'relative-year', 'after-other', HF);
s('figure', 'JS25', '江苏前年近岸海域优良海水面积 比国家考核目标高出几个百分点', F('近岸海域优良海水面积优于国家考核目标19.8个百分点', [19.8, '个百分点']), 'relative-year', 'after-other', HF);
s('figure', 'BJ26', '北京去年大型活动场次比上年涨了多少', F('演艺经济更加火热,举办大型活动2295场、增长25.8%', pct(25.8)), 'relative-year', 'second-of-pair', 'short', HF);
s('target', 'BJ26', '北京今年紧密型城市医疗集团区级覆盖率要到多少', F('新建5个以上紧密型城市医疗集团、区级覆盖率达80%以上', pct(80)), 'target', 'relative-year', 'second-of-pair', HF);
s('figure', 'GS23', '拱墅22年社会救助服务对象覆盖面拓宽了多少', F('街道助联体建设,全区社会救助服务对象覆盖面拓宽近12%', pct(12)), 'two-digit-year', 'after-other', 'approx', HF);
s('figure', 'FJ25', '福建前年居民消费价格是涨是跌 变了多少', F('城镇调查失业率4.7%,居民消费价格下降0.1%', pct(0.1)), 'relative-year', 'after-other', HF);
s('figure', 'FJ26', '福建去年进中国企业500强的有多少家', F('中国企业500强、民营企业500强中各有20家企业上榜', [20, '家']), 'relative-year', 'after-other', 'short', HF);
s('target', 'ZJ25', '浙江去年安排的重大项目 年度投资要完成多少', F('个以上,完成年度投资1万亿元以上', [1, '万亿元']), 'target', 'relative-year', 'second-of-pair', HF);
s('target', 'YN25', '云南去年报告里的小学期制度 开学前几天用来培训老师', F('每学期学生开学前7天定为教师培训“小学期”', [7, '天']), 'target', 'relative-year', 'after-other', HF);
s('target', 'HN25', '湖南去年固定资产投资增长目标定的多少', F('规模工业增加值增长6.5%以上,固定资产投资增长4.5%', pct(4.5)), 'target', 'relative-year', 'after-other', 'short', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('target', 'AH25', 'anhui 2025 plan: how many abandoned mines to restore?', F('完成湿地保护修复工程12处,修复废弃矿山300个以上', [300, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'AH26', 'anhui 2026: county-level manufacturing clusters it wants to grow?', F('新培育省级先进制造业集群10个、县域制造业特色产业集群30个左右', [30, '个']), 'target', 'year', 'lowercase', 'approx', HF);
e('figure', 'AH25', 'anhui 2024 — new provincial regional (specialty) medical centres?', F('9个国家区域医疗中心全部开诊,新布局省级区域(专科)医疗中心7个', [7, '个']), 'year', 'lowercase', 'short', HF);
e('target', 'ZJ25', 'zj 2025 target for china-europe freight train runs?', F('创新班列市场化运营模式,力争全年开行2500列以上', [2500, '列']), 'target', 'year', 'abbreviation', 'short', HF);
e('target', 'ZJ25', "zhejiang's 2025 job-help list: how many unemployed college leavers were in it?", F('为80万重点群体提供就业帮扶,其中离校未就业高校毕业生6万人', [6, '万人']), 'target', 'year', 'lowercase', HF);
e('figure', 'ZJ26', 'zhejiang 2025: energy-use quota secured for major projects (tonnes of standard coal)?', F('安排省级财政资金1042.8亿元,保障重大项目用能1302万吨标准煤', [1302]), 'year', 'lowercase', HF);
e('target', 'ZJ26', "zhejiang 2026 'qianxiang wanyi' batch — what share of projects are industrial?", F('年度投资1.1万亿元,产业项目数占比达到58%', pct(58)), 'target', 'year', 'lowercase', 'pinyin', HF);
e('target', 'ZJ26', 'zj 2026 livelihood list: community service complexes to consolidate?', F('整合提升1000个民生服务综合体', [1000, '个']), 'target', 'year', 'abbreviation', 'short', HF);
e('figure', 'BJ25', "beijing 2024: what share of villagers' self-built business premises met the two-escape-route rule?", F('清理打通疏散通道、安全出口3.2万余处,村民经营性自建房双通道达标率超90%', pct(90)), 'year', 'lowercase', HF);
e('figure', 'BJ26', 'beijing 2025: interdisciplinary research platforms (brain-computer etc) in trial operation — how many?', F('脑认知机理与脑机融合等3个交叉研究平台试运行', [3, '个']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'JS25', "jiangsu: how much did the fifth economic census add to the province's gdp?", F('13个设区市地区生产总值都不同程度有所增加,全省共增加2702亿元', [2702, '亿元']), 'year', 'lowercase', HF);
e('target', 'JS25', 'jiangsu 2025: city-level signature farm chains worth 50bn+ it aims to build?', F('实施农业全产业链高质量发展三年行动,努力建成10条超五百亿级的市域特色链', [10, '条']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'SH25', 'shanghai 2024: major functional projects brought into the five new towns?', F('出台实施新城高质量发展政策措施,新导入21项重大功能性事项', [21, '项']), 'year', 'lowercase', HF);
e('target', 'SH26', 'shanghai 2026: new mixed service-consumption scenarios to build?', F('促进服务业提质增效和消费提振扩容联动发展,培育打造20个融合性服务消费新场景', [20, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'FJ25', 'fujian 2024: total investment in its strategic emerging industry key projects?', F('工业战略性新兴产业重点项目246项、总投资超2200亿元', [2200, '亿元']), 'year', 'lowercase', HF);
e('target', 'FJ25', 'fujian 2025 target for passenger-freight-mail combined routes?', F('“一单制”试点线路,客货邮融合线路达800条', [800, '条']), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'FJ26', 'fujian has won the china theatre plum blossom award how many sessions running, as of 2025?', F('海丝国际文化旅游节等活动,连续12届获中国戏剧梅花奖', [12, '届']), 'year', 'lowercase', HF);
e('figure', 'GD25', 'guangdong 2024: central towns being built to small-city standards — how many?', F('开展第二批301个典型镇建设,推动65个中心镇按照小城市标准规划建设', [65, '个']), 'year', 'lowercase', HF);
e('target', 'GD25', 'gd 2025: smart rest stations for outdoor workers to upgrade?', F('升级拓展2250家智能化驿站的特色服务功能', [2250, '家']), 'target', 'year', 'abbreviation', 'short', HF);
e('target', 'GD25', 'guangdong 2025 livelihood list: new affordable childcare places?', F('重点推进建设4所市级示范性托育综合服务中心和4所县级示范性托育机构,新增普惠性托位超1000个', [1000, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'GD25', 'gd 2025: urban flood drainage capacity to add, cubic metres per second?', F('新增改造污水处理能力30万吨/日,提升改造城市排涝能力600立方米/秒', [600, '立方米/秒']), 'target', 'year', 'abbreviation', HF);
e('target', 'GD26', 'guangdong 2026: batches of bulk ingredients, tableware and food to test at school canteens?', F('开展大宗原料、餐饮具、餐饮食品抽检监测3250批次', [3250, '批次']), 'target', 'year', 'lowercase', HF);
e('target', 'SD25', 'shandong 2025: expressway projects due for completion?', F('提速高青至商河等34个续建项目,建成临沂至滕州等15个项目', [15, '个']), 'target', 'year', 'lowercase', 'short', HF);
e('target', 'SD26', 'shandong 2026: innovation results expected from its FTZ system-integration reform?', F('开展自贸试验区重点产业系统集成改革,形成30项以上创新成果', [30, '项']), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('target', 'YN25', "yunnan 2025: how many 'digital-intelligent factories' (shuzhi gongchang) to build?", F('加快制造业数字化转型,打造“数智工厂”5个', [5, '个']), 'target', 'year', 'lowercase', 'pinyin', HF);
e('figure', 'HN25', "hunan 2024: key industrial chains said to be 'in full swing' — how many?", F('13条重点产业链全面起势', [13, '条']), 'year', 'lowercase', HF);
e('target', 'HN25', "hunan 2025: monthly 'two subsidies' for disabled people, per person?", F('残疾人“两项补贴”标准提高到每人100元/月', [100, '元/月']), 'target', 'year', 'lowercase', HF);
e('target', 'JL25', 'jilin 2025 target: village cleaning coverage?', F('“百村示范”村200个,行政村清洁覆盖率保持100%', pct(100)), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'CN23', '2023 govt work report: how far did average small-business loan rates fall over the five years?', F('贷款平均利率较五年前下降1.5个百分点', [1.5, '个百分点']), 'year', 'lowercase', 'five-year-review', 'no-place', 'abbreviation', HF);
e('figure', 'HZ24', 'hangzhou 2023: growth in the number of registered companies?', F('在册市场经营主体总量187.5万户,增长11.7%,其中企业96万户,增长9.5%', pct(9.5)), 'year', 'lowercase', 'short', HF);
e('target', 'HZ24', "hangzhou 2024 plan: 'one park, one main industry' platforms to create?", F('工业总产值占全市比重75%以上,创建“一园一主业”特色产业平台15个以上', [15, '个']), 'target', 'year', 'lowercase', HF);
e('figure', 'GS23', "gongshu 2022: communities brought into 'yiwang tongban' (one-stop online services)?", F('全区18个街道170个社区全部纳入“一网通办”', [170, '个']), 'year', 'lowercase', 'pinyin', HF);
e('figure', 'QT25', 'qiantang 2024: surface-water monitoring points with basically stable water quality?', F('完成“三大减排”治气任务164个,222个地表水监测点水质状况基本稳定', [222, '个']), 'year', 'lowercase', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('qira county (xinjiang) — jujube output last year?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe('keriya county tourism revenue 2025?', 'nf-place', 'year', 'lowercase', 'short');
nfe("what was hangzhou's population in 1893?", 'nf-year', 'year', 'lowercase', 'short');
nfe('How many guzheng teachers are there in Chengdu?', 'nf-indicator');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['GD26', 'GD25'], '在广东稳定就业的异地务工人员 前年有多少万 到十四五收官时又是多少', F(['城镇累计新增就业超700万人、约占全国1/10,4386万名异地务工人员在粤稳定就业', '建成首批153个标准化就业驿站,4386万异地务工人员稳定就业'], [4386], [4386]), 'relative-year', 'plan-period', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['ZJ26', 'ZJ25'], '宁波舟山航运中心发展指数的全球名次 前年排第几 今年定的是保几争几', F(['宁波舟山国际航运中心发展指数全球排名“保7争6”', '国际航运中心发展指数排名提升到全球第8'], [7], [8]), 'relative-year', 'target', 'one-place-two-years', 'no-place', HF);
f('comparison', 'comparison-ask', ['AH25', 'GD25'], '去年农村污水这块 安徽要治理的农村黑臭水体和广东要解决污水治理的自然村 各多少个 哪个多', F(['城市生活污水集中收集率达70%,治理农村黑臭水体1400个以上', '“建管养”一体推进农村生活污水治理,新增解决超1000个自然村生活污水治理问题'], [1400, '个'], [1000, '个']), 'two-places', 'which-higher', 'target', 'relative-year', 'colloquial', HF);
f('comparison', 'comparison-ask', 'HZ24', '杭州24年市重点建设 城镇有机更新和水网提升安澜两个领域 投资占比各多少 差多少', F(['工程一期等共计60个实施项目,年度计划投资171.4亿元,投资占比8.3%', '共计20个实施项目,年度计划投资60.4亿元,投资占比2.9%'], pct(8.3), pct(2.9)), 'two-indicators', 'which-higher', 'target', 'two-digit-year', HF);
f('comparison', 'comparison-ask', ['JS26', 'SH26'], '十四五这五年单位GDP能耗累计降幅 江苏和上海谁降得多', F(['4个地区和园区入选国家碳达峰试点,单位地区生产总值能耗累计下降超14%', '全员劳动生产率提高到42万元/人以上,单位生产总值能耗累计下降14%'], pct(14), pct(14)), 'two-places', 'which-higher', 'plan-period', 'abbreviation', HF);
f('superlative', 'ranking-ask', 'SD25', '高铁通车里程突破3000公里、排全国第一的是哪个省', F('济青高铁加快“公交化”运行,高铁通车里程突破3000公里、全国第一', [3000, '公里']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'JL25', '生产安全事故起数和死亡人数降幅排进全国前5的是哪个省', F('32.7%,降幅居全国前5位,未发生重大及以上事故', [5, '位']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'YN25', '时隔12年又拿到奥运金牌的是哪个省', F('时隔12年再夺奥运会金牌', [12, '年']), 'across-reports', 'short', HF);
f('superlative', 'ranking-ask', 'GD25', '水利投资连续两年超过1000亿元的是哪个省', F('广东水资源配置工程二期试点项目启动,水利投资连续两年超1000亿元', [1000, '亿元']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'HZ24', '连续3年拿到省里“科技创新鼎”的是哪个城市', F('技术实现国产替代,连续3年获省“科技创新鼎”', [3, '年']), 'across-reports', 'colloquial', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'GD25', '广东去年青少年心理健康服务 线下要联动多少个阵地 多少支队伍', F('通过线上升级建设12355热线、小程序,线下联动200个阵地、200支队伍', [200, '个'], [200, '支']), 'target', 'relative-year', HF);
f('multi', 'multi-ask', 'HZ24', '杭州23年出的抢先机拼经济和经济高质量发展这两套政策 各有多少条', F('推出“抢先机、拼经济”30条、经济高质量发展64条', [30, '条'], [64, '条']), 'two-digit-year', 'colloquial', HF);
f('multi', 'multi-ask', 'HZ24', '杭州24年计划争取多少国债资金 地方政府专项债储备又是多少', F('积极争取国债资金100亿元,争取中央预算内投资8亿元,争取地方政府专项债储备300亿元以上', [100, '亿元'], [300, '亿元']), 'target', 'two-digit-year', HF);
f('multi', 'multi-ask', 'GS23', '拱墅23年计划收储几宗地 一共多少亩', F('出让经营性用地7宗424亩,收储10宗457亩', [10, '宗'], [457, '亩']), 'target', 'two-digit-year', 'short', HF);
f('multi', 'multi-ask', 'GS23', '拱墅22年道路建设 开工了几条 完工了几条', F('开工康钢路等21条,完工沈康路等36条', [21, '条'], [36, '条']), 'two-digit-year', 'short', HF);
f('multi', 'multi-ask', 'SD25', '山东去年境外展洽活动和国际精准采购活动 分别要办多少场', F('组织企业参加境外展洽活动370场以上、国际精准采购活动50场以上', [370, '场'], [50, '场']), 'target', 'relative-year', HF);
f('overview', 'overview-ask', 'JS26', '江苏十四五这五年经济发展得怎么样 大概说说', { ...F('地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%'), lead: 14.2 }, 'plan-period', 'colloquial');
f('overview', 'overview-ask', 'SD26', 'shandong over the 14th FYP — how did growth go, in a nutshell?', { ...F('全省地区生产总值年均增长5.9%、高于全国0.5个百分点'), lead: 5.9 }, 'en', 'plan-period', 'lowercase', 'abbreviation');
f('outline', 'outline-ask', 'AH25', '安徽25年政府工作报告 当年的重点工作分哪几大块', O('AH25'), 'two-digit-year');
f('outline', 'outline-ask', 'SD26', '山东今年的政府工作报告 重点工作列了哪几条', O('SD26'), 'relative-year');
f('outline', 'outline-ask', 'CN24', '2024 govt work report — what were the main tasks for the year?', O('CN24'), 'en', 'year', 'lowercase', 'no-place', 'abbreviation');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('泽库去年接待了多少游客', 'nf-place', 'relative-year', 'short');
nf('甘德前年GDP多少', 'nf-place', 'relative-year', 'short');
nf('达日今年新建了几所学校', 'nf-place', 'relative-year');
nf('久治去年农牧民人均收入多少来着', 'nf-place', 'relative-year', 'colloquial');
nf('察隅前年茶叶产量多少吨', 'nf-place', 'relative-year');
nf('墨脱25年旅游收入多少', 'nf-place', 'two-digit-year', 'short');
nf('洛隆去年常住人口有多少', 'nf-place', 'relative-year', 'short');
nf('八宿24年新修了多少公里路', 'nf-place', 'two-digit-year', 'colloquial');
nf('左贡今年计划建几个光伏电站', 'nf-place', 'relative-year');
nf('1887年杭州有多少人口', 'nf-year', 'year', 'short');
nf('1901年上海港吞吐量多少', 'nf-year', 'year', 'short');
nf('北京今年有多少个唢呐班子', 'nf-indicator', 'relative-year', 'colloquial');
nf('深圳去年办了几场魔方比赛', 'nf-indicator', 'relative-year', 'short');
nf('广州前年放飞了多少个热气球', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('北京前年新能源汽车这块发展得怎么样'),
  T('在京生产的新能源车有多少万辆', 'figure', 'BJ25', F('北汽、小米、理想等重点整车项目陆续投产、在京生产新能源汽车约30万辆', [30, '万辆']), 'elliptical', 'approx', HF),
  T('比上年涨了几倍', 'figure', 'BJ25', F('在京生产新能源汽车约30万辆、增长近3倍', [3, '倍']), 'elliptical', 'second-figure', 'short', HF),
  T('那全市的新能源车保有量破多少万辆了', 'figure', 'BJ25', F('毫不松懈抓好空气污染治理,新能源汽车保有量超100万辆', [100, '万辆']), 'elliptical', 'indicator-switch', 'colloquial', HF),
]);
conv([
  T("zhejiang's trade and red tape in 2025"),
  T('how many measures did it put out after the us tariff hikes?', 'figure', 'ZJ26', F('第一时间成立支持外经贸高质量发展指挥部、出台20条举措', [20, '条']), 'elliptical', 'en', 'lowercase', HF),
  T("and what rate did 'zonghe cha yici' (one combined inspection) reach?", 'figure', 'ZJ26', F('全省涉企检查事项精简26.8%,“综合查一次”实施率达83.1%', pct(83.1)), 'elliptical', 'en', 'lowercase', 'pinyin', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('安徽今年促消费和金融服务有啥硬指标'),
  T('商文旅体展融合发展集聚区要培育几个', 'target', 'AH26', F('中医药康养等新型消费,培育商文旅体展融合发展集聚区30个以上', [30, '个']), 'elliptical', 'target', HF),
  T('那民营经营主体融资担保业务的比重要到多少', 'target', 'AH26', F('给予贴息,民营经营主体融资担保业务比重达80%以上', pct(80)), 'elliptical', 'target', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T("shandong's 2026 plan for the service sector"),
  T('how many above-scale service firms does it aim to cultivate?', 'target', 'SD26', F('建成300个现代服务业重点项目,培育规上服务业企业1500家左右', [1500, '家']), 'elliptical', 'en', 'lowercase', 'target', 'approx', HF),
  T('and new provincial quality-infrastructure facilities?', 'target', 'SD26', F('培育120家左右领军企业,新建10家以上省级质量基础设施', [10, '家']), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', 'short', HF),
]);
conv([
  T('enterprise head-counts at the end of 2024, province by province'),
  T('start with guangdong?', 'figure', 'GD25', F('经营主体净增98万户、突破1900万户,其中企业超830万户', [830, '万户']), 'elliptical', 'en', 'lowercase', 'short', HF),
  T('and over in fujian?', 'figure', 'FJ25', F('全省实有企业首次突破200万户,各类经营主体', [200, '万户']), 'elliptical', 'en', 'lowercase', 'place-switch', 'short', HF),
]);
conv([
  T("shandong's 2025 plan — tourism and graduate jobs"),
  T('how many new 4A-and-above scenic spots?', 'target', 'SD25', F('支持泰山、“三孔”争创世界级旅游景区,新增4A级以上景区10家', [10, '家']), 'elliptical', 'en', 'lowercase', 'target', 'short', HF),
  T('and new employment & startup hubs for college grads?', 'target', 'SD25', F('做好高校毕业生、农村劳动力等重点人群就业工作,新建大学生就业创业赋能中心15个', [15, '个']), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('福建前年稳就业这块 失业保险费减收了多少'),
  T('不对 我想问的是统筹了多少钱用于援企稳岗', 'figure', 'FJ25', F('加强政策保障,统筹9.8亿元用于援企稳岗', [9.8, '亿元']), 'elliptical', 'self-correction', 'colloquial', HF),
  T('那年群众安全感率是多少', 'figure', 'FJ25', F('跨境赌博成效居全国前列,群众安全感率达99.1%', pct(99.1)), 'elliptical', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('北京去年水环境治理的成效'),
  T('国考断面优良水质占比稳在多少以上', 'figure', 'BJ26', F('农村黑臭水体动态清零,国考断面优良水质占比稳定在90%以上', pct(90)), 'elliptical', HF),
  T('另外问下 前年山东选手在世界技能大赛上拿了几个全国首金', 'figure', 'SD25', F('我省选手斩获世界技能大赛2个全国首金', [2, '个']), 'no-inherit', 'place-switch', 'relative-year', HF),
]);
conv([
  T('广东今年推动产业有序转移有啥安排'),
  T('那芒康呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了还是说广东 今年要高质量建好几个主平台', 'target', 'GD26', F('推动产业有序转移,高质量建好15个主平台', [15, '个']), 'elliptical', 'after-not-found', 'target', 'relative-year', HF),
]);
conv([
  T("guangdong's 2025 livelihood list — the school items"),
  T("how many rural 'warm campuses' for compulsory education to upgrade?", 'target', 'GD25', F('升级建设义务教育乡村温馨校园超40所', [40, '所']), 'elliptical', 'en', 'lowercase', 'target', HF),
  T('and how many disabled students benefit from the higher special-ed funding?', 'target', 'GD25', F('向特殊教育倾斜,惠及残疾学生超7.6万名', [7.6, '万名']), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', HF),
]);
conv([
  T("beijing's 2024 urban renewal and waste sorting"),
  T('how many old factory sites were renovated?', 'figure', 'BJ25', F('启动危旧楼房改建和简易楼腾退20.6万平方米,完成71处老旧厂房更新改造', [71, '处']), 'elliptical', 'en', 'lowercase', 'short', HF),
  T('and the household waste recycling rate?', 'figure', 'BJ25', F('11座厨余垃圾处理设施完成免破袋装置改造,生活垃圾回收利用率达到40%以上', pct(40)), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'short', HF),
]);
conv([
  T("hangzhou's talent and sci-tech numbers for 2023"),
  T('how many top provincial talents were newly selected?', 'figure', 'HZ24', F('新入选省顶尖人才11名', [11, '名']), 'elliptical', 'en', 'lowercase', HF),
  T("and how many major 'keji qiangji' (sci-tech foundation) projects by year-end?", 'figure', 'HZ24', F('科技强基重大项目增至30个', [30, '个']), 'elliptical', 'en', 'lowercase', 'pinyin', 'indicator-switch', HF),
]);
conv([
  T('拱墅22年助企纾困和停车这两块'),
  T('小微企业和个体户的租金减免了多少', 'figure', 'GS23', F('减免2882家小微企业和个体工商户租金1.7亿元', [1.7, '亿元']), 'elliptical', 'second-figure', HF),
  T('地下公共停车项目开工加续建有几个', 'figure', 'GS23', F('积极拓展重点区域泊位供给,开工及续建地下公共停车项目23个', [23, '个']), 'elliptical', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('qiantang 2024 — sports events and public safety'),
  T('how many national and international events did it host?', 'figure', 'QT25', F('成功举办全国轮滑锦标赛等国际国内赛事50余场', [50, '场']), 'elliptical', 'en', 'lowercase', 'approx', HF),
  T('and how many major risk hazards were defused?', 'figure', 'QT25', F('新中国成立75周年等重大赛事活动维稳安保工作,推进21个重点风险隐患实质化解', [21, '个']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('上海前年改革这块'),
  T('跨部门综合监管改革覆盖了多少个重点行业', 'figure', 'SH25', F('实施餐饮业等39个重点行业跨部门综合监管改革', [39, '个']), 'elliptical', HF),
  T('浦东综合改革试点有多少项任务在推进', 'figure', 'SH25', F('深入开展浦东综合改革试点,157项改革任务有序推进', [157, '项']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('fujian 2024 — industry upgrades and grain'),
  T('how many provincial key tech-upgrade projects were carried out?', 'figure', 'FJ25', F('抢抓大规模设备更新机遇,实施2205项省重点技改项目', [2205, '项']), 'elliptical', 'en', 'lowercase', HF),
  T('and how many new provincial grain depots opened?', 'figure', 'FJ25', F('杂交水稻制种面积占全国31.5%,4个省级粮库新建成投用', [4, '个']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'topic-switch', 'short', HF),
]);
conv([
  T('山东十四五这五年的制造业'),
  T('立起了多少条标志性产业链', 'figure', 'SD26', F('19条标志性产业链立起先进制造业强省“四梁八柱”', [19, '条']), 'elliptical', 'plan-period', HF),
  T('and how many trillion-yuan marks did its economy cross in those five years?', 'figure', 'SD26', F('经济总量连续跨过3个万亿元大关', [3, '个']), 'elliptical', 'en', 'lowercase', 'plan-period', 'indicator-switch', HF),
]);
conv([
  T('shanghai 2025 — innovation and talent'),
  T('how many new high-quality proof-of-concept platforms?', 'figure', 'SH26', F('优化中试平台布局,新建7家高质量概念验证平台', [7, '家']), 'elliptical', 'en', 'lowercase', 'short', HF),
  T('and roughly how many talents did it draw in from home and abroad?', 'figure', 'SH26', F('事业单位科研人员创新创业等政策,新集聚海内外人才近15万人', [15, '万人']), 'elliptical', 'en', 'lowercase', 'approx', 'indicator-switch', HF),
]);
conv([
  T('江苏十四五期间改革和耕地这两块'),
  T('有多少个案例入选了全国高效办成一件事典型', 'figure', 'JS26', F('积极服务建设全国统一大市场,16个案例入选全国“高效办成一件事”典型', [16, '个']), 'elliptical', 'plan-period', HF),
  T('高标准农田一共建了多少万亩', 'figure', 'JS26', F('严守耕地保护红线,建设高标准农田1739万亩', [1739, '万亩']), 'elliptical', 'plan-period', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T("yunnan's 2025 livelihood targets"),
  T('county-level child emergency points to build?', 'target', 'YN25', F('70个具有I级及以上水平的县级儿童急救点', [70, '个']), 'elliptical', 'en', 'lowercase', 'target', 'short', HF),
  T('and townships to get class-3 road access?', 'target', 'YN25', F('新改建农村公路1万公里以上,新增30个以上乡镇通三级公路', [30, '个']), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', 'short', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  泽库: ['泽库', 'Zeku'],
  甘德: ['甘德', 'Gade'],
  达日: ['达日', 'Darlag'],
  久治: ['久治', 'Jigzhi'],
  察隅: ['察隅', 'Zayu'],
  墨脱: ['墨脱', 'Medog'],
  洛隆: ['洛隆', 'Lhorong'],
  八宿: ['八宿', 'Baxoi'],
  左贡: ['左贡', 'Zogang'],
  芒康: ['芒康', 'Markam'],
  qira: ['策勒', 'Qira'],
  keriya: ['于田', 'Keriya'],
  1887: ['1887'],
  1901: ['1901'],
  1893: ['1893'],
  唢呐: ['唢呐', 'suona'],
  魔方: ['魔方', 'Rubik'],
  热气球: ['热气球', 'hot-air balloon'],
  guzheng: ['古筝', 'guzheng'],
};

// Never a fact that fresh-ar's or fresh-as's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-ar/ar-heldout.jsonl', 'eval/fresh-as/as-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-ar's or fresh-as's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'at', last: 'as', notAnswerableWords: NF_WORDS });
