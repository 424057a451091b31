#!/usr/bin/env node
// Writes the fresh-v sets: eval/fresh-v/v-tune.jsonl and eval/fresh-v/v-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-v/make.mjs [--check]
//
// A tenth held-out question set written BEFORE any fix, as fresh-m … fresh-u, as analysts, officials and journalists
// type in Slack, without reading the bot's source to choose wording and without running the bot to choose or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports), with wording other than fresh-r's, fresh-s's, fresh-t's and fresh-u's (other follow-up
// phrasings, verbs, fragments, typos, traditional characters, mixed scripts, short and long asks). Six parts:
//   1. conversations of 3–4 turns (every later turn scored): 到十四五收官 实际落到多少了 (attainment) / 江苏那头定了几家 →
//      所以两省持平? / "flip it to Guangdong" → "so which province helps more kids?" / 打错了 不是北京 是浙江 (a place
//      self-correction) / 第二块科创那里 … / 第五块开放那边 … (after an outline) / "and how much domestic capital actually
//      landed …?" / 那年汛期降水量 是近多少年同期最多 (after a trend) / 下一年的呢 … / 那kaifeng能查到吗 (a scored
//      not-answerable turn) → 行吧 回江苏 … / 乡村运营人才呢 … / 换到就业 … / 城中村雨污分流项目跟单村水站 各多少 (multi) /
//      浙江比北京多出多少 (difference) / a complete new question after a five-year question;
//   2. English single-turn questions in many registers (questions, fragments, lower case, pinyin, a typo), 4 not answerable;
//   3. Chinese figure asks where the sentence holds several figures and the asked one is NOT the first: `fig[0]` is the
//      asked figure (checked here: not the first number of its report sentence, years aside);
//   4. trends (连续几年 / 时隔几年 / 多少年来 / 历时几年) and A vs B comparisons (two years of one report, two or three reports);
//   5. several indicators in one ask (multi), overviews and outlines;
//   6. not answerable: places, years and indicators no report holds (grep-checked absent).
// Today = 2026-12-04: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives N−1's results and N's targets.
//
// Checks as fresh-u: cites by ../case-checks.mjs unchanged (YN25 / HN25 / JL25 from ../fresh-l/extract.ts), no cite may
// state a fact another set's cites state (citesUsedElsewhere over the earlier sets and fresh-g … fresh-u, plus the
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
// kinds as fresh-u: second-of-pair, after-other (another indicator's figure comes first), part-vs-total,
// share-vs-growth, rank, count
s('trend', 'AH26', '安徽这五年 社会物流总费用跟GDP的比率降下来以后 比全国低了多少', F('左右、优于全国约1个百分点', [1, '个百分点']), 'share-vs-growth', 'five-year-review', 'plan-period', 'long');
s('target', 'AH26', '安徽十五五GDP年均增速给的区间 上沿是多少', F('全省地区生产总值年均增长5%—5.5%', pct(5.5)), 'target', 'second-of-pair', 'plan-period', 'short');
s('target', 'BJ25', '北京25年要完善功能的首批育新基地 一共几个', F('打造低空技术创新和产业发展先导区,完善首批10个育新基地功能', [10, '个']), 'target', 'after-other', 'two-digit-year', 'count');
s('figure', 'BJ25', '北京24年开工项目和备案项目的比例到了1比多少', F('全市固定资产投资实现较快增长,开工备案项目比例达到1∶3.4', [3.4]), 'second-of-pair', 'two-digit-year');
s('target', 'CN22', '22年小微企业应纳税所得额再减半征收那档 上限是多少万', F('对小微企业年应纳税所得额100万元至300万元部分', [300, '万元']), 'target', 'second-of-pair', 'two-digit-year');
s('figure', 'FJ25', '福建24年几个设区市进了国家产融合作试点城市', F('服务业高质量发展三年行动计划,4个设区市入选国家产融合作试点城市', [4, '个']), 'after-other', 'two-digit-year', 'count');
s('figure', 'FJ25', '省委十一届六次全会 福建一共定了多少项重要改革举措', F('落细落实省委十一届六次全会确定的15个方面300多项重要改革举措', [300, '项']), 'second-of-pair');
s('figure', 'FJ25', '福建24年新盖好投用的省级粮库有几个', F('杂交水稻制种面积占全国31.5%,4个省级粮库新建成投用', [4, '个']), 'after-other', 'two-digit-year', 'count', 'colloquial');
s('figure', 'FJ25', '福建列进国家中医优势专科建设单位的专科 有多少个', F('为适龄女性免费接种HPV疫苗,29个专科列入国家中医优势专科建设单位', [29, '个']), 'after-other', 'count');
s('figure', 'FJ25', '全国民族团结进步模范表彰 福建拿到的个人有几名', F('智库等工作取得新成效,6个集体、7名个人荣获全国民族团结进步模范表彰', [7, '名']), 'second-of-pair', 'count');
s('target', 'FJ25', '福建25年专精特新中小企业准备新增多少家', F('设立20亿元省级母基金和系列子基金,新增专精特新中小企业1000家以上', [1000, '家']), 'target', 'after-other', 'two-digit-year', 'short');
s('target', 'FJ25', '福建25年总投资10亿以上的项目 打算引进落地几个', F('全球招商,引进落地总投资10亿元以上项目50个', [50, '个']), 'target', 'after-other', 'two-digit-year', 'count');
s('target', 'FJ25', 'fj 25年“两通工程”项目建几个', F('乡村振兴“十大行动”重点项目,建设16个“两通工程”项目', [16, '个']), 'target', 'after-other', 'two-digit-year', 'mixed-script', 'short', 'count');
s('target', 'FJ25', '福建25年设区城市PM2.5平均浓度 要压到每立方米多少微克以下', F('PM2.5平均浓度每立方米20微克以下', [20, '微克']), 'target', 'after-other', 'two-digit-year', 'mixed-script');
s('figure', 'FJ26', '福建去年新添的国家级优势特色产业集群是几个', F('新增国家现代农业产业园1个、优势特色产业集群2个', [2, '个']), 'second-of-pair', 'relative-year', 'count');
s('figure', 'FJ26', '首批中国消费名品里 福建的区域品牌入选了几个', F('6个企业品牌、2个区域品牌入选首批中国消费名品', [2, '个']), 'second-of-pair', 'count');
s('figure', 'FJ26', '福建去年有几个园区挤进国家级零碳园区建设名单', F('亮相联合国气候变化大会,3个园区入选国家级零碳园区建设名单', [3, '个']), 'after-other', 'relative-year', 'count', 'colloquial');
s('trend', 'FJ26', '福建这五年跟共建一带一路国家的进出口贸易额 破了多少', F('与共建“一带一路”国家进出口贸易额突破5万亿元', [5, '万亿元']), 'after-other', 'five-year-review', 'plan-period');
s('target', 'GD25', '广东25年大型产业集聚区 要高质量建几个', F('高质量建设15个承接产业转移主平台和7个大型产业集聚区', [7, '个']), 'target', 'second-of-pair', 'two-digit-year', 'count');
s('target', 'GD25', '广东省级财政 五年统筹多少钱支持旅游产业发展', F('省级财政五年统筹投入100亿元支持旅游产业发展', [100, '亿元']), 'target', 'after-other', 'plan-period');
s('target', 'GD25', '广东25年特教生均公用经费提标以后 能惠及多少残疾学生', F('学前教育、普通高中阶段生均拨款政策向特殊教育倾斜,惠及残疾学生超7.6万名', [7.6, '万名']), 'target', 'after-other', 'two-digit-year');
s('target', 'GD25', '广东25年三甲医院往县级医院派多少名专家做技术帮扶', F('推动三甲医院选派超500名专家到县级医院开展技术帮扶', [500, '名']), 'target', 'after-other', 'two-digit-year');
s('target', 'GD25', '广东25年线下联动的舒心驿站站点有多少个', F('线下联动200个阵地、200支队伍及400个“舒心驿站”站点', [400, '个']), 'target', 'after-other', 'two-digit-year');
s('figure', 'GD26', '廣東去年抵離口岸的交通工具一共多少萬輛次', F('抵离口岸的交通工具达2813.8万辆', [2813.8, '万辆']), 'after-other', 'relative-year', 'traditional');
s('target', 'GD26', '广东今年孤独症儿童康复专业技术人员 规范化培训搞多少人次', F('组织孤独症儿童康复专业技术人员规范化培训超2000人次', [2000, '人次']), 'target', 'after-other', 'relative-year');
s('target', 'GD26', '广东今年新拿到职业资格或技能等级证书的劳动者 目标是多少', F('新增取得职业资格或技能等级证书的劳动者超30万人次', [30, '万人次']), 'target', 'after-other', 'relative-year');
s('target', 'GD26', '广东26年心理、法律、维权、调解这些个案服务 要做多少个', F('提供心理、法律、维权、调解等个案服务超3000个', [3000, '个']), 'target', 'after-other', 'two-digit-year');
s('target', 'GD26', '广东今年高血压和2型糖尿病患者基层规范管理服务率 得达到多少', F('高血压、2型糖尿病患者基层规范管理服务率达到66%以上', pct(66)), 'target', 'second-of-pair', 'relative-year');
s('target', 'GD26', '广东今年铺开全域幸福河湖建设的县 超过几个', F('条(个)幸福河湖,超5个县(市、区)开展全域幸福河湖建设', [5, '个']), 'target', 'after-other', 'relative-year', 'count');
s('target', 'JS25', '江苏25年具有全国优势的重点产业链 打造几条', F('生物药、集成电路等10条具有全国优势', [10, '条']), 'target', 'second-of-pair', 'two-digit-year', 'count');
s('figure', 'JS26', '江苏去年新增了几个两山实践创新基地', F('国家生态文明建设示范区、4个“两山”实践创新基地', [4, '个']), 'second-of-pair', 'relative-year', 'count', 'short');
s('target', 'SD26', '山冬今年新建省级质量基础设施多少家', F('家左右领军企业,新建10家以上省级质量基础设施', [10, '家']), 'target', 'after-other', 'relative-year', 'typo', 'short');
s('target', 'SD26', '山东今年人工智能双百工程 行业级场景级的大模型和智能体培育多少个', F('家以上特色企业和100个以上行业级、场景级大模型和智能体', [100, '个']), 'target', 'second-of-pair', 'relative-year');
s('figure', 'SH25', '上海24年底轨交线路总长 差不多多少公里', F('轨道交通线,全市线路总长近900公里', [900, '公里']), 'after-other', 'two-digit-year', 'short');
s('target', 'SH25', 'sh 25年改建认知障碍照护床位多少张', F('张养老床位,改建3000张认知障碍照护床位', [3000, '张']), 'target', 'second-of-pair', 'two-digit-year', 'mixed-script', 'short');
s('figure', 'ZJ25', '浙江“415X”集群里的规上制造业企业 24年营收大概多少', F('“415X”集群规上制造业企业营收9万亿元左右', [9, '万亿元']), 'after-other', 'two-digit-year');
s('figure', 'ZJ25', '浙江示范区有几项典型经验24年被国家发文推广', F('争取共同富裕领域国家改革试点7项,10项示范区典型经验获国家发文推广', [10, '项']), 'second-of-pair', 'two-digit-year', 'count');
s('figure', 'ZJ25', '浙江24年全省工商业平均电价往下调了多少', F('全省工商业平均电价下降1分/千瓦时', [1, '分/千瓦时']), 'after-other', 'two-digit-year');
s('target', 'ZJ25', '浙江25年要稳住在浙就业的省外脱贫劳动力多少万', F('保持2300万省外劳动力和240万省外脱贫劳动力在浙稳定就业', [240, '万']), 'target', 'second-of-pair', 'two-digit-year');
s('trend', 'ZJ26', '浙江这五年 化解在基层、消除在萌芽的矛盾纠纷占比多少', F('累计化解各类矛盾纠纷1655万件,90%以上的矛盾纠纷化解在基层', pct(90)), 'part-vs-total', 'five-year-review', 'plan-period');
s('target', 'ZJ26', '浙江今年省属国企研发投入增速 要比全省平均高几个点', F('省属国有企业研发投入增速高于全省平均2个百分点以上', [2, '个百分点']), 'target', 'after-other', 'relative-year');
s('target', 'ZJ26', '宁波舟山国际航运中心发展指数 今年的排名目标是保第几', F('宁波舟山国际航运中心发展指数全球排名“保7争6”', [7]), 'target', 'after-other', 'relative-year', 'rank');
s('target', 'ZJ26', '浙江今年打造城镇建设高质量样板几个', F('打造城镇建设高质量样板400个', [400, '个']), 'target', 'after-other', 'relative-year', 'count', 'short');
s('target', 'ZJ26', '浙江26年闲置农房要盘活多少宗', F('公里,盘活闲置农房2万宗', [2, '万宗']), 'target', 'after-other', 'two-digit-year', 'short');
s('target', 'YN25', '云南银龄人才万人计划里 银龄教师打算引进多少人', F('服务我省经济社会发展,其中银龄教师6000人左右', [6000, '人']), 'target', 'part-vs-total', 'plan-period');
s('target', 'JL25', '吉林25年居民消费价格涨幅目标定在多少', F('居民消费价格指数涨幅在2%左右', pct(2)), 'target', 'after-other', 'two-digit-year', 'short');

// ---- 2. English single-turn questions -------------------------------------------------------------------------------
e('figure', 'AH25', 'How many academicians and their teams did Anhui bring in on flexible terms in 2024?', F('人才兴皖工程深入推进,柔性引进院士及团队92人次', [92, '人次']), 'year');
e('target', 'AH25', 'anhui 2025 labour productivity goal, per worker', F('全员劳动生产率16.8万元/人左右', [16.8, '万元/人']), 'year', 'lowercase', 'short');
e('figure', 'AH25', 'In 2024, one in every how many cars exported from China was made in Anhui?', F('整车出口量跃居全国首位,全国每出口4辆汽车就有1辆安徽造', [4, '辆']), 'year');
e('target', 'AH26', 'How many clusters blending commerce, culture, tourism, sports and exhibitions will Anhui grow in 2026?', F('中医药康养等新型消费,培育商文旅体展融合发展集聚区30个以上', [30, '个']), 'year', 'count', 'long');
e('figure', 'BJ25', "How many World Heritage sites did Beijing have once the Central Axis got listed?", F('北京中轴线申遗圆满成功,世界文化遗产达到8处', [8, '处']), 'count');
e('target', 'BJ25', "beijing 2025: new 'walk beijing' tourist routes?", F('“影视+旅游”等多元融合业态,新增100条“漫步北京”旅游线路', [100, '条']), 'year', 'lowercase', 'short');
e('target', 'BJ25', 'How many units of affordable rental housing did Beijing plan to build or raise in 2025?', F('优先向轨道交通站点周边和就业密集地区供应住宅用地,建设筹集保障性租赁住房5万套', [5, '万套']), 'year');
e('target', 'BJ26', "How many task measures does the outline of Beijing's 15th five-year plan set out?", F('《纲要草案》具体部署了13项任务举措', [13, '项']), 'plan-period', 'count');
e('target', 'BJ26', 'beijing 15th fyp cap on workplace deaths per 10bn yuan of gdp', F('单位地区生产总值生产安全事故死亡率控制在0.6人/百亿元以下', [0.6, '人/百亿元']), 'plan-period', 'lowercase', 'after-other');
e('figure', 'CN22', 'What share of people were fully vaccinated against Covid by the end of 2021?', F('落实常态化防控举措,疫苗全程接种覆盖率超过85%', pct(85)), 'year');
e('target', 'CN22', 'by how much did the 2022 budget plan to expand spending over the year before', F('支出规模比去年扩大2万亿元以上', [2, '万亿元']), 'year', 'lowercase');
e('figure', 'CN23', 'How many enterprises did China have at the end of 2022?', F('改革给人们经商办企业更多便利和空间,去年底企业数量超过5200万户', [5200, '万户']), 'year', 'short');
e('figure', 'CN23', 'How many jobless people got unemployment insurance benefits in 2022?', F('延续实施失业保险保障扩围政策,共向1000多万失业人员发放失业保险待遇', [1000, '万']), 'year');
e('target', 'CN24', "By how much did the 2024 report raise the per-capita fiscal subsidy for residents' medical insurance?", F('居民医保人均财政补助标准提高30元', [30, '元']), 'year', 'long');
e('figure', 'CN25', 'how many student-times did bigger scholarships and student loans reach in 2024', F('国家奖助学金提标扩面、助学贷款提额降息,惠及学生3400多万人次', [3400, '万人次']), 'year', 'lowercase');
e('figure', 'FJ25', 'How many typical AI application scenarios did Fujian publish in 2024?', F('发布98个典型应用场景', [98, '个']), 'year', 'count');
e('figure', 'FJ25', 'that record offshore wind turbine that rolled off the line in Fujian — how many MW?', F('全球最大26兆瓦级海上风力发电机组下线', [26, '兆瓦']), 'lowercase');
e('target', 'FJ25', "fujian 2025 'hope cabins' to upgrade", F('提高残疾人两项补贴、孤儿基本生活最低养育标准,改造提升350个希望小屋', [350, '个']), 'year', 'lowercase', 'short');
e('figure', 'FJ26', "How many Fujian items went onto China's World Heritage tentative list last year?", F('福鼎白茶文化系统入选全球重要农业文化遗产,10个项目列入中国世界文化遗产预备名单', [10, '个']), 'relative-year', 'count');
e('figure', 'GD25', 'guangdon 2024 — how many typical towns in the second batch?', F('开展第二批301个典型镇建设', [301, '个']), 'year', 'lowercase', 'typo', 'short');
e('figure', 'GD25', 'How many provincial pilot-scale test platforms did Guangdong lay out in 2024?', F('推进大湾区国家技术创新中心建设,布局建设7个省中试平台', [7, '个']), 'year', 'count');
e('figure', 'GD26', 'How many high-frequency government services can be handled cross-border in Guangdong now?', F('湾区标准、湾区认证、港澳药械通、跨境理财通等落地见效,198项高频政务服务事项实现跨境通办', [198, '项']), 'five-year-review');
e('target', 'GD26', 'gd 2026 target for river & sea embankment compliance rate', F('江海堤防达标率提高到80%', pct(80)), 'year', 'lowercase', 'short');
e('figure', 'HN25', 'hunan q3 2024 gdp growth', F('克服二季度增速回落影响,实现三季度增长4.6%', pct(4.6)), 'year', 'lowercase', 'short');
e('target', 'JL25', 'jilin hydrogen intercity train — what top speed are they building for?', F('加快氢能驱动时速250公里城际市域列车', [250, '公里']), 'lowercase');
e('figure', 'JS25', "How big is Jiangsu's provincial strategic emerging industries mother fund?", F('设立总规模500亿元的省战略性新兴产业母基金', [500, '亿元']), 'short');
e('figure', 'JS25', 'jiangsu 2024 annual business-environment reform items, how many', F('推出85项年度营商环境改革事项', [85, '项']), 'year', 'lowercase', 'count');
e('figure', 'JS26', 'How many basic science centres did Jiangsu set up during the 14th five-year plan?', F('布局4个基础科学中心', [4, '个']), 'five-year-review', 'count');
e('figure', 'SD25', 'How many provincial key labs did Shandong restructure in 2024?', F('新建空天信息、铝产业先进制造省实验室,重组省重点实验室249家', [249, '家']), 'year');
e('target', 'SD25', 'shangdong 2025 — villages to get sewage treatment done', F('完善村庄保洁长效机制,完成2443个行政村生活污水治理', [2443, '个']), 'year', 'lowercase', 'typo');
e('figure', 'SD26', 'How many water-source reservoirs did Shandong build or expand over the 14th five-year plan?', F('国家省级水网先导区顺利建成,新建扩建老岚水库等水源型水库58座', [58, '座']), 'five-year-review');
e('figure', 'SH25', 'shanghai pudong comprehensive reform pilot — reform tasks under way?', F('深入开展浦东综合改革试点,157项改革任务有序推进', [157, '项']), 'lowercase', 'pinyin', 'short');
e('target', 'SH25', 'How many km of rural roads did Shanghai plan to upgrade in 2025?', F('健全农村人居环境长效管护制度,完成200公里农村公路提档升级改造', [200, '公里']), 'year');
e('target', 'SH26', 'Shanghai 2026: how many new advanced smart factories?', F('加快重点产业智能化改造,新增50家以上先进智能工厂', [50, '家']), 'year', 'short');
e('figure', 'ZJ25', 'How much equipment-renewal funding did Zhejiang win in 2024?', F('创新实施融资租赁、设备入股、标准提升等支持政策,争取设备更新资金95亿元', [95, '亿元']), 'year');
e('figure', 'YN25', 'How many talent-recruitment projects has the Tengchong Scientists Forum helped bring in?', F('腾冲科学家论坛效应持续放大,累计促成人才引进项目496个', [496, '个']), 'pinyin', 'count');
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('dandong border trade volume 2024', 'nf-place', 'year', 'lowercase', 'short', 'pinyin');
nfe("How fast did Jiujiang's port cargo grow in 2025?", 'nf-place', 'year', 'pinyin');
nfe("Zhejiang's fiscal revenue back in 1994?", 'nf-year', 'year', 'short');
nfe('median age at first marriage in jiangsu?', 'nf-indicator', 'lowercase', 'short');

// ---- 4. trends and comparisons across reports --------------------------------------------------------------------
f('trend', 'trend-ask', 'FJ26', '福建工程建设项目审批制度改革评估 截至去年连着几年全国第一', F('工程建设项目审批制度改革评估连续3年全国第一', [3, '年']), 'plan-period', 'relative-year');
f('trend', 'trend-ask', 'FJ26', '这五年福建最严格水资源管理制度考核 连续几年优秀', F('最严格水资源管理制度考核连续4年优秀', [4, '年']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'FJ26', '福建污染防治攻坚战成效考核 到25年一共连续几年拿优秀', F('污染防治攻坚战成效考核连续6年优秀', [6, '年']), 'plan-period', 'two-digit-year');
f('trend', 'trend-ask', 'FJ25', '截至24年 福建城乡居民基础养老金已经连续提了几年', F('完善工伤保险省级统筹制度,连续3年提高城乡居民基础养老金', [3, '年']), 'plan-period', 'two-digit-year', 'after-other');
f('trend', 'trend-ask', 'YN25', '云南奥运金牌隔了多少年才又拿到一块', F('时隔12年再夺奥运会金牌', [12, '年']), 'plan-period', 'short');
f('trend', 'trend-ask', 'BJ26', '北京中轴线申遗 前前后后历时多少年', F('北京中轴线历时12年成功申遗', [12, '年']), 'plan-period', 'five-year-review', 'short');
f('trend', 'trend-ask', 'GD26', '这五年里 广东连续几年在新春第一个工作日开全省高质量发展大会', F('有效应对百年变局和世纪疫情,连续3年在新春首个工作日召开全省高质量发展大会', [3, '年']), 'plan-period', 'five-year-review');
f('trend', 'trend-ask', 'YN25', '倡导文明健康绿色环保生活方式活动 云南连续两年综合评估排第几', F('在倡导文明健康绿色环保生活方式活动中连续两年综合评估居全国第1位', [1]), 'plan-period', 'rank');
f('trend', 'trend-ask', 'CN23', '2022年全球通胀冲到了多少年来的新高', F('去年全球通胀达到40多年来新高', [40, '年']), 'plan-period', 'year', 'short');
f('trend', 'trend-ask', 'BJ25', '中德世界隐形冠军峰会 是多少年来头一回走出德国办', F('在京新设研发机构,中德世界隐形冠军峰会14年来首次走出德国', [14, '年']), 'plan-period', 'after-other', 'mixed-script');
f('comparison', 'comparison-ask', ['AH25', 'AH26'], '安徽新认证绿色有机名特优新农产品 25年跟26年的目标有变化没', F(['新认证绿色、有机、名特优新农产品1000个以上', '推动高端绿色食品产业集群发展,新认证绿色、有机、名特优新农产品1000个以上'], [1000, '个']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['GD25', 'GD26'], '广东林分优化提升 25年和26年各要完成多少万亩', F(['持续优化林分、改善林相,今年再完成林分优化提升200万亩', '推进森林质量精准提升和乡村绿化,完成林分优化提升200万亩'], [200, '万亩']), 'year-compare', 'two-digit-year');
f('comparison', 'comparison-ask', ['GD26', 'SD26'], '整县建成美丽乡村的比例 广东和山东今年各要提到多少 谁定得高', F(['深化人居环境整治和风貌提升,整县建成美丽乡村比例提高到40%', '“一市一品牌”建设美丽城市,美丽乡村整县建成比例达到30%'], pct(40), pct(30)), 'two-reports', 'relative-year');
f('comparison', 'comparison-ask', ['SD25', 'GD25', 'ZJ25'], '24年促消费活动的场次 山东 广东 浙江 哪家办得最多', F(['实施“好品山东商行天下”系列活动,省市联办促消费活动600余场', '推进大湾区国际消费枢纽建设,开展“粤消费粤精彩”等促消费活动超4300场', '开展“浙里来消费”“浙夜好生活”等系列活动2000余场'], [600, '场'], [4300, '场'], [2000, '场']), 'three-reports', 'two-digit-year');
f('comparison', 'comparison-ask', ['GD25', 'FJ25'], '25年养老服务人员培训 广东和福建分别计划多少人次', F(['开展养老服务人员培训超5万人次', '深入挖掘“一老一小”家政服务潜能,培训养老服务从业人员1万人次'], [5, '万人次'], [1, '万人次']), 'two-reports', 'two-digit-year');
f('comparison', 'comparison-ask', ['ZJ25', 'JL25'], '支持民营经济的政策 浙江落实的是多少条 吉林是多少条', F(['大力促进民营经济高质量发展,全面落实民营经济32条政策', '落实支持民营经济发展“31条”政策'], [32, '条'], [31, '条']), 'two-reports');

// ---- 5. several indicators in one ask, overviews, outlines --------------------------------------------------------
f('multi', 'multi-ask', 'BJ25', '北京25年城乡供水提升工程几处 美丽乡村路建多少公里 一块儿说', F('抓好第二批百千工程示范创建,实施50处城乡供水提升工程,创建美丽乡村路300公里', [50, '处'], [300, '公里']), 'two-digit-year');
f('multi', 'multi-ask', 'ZJ26', '浙江今年一对一家庭教育指导服务多少户次 亲子关系成长课堂开多少期', F('为未成年人家庭提供一对一公益家庭教育指导服务1万户次,开设“幸福家长”亲子关系成长课堂1万期', [1, '万户次'], [1, '万期']), 'relative-year');
f('multi', 'multi-ask', 'BJ26', '北京十五五纲要草案里 服务贸易年均增速和彩化率分别定了多少', F(['以上,服务贸易年均增速5%左右', '百亿元以下,彩化率达24.2%'], pct(5), pct(24.2)), 'plan-period');
f('multi', 'multi-ask', 'GD26', '广东今年自然村生活污水治理设施改造提升多少个 项目区农民满意度要多少', F(['改造提升超5000个已建成自然村的生活污水治理设施', '持续运维能力,项目区农民满意度不低于80%'], [5000, '个'], pct(80)), 'relative-year');
f('multi', 'multi-ask', 'FJ26', '福建十五五纲要的主要指标 预期性和约束性各有几个', F('居民人均可支配收入增长与经济增长同步等16个预期性指标,以及碳排放强度、优良水体比例等8个约束性指标', [16, '个'], [8, '个']), 'plan-period', 'count');
f('multi', 'multi-ask', 'SD26', '山东今年打算打造的万亿级新兴支柱产业 和千亿级新兴潜力产业 分别几个', F('信息技术服务、新能源、新材料等4个万亿级新兴支柱产业,壮大人工智能、生物医药、新能源汽车、航空航天与低空经济等4个千亿级新兴潜力产业', [4, '个'], [4, '个']), 'relative-year', 'count');
f('overview', 'overview-ask', 'SD25', '山东24年经济大盘怎么样 给个总体判断', { ...F('实现地区生产总值9.86万亿元、增长5.7%'), lead: 5.7 }, 'two-digit-year');
f('overview', 'overview-ask', 'GD26', 'guangdong economy last year, quick summary pls', { ...F('地区生产总值增长3.9%、总量连续37年居全国首位'), lead: 3.9 }, 'en', 'relative-year', 'lowercase', 'short');
f('outline', 'outline-ask', 'GD26', '广东今年那14个方面的工作 都是哪些', O('GD26'), 'relative-year', 'count');
f('outline', 'outline-ask', 'CN24', '24年国务院那份报告部署的政府工作任务 挨个列一下', O('CN24'), 'two-digit-year');
f('outline', 'outline-ask', 'ZJ26', 'zhejiang 2026 to-do list from the work report, headings only', O('ZJ26'), 'en', 'year', 'lowercase');
f('outline', 'outline-ask', 'BJ25', '北京25年的活儿主要分成哪几摊', O('BJ25'), 'two-digit-year', 'colloquial', 'short');

// ---- 6. not answerable (grep-checked absent from .cache/eval-corpus-l and the extracted texts) ------------------------
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('柳州去年新能源汽车产量多少万辆', 'nf-place', 'relative-year', 'short');
nf('绵阳25年全社会研发投入强度多少', 'nf-place', 'two-digit-year', 'short');
nf('赣州前年脐橙产量有多少万吨', 'nf-place', 'relative-year');
nf('齐齐哈尔今年冰雪旅游接待人次的目标', 'nf-place', 'relative-year');
nf('秦皇岛24年港口货物吞吐量多少', 'nf-place', 'two-digit-year');
nf('泸州跟宜宾去年哪个GDP增速快', 'nf-place', 'relative-year', 'comparison', 'mixed-script');
nf('佳木斯25年粮食产量多少亿斤', 'nf-place', 'two-digit-year', 'short');
nf('广东1997年地区生产总值多少', 'nf-year', 'year', 'short');
nf('江苏1995年粮食总产量是多少', 'nf-year', 'year');
nf('上海2002年常住人口多少万', 'nf-year', 'year', 'short');
nf('上海住房空置率是多少', 'nf-indicator', 'short');
nf('北京平均初婚年龄多少岁', 'nf-indicator', 'short');
nf('杭州共享单车一共投放了多少辆', 'nf-indicator');
nf('福建去年二孩出生占比多少', 'nf-indicator', 'relative-year');
nf('写材料要用 山东公共图书馆人均藏书量是多少册 报告里查不到就直说查不到', 'nf-indicator', 'long');

// ---- 1. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('山东25年城市污水处理厂提标改造 计划完成多大比例'),
  T('到十四五收官 实际落到多少了', 'figure', 'SD26', F('基本实现雨污合流管网清零,61%的城市污水处理厂完成提标改造', pct(61)), 'elliptical', 'attainment', 'five-year-review'),
  T('湿地那五年修复了多少万亩', 'trend', 'SD26', F('修复湿地90余万亩', [90, '万亩']), 'elliptical', 'topic-switch', 'five-year-review', 'short'),
]);
conv([
  T('福建今年新增制造业中试服务平台几家'),
  T('江苏那头定了几家', 'target', 'JS26', F('30家标杆孵化器和10家省级制造业中试平台', [10, '家']), 'elliptical', 'place-switch', 'colloquial', 'short'),
  T('所以两省持平?', 'comparison', ['FJ26', 'JS26'], F(['研发公共服务平台10家、制造业中试服务平台10家', '30家标杆孵化器和10家省级制造业中试平台'], [10, '家']), 'elliptical', 'comparison', 'short'),
]);
conv([
  T('How many children with disabilities will Shandong give rehab aid to in 2026?'),
  T('flip it to Guangdong', 'target', 'GD26', F('为超20000名视力、听力、肢体、智力等残疾儿童免费提供', [20000, '名']), 'elliptical', 'place-switch', 'en', 'short'),
  T('so which province helps more kids?', 'comparison', ['SD26', 'GD26'], F(['加强重度残疾人托养照护服务工作,康复救助残疾儿童4万人以上', '为超20000名视力、听力、肢体、智力等残疾儿童免费提供'], [4, '万人'], [20000, '名']), 'elliptical', 'comparison', 'en', 'short'),
]);
conv([
  T('北京今年交付保障性租赁住房多少套'),
  T('打错了 不是北京 是浙江', 'target', 'ZJ26', F('优化保障性住房供给,全年交付保障性租赁住房15万套', [15, '万套']), 'elliptical', 'self-correction', 'place-switch', 'short'),
  T('那浙江生育费用零自付能覆盖多少参保孕产妇', 'target', 'ZJ26', F('全省30万以上参保孕产妇产前检查、住院分娩等政策范围内生育费用“零自付”', [30, '万']), 'elliptical', 'topic-switch'),
]);
conv([
  T('广东25年要打造多少个优质幼儿园共同体'),
  T('乡村温馨校园升级多少所', 'target', 'GD25', F('升级建设义务教育乡村温馨校园超40所', [40, '所']), 'elliptical', 'topic-switch', 'short'),
  T('组团托管的新型城镇化试点县县中 几所', 'target', 'GD25', F('推动珠三角优质教育资源组团融入式托管15所新型城镇化试点县县中', [15, '所']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('安徽今年的活分了几大块'),
  T('第二块科创那里 新组建的省实验室和产业创新研究院有几家', 'target', 'AH26', F('重塑全省科创平台体系,新组建省实验室、产业创新研究院等10家以上', [10, '家']), 'elliptical', 'after-outline', 'count'),
  T('第五块开放那边 外向型产业集聚区建多少个', 'target', 'AH26', F('推动产贸融合发展,建设外向型产业集聚区50个左右', [50, '个']), 'elliptical', 'after-outline', 'topic-switch'),
]);
conv([
  T('湖南24年争取到的中央投资有多少'),
  T('and how much domestic capital actually landed in the Xiangnan-Xiangxi industrial transfer zone?', 'figure', 'HN25', F('湘南湘西承接产业转移示范区实际到位内资超4000亿元', [4000, '亿元']), 'elliptical', 'topic-switch', 'en', 'mixed-language', 'pinyin'),
  T('首批“一件事”落地了几个', 'figure', 'HN25', F('深化“高效办成一件事”改革,首批17个“一件事”全部落地', [17, '个']), 'elliptical', 'topic-switch', 'mixed-language', 'count', 'short'),
]);
conv([
  T('广东污染防治攻坚战的国家考核 截到24年连着几年优秀'),
  T('那年汛期降水量 是近多少年同期最多', 'trend', 'GD25', F('个台风影响,汛期平均降水量为近50年同期最多', [50, '年']), 'elliptical', 'after-trend', 'plan-period'),
  T('交通事故死亡人数那年的降幅 是近几年来最大的', 'trend', 'GD25', F('道路交通事故死亡人数下降18.2%、为近10年来最大降幅', [10, '年']), 'elliptical', 'after-trend', 'topic-switch', 'plan-period'),
]);
conv([
  T('广东25年药店和医疗机构使用环节的药品抽检 超多少批次'),
  T('下一年的呢 农村和城乡接合部零售使用环节抽多少批次', 'target', 'GD26', F('在农村地区、城乡接合部零售使用环节抽检超1500批次', [1500, '批次']), 'elliptical', 'year-switch', 'topic-switch'),
  T('食品抽检量 每千人要超多少批次', 'target', 'GD26', F('超市等重点场所食品抽检力度,食品抽检量超每千人6.6批次', [6.6, '批次']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('How many Beijing museums trialled late opening hours in 2024?'),
  T('and mass sports events held that year?', 'figure', 'BJ25', F('残奥会再创佳绩,举办群众赛事活动3.8万场', [3.8, '万场']), 'elliptical', 'topic-switch', 'en', 'short'),
  T('北京那年削减了多大面积的受污染建设用地', 'figure', 'BJ25', F('大力开展土壤污染风险管控和修复,削减受污染建设用地面积10万平方米', [10, '万平方米']), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T('江苏25年打算建成几条超五百亿级的市域特色链'),
  T('那kaifeng能查到吗', 'notfound', [], NF, 'elliptical', 'place-switch', 'mixed-language', 'pinyin', 'short'),
  T('行吧 回江苏 超百亿级的县域特色链几条', 'target', 'JS25', F('级的市域特色链、10条超百亿级的县域特色链', [10, '条']), 'elliptical', 'after-not-found', 'place-switch', 'count'),
]);
conv([
  T('浙江今年长护险待遇享受人数要到多少'),
  T('残疾人智能仿生上下肢这类辅具 适配多少例', 'target', 'ZJ26', F('为残疾人适配智能仿生上下肢等科技辅具服务5000例', [5000, '例']), 'elliptical', 'topic-switch'),
  T('乡村运营人才呢 引育多少名', 'target', 'ZJ26', F('引育1000名乡村运营人才', [1000, '名']), 'elliptical', 'topic-switch', 'short'),
  T('学校周边道路高峰拥堵治理 覆盖几所学校', 'target', 'ZJ26', F('完成全省1000所学校周边道路高峰交通拥堵治理', [1000, '所']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('广东今年要培养多少儿科医生'),
  T('订单定向免费医学生招录多少', 'target', 'GD26', F('培养招录农村订单定向免费医学生超1000人', [1000, '人']), 'elliptical', 'topic-switch', 'short'),
  T('检查检验互认的项目数增加多少', 'target', 'GD26', F('扩大省域内医疗机构间互认项目库,项目数增加20%以上', pct(20)), 'elliptical', 'topic-switch'),
  T('换到就业 公益性岗位开发储备多少个', 'target', 'GD26', F('开发储备超8000个公益性岗位', [8000, '个']), 'elliptical', 'topic-switch'),
]);
conv([
  T('山东25年新建几个大学生就业创业赋能中心'),
  T('省级中医康复医疗中心打造几个', 'target', 'SD25', F('高质量建设国家中医药综合改革示范区,打造10个省级中医康复医疗中心', [10, '个']), 'elliptical', 'topic-switch', 'count'),
  T('医养结合、康复护理这类机构新增多少家', 'target', 'SD25', F('新增医养结合、康复护理等机构100家', [100, '家']), 'elliptical', 'topic-switch'),
  T('认知障碍老年人友好社区建几个', 'target', 'SD25', F('建设认知障碍老年人友好社区50个', [50, '个']), 'elliptical', 'topic-switch', 'count', 'short'),
]);
conv([
  T('浙江25年青年入乡实践站点建多少个'),
  T('城中村雨污分流项目跟单村水站 各多少', 'multi', 'ZJ25', F(['实施城中村雨污分流及纳厂治理项目300个', '改造提升单村水站300座以上'], [300, '个'], [300, '座']), 'elliptical', 'multi', 'short'),
  T('防汛防台标准化乡镇呢 提能升级几个', 'target', 'ZJ25', F('提能升级建设800个防汛防台体系标准化乡镇(街道)', [800, '个']), 'elliptical', 'topic-switch', 'count'),
]);
conv([
  T('过去五年全国一共设了多少个自贸试验区'),
  T('自贸协定新签和升级了几个', 'trend', 'CN23', F('新签和升级6个自贸协定', [6, '个']), 'elliptical', 'five-year-review', 'count', 'short'),
  T('上海今年要培育多少个融合性服务消费新场景', 'target', 'SH26', F('促进服务业提质增效和消费提振扩容联动发展,培育打造20个融合性服务消费新场景', [20, '个']), 'no-inherit', 'after-trend', 'place-switch', 'relative-year'),
]);
conv([
  T('22年国务院报告 新建高标准农田目标多少'),
  T('耕地红线要守住多少亿亩', 'target', 'CN22', F('坚决守住18亿亩耕地红线', [18, '亿亩']), 'elliptical', 'topic-switch', 'short'),
  T('那会儿全国在校学生有多少亿', 'figure', 'CN22', F('我国有2.9亿在校学生', [2.9, '亿']), 'elliptical', 'topic-switch', 'short'),
]);
conv([
  T('湖南24年有几家园区入选全国先进制造百强园区'),
  T('中部崛起那年落地实施了多少项重点任务', 'figure', 'HN25', F('中部崛起127项重点任务落地实施', [127, '项']), 'elliptical', 'topic-switch'),
  T('第一批重点改革有几项', 'figure', 'HN25', F('第一批12项重点改革稳步推进', [12, '项']), 'elliptical', 'topic-switch', 'count', 'short'),
]);
conv([
  T('云南25年要建多少个民族村寨旅游提升示范村'),
  T('中华文化边疆行的惠民演出 完成多少场', 'target', 'YN25', F('办好“中华文化边疆行”系列活动,完成惠民演出1万场以上', [1, '万场']), 'elliptical', 'topic-switch'),
  T('学生和青少年心理健康服务 覆盖多少人次', 'target', 'YN25', F('服务覆盖学生和青少年不少于100万人次', [100, '万人次']), 'elliptical', 'topic-switch'),
]);
conv([
  T('北京25年新建和更新群众身边的运动场地多少处'),
  T('浙江同一年定了多少个', 'target', 'ZJ25', F('利用城乡“金角银边”场地新改建群众身边的体育场地、设施1万个', [1, '万个']), 'elliptical', 'place-switch', 'short'),
  T('浙江比北京多出多少', 'comparison', ['BJ25', 'ZJ25'], F(['推进全民健身公共服务体系建设,新建和更新60处群众身边的运动场地和健身设施', '利用城乡“金角银边”场地新改建群众身边的体育场地、设施1万个'], [60, '处'], [1, '万个']), 'elliptical', 'comparison', 'difference', 'short'),
]);
conv([
  T("Jilin 2025: how many 'beautiful countryside' demo counties to build?"),
  T('and how many national new-urbanisation pilots?', 'target', 'JL25', F('开展好5个国家新型城镇化试点', [5, '个']), 'elliptical', 'topic-switch', 'en', 'count', 'short'),
  T('受污染耕地安全利用率要保持在多少', 'target', 'JL25', F('持续巩固土壤环境质量,受污染耕地安全利用率保持在95%以上', pct(95)), 'elliptical', 'topic-switch', 'mixed-language'),
]);
conv([
  T('江苏24年推出长江经济带高质量发展政策措施多少项'),
  T('长三角创新联合体 首批牵头组建了几家', 'figure', 'JS25', F('重点任务,牵头组建首批12家长三角创新联合体', [12, '家']), 'elliptical', 'topic-switch', 'count'),
  T('一体化示范区累计形成多少项制度创新成果', 'figure', 'JS25', F('互联互通加快推进,一体化发展示范区累计形成154项制度创新成果', [154, '项']), 'elliptical', 'topic-switch'),
]);

// ---------------------------------------------------------------------------------------------------------------
// The Chinese multi-figure part: its first figure is the asked one and must not be the first number of its report
// sentence (years and dates aside), or the case measures nothing the single-figure sets do not.
checkAskedFigureNotFirst(cases);

// Split as fresh-u, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it.
checkDealAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'v', last: 'u' });
