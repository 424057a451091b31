#!/usr/bin/env node
// Writes the fresh-ax sets: eval/fresh-ax/ax-tune.jsonl and eval/fresh-ax/ax-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ax/make.mjs [--check]
//
// A thirty-eighth held-out question set written BEFORE any fix, as fresh-m … fresh-aw, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'aw'`, so fresh-aw's tune file is an earlier tune file, and no cite may meet fresh-av's or fresh-aw's held-out
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
p('figure', 'GD25', '粤前年往外省方向新打通的高速口子 有几条', F('龙川至寻乌2条高速公路出省通道', [2, '条']), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'SD25', '鲁前年算力盘子里 智能算力能占到几成', F('智能算力比例超过30%', pct(30)), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'JL25', '吉省森林防火的记录 截到前年是连着多少个年头零重大火灾', F('连续44年无重大森林火灾', [44, '年']), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'YN25', '滇前年下沉到县乡的金融特派员 一共选派几名', F('选派552名金融特派员', [552, '名']), 'relative-year', 'short-name', HF);
p('target', 'SH25', '上海去年国资国企这块 新兴和未来产业收入要占到几成', F('推动战略性新兴产业和未来产业营业收入占比提高到30%左右', pct(30)), 'target', 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'GD26', '粤十四五期间 批了没供的土地 一共处置掉多少万亩', F('处置批而未供土地171.6万亩', [171.6, '万亩']), 'plan-period', 'short-name', 'colloquial', HF);
p('figure', 'FJ26', '闽去年“金服云”帮实体经济融了多少钱', F('“金服云”服务实体融资1.58万亿元', [1.58, '万亿元']), 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'GD25', '粤前年工业投资里头 民间资本占了几成', F('工业领域民间投资占比55.3%', pct(55.3)), 'relative-year', 'short-name', 'colloquial', HF);
p('target', 'ZJ26', '浙江今年乡镇村社的消防应急点位 打算升级几百个', F('提升建设基层应急消防保障点778个', [778, '个']), 'target', 'relative-year', 'short', HF);
p('figure', 'HN25', '湘前年说全部实体化运行的科创工程 名字里的数字是多少', F('“4+4科创工程”全部实体化运行', [4]), 'relative-year', 'short-name', 'colloquial', HF);
p('target', 'QT25', '钱塘去年省级“尖兵领雁+X”攻关 想拿下几项', F('“尖兵领雁+X”等重大科技项目10个', [10, '个']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'CN23', '23年国务院报告回顾五年 煤电超低排放改造后的机组规模', F('实现超低排放的煤电机组超过10.5亿千瓦', [10.5, '亿千瓦']), 'plan-period', 'no-place', HF);
p('figure', 'ZJ26', '浙江这五年对标对表的总书记重要要求 叫“几+1”', F('对标对表“4+1”重要要求', [4]), 'plan-period', 'colloquial');
p('target', 'YN25', '滇去年报告里 防汛预警叫应那套机制 叫哪四个数', F('防汛“1262”预警叫应机制', [1262]), 'target', 'relative-year', 'short-name', 'colloquial');
p('target', 'HN25', '湘去年城镇化水平打算往上抬几个百分点', F('力争全省城镇化率提高0.9个百分点', [0.9, '个百分点']), 'target', 'relative-year', 'short-name', 'colloquial', HF);
p('figure', 'AH26', '皖去年高速公路通车里程 迈过了哪个整数关口', F('高速公路通车总里程突破7000公里', [7000, '公里']), 'relative-year', 'short-name', 'colloquial', HF);
p('target', 'ZJ26', '浙江今年金融物流这些服务业的省级高能级发展区 升级名单有多少家', F('推动21家省高能级服务业创新发展区提能升级', [21, '家']), 'target', 'relative-year', HF);
p('figure', 'GS23', '拱墅22年党建统领下 社区里一共划出多少个小网格', F('设置微网格10054个', [10054, '个']), 'two-digit-year', 'colloquial', HF);
p('target', 'GS25', '拱墅高新区去年 数字经济核心产业增加值占比要冲过多少', F('过50%、生命健康产业增加值', pct(50)), 'target', 'relative-year');
p('target', 'QT25', '钱塘去年老企业追加投资、扩大产能的项目 目标是多少个', F('新增存量企业增资扩产项目100个', [100, '个']), 'target', 'relative-year', HF);
p('target', 'SH26', '沪今年要盘活多少平方公里低效工业地', F('盘活处置低效产业用地20平方公里', [20, '平方公里']), 'target', 'relative-year', 'short-name', 'short', HF);
p('figure', 'FJ25', '闽前年省里按标准化评价指导的那批产业园区 一共多少个', F('深化园区标准化建设,63个省级指导评价园区', [63, '个']), 'relative-year', 'short-name', 'colloquial', HF);
p('target', 'BJ25', '京去年宛平城这类重点片区 周边环境要改善几个', F('改善宛平城等12个重点区域周边环境面貌', [12, '个']), 'target', 'relative-year', 'short-name', HF);
// the asked figure is not the first of its sentence (checked below)
s('target', 'QT21', '钱塘新区十四五末 人均寿命要奔到多少岁', F('基本养老保险参保率达到99%,人均预期寿命超过80岁', [80, '岁']), 'target', 'plan-period', 'after-other', HF);
s('figure', 'HZ24', '杭州亚运那年 每一万人平均摊到几座5G基站', F('每万人拥有5G基站数超过28个', [28, '个']), 'year-by-event', 'after-other', HF);
s('figure', 'HZ24', '杭州23年民营服务业百强榜 杭州企业占了几席', F('13家企业入选中国民营企业服务业100强', [13, '家']), 'two-digit-year', 'after-other', HF);
s('figure', 'QT25', '钱塘前年嵌在社区里的小型体育场地 新建了几处', F('嵌入式体育场地21处', [21, '处']), 'relative-year', 'after-other', HF);
s('figure', 'CN22', '22年报告里说助学贷款额度提了以后 有多少在校学生受惠', F('惠及500多万在校生', [500, '万']), 'two-digit-year', 'no-place', 'after-other', 'approx', HF);
s('figure', 'BJ25', '京前年垃圾回收再利用的比例 做到几成了', F('生活垃圾回收利用率达到40%', pct(40)), 'relative-year', 'after-other', 'short-name', 'short', HF);
s('target', 'SD25', '山东去年全球精准采购那类对接会 打算组织几场', F('国际精准采购活动50场', [50, '场']), 'target', 'relative-year', 'after-other', HF);
s('target', 'ZJ25', '浙江去年就业帮扶名单里 没找着工作的应届大学毕业生 算了多少人', F('其中离校未就业高校毕业生6万人', [6, '万人']), 'target', 'relative-year', 'after-other', HF);
s('figure', 'YN25', '滇前年创业担保贷款 撬动的就业有多少万人', F('创业贷款扶持创业4.4万人、带动就业11.9万人', [11.9, '万人']), 'relative-year', 'after-other', 'short-name', HF);
s('target', 'HZ24', '24年杭州向上要钱那几块里 专项债准备储备多少', F('争取地方政府专项债储备300亿元', [300, '亿元']), 'target', 'two-digit-year', 'after-other', HF);
s('target', 'HZ24', '杭州24年靠土地出让收益由市属国企来建的项目 年度计划投资多少', F('利用土地出让收益建设项目353个,年度计划投资195.7亿元', [195.7, '亿元']), 'target', 'two-digit-year', 'after-other', HF);
s('target', 'QT25', '钱塘去年引进大学生 年龄线卡在多少周岁以下', F('150个、35周岁以下大学生3万名', [35, '周岁']), 'target', 'relative-year', 'after-other', 'colloquial');
s('target', 'GD25', '粤去年城市内涝治理 排水能力要新增多少', F('提升改造城市排涝能力600立方米/秒', [600, '立方米/秒']), 'target', 'relative-year', 'after-other', 'short-name', HF);
s('target', 'AH25', '皖去年省级中心村要新添多少个', F('省级中心村800个左右,农村生活垃圾', [800, '个']), 'target', 'relative-year', 'after-other', 'short-name', 'short', 'approx', HF);
s('figure', 'HZ24', '杭州亚运那年一季度景区免门票 游客人次同比多了几成', F('接待游客1306万人次,增长63%', pct(63)), 'year-by-event', 'after-other', HF);
s('figure', 'SH26', '沪到去年底 保障性租赁房累计攒了多少套', F('累计达到61万套(间)', [61, '万套']), 'relative-year', 'after-other', 'short-name', 'short', HF);
s('figure', 'GD26', '粤这五年里 有多少种工业品产量占到全国三成往上', F('超过30%的有11种', [11, '种']), 'plan-period', 'after-other', 'short-name', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'GS23', 'gongshu 2022: dementia-care beds added in the special zones?', F('新增认知症专区照护床位187张', [187, '张']), 'year', 'lowercase', 'short', HF);
e('target', 'GS23', "gongshu's 2023 plan talks of a '2 + ?' soe set-up — what's the second number?", F('围绕“2+6”国企架构新布局', [6]), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('target', 'GS23', "the industrial system gongshu wanted to build in 2023 — '1 plus' how many?", F('围绕打造“1+4”产业体系', [4]), 'target', 'year', 'lowercase', HF);
e('figure', 'HZ24', "hangzhou 2023: which 'trillion-yuan club' did its gdp make it into?", F('成功进入“2万亿方阵”', [2]), 'year', 'lowercase', HF);
e('figure', 'HZ24', 'hz 2023 policy packages: the one on expanding effective investment had how many articles?', F('扩大有效投资18条', [18, '条']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'HZ24', 'asian games in hangzhou: average seat occupancy across the events?', F('赛事平均上座率超90%', pct(90)), 'year-by-event', 'lowercase', 'short', HF);
e('figure', 'QT25', 'qiantang 2024: barrier-free disaster shelters renovated?', F('完成无障碍避灾场所改造5个', [5, '个']), 'year', 'lowercase', 'short', HF);
e('target', 'QT25', "qiantang's 2025 plan cites the district party committee's deployment by a three-digit code — which?", F('区委“146”部署要求', [146]), 'target', 'year', 'lowercase', HF);
e('target', 'GS25', 'gongshu 2025: roads to push ahead (yujiaqiao rd, hefeng rd and so on) — how many?', F('俞家桥路、和丰路等90条41.7', [90, '条']), 'target', 'year', 'lowercase', 'pinyin', HF);
e('figure', 'QT25', "qiantang's three-year park upgrade drive: three-star parks cultivated so far, as of 2024?", F('三星级园区20家', [20, '家']), 'year', 'lowercase', HF);
e('target', 'GS23', 'gongshu 2023 target for life & health industry value-added growth?', F('力争生命健康产业增加值增长10%以上', pct(10)), 'target', 'year', 'lowercase', HF);
e('figure', 'CN22', '2022 govt work report: draft laws the state council sent to the npc standing committee the year before?', F('审议法律议案10件,制定修订行政法规15部', [10, '件']), 'year', 'lowercase', 'abbreviation', 'no-place', HF);
e('figure', 'CN23', '2023 work report: national basic-research funding over the five years — up how many times?', F('全国基础研究经费五年增长1倍', [1, '倍']), 'plan-period', 'lowercase', 'no-place', HF);
e('figure', 'AH25', 'anhui 2024: public cultural spaces finished and opened?', F('建成投用600个公共文化空间', [600, '个']), 'year', 'lowercase', 'short', HF);
e('figure', 'AH26', "anhui, 14th FYP: share of public-policy and government promises actually honoured?", F('公共政策和政府承诺事项兑现率95.3%', pct(95.3)), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'BJ25', "beijing 2024: city cppcc proposals handled by the municipal government?", F('办理市政协提案1279件', [1279, '件']), 'year', 'lowercase', 'abbreviation', HF);
e('target', 'BJ25', "beijing's 2025 clean-air push is the '0.? microgram' action — what's the number?", F('实施“0.1微克”行动', [0.1]), 'target', 'year', 'lowercase', HF);
e('target', 'BJ26', "beijing's sub-centre: which 'M' rail line goes into planning and construction in 2026?", F('推动轨道交通M102线规划建设', [102]), 'target', 'year', 'lowercase', HF);
e('figure', 'FJ25', 'fujian 2024: new public parking spaces?', F('新增公共停车位2.8万个', [2.8, '万个']), 'year', 'lowercase', 'short', HF);
e('figure', 'YN25', "yunnan's 2025 report glossary: the farmer-linking model from mengzi's blueberry growers — which number?", F('“622”联农带农模式:蒙自市在发展蓝莓产业中', [622]), 'lowercase', 'glossary');
e('target', 'FJ25', "fujian's future-industry layout for 2025, '? + 3 + X' — the first number?", F('打造“7+3+X”发展格局', [7]), 'target', 'year', 'lowercase', HF);
e('figure', 'GD25', 'gd 2024: nation-first financial policies rolled out in qianhai?', F('前海实施14项全国“首创”、“首批”金融政策', [14, '项']), 'year', 'lowercase', 'abbreviation', 'pinyin', HF);
e('figure', 'GD25', "guangdong's total farmland: net growth for how many years running, as of 2024?", F('耕地总量连续4年净增加', [4, '年']), 'year', 'lowercase', HF);
e('figure', 'GD25', "guangdong 2024: 'yue mao quan qiu' overseas trade shows staged?", F('举办300场“粤贸全球”境外展', [300, '场']), 'year', 'lowercase', 'pinyin', HF);
e('target', 'GD26', 'guangdong 2026: underground pipe networks and utility tunnels to build or renovate, km?', F('新建改造地下管网管廊9000公里', [9000, '公里']), 'target', 'year', 'lowercase', HF);
e('target', 'YN25', "yunnan 2025: the shanghai–yunnan paired industrial parks scheme — '? + ?'", F('做深做实沪滇“16+16”园区共建合作', [16]), 'target', 'year', 'lowercase');
e('target', 'SH26', 'shanghai is hosting which edition of the worldskills competition?', F('高质量办好第48届世界技能大赛', [48, '届']), 'target', 'lowercase', 'short', HF);
e('target', 'ZJ26', "ningbo-zhoushan's shipping-centre development index, 2026 goal — hold which global rank?", F('全球排名“保7争6”', [7]), 'target', 'year', 'lowercase', HF);
e('figure', 'JL25', 'jilin 2024: the national highway project it kept pushing — g what?', F('G331及一批道路工程顺利推进', [331]), 'year', 'lowercase', 'short', HF);
e('target', 'HN25', "hunan's 2025 plan centres on a '4 x ?' modern industrial system — the second number?", F('聚焦“4×4”现代化产业体系', [4]), 'target', 'year', 'lowercase');
e('target', 'ZJ25', "zhejiang's 2025 goal for newly added high-skilled workers?", F('新增高技能人才20万人', [20, '万人']), 'target', 'year', 'lowercase', 'short', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('baqen county — tourist arrivals in 2025?', 'nf-place', 'year', 'lowercase', 'short');
nfe("burang county's 2026 budget for rural roads?", 'nf-place', 'year', 'lowercase', 'short');
nfe('how many people lived in fuzhou in 1884?', 'nf-year', 'year', 'lowercase', 'short');
nfe('number of rugby pitches in jiangsu?', 'nf-indicator', 'lowercase', 'short');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['JS26', 'JS25'], 'jiangsu: share of nationally assessed surface-water sections at grade III or better — 2024 vs 2025?', F(['地表水国考断面达到或优于III类水体比例达94.8%', '地表水国考断面优III比例93.3%'], pct(94.8), pct(93.3)), 'en', 'year', 'lowercase', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['GD26', 'GD25'], '粤“你点我检”抽检批次 去年定的和今年定的比 是加码了还是没变', F(['开展“你点我检”食品抽检超5万批次', '开展“你点我检”食品抽检超4万批次'], [5, '万批次'], [4, '万批次']), 'relative-year', 'short-name', 'one-place-two-years', HF);
f('comparison', 'comparison-ask', 'ZJ26', 'zhejiang, 2021–25: road accidents vs road deaths — which fell faster?', F('道路交通事故起数和死亡人数分别下降1.8%、31.3%', pct(1.8), pct(31.3)), 'en', 'two-indicators', 'which-higher', 'plan-period', 'lowercase', HF);
f('comparison', 'comparison-ask', 'FJ25', "fujian 2024 in-patient reimbursement: employees' rate vs residents' — which is higher?", F('职工、居民住院报销比例分别提高至85.6%、68.5%', pct(85.6), pct(68.5)), 'en', 'two-indicators', 'which-higher', 'year', 'lowercase', HF);
f('comparison', 'comparison-ask', 'AH26', '皖十四五这五年 制造业投资和技术改造投资 谁的年均增速更快', F('制造业投资年均增长12.2%,技改投资年均增长14.1%', pct(12.2), pct(14.1)), 'two-indicators', 'which-higher', 'plan-period', 'short-name', HF);
f('superlative', 'ranking-ask', 'JS25', '前年区域创新能力排到全国第二的是哪个省 研发投入强度到了多少', F('区域创新能力排名跃升至全国第二,全社会研发投入强度超过3.3%', pct(3.3)), 'across-reports', 'relative-year', HF);
f('superlative', 'ranking-ask', 'AH26', '哪个省五经普的二三产业就业人数涨幅拿了全国头名', F('比“四经普”增长29.8%、居全国第1位', [1]), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'ZJ26', '全球第三大加油港 去年是哪个港挤进去的 保税油加注量多少', F('保税燃料油加注880万吨、跻身全球第三大加油港', [880, '万吨']), 'across-reports', 'relative-year', HF);
f('superlative', 'ranking-ask', 'HN25', 'which central-china province leads the region on national single-champion manufacturers (2024)?', F('单项冠军企业总数达72个,均居中部第1位', [1]), 'en', 'across-reports', 'year', 'lowercase', HF);
f('superlative', 'ranking-ask', 'FJ25', "whose public-hospital reform was rated among china's best nine years running, as of 2024?", F('公立医院综合改革效果评价连续9年居全国前列', [9, '年']), 'en', 'across-reports', 'year', 'lowercase', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'QT21', 'qiantang new area since its launch: ftz-block projects signed and landed — how many, and total investment?', F('签约落地30个总投资108亿元的项目', [30, '个'], [108, '亿元']), 'en', 'since-founding', 'lowercase', 'abbreviation', HF);
f('multi', 'multi-ask', 'CN23', '2023 work report: manufacturing loan balance at the start and the end of the five years?', F('制造业贷款余额从16.3万亿元增加到27.4万亿元', [16.3, '万亿元'], [27.4, '万亿元']), 'en', 'plan-period', 'lowercase', 'no-place', HF);
f('multi', 'multi-ask', 'GS23', 'gongshu 2022 illegal-structure demolitions: number of sites and floor area?', F('全年累计拆除各类违法建筑1553处、22.81万平方米', [1553, '处'], [22.81, '万平方米']), 'en', 'year', 'lowercase', HF);
f('multi', 'multi-ask', 'ZJ25', "zhejiang 2025: out-of-province workers it meant to keep in stable jobs, and how many of them poverty-exited?", F('保持2300万省外劳动力和240万省外脱贫劳动力在浙稳定就业', [2300, '万'], [240, '万']), 'en', 'target', 'year', 'lowercase', HF);
f('multi', 'multi-ask', 'GD25', '粤去年县级医院那条民生实事 聘的副高以上专家和三甲医院下派的专家 各多少', F(['聘请200名副高级以上职称的医疗专家到县', '推动三甲医院选派超500名专家到县级医院开展技术帮扶'], [200, '名'], [500, '名']), 'target', 'relative-year', 'short-name', HF);
f('multi', 'multi-ask', 'SD26', '鲁去年普高学位的供给率 和上年比提了几个点 一起说', F('普通高中学位供给率70.4%、提高5.9个百分点', pct(70.4), [5.9, '个百分点']), 'relative-year', 'short-name', 'colloquial', HF);
f('overview', 'overview-ask', 'QT21', "qiantang new area's first years — the economy in a sentence?", { ...F('地区生产总值、工业总产值2019年分别突破1100亿元、2900亿元'), lead: 1100 }, 'en', 'since-founding', 'lowercase', 'short');
f('overview', 'overview-ask', 'GD26', '粤这五年 经济总量从哪到哪 给个大概', { ...F('地区生产总值从11.37万亿元提高到14.58万亿元'), lead: 14.58 }, 'plan-period', 'short-name', 'colloquial');
f('outline', 'outline-ask', 'GS23', '拱墅23年那份计划草案 工作重点分成哪几块', O('GS23'), 'two-digit-year', 'colloquial');
f('outline', 'outline-ask', 'CN22', '22年国务院报告 当年的主要任务 按条列一下', O('CN22'), 'two-digit-year', 'no-place');
f('outline', 'outline-ask', 'SD26', "shandong's 2026 work report — what are the big task areas?", O('SD26'), 'en', 'year', 'lowercase');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('当雄去年接待了多少游客', 'nf-place', 'relative-year', 'short');
nf('墨竹工卡前年农牧民人均收入多少', 'nf-place', 'relative-year', 'short');
nf('萨嘎今年打算修几座桥', 'nf-place', 'relative-year', 'short');
nf('谢通门去年一般公共预算收入是多少', 'nf-place', 'relative-year');
nf('错那24年新建了多少套安居房', 'nf-place', 'two-digit-year');
nf('桑日今年计划开工几个重点项目', 'nf-place', 'relative-year');
nf('扎囊前年青稞种了多少亩', 'nf-place', 'relative-year', 'short');
nf('贡嘎去年新开了几家民宿', 'nf-place', 'relative-year', 'short');
nf('工布江达今年招商引资目标多少亿', 'nf-place', 'relative-year');
nf('曲松前年新建了几所小学', 'nf-place', 'relative-year', 'short');
nf('1863年杭州城里住着多少人', 'nf-year', 'year', 'colloquial');
nf('1878年厦门港进出口货值多少', 'nf-year', 'year');
nf('山东去年办了几场相扑比赛', 'nf-indicator', 'relative-year', 'short');
nf('广东今年打算建多少块板球场', 'nf-indicator', 'relative-year', 'colloquial');

// ---- 3. conversations, 3 turns (every turn after the first scored) ----------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('拱墅22年各项指标跟年初目标比 差距表'),
  T('规上工业增加值那栏 差了几个百分点', 'figure', 'GS23', F('低于目标0.6个百分点', [0.6, '个百分点']), 'elliptical', 'two-digit-year', 'table-cell', HF),
  T('and the lift-retrofit line in that table — completion rate?', 'figure', 'GS23', F('102.5%', pct(102.5)), 'elliptical', 'en', 'lowercase', 'language-switch', 'indicator-switch', 'table-cell', HF),
]);
conv([
  T('杭州23年生态和改革这几块'),
  T('宁静小区、碳监测这类试点 部里省里给杭州的一共几项', 'figure', 'HZ24', F('碳监测等11项部、省改革试点', [11, '项']), 'elliptical', 'colloquial', HF),
  T('到24年呢 开发区要培育的主业特色平台 目标几个', 'target', 'HZ24', F('创建“一园一主业”特色产业平台15个', [15, '个']), 'elliptical', 'target', 'year-switch', 'kind-switch', 'second-figure', HF),
]);
conv([
  T('钱塘去年的科创和消费安排'),
  T('从高校成果里孵出来、落户钱塘的科技企业 去年目标几家', 'target', 'QT25', F('力争落地高校转化的科技型企业35家', [35, '家']), 'elliptical', 'target', 'colloquial', HF),
  T('促消费那边 系列活动全年打算办几场次', 'target', 'QT25', F('焕新消费季等系列活动20场次', [20, '场次']), 'elliptical', 'target', 'topic-switch', HF),
]);
conv([
  T('山东今年服务业和项目安排'),
  T('生产性服务业那条 质量基础设施打算添几家', 'target', 'SD26', F('培育120家左右领军企业,新建10家以上省级质量基础设施', [10, '家']), 'elliptical', 'target', 'second-figure', HF),
  T('赛得利纤维那种年内要投产的项目 一共抓多少个', 'target', 'SD26', F('抓好赛得利纤维等3500多个拟竣工投产项目', [3500, '个']), 'elliptical', 'target', 'topic-switch', 'second-figure', 'approx', HF),
]);
conv([
  T('广东去年金融和口岸那些数'),
  T('新组建的那只省级战新产业引导基金 盘子多大', 'figure', 'GD26', F('组建总规模1000亿元的省战略性新兴产业投资引导基金', [1000, '亿元']), 'elliptical', 'colloquial', 'second-figure', HF),
  T('口岸进出的车船飞机火车 全年多少万辆次', 'figure', 'GD26', F('抵离口岸的交通工具达2813.8万辆', [2813.8]), 'elliptical', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('浙江今年乡村和民间投资的安排'),
  T('村里闲着的农房 今年打算激活多少宗', 'target', 'ZJ26', F('盘活闲置农房2万宗', [2, '万宗']), 'elliptical', 'target', 'colloquial', 'second-figure', HF),
  T('那给民企的要素倾斜呢 新增能耗和工业用地 民间项目占比最少多少', 'target', 'ZJ26', F('支持民间投资项目比重不低于80%', pct(80)), 'elliptical', 'target', 'topic-switch', HF),
]);
conv([
  T('安徽前年投资和技改'),
  T('那批两重项目 有几个拿到了特别国债', 'figure', 'AH25', F('争取超长期特别国债支持“两重”项目136个', [136, '个']), 'elliptical', 'colloquial', HF),
  T('技术改造那块的投资 比全国快出几个百分点', 'figure', 'AH25', F('制造业技改投资增长20.4%、高于全国12.4个百分点', [12.4, '个百分点']), 'elliptical', 'indicator-switch', 'second-figure', HF),
]);
conv([
  T('江苏前年港航和海洋'),
  T('连云港开工的那条大航道 能走多大吨位的船', 'figure', 'JS25', F('连云港30万吨级航道改扩建工程开工', [30]), 'elliptical', 'colloquial', 'second-figure', HF),
  T('海水那项呢 达标的近岸海域比国家要求多出几个点', 'figure', 'JS25', F('近岸海域优良海水面积优于国家考核目标19.8个百分点', [19.8, '个百分点']), 'elliptical', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('广东前年的人居环境和农业'),
  T('那米林呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('米林查不到就算了 那就还说粤 前年自然村这一级的污水治理比例多少', 'figure', 'GD25', F('自然村生活污水治理率提高到75%', pct(75)), 'elliptical', 'after-not-found', 'relative-year', 'short-name', 'second-figure', HF),
]);
conv([
  T('吉林去年农业和乡村的打算'),
  T('乡村保洁那条 行政村要做到多大比例覆盖', 'target', 'JL25', F('行政村清洁覆盖率保持100%', pct(100)), 'elliptical', 'target', 'second-figure', HF),
  T('说错了 我要的是水肥一体化 推的面积扩了多少万亩', 'target', 'JL25', F('“水肥一体化”推广面积新增100万亩', [100, '万亩']), 'self-correction', 'target', 'second-figure', HF),
]);
conv([
  T('浙江前年的县城发展'),
  T('县城常住人口占整个县域的比重到了多少', 'figure', 'ZJ25', F('县城人口占县域人口比重达62.1%', pct(62.1)), 'elliptical', HF),
  T('另外问个 宁波舟山港去年定的集装箱吞吐量目标是多少万标箱', 'target', 'ZJ25', F('力争宁波舟山港集装箱吞吐量突破4000万标箱', [4000, '万标箱']), 'complete-question', 'target', 'topic-switch', 'year-switch', 'relative-year', HF),
]);
conv([
  T('qiantang new area, the first couple of years'),
  T('high-level talents brought in since it was set up?', 'figure', 'QT21', F('领军型人才75人、高层次人才1099人', [1099, '人']), 'elliptical', 'en', 'lowercase', 'since-founding', 'second-figure', HF),
  T('and the population figure in its 2035 vision?', 'target', 'QT21', F('人口规模总量突破130万人', [130, '万人']), 'elliptical', 'en', 'lowercase', 'target', 'kind-switch', 'second-figure', HF),
]);
conv([
  T('hangzhou in the asian games year'),
  T('provincial biodiversity experience sites it added (the botanical garden among them)?', 'figure', 'HZ24', F('杭州植物园等4个体验地入选省级生物多样性体验地', [4, '个']), 'elliptical', 'en', 'lowercase', HF),
  T('and new school places created that year?', 'figure', 'HZ24', F('新增学位8.4万个', [8.4, '万个']), 'elliptical', 'en', 'lowercase', 'topic-switch', 'second-figure', HF),
]);
conv([
  T('fujian 2024, jobs'),
  T('online gig-work platforms set up?', 'figure', 'FJ25', F('加强就业服务,建成10个线上零工平台', [10, '个']), 'elliptical', 'en', 'lowercase', 'short', HF),
  T('and offline gig stations?', 'figure', 'FJ25', F('727家线下零工驿站', [727, '家']), 'elliptical', 'en', 'lowercase', 'short', 'second-figure', HF),
]);
conv([
  T("guangdong's 2024 flood season"),
  T('how many rounds of heavy rain did it get?', 'figure', 'GD25', F('经受了25轮强降水', [25, '轮']), 'elliptical', 'en', 'lowercase', HF),
  T('and numbered floods on the main rivers?', 'figure', 'GD25', F('主要江河发生13次编号洪水', [13, '次']), 'elliptical', 'en', 'lowercase', 'second-figure', HF),
]);
conv([
  T("shandong's 2026 plan for the countryside"),
  T('grain-and-oil yield demonstration plots to set up?', 'target', 'SD26', F('新建粮油单产提升引领方260个', [260, '个']), 'elliptical', 'en', 'lowercase', 'target', HF),
  T("and new provincial-level 'happy rivers and lakes'?", 'target', 'SD26', F('新增省级幸福河湖70个', [70, '个']), 'elliptical', 'en', 'lowercase', 'target', 'second-figure', HF),
]);
conv([
  T("beijing's 2025 floods and its transit"),
  T("after the '25·7' flood — how many hard flood-prevention measures were drawn up?", 'figure', 'BJ26', F('制定实施30条防汛避险救灾硬措施', [30, '条']), 'elliptical', 'en', 'lowercase', 'second-figure', HF),
  T('2026 goal for bus-to-metro transfers within 50 m — what share?', 'target', 'BJ26', F('公交与轨道50米内换乘比例提升至93%', pct(93)), 'elliptical', 'en', 'lowercase', 'target', 'year-switch', 'kind-switch', 'second-figure', HF),
]);
conv([
  T('anhui talent plans for 2026'),
  T('newly added high-skilled workers?', 'target', 'AH26', F('新增高技能人才10万人', [10, '万人']), 'elliptical', 'en', 'lowercase', 'target', 'short', 'second-figure', HF),
  T('and technology managers to train?', 'target', 'AH26', F('培育技术经理人1000人', [1000, '人']), 'elliptical', 'en', 'lowercase', 'target', 'short', HF),
]);
conv([
  T('yunnan 2024 — rural incomes and the safety net'),
  T("rural 'wealth leaders' trained and certified?", 'figure', 'YN25', F('培养认定农村致富带头人3.07万', [3.07, '万']), 'elliptical', 'en', 'lowercase', HF),
  T('people in hardship covered by the basic safety net?', 'figure', 'YN25', F('兜底保障生活困难群众357.37万人', [357.37, '万人']), 'elliptical', 'en', 'lowercase', 'topic-switch', HF),
]);
conv([
  T('safety and hotlines, jiangsu and shandong'),
  T("jiangsu's 2026 plan: full-chain 'one thing' safety drives (high-rise fire and the like) — how many?", 'target', 'JS26', F('深化高层建筑消防等9个“一件事”全链条治理', [9, '个']), 'elliptical', 'en', 'lowercase', 'target', 'year', HF),
  T("and shandong's four-digit 'respond on receipt' mechanism — the digits?", 'figure', 'SD26', F('“2115”接诉即办', [2115]), 'elliptical', 'en', 'lowercase', 'place-switch', 'second-figure', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  当雄: ['当雄', 'Damxung'],
  墨竹工卡: ['墨竹工卡', 'Maizhokunggar'],
  萨嘎: ['萨嘎', 'Saga'],
  谢通门: ['谢通门', 'Xaitongmoin'],
  错那: ['错那', 'Cona'],
  桑日: ['桑日', 'Sangri'],
  扎囊: ['扎囊', 'Dranang'],
  贡嘎: ['贡嘎', 'Gonggar'],
  工布江达: ['工布江达', 'Gongbo'],
  曲松: ['曲松', 'Qusum'],
  米林: ['米林', 'Mainling'],
  baqen: ['巴青', 'Baqen'],
  burang: ['普兰', 'Burang'],
  1863: ['1863'],
  1878: ['1878'],
  1884: ['1884'],
  相扑: ['相扑', 'sumo'],
  板球: ['板球', 'cricket'],
  rugby: ['橄榄球', 'rugby'],
};

// Never a fact that fresh-av's or fresh-aw's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-av/av-heldout.jsonl', 'eval/fresh-aw/aw-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-av's or fresh-aw's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ax', last: 'aw', notAnswerableWords: NF_WORDS });
