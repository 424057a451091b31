#!/usr/bin/env node
// Writes the fresh-j Chinese sets: eval/fresh-j/j-tune.jsonl and eval/fresh-j/j-heldout.jsonl.
//
//   node eval/fresh-j/make.mjs [--check]
//
// Chinese questions as typed in Slack over the 20 external reports (and a few on the seed corpus), written before any
// fix made for them, on facts no earlier set cites (../case-checks.mjs over EARLIER_SETS plus fresh-g, fresh-h and
// fresh-i): colloquial figure asks (咋样/多少来着/涨了多少/有多少个/能不能说下), typos and short names (沪苏粤皖闽鲁京浙),
// two-digit and relative years, target vs actual (目标是多少/完成了没有/超额了吗), a trend across two reports, a
// superlative across the 8 provinces, A和B谁高, several indicators in one question, priorities (打算干啥/重点工作),
// not-answerable (place, year or indicator grepped absent from .cache/eval-corpus), and 2–3 turn conversations.
// Each case carries its intent and one SHAPE tag. Today = 2026-12-03: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report
// of year N gives N−1's results (its review) and N's targets (its plan section).
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseBook, conversationBook, checkCases, citesUsedElsewhere, EARLIER_SETS, splitAndWrite } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { cases, x, C, F, NF, O } = caseBook();
const SHAPES = ['colloquial-ask', 'short-name-ask', 'typo-ask', 'year-ask', 'target-ask', 'target-vs-actual', 'trend-two-reports', 'superlative-ask', 'comparison-ask', 'multi-ask', 'outline-ask', 'not-answerable', 'follow-up'];
// f(intent, shape, report(s), question, expect, ...more tags)
const f = (intent, shape, reports, question, expect, ...more) => x(intent, [shape, ...more], [].concat(reports), question, expect);

// ---- 口语 figure asks ------------------------------------------------------------------------------------------------
f('figure', 'colloquial-ask', 'AH26', '安徽去年以旧换新带动了多少销售额来着', F('消费品以旧换新带动销售额762亿元', [762, '亿元']), 'relative-year');
f('figure', 'colloquial-ask', 'AH26', '安徽去年快递业务量涨了多少', F('快递业务量增长20.8%', [20.8, '%']), 'relative-year');
f('figure', 'colloquial-ask', 'AH26', '安徽去年高技术制造业增加值涨了多少啊', F('高技术制造业增加值增长30.4%、连续24个月保持两位数增长', [30.4, '%']), 'relative-year');
f('figure', 'colloquial-ask', 'AH26', '安徽去年新开了几条国际客货运航线', F('新开通国际客货运航线15条', [15, '条']), 'relative-year');
f('figure', 'colloquial-ask', 'AH26', '安徽去年新建改扩建了多少所基础教育学校', F('新建、改扩建基础教育学校2891所', [2891, '所']), 'relative-year');
f('figure', 'colloquial-ask', 'AH26', '安徽育儿补贴惠及多少个家庭来着', F('149.5万个婴幼儿所在家庭享受育儿补贴', [149.5, '万个']));
f('figure', 'colloquial-ask', 'BJ26', '北京去年治理违法建设多少平方米', F('治理违法建设2049万平方米', [2049, '万平方米']), 'relative-year');
f('figure', 'colloquial-ask', 'BJ26', '北京去年打通了多少条断头路', F('打通53条断头路', [53, '条']), 'relative-year');
f('figure', 'colloquial-ask', 'BJ26', '北京去年地铁新增运营里程有多少', F('开通3条地铁新线、新增运营里程30公里', [30, '公里']), 'relative-year');
f('figure', 'colloquial-ask', 'BJ26', '北京生活垃圾回收利用率现在多少', F('生活垃圾回收利用率达43%', [43, '%']));
f('figure', 'colloquial-ask', 'BJ26', '北京去年大型活动办了多少场', F('举办大型活动2295场、增长25.8%', [2295, '场']), 'relative-year');
f('figure', 'colloquial-ask', 'BJ26', '北京输出到津冀的技术合同成交额能不能说下', F('北京输出到津冀技术合同成交额996亿元、增长18.1%', [996, '亿元']));
f('figure', 'colloquial-ask', 'FJ26', '福建去年新设台企多少家', F('新设台企2612家', [2612, '家']), 'relative-year');
f('figure', 'colloquial-ask', 'FJ26', '福建去年实际使用台资多少来着', F('实际使用台资7.24亿美元', [7.24, '亿美元']), 'relative-year');
f('figure', 'colloquial-ask', 'FJ26', '福建省重点项目去年完成投资多少', F('1550个省重点项目完成投资7398亿元', [7398, '亿元']), 'relative-year');
f('figure', 'colloquial-ask', 'FJ26', '福建去年入境人数涨了多少', F('入境人数增长18.1%', [18.1, '%']), 'relative-year');
f('figure', 'colloquial-ask', 'FJ26', '福建电力装机现在有多少', F('电力装机达9789万千瓦、增长9.1%', [9789, '万千瓦']));
f('figure', 'colloquial-ask', 'FJ26', '福建随迁子女在公办学校就读比例多少', F('随迁子女在公办义务教育学校就读比例达95.4%', [95.4, '%']));
f('figure', 'colloquial-ask', 'GD26', '广东去年新设外资企业有多少家', F('新设外资企业3.6万家、增长38.7%', [3.6, '万家']), 'relative-year');
f('figure', 'colloquial-ask', 'GD26', '广东去年口岸出入境人员多少人次', F('口岸出入境人员达5.2亿人次、增长13.2%', [5.2, '亿人次']), 'relative-year');
f('figure', 'colloquial-ask', 'GD26', '广东去年铁路货运量咋样', F('铁路货运量达10042万吨、增长4.2%', [10042, '万吨']), 'relative-year');
f('figure', 'colloquial-ask', 'GD26', '广东工业企业用电成本降了多少', F('工业企业用电成本下降6.8%', [6.8, '%']));
f('figure', 'colloquial-ask', 'GD26', '广东信用评级AA级以上的县级国企有多少家来着', F('信用评级AA级以上县(市、区)国企增至260家', [260, '家']));
f('figure', 'colloquial-ask', 'GD26', '广东建成碧道多少公里', F('建成碧道7960公里、碧带330公里', [7960, '公里']));
f('figure', 'colloquial-ask', 'GD26', '在粤就读的港澳学生有多少', F('在粤就读的港澳学生达11.6万人', [11.6, '万人']));
f('figure', 'colloquial-ask', 'JS26', '江苏新三样出口规模多少', F('“新三样”出口规模达8536亿元', [8536, '亿元']));
f('figure', 'colloquial-ask', 'JS26', '江苏去年引进了多少家首店', F('引进首店1809家', [1809, '家']), 'relative-year');
f('figure', 'colloquial-ask', 'JS26', '江苏去年规上工业企业利润涨了多少', F('规上工业企业利润增长6%', [6, '%']), 'relative-year');
f('figure', 'colloquial-ask', 'JS26', '江苏营收超百亿的工业企业有多少家', F('191家工业企业营业收入超百亿元', [191, '家']));
f('figure', 'colloquial-ask', 'JS26', '江苏城乡低保平均保障标准涨了多少', F('城乡低保平均保障标准增长19.2%', [19.2, '%']));
f('figure', 'colloquial-ask', 'JS26', '江苏完成城镇棚户区改造多少套', F('完成城镇棚户区改造73.5万套', [73.5, '万套']));
f('figure', 'colloquial-ask', 'SD26', '山东去年新投产项目增加产值多少', F('3920个新投产项目增加产值5100多亿元', [5100, '亿元']), 'relative-year');
f('figure', 'colloquial-ask', 'SD26', '山东去年锂电池产量涨了多少', F('锂电池增长103.1%', [103.1, '%']), 'relative-year');
f('figure', 'colloquial-ask', 'SD26', '山东去年有几条高速公路建成通车', F('15条高速公路建成通车', [15, '条']), 'relative-year');
f('figure', 'colloquial-ask', 'SD26', '山东长期护理保险覆盖多少人', F('长期护理保险覆盖5634万人', [5634, '万人']));
f('figure', 'colloquial-ask', 'SD26', '山东国家制造业单项冠军有多少家', F('国家制造业单项冠军达到274家', [274, '家']));
f('figure', 'colloquial-ask', 'SD26', '山东东方航天港海上发射了多少颗卫星', F('东方航天港海上发射卫星137颗', [137, '颗']));
f('figure', 'colloquial-ask', 'SH26', '上海去年重大工程投资完成多少', F('重大工程投资完成2510.1亿元、增长5.3%', [2510.1, '亿元']), 'relative-year');
f('figure', 'colloquial-ask', 'SH26', '上海轨道交通运营线路总长多少公里', F('全市运营线路总长达到906公里', [906, '公里']));
f('figure', 'colloquial-ask', 'SH26', '上海去年新设民营经营主体有多少', F('全年新设民营经营主体39.2万户', [39.2, '万户']), 'relative-year');
f('figure', 'colloquial-ask', 'SH26', '上海去年淘汰国四柴油车多少辆', F('淘汰国四柴油车4.6万辆', [4.6, '万辆']), 'relative-year');
f('figure', 'colloquial-ask', 'SH26', '上海多少比例的公园24小时开放', F('89.4%的公园实现24小时开放', [89.4, '%']));
f('figure', 'colloquial-ask', 'ZJ26', '浙江去年科技创新投入多少来着', F('全省科技创新投入7232亿元、增长5.6%', [7232, '亿元']), 'relative-year');
f('figure', 'colloquial-ask', 'ZJ26', '浙江去年新增国家级青年人才多少名', F('新增国家级青年人才475名', [475, '名']), 'relative-year');
f('figure', 'colloquial-ask', 'ZJ26', '浙江去年软件和信息技术服务业增加值涨了多少', F('软件和信息技术服务业增加值增长9.6%', [9.6, '%']), 'relative-year');
f('figure', 'colloquial-ask', 'ZJ26', '浙江去年城市更新项目投资完成多少', F('完成城市更新项目投资3696亿元', [3696, '亿元']), 'relative-year');
f('figure', 'colloquial-ask', 'ZJ26', '浙江去年刑事立案数降了多少', F('全省刑事立案数下降11.2%', [11.2, '%']), 'relative-year');
f('figure', 'colloquial-ask', 'ZJ26', '在浙就业的省外劳动力有多少人', F('在浙就业省外劳动力2300万人', [2300, '万人']));

// ---- 简称 / short names -------------------------------------------------------------------------------------------
f('figure', 'short-name-ask', 'AH26', '皖去年修复废弃矿山多少个', F('修复废弃矿山375个', [375, '个']), 'relative-year');
f('figure', 'short-name-ask', 'AH26', '皖农业科技进步贡献率多少', F('农业科技进步贡献率67.5%', [67.5, '%']));
f('figure', 'short-name-ask', 'BJ26', '京去年老旧小区改造完工多少个', F('老旧小区改造完工1225个', [1225, '个']), 'relative-year');
f('figure', 'short-name-ask', 'BJ26', '京去年新建多少区域养老服务中心', F('新建50个区域养老服务中心', [50, '个']), 'relative-year');
f('figure', 'short-name-ask', 'FJ26', '闽去年开工筹集保障性住房多少套', F('开工筹集保障性住房1.6万套', [1.6, '万套']), 'relative-year');
f('figure', 'short-name-ask', 'FJ26', '闽去年新建城乡供水一体化管网多少公里', F('新建城乡供水一体化管网6838公里', [6838, '公里']), 'relative-year');
f('figure', 'short-name-ask', 'GD26', '粤新登记经营主体去年多少户', F('新登记经营主体320万户、增长13%', [320, '万户']), 'relative-year');
f('figure', 'short-name-ask', 'GD26', '粤卫生户厕普及率多少', F('卫生户厕普及率达97%', [97, '%']));
f('figure', 'short-name-ask', 'JS26', '苏去年新增制造业单项冠军几家', F('新增制造业单项冠军企业52家', [52, '家']), 'relative-year');
f('figure', 'short-name-ask', 'JS26', '苏去年育儿补贴惠及多少婴幼儿', F('育儿补贴惠及124万名婴幼儿', [124, '万名']), 'relative-year');
f('figure', 'short-name-ask', 'SD26', '鲁去年新增卓越级智能工厂几家', F('新增卓越级智能工厂27家', [27, '家']), 'relative-year');
f('figure', 'short-name-ask', 'SD26', '鲁去年开工城中村改造安置住房多少套', F('开工城中村改造安置住房14.1万套', [14.1, '万套']), 'relative-year');
f('figure', 'short-name-ask', 'SH26', '沪去年新集聚海内外人才多少', F('新集聚海内外人才近15万人', [15, '万人']), 'relative-year');
f('figure', 'short-name-ask', 'SH26', '沪去年获批国产创新药械几个', F('获批国产创新药械22个', [22, '个']), 'relative-year');
f('figure', 'short-name-ask', 'ZJ26', '浙去年新建15分钟品质文化生活圈多少个', F('新建“15分钟品质文化生活圈”2415个', [2415, '个']), 'relative-year');
f('figure', 'short-name-ask', 'ZJ26', '浙去年新增长护险参保人数多少', F('新增长护险参保人数1561万人', [1561, '万人']), 'relative-year');

// ---- typos (安微 福健 广冬 山冬 尚海 北惊 江书 浙将) ---------------------------------------------------------------------------
f('figure', 'typo-ask', 'AH26', '安微去年新增保障性租赁住房多少套', F('新增保障性租赁住房3.8万套(间)', [3.8, '万套']), 'relative-year');
f('figure', 'typo-ask', 'FJ26', '福健去年发放低保特困救助资金多少', F('发放低保、特困等救助资金61.7亿元', [61.7, '亿元']), 'relative-year');
f('figure', 'typo-ask', 'GD26', '广冬国家卓越级智能工厂有几家', F('国家卓越级智能工厂增至22家', [22, '家']));
f('figure', 'typo-ask', 'SD26', '山冬去年新筹集保障性租赁住房多少套', F('新筹集保障性租赁住房2.5万套', [2.5, '万套']), 'relative-year');
f('figure', 'typo-ask', 'SH26', '尚海去年完成架空线入地多少公里', F('完成141公里架空线入地和杆箱整治', [141, '公里']), 'relative-year');
f('figure', 'typo-ask', 'BJ26', '北惊去年中心城区新增停车位多少个', F('中心城区新增机动车停车位5万余个', [5, '万余个']), 'relative-year');
f('figure', 'typo-ask', 'JS26', '江书去年造林绿化多少亩', F('造林绿化19万亩', [19, '万亩']), 'relative-year');
f('figure', 'typo-ask', 'ZJ26', '浙将去年更新住宅老旧电梯多少台', F('更新住宅老旧电梯1.8万台', [1.8, '万台']), 'relative-year');

// ---- two-digit and relative years (24年/前年/去年) ---------------------------------------------------------------------
f('figure', 'year-ask', 'AH25', '安徽24年工业机器人产量涨了多少', F('工业机器人产量增长81.4%', [81.4, '%']), 'two-digit-year');
f('figure', 'year-ask', 'AH25', '安徽前年新设外商投资企业多少家', F('新设外商投资企业606家', [606, '家']), 'relative-year');
f('figure', 'year-ask', 'AH25', '皖24年新增光伏发电装机多少', F('新增光伏发电装机1088万千瓦', [1088, '万千瓦']), 'two-digit-year', 'abbrev');
f('figure', 'year-ask', 'BJ25', '北京24年老楼加装电梯多少部', F('老楼加装电梯876部', [876, '部']), 'two-digit-year');
f('figure', 'year-ask', 'FJ25', '福建24年城镇化率多少', F('城镇化率达71.8%', [71.8, '%']), 'two-digit-year');
f('figure', 'year-ask', 'FJ25', '闽前年新增公共停车位多少个', F('新增公共停车位2.8万个', [2.8, '万个']), 'relative-year', 'abbrev');
f('figure', 'year-ask', 'FJ25', '福建24年高价值发明专利增长多少', F('高价值发明专利增长23.8%', [23.8, '%']), 'two-digit-year');
f('figure', 'year-ask', 'GD25', '广东24年科技信贷余额涨了多少', F('科技信贷余额增长23%', [23, '%']), 'two-digit-year');
f('figure', 'year-ask', 'GD25', '广东24年新增博士点多少个', F('新增博士点57个、硕士点106个', [57, '个']), 'two-digit-year');
f('figure', 'year-ask', 'GD25', '粤前年个人养老金开户数多少', F('个人养老金开户数近1800万', [1800, '万']), 'relative-year', 'abbrev');
f('figure', 'year-ask', 'JS25', '江苏24年开行中欧班列多少列', F('开行中欧班列2286列、增长7.7%', [2286, '列']), 'two-digit-year');
f('figure', 'year-ask', 'JS25', '江苏24年新型储能项目规模多少', F('新型储能项目规模达665万千瓦', [665, '万千瓦']), 'two-digit-year');
f('figure', 'year-ask', 'JS25', '苏前年万人发明专利拥有量多少件', F('万人发明专利拥有量74.5件', [74.5, '件']), 'relative-year', 'abbrev');
f('figure', 'year-ask', 'SD25', '山东24年优良天数增加了几天', F('优良天数增加22天', [22, '天']), 'two-digit-year');
f('figure', 'year-ask', 'SD25', '山东24年家庭养老床位新增多少张', F('家庭养老床位新增1.1万张', [1.1, '万张']), 'two-digit-year');
f('figure', 'year-ask', 'SD25', '鲁前年五星级酒店新增几家', F('五星级酒店新增7家', [7, '家']), 'relative-year', 'abbrev');
f('figure', 'year-ask', 'SH25', '上海24年新增养老床位多少张', F('新增养老床位4385张', [4385, '张']), 'two-digit-year');
f('figure', 'year-ask', 'SH25', '上海24年工业上楼项目多少个', F('实施“工业上楼”项目151个', [151, '个']), 'two-digit-year');
f('figure', 'year-ask', 'SH25', '沪前年道路交通事故数降了多少', F('全市道路交通事故数下降14.7%', [14.7, '%']), 'relative-year', 'abbrev');
f('figure', 'year-ask', 'ZJ25', '浙江24年新增重大科技成果多少项', F('新增重大科技成果110项', [110, '项']), 'two-digit-year');
f('figure', 'year-ask', 'ZJ25', '浙江24年城乡居民收入倍差多少', F('城乡居民收入倍差缩小至1.83', [1.83]), 'two-digit-year');
f('figure', 'year-ask', 'ZJ25', '浙前年新增电力装机多少', F('新增电力装机2200万千瓦', [2200, '万千瓦']), 'relative-year', 'abbrev');

// ---- targets (今年 / 25年 目标是多少) ----------------------------------------------------------------------------------
f('target', 'target-ask', 'AH26', '安徽今年新培育科技型中小企业目标是多少', F('新培育科技型中小企业3000家以上', [3000, '家']), 'relative-year');
f('target', 'target-ask', 'AH26', '皖今年打算引进多少家省级首店', F('引进省级首店200家以上', [200, '家']), 'relative-year', 'abbrev');
f('target', 'target-ask', 'AH26', '安徽今年新改建农村公路计划多少公里', F('新改建农村公路1500公里', [1500, '公里']), 'relative-year');
f('target', 'target-ask', 'BJ26', '北京今年新建充电桩目标多少个', F('新建充电桩3万个', [3, '万个']), 'relative-year');
f('target', 'target-ask', 'BJ26', '北京今年新增轨道交通运营里程计划多少', F('新增轨道交通运营里程40公里以上', [40, '公里']), 'relative-year');
f('target', 'target-ask', 'BJ26', '京今年拆除违法建设目标多少平米', F('拆除违法建设500万平方米', [500, '万平方米']), 'relative-year', 'abbrev');
f('target', 'target-ask', 'FJ26', '福建今年粮食播种面积目标多少', F('粮食播种面积稳定在1255万亩以上', [1255, '万亩']), 'relative-year');
f('target', 'target-ask', 'FJ26', '福建今年失业人员再就业要多少人', F('失业人员实现再就业10万人', [10, '万人']), 'relative-year');
f('target', 'target-ask', 'GD26', '广东今年水产品总产量目标多少', F('水产品总产量1020万吨以上', [1020, '万吨']), 'relative-year');
f('target', 'target-ask', 'GD26', '粤今年新建改造地下管网管廊计划多少公里', F('新建改造地下管网管廊9000公里', [9000, '公里']), 'relative-year', 'abbrev');
f('target', 'target-ask', 'GD26', '广东今年技工院校招生规模要多少', F('技工院校招生规模超19万人', [19, '万人']), 'relative-year');
f('target', 'target-ask', 'JS26', '江苏今年抓多少个省重大项目', F('抓好550个省重大项目', [550, '个']), 'relative-year');
f('target', 'target-ask', 'SD25', '山东25年新增省级乡村振兴片区目标几个', F('新增省级乡村振兴片区75个', [75, '个']), 'two-digit-year');
f('target', 'target-ask', 'SD25', '山东25年农作物综合机械化率目标', F('综合机械化率达到92%以上', [92, '%']), 'two-digit-year');
f('target', 'target-ask', 'SH26', '上海今年重大工程投资目标多少', F('全年完成重大工程投资2550亿元', [2550, '亿元']), 'relative-year');
f('target', 'target-ask', 'SH26', '沪今年新增多少个家门口养老服务站', F('新增200个家门口养老服务站', [200, '个']), 'relative-year', 'abbrev');
f('target', 'target-ask', 'ZJ26', '浙江今年新增无还本续贷目标多少', F('新增无还本续贷5000亿元以上', [5000, '亿元']), 'relative-year');
f('target', 'target-ask', 'ZJ26', '浙江今年人工智能核心产业营收增长目标', F('人工智能核心产业营收增长20%以上', [20, '%']), 'relative-year');
f('target', 'target-ask', 'ZJ25', '浙江25年新认定高新技术企业目标多少家', F('新认定高新技术企业5000家', [5000, '家']), 'two-digit-year');
f('target', 'target-ask', 'ZJ25', '浙江25年研发投入强度定的多少', F('全年研发投入强度达3.3%左右', [3.3, '%']), 'two-digit-year');

// ---- target vs actual (完成了没有 / 超额了吗) ----------------------------------------------------------------------------
// The actual (the later report's review) is cited first and leads, the target (the earlier report's plan) second, as
// eval/fresh-e; a trend cites the later year first. The first run had both the other way round (see README).
f('attainment', 'target-vs-actual', ['BJ25', 'BJ26'], '北京去年老楼加装电梯目标完成了没有', F(['老楼加装电梯869台', '老楼加装电梯完工600部'], [869, '台'], [600, '部']), 'relative-year');
f('attainment', 'target-vs-actual', ['BJ25', 'BJ26'], '北京去年绿道1000公里的任务完成了吗', F(['新增绿道1000公里', '新增联山联水联社区的绿道1000公里'], [1000, '公里']), 'relative-year');
f('attainment', 'target-vs-actual', ['SH25', 'SH26'], '上海去年加装电梯超额了吗', F(['推动既有多层住宅加装电梯3295台', '完成既有多层住宅加装电梯3000台'], [3295, '台'], [3000, '台']), 'relative-year');
f('attainment', 'target-vs-actual', ['SH25', 'SH26'], '沪去年社区长者食堂建设目标完成没', F(['新建社区长者食堂57家、家门口养老服务站336个', '新建30个社区长者食堂'], [57, '家'], [30, '个']), 'relative-year', 'abbrev');
f('attainment', 'target-vs-actual', ['SH25', 'SH26'], '上海去年美丽街区建设完成计划了吗', F(['建成116个“美丽街区”', '建成100个“美丽街区”'], [116, '个'], [100, '个']), 'relative-year');
f('attainment', 'target-vs-actual', ['ZJ25', 'ZJ26'], '浙江去年和美乡村覆盖率目标达到没有', F(['和美乡村覆盖率达73%', '和美乡村覆盖率达60%以上'], [73, '%'], [60, '%']), 'relative-year');
f('attainment', 'target-vs-actual', ['ZJ25', 'ZJ26'], '浙江去年企业数量增长超额完成了吗', F(['其中企业410.1万户、增长7.7%', '其中企业数增长5%'], [7.7, '%'], [5, '%']), 'relative-year');
f('attainment', 'target-vs-actual', ['SD25', 'SD26'], '山东去年新开外贸航线目标完成了没', F(['新开辟外贸航线20条', '新开外贸航线10条以上'], [20, '条'], [10, '条']), 'relative-year');
f('attainment', 'target-vs-actual', ['SD25', 'SD26'], '鲁去年村卫生室改造任务完成了吗', F(['新改造提升村卫生室2.1万个', '新改造提升村卫生室2万个'], [2.1, '万个'], [2, '万个']), 'relative-year', 'abbrev');
f('attainment', 'target-vs-actual', ['SD25', 'SD26'], '山东去年规模化供水率目标达到了吗', F(['规模化供水率达到97%', '规模化供水率达到96%以上'], [97, '%'], [96, '%']), 'relative-year');
f('attainment', 'target-vs-actual', ['FJ25', 'FJ26'], '福建去年高标准农田建设目标完成了没有', F(['新建和改造高标准农田71.21万亩', '新建和改造高标准农田70万亩'], [71.21, '万亩'], [70, '万亩']), 'relative-year');
f('attainment', 'target-vs-actual', 'ZJ26', '浙江去年千项万亿投资完成率多少', F('投资完成率125.5%', [125.5, '%']), 'relative-year');

// ---- trends (two reports, one indicator) -------------------------------------------------------------------------
f('trend', 'trend-two-reports', ['BJ25', 'BJ26'], '北京老楼加装电梯这两年咋样', F(['老楼加装电梯869台', '老楼加装电梯876部'], [869, '台'], [876, '部']));
f('trend', 'trend-two-reports', ['SH25', 'SH26'], '上海美丽街区这两年各建了多少', F(['建成116个“美丽街区”', '建成102个“美丽街区”'], [116, '个'], [102, '个']));
f('attainment', 'target-vs-actual', ['BJ25', 'BJ26'], '北京去年打通断头路超额了吗', F(['打通53条断头路', '打通20条断头路'], [53, '条'], [20, '条']), 'relative-year');
f('trend', 'trend-two-reports', ['SH25', 'SH26'], '沪光伏装机新增24年和25年分别多少', F(['新增光伏装机214万千瓦', '新增光伏装机122万千瓦'], [214, '万千瓦'], [122, '万千瓦']), 'abbrev', 'two-digit-year');
f('trend', 'trend-two-reports', ['ZJ25', 'ZJ26'], '浙江和美乡村覆盖率这两年涨了多少', F(['和美乡村覆盖率达73%', '和美乡村覆盖率达51.7%'], [73, '%'], [51.7, '%']));
f('trend', 'trend-two-reports', ['ZJ25', 'ZJ26'], '浙江企业数量24年到25年怎么变的', F(['其中企业410.1万户、增长7.7%', '其中企业380.8万户'], [410.1, '万户'], [380.8, '万户']), 'two-digit-year');
f('trend', 'trend-two-reports', ['AH25', 'AH26'], '安徽人工造林面积近两年变化', F(['完成人工造林21.7万亩', '完成人工造林27.24万亩'], [21.7, '万亩'], [27.24, '万亩']));
f('trend', 'trend-two-reports', ['AH25', 'AH26'], '安徽办结行政复议案件前年和去年各多少', F(['全省办结行政复议案件32910件', '全省办结行政复议案件21850件'], [32910, '件'], [21850, '件']), 'relative-year');
f('trend', 'trend-two-reports', ['FJ25', 'FJ26'], '福建普通高中录取率这两年变化', F(['普通高中录取率提升至72%', '普通高中录取率近70%'], [72, '%'], [70, '%']));
f('trend', 'trend-two-reports', ['FJ25', 'FJ26'], '闽新认定省级高层次人才24年25年比一比', F(['新认定省级高层次人才2745人', '新认定省级高层次人才1701人'], [2745, '人'], [1701, '人']), 'abbrev', 'two-digit-year');
f('trend', 'trend-two-reports', ['GD25', 'GD26'], '广东乡村绿化植树这两年分别多少株', F(['乡村绿化植树3900万株', '乡村绿化植树超1858万株'], [3900, '万株'], [1858, '万株']));
f('trend', 'trend-two-reports', ['GD25', 'GD26'], '广东农业科技进步贡献率近两年变化', F(['全省农业科技进步贡献率超74%', '农业科技进步贡献率73%'], [74, '%'], [73, '%']));
f('trend', 'trend-two-reports', ['SD25', 'SD26'], '山东规模化供水率这两年涨了多少', F(['规模化供水率达到97%', '农村规模化供水率达到95%'], [97, '%'], [95, '%']));

// ---- superlatives across the provinces (true over the 20 reports) ------------------------------------------------
f('superlative', 'superlative-ask', 'AH26', '哪个省整车出口全国第一', F('整车出口突破百万辆、稳居全国第1位'));
f('superlative', 'superlative-ask', 'AH26', '量子科技产业链企业数哪个省最多', F('量子科技产业链集聚企业数居全国第1位'));
f('superlative', 'superlative-ask', 'JS26', '哪个省制造业高质量发展指数排第一', F('制造业高质量发展指数连续5年居全国首位'));
f('superlative', 'superlative-ask', 'GD26', '区域创新能力最强的是哪个省', F('区域创新能力连续9年全国第一'));
f('superlative', 'superlative-ask', 'FJ26', '哪个省的省政府门户网站评估全国第一', F('省政府门户网站评估连续4年全国第一'));
f('superlative', 'superlative-ask', 'BJ26', '服务业扩大开放国家综合测评哪个地方第一', F('基本完成服务业扩大开放2.0任务、并连续4年在国家综合测评中位列第一'));
f('superlative', 'superlative-ask', 'AH26', '哪个省国家级中小企业特色产业集群最多', F('创建国家级中小企业特色产业集群7个、居全国第1位', [7, '个']));
f('superlative', 'superlative-ask', ['AH26', 'BJ26', 'FJ26', 'GD26', 'JS26', 'SD26', 'SH26', 'ZJ26'], '8个省市里去年加装电梯最多的是哪', F('推动既有多层住宅加装电梯3295台', [3295, '台']), 'relative-year');

// ---- comparisons (A和B谁高) ----------------------------------------------------------------------------------------
f('comparison', 'comparison-ask', ['BJ26', 'SH26'], '北京和上海去年加装电梯谁多', F(['老楼加装电梯869台', '推动既有多层住宅加装电梯3295台'], [869, '台'], [3295, '台']), 'relative-year');
f('comparison', 'comparison-ask', ['GD26', 'AH26'], '粤皖农业科技进步贡献率谁高', F(['全省农业科技进步贡献率超74%', '农业科技进步贡献率67.5%'], [74, '%'], [67.5, '%']), 'abbrev');
f('comparison', 'comparison-ask', ['JS25', 'AH25'], '江苏和安徽24年新增托位谁多', F(['新增托位数超3万个', '新增托位4万个'], [3, '万个'], [4, '万个']), 'two-digit-year');
f('comparison', 'comparison-ask', ['GD26', 'ZJ26'], '广东和浙江老年助餐点谁多', F(['建成老年助餐点3897个并有序向各年龄段开放', '建成老年助餐点1.18万个'], [3897, '个'], [1.18, '万个']));
f('multi', 'multi-ask', ['SD26', 'JS26'], '山东国家级单项冠军总数和江苏去年新增单项冠军分别多少', F(['国家制造业单项冠军达到274家', '新增制造业单项冠军企业52家'], [274, '家'], [52, '家']), 'relative-year');
f('comparison', 'comparison-ask', ['SH25', 'BJ25'], '上海和北京24年建成高标准农田谁多', F(['建成高标准农田8.8万亩', '建成高标准农田13.5万亩'], [8.8, '万亩'], [13.5, '万亩']), 'two-digit-year');
f('comparison', 'comparison-ask', ['FJ26', 'AH26'], '闽皖去年新增国家级临床重点专科比一比', F(['新增国家级临床重点专科项目9个', '全省新增8个国家级临床重点专科'], [9, '个'], [8, '个']), 'abbrev', 'relative-year');
f('comparison', 'comparison-ask', ['ZJ26', 'GD26'], '浙江和广东新增国家级非遗传承人谁多', F(['新增国家级非遗代表性传承人75名', '新增58名国家级非遗代表性传承人'], [75, '名'], [58, '名']));
f('comparison', 'comparison-ask', ['FJ26', 'AH26'], '福建和安徽去年入选国家双高计划的高职学校谁多', F(['6所高职院校入选国家“双高计划”', '7所高职学校入选国家“双高计划”'], [6, '所'], [7, '所']), 'relative-year');

// ---- several indicators in one question ----------------------------------------------------------------------------
f('multi', 'multi-ask', 'SH26', '上海去年盘活低效产业用地和建成美丽街区分别多少', F(['盘活处置低效产业用地30.4平方公里', '建成116个“美丽街区”'], [30.4, '平方公里'], [116, '个']), 'relative-year');
f('multi', 'multi-ask', 'AH26', '安徽去年改造城中村和老旧小区分别多少', F('改造城中村和城市危旧房2.6万户、城镇老旧小区1129个', [2.6, '万户'], [1129, '个']), 'relative-year');
f('multi', 'multi-ask', 'BJ26', '北京今年老旧小区改造和加装电梯目标分别多少', F('改造完工老旧小区300个以上，实施老楼加装电梯800台以上', [300, '个'], [800, '台']), 'relative-year');
f('multi', 'multi-ask', 'GD26', '广东经营主体总量和其中企业数分别多少', F(['总量达2037.7万户', '其中企业929.8万户'], [2037.7, '万户'], [929.8, '万户']));
f('multi', 'multi-ask', 'FJ26', '福建去年医疗救助和临时救助各多少人次', F('实施医疗救助613.7万人次、临时救助19万人次', [613.7, '万人次'], [19, '万人次']), 'relative-year');
f('multi', 'multi-ask', 'JS26', '江苏办理省人大代表建议和政协提案分别多少件', F('办理省人大代表建议3310件、省政协提案4070件', [3310, '件'], [4070, '件']));
f('multi', 'multi-ask', 'SD26', '山东集成电路圆片和工业机器人去年各涨多少', F(['集成电路圆片增长19.2%', '工业机器人增长26.6%'], [19.2, '%'], [26.6, '%']), 'relative-year');
f('multi', 'multi-ask', 'ZJ26', '浙江去年经营主体和企业分别多少户', F(['全省经营主体达1163.7万户、增长6.3%', '其中企业410.1万户、增长7.7%'], [1163.7, '万户'], [410.1, '万户']), 'relative-year');
f('multi', 'multi-ask', 'SH25', '上海24年新增森林和高标准农田分别多少亩', F(['新增森林3.1万亩', '建成高标准农田8.8万亩'], [3.1, '万亩'], [8.8, '万亩']), 'two-digit-year');
f('multi', 'multi-ask', 'GD25', '广东24年新增博士点硕士点各多少', F('新增博士点57个、硕士点106个', [57, '个'], [106, '个']), 'two-digit-year');

// ---- priorities / outline ------------------------------------------------------------------------------------------
f('outline', 'outline-ask', 'BJ26', '京今年打算干啥', O('BJ26'), 'relative-year', 'abbrev');
f('outline', 'outline-ask', 'SD26', '山东今年重点工作有哪些', O('SD26'), 'relative-year');
f('outline', 'outline-ask', 'GD25', '粤25年主要抓哪些事', O('GD25'), 'two-digit-year', 'abbrev');
f('outline', 'outline-ask', 'JS26', '江苏今年准备重点干哪几件', O('JS26'), 'relative-year');
f('outline', 'outline-ask', 'AH25', '安徽去年的重点工作是哪些', O('AH25'), 'relative-year');
f('outline', 'outline-ask', 'ZJ25', '浙江25年的工作安排能不能说下', O('ZJ25'), 'two-digit-year');
f('outline', 'outline-ask', 'FJ26', '闽今年打算重点做什么', O('FJ26'), 'relative-year', 'abbrev');
f('outline', 'outline-ask', 'SH26', '上海今年主要任务都有啥', O('SH26'), 'relative-year');
f('outline', 'outline-ask', 'QT25', '钱塘区25年重点干啥', O('QT25'), 'two-digit-year', 'seed');

// ---- seed corpus -----------------------------------------------------------------------------------------------------
// (HZ24 reviews 2023 and plans 2024; QT25 reviews 2024 and plans 2025)
f('figure', 'year-ask', 'HZ24', '杭州23年新建改建城市公园多少个', F('新(改)建城市公园65个', [65, '个']), 'two-digit-year');
f('figure', 'year-ask', 'HZ24', '杭州23年新引进35岁以下大学生多少', F('新引进35岁以下大学生39.7万人', [39.7, '万人']), 'two-digit-year');
f('figure', 'colloquial-ask', 'HZ24', '杭州亚运会票务收入有多少来着', F('票务总收入6.3亿元', [6.3, '亿元']));
f('figure', 'year-ask', 'QT25', '钱塘区24年落地亿元以上项目几个', F('落地亿元以上项目67个', [67, '个']), 'two-digit-year');
f('figure', 'colloquial-ask', 'QT25', '钱塘前年认定保障性住房多少套', F('认定保障性住房2.5万套', [2.5, '万套']), 'relative-year');

// ---- not answerable (checked absent by grep over .cache/eval-corpus) -------------------------------------------------
const nf = (question, why) => x('notfound', ['not-answerable', why], [], question, NF);
nf('河南去年新增保障性租赁住房多少套', 'nf-place');
nf('江西去年加装电梯多少台', 'nf-place');
nf('陕西今年新建充电桩目标多少', 'nf-place');
nf('云南去年新增公园多少座', 'nf-place');
nf('黑龙江24年粮食产量多少', 'nf-place');
nf('湖北今年重点工作有哪些', 'nf-place');
nf('北京2017年新增绿道多少公里', 'nf-year');
nf('广东2016年新设外资企业多少家', 'nf-year');
nf('上海2018年新增公园多少座', 'nf-year');
nf('山东十二五期间高速公路建了多少公里', 'nf-year');
nf('江苏去年电影票房多少', 'nf-indicator');
nf('浙江去年结婚登记多少对', 'nf-indicator');
nf('上海网吧有多少家', 'nf-indicator');
nf('福建去年彩票销售额多少', 'nf-indicator');
nf('安徽去年离婚率多少', 'nf-indicator');

// ---- conversations (2–3 turns; a 3-turn conversation scores its 2nd and 3rd turns) --------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([T('北京去年老楼加装电梯多少台'), T('上海呢', 'figure', 'SH26', F('推动既有多层住宅加装电梯3295台', [3295, '台']), 'elliptical', 'place-switch')]);
conv([T('上海去年新增公园多少座'), T('今年计划呢', 'target', 'SH26', F('新增公园100座', [100, '座']), 'elliptical', 'year-switch'), T('绿道呢', 'target', 'SH26', F('新建绿道100公里、绿地500公顷', [100, '公里']), 'elliptical', 'topic-switch')]);
conv([T('浙江去年和美乡村覆盖率多少'), T('前年呢', 'figure', 'ZJ25', F('和美乡村覆盖率达51.7%', [51.7, '%']), 'elliptical', 'year-switch')]);
conv([T('安徽去年快递业务量涨了多少'), T('高技术服务业投资呢', 'figure', 'AH26', F('高技术服务业投资增长16.4%、连续18个月保持两位数增长', [16.4, '%']), 'elliptical', 'topic-switch')]);
conv([T('福建去年新设台企多少家'), T('台资实际用了多少', 'figure', 'FJ26', F('实际使用台资7.24亿美元', [7.24, '亿美元']), 'elliptical', 'topic-switch'), T('两岸共通标准新增多少项', 'figure', 'FJ26', F('新增两岸共通标准41项', [41, '项']), 'elliptical', 'topic-switch')]);
conv([T('广东去年新登记经营主体多少户'), T('江苏呢', 'figure', 'JS26', F('新登记147万户、其中企业57.3万家', [147, '万户']), 'elliptical', 'place-switch')]);
conv([T('山东去年新增卓越级智能工厂几家'), T('24年呢', 'figure', 'SD25', F('新增国家卓越级智能工厂22家', [22, '家']), 'elliptical', 'year-switch', 'two-digit-year')]);
conv([T('江苏去年引进首店多少家'), T('广东24年呢', 'figure', 'GD25', F('新引进知名品牌首店超800家', [800, '家']), 'elliptical', 'place-switch', 'year-switch')]);
conv([T('北京今年新建充电桩目标多少'), T('打通断头路计划多少条', 'target', 'BJ26', F('打通50条断头路', [50, '条']), 'elliptical', 'topic-switch'), T('去年打通了多少', 'figure', 'BJ26', F('打通53条断头路', [53, '条']), 'elliptical', 'year-switch')]);
conv([T('上海24年新增养老床位多少张'), T('25年计划新增多少', 'target', 'SH25', F('新增3000张养老床位', [3000, '张']), 'elliptical', 'year-switch'), T('长者食堂呢', 'target', 'SH25', F('新建30个社区长者食堂', [30, '个']), 'elliptical', 'topic-switch')]);
conv([T('浙江25年和美乡村覆盖率目标多少'), T('完成了没有', 'attainment', ['ZJ25', 'ZJ26'], F(['和美乡村覆盖率达73%', '和美乡村覆盖率达60%以上'], [73, '%'], [60, '%']), 'elliptical', 'topic-switch')]);
conv([T('安徽24年跨境电商交易额涨了多少'), T('25年目标是多少', 'target', 'AH25', F('跨境电商交易额增长20%以上', [20, '%']), 'elliptical', 'year-switch')]);
conv([T('广东去年农业科技进步贡献率多少'), T('安徽呢', 'figure', 'AH26', F('农业科技进步贡献率67.5%', [67.5, '%']), 'elliptical', 'place-switch'), T('谁高', 'comparison', ['GD26', 'AH26'], F(['全省农业科技进步贡献率超74%', '农业科技进步贡献率67.5%'], [74, '%'], [67.5, '%']), 'elliptical')]);
conv([T('福建去年普通高中录取率多少'), T('比24年高了多少', 'trend', ['FJ26', 'FJ25'], F(['普通高中录取率提升至72%', '普通高中录取率近70%'], [72, '%'], [70, '%']), 'elliptical', 'year-switch')]);
conv([T('山东今年重点工作有哪些'), T('江苏呢', 'outline', 'JS26', O('JS26'), 'elliptical', 'place-switch')]);
conv([T('浙江去年刑事立案数降了多少'), T('上海24年新增养老床位多少张', 'figure', 'SH25', F('新增养老床位4385张', [4385, '张']), 'no-inherit', 'topic-switch')]);
conv([T('北京去年治理违法建设多少'), T('安徽去年修复废弃矿山多少个', 'figure', 'AH26', F('修复废弃矿山375个', [375, '个']), 'no-inherit', 'place-switch')]);
conv([T('上海去年美丽街区建了多少个'), T('前年呢', 'figure', 'SH25', F('建成102个“美丽街区”', [102, '个']), 'elliptical', 'year-switch'), T('去年目标完成了吗', 'attainment', ['SH25', 'SH26'], F(['建成116个“美丽街区”', '建成100个“美丽街区”'], [116, '个'], [100, '个']), 'elliptical')]);
conv([T('广东24年长者饭堂建了多少个'), T('去年呢', 'figure', 'GD26', F('建成老年助餐点3897个并有序向各年龄段开放', [3897, '个']), 'elliptical', 'year-switch')]);
conv([T('江苏24年开行中欧班列多少列'), T('浙江25年计划开行多少', 'target', 'ZJ25', F('力争全年开行2500列以上', [2500, '列']), 'elliptical', 'place-switch', 'year-switch')]);

// ---------------------------------------------------------------------------------------------------------------
for (const c of cases) {
  const shapes = c.tags.filter((t) => SHAPES.includes(t));
  if (shapes.length !== 1) throw new Error(`${c.q}: shape tags ${shapes.join(',') || 'none'}`);
}
const failures = checkCases(cases);
const earlier = [...EARLIER_SETS, ...['g', 'h', 'i'].flatMap((s) => [`eval/fresh-${s}/${s}-tune.jsonl`, `eval/fresh-${s}/${s}-heldout.jsonl`])];
for (const question of citesUsedElsewhere(cases, earlier)) failures.push(`${question}: its cite is another set's`);
if (failures.length) {
  console.error(`facts that do not hold:\n${failures.join('\n')}`);
  process.exit(1);
}
// Split as fresh-i, per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt
// alternately, the first side by the SHA-1 of the group key; groups of one alternate tune / heldout in key order.
// A conversation is one unit: all its scored turns go to the side its first question's SHA-1 deals it (conversations
// dealt alternately in SHA-1 order, the first side by the SHA-1 of "conversation").
const hash = (s) => createHash('sha1').update(s).digest('hex');
const groups = new Map();
for (const c of cases) {
  if (c._conv) continue;
  const key = `${c._reports[0] ?? 'none'}/${c.tags.find((t) => SHAPES.includes(t))}`;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(c);
}
let nextSingle = 'tune';
for (const key of [...groups.keys()].sort()) {
  const list = groups.get(key).sort((p, r) => hash(p.q).localeCompare(hash(r.q)));
  let first = hash(key)[0] < '8' ? 'tune' : 'heldout';
  if (list.length === 1) {
    first = nextSingle;
    nextSingle = nextSingle === 'tune' ? 'heldout' : 'tune';
  }
  list.forEach((c, n) => {
    c._side = n % 2 === 0 ? first : first === 'tune' ? 'heldout' : 'tune';
  });
}
const convFirst = hash('conversation')[0] < '8' ? 'tune' : 'heldout';
const convSide = new Map([...conversations].sort((p, r) => hash(p).localeCompare(hash(r))).map((k, n) => [k, n % 2 === 0 ? convFirst : convFirst === 'tune' ? 'heldout' : 'tune']));
for (const c of cases) if (c._conv) c._side = convSide.get(c._conv);
const summary = splitAndWrite(
  cases.map(({ _conv, ...c }) => c),
  { dir: here, setPrefix: 'j', checkOnly: process.argv.includes('--check') },
);
summary.byShape = Object.fromEntries(SHAPES.map((s) => [s, [cases.filter((c) => c.tags.includes(s) && c._side === 'tune').length, cases.filter((c) => c.tags.includes(s) && c._side === 'heldout').length]]));
console.log(JSON.stringify(summary));
