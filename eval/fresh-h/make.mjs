#!/usr/bin/env node
// Writes the fresh-h single-turn Chinese sets: eval/fresh-h/h-tune.jsonl and eval/fresh-h/h-heldout.jsonl.
//
//   node eval/fresh-h/make.mjs [--check]
//
// Chinese questions as typed in Slack (去年/今年/24年/十四五期间/过去五年, short names 粤/苏/浙/皖/闽/鲁/沪/京)
// over the 20 external reports, concentrated on the figure SHAPES the lead gets wrong: several indicators in one
// clause, 分别-pairs (the second asked), thresholds (突破/超过/迈上 X next to the value), from–to pairs (asked where
// it stands now), five-year totals and averages, streaks (连续N年), shares (占全国/占比), ranks (全国第N位), rates vs
// levels, targets vs results, about 10 % not answerable. Over facts no earlier set cites (../case-checks.mjs, plus
// fresh-g). Each case carries exactly one SHAPE tag; the split deals each (report, shape) group alternately by
// SHA-1 of the question. Today = 2026-12-01: 今年 = 2026, 去年 = 2025; a report of year N gives N−1's results and
// N's targets; a 十四五 span in a 2026 report ends in 2025.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseBook, checkCases, citesUsedElsewhere, EARLIER_SETS, splitAndWrite } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { cases, x, F, NF } = caseBook();
const SHAPES = ['respectively', 'from-to', 'threshold', 'five-year', 'streak', 'share', 'rank', 'rate-level', 'target-vs-result', 'not-answerable'];
const q = (shape, report, question, expect, ...more) => x('figure', [shape, ...more], [report], question, expect);

// ---- 分别: the second (or third) of a respectively-pair ------------------------------------------------------
q('respectively', 'AH25', '安徽24年规上人力资源服务业营收增长多少', F('规上科技服务业、人力资源服务业营收分别增长18%和28.2%', [28.2, '%']));
q('respectively', 'BJ25', '北京24年12345热线满意率多少', F('诉求解决率、满意率分别达96.7%和97%', [97, '%']));
q('respectively', 'BJ26', '北京去年幼儿园普惠率多少', F('适龄儿童入园率和普惠率分别达96%和94%', [94, '%']));
q('respectively', 'BJ26', '京去年安全生产死亡人数降了多少', F('死亡事故起数和死亡人数分别下降3.6%和1.3%', [1.3, '%']));
q('respectively', 'BJ26', '北京去年药品抽检合格率多少', F('食品、药品抽检合格率分别超98.5%和99%', [99, '%']));
q('respectively', 'FJ25', '福州机场24年旅客吞吐量多少', F('厦门、福州机场旅客吞吐量分别达2790.6万人次、1529.9万人次', [1529.9, '万人次']));
q('respectively', 'FJ25', '闽24年药品抽检合格率', F('食品、药品抽检合格率分别为99.5%、99.78%', [99.78, '%']));
q('respectively', 'FJ26', '福建去年安全事故死亡人数下降多少', F('生产安全事故起数、死亡人数分别下降15.2%、13.3%', [13.3, '%']));
q('respectively', 'FJ26', '福建污染物排放强度是全国平均的多少', F('主要污染物排放强度分别约为全国平均的70%、60%', [60, '%']));
q('respectively', 'GD26', '深圳地铁单日最高客运量多少', F('广州、深圳地铁线网单日最高客运量分别达1409万、1305万人次', [1305]));
q('respectively', 'GD26', '广东蔬菜产量多少', F('水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上', [4200, '万吨']));
q('respectively', 'GD26', '广东家禽出栏量要稳在多少', F('生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上', [13.5, '亿只']));
q('respectively', 'JS25', '江苏24年外资企业出口占全省多少', F('民营企业、外资企业出口分别占全省的50.6%、41.9%', [41.9, '%']));
q('respectively', 'JS25', '苏24年旅游收入增长多少', F('旅游总收入超1.3万亿元,分别增长15.8%和11.5%', [11.5, '%']));
q('respectively', 'SH25', '上海24年浦东新区管理措施累计多少部', F('累计分别达到22部、31部', [31, '部']));
q('respectively', 'SH25', '上海24年上海品牌累计多少项', F('累计分别达到52个和204项', [204, '项']));
q('respectively', 'SH26', '上海去年电诈案件既遂数降了多少', F('全市刑事立案数、电诈案件既遂数、道路交通事故数分别下降13.5%、8.6%、2.7%', [8.6, '%']));
q('respectively', 'ZJ25', '浙江24年机场国际货邮吞吐量增长多少', F('全省机场旅客和国际货邮吞吐量分别增长14.2%、25%', [25, '%']));
q('respectively', 'ZJ26', '浙去年国际航空货邮吞吐量增长多少', F('全省国际航空旅客和货邮吞吐量分别增长14.2%、4.2%', [4.2, '%']));
q('respectively', 'ZJ26', '浙江电诈案损数下降多少', F('电信网络诈骗案件受理数、案损数分别下降16%和36%', [36, '%']));
q('respectively', 'ZJ26', '浙江新增工业用地支持民间投资项目比重多少', F('专项产业基金、新增能耗、新增工业用地支持民间投资项目比重分别为99.3%、93.8%、84.6%', [84.6, '%']));
q('respectively', 'ZJ26', '浙江十四五道路交通事故死亡人数下降多少', F('道路交通事故起数和死亡人数分别下降1.8%、31.3%', [31.3, '%']));

// ---- 从A到B: where it stands now -----------------------------------------------------------------------------
q('from-to', 'AH26', '安徽社会物流总费用与GDP比率现在多少', F('社会物流总费用与GDP的比率从14.7%降至13%左右', [13, '%']));
q('from-to', 'AH26', '皖高耗能行业占比降到多少了', F('六大高耗能行业增加值占比从31.1%降至22.5%', [22.5, '%']));
q('from-to', 'AH26', '安徽专精特新小巨人企业现在多少户', F('专精特新“小巨人”企业从80户增加到810户', [810, '户']));
q('from-to', 'GD26', '广东可再生能源装机占比现在多少', F('可再生能源装机占比从23.3%提高到40.4%', [40.4, '%']));
q('from-to', 'GD26', '广东农村低保标准占城镇低保的比例最低多少', F('农村低保标准占城镇低保标准的最低比例从77%提高到80%以上', [80, '%']));
q('from-to', 'GD26', '广东县中托管帮扶扩大到多少个县', F('推动县中托管帮扶从15个县(市)扩大到57个县(市)', [57]));
q('from-to', 'GD25', '广东24年重度残疾人护理补贴标准提到多少', F('困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月202元、270元提高到209元、280元', [280, '元']));
q('from-to', 'GD26', '广东散居孤儿保障标准现在多少', F('散居孤儿(含艾滋病病毒感染儿童)从每人每月1536元提高到1567元', [1567, '元']));
q('from-to', 'SH26', '上海跨部门综合监管事项多少个', F('跨部门综合监管事项从39个拓展到91个', [91, '个']));
q('from-to', 'SH26', '上海金融市场交易总额现在多少', F('金融市场交易总额从2274.8万亿元增加到4059万亿元', [4059, '万亿元']));
q('from-to', 'ZJ26', '浙江全国重点实验室现在多少家', F('全国重点实验室从15家跃升到38家', [38, '家']));

// ---- 突破/超过/迈上: a threshold next to the value or a rate -----------------------------------------------------
q('threshold', 'GD25', '广东24年经营主体多少户', F('经营主体净增98万户、突破1900万户', [1900, '万户']));
q('threshold', 'GD25', '广东24年经营主体净增多少', F('经营主体净增98万户、突破1900万户', [98, '万户']));
q('threshold', 'GD25', '广东24年快递业务量增长多少', F('快递年业务量突破400亿件、增长19%', [19, '%']));
q('threshold', 'GD26', '广东去年服务贸易增长多少', F('服务贸易总额突破2500亿美元、增长12.5%', [12.5, '%']));
q('threshold', 'GD26', '广东去年服务贸易总额多少', F('服务贸易总额突破2500亿美元、增长12.5%', [2500, '亿美元']));
q('threshold', 'GD26', '广东职工医保参保人数多少', F('职工医保参保人数突破5100万', [5100]));
q('threshold', 'SD25', '山东24年高铁通车里程多少', F('高铁通车里程突破3000公里、全国第一', [3000, '公里']));
q('threshold', 'SD26', '山东博士后在站人数多少', F('博士后在站人数突破1万人', [1, '万人']));
q('threshold', 'SD26', '山东人工智能核心产业营收多少', F('人工智能核心产业营收超过1200亿元', [1200, '亿元']));
q('threshold', 'SH26', '上海日均新增科技企业多少家', F('全市日均新增科技企业超过320家', [320, '家']));
q('threshold', 'ZJ25', '浙江24年415X集群营收多少', F('“415X”集群规上制造业企业营收突破9.5万亿元', [9.5, '万亿元']));
q('threshold', 'FJ25', '福建24年实有企业多少户', F('全省实有企业首次突破200万户', [200, '万户']));
q('threshold', 'AH25', '安徽24年科技型企业贷款余额多少', F('科技型企业贷款余额突破7500亿元', [7500, '亿元']));
q('threshold', 'AH26', '安徽存款余额多少', F('人民币存款、贷款余额连跨4个万亿元台阶、双双突破9万亿元', [9, '万亿元']));

// ---- 十四五 / 过去五年: five-year totals and averages -------------------------------------------------------------
q('five-year', 'AH26', '安徽十四五研发人员年均增长多少', F('研发人员总量年均增长11.2%', [11.2, '%']));
q('five-year', 'AH26', '安徽过去五年技术合同成交额年均增长多少', F('吸纳技术合同成交额年均增长51.3%', [51.3, '%']));
q('five-year', 'AH26', '皖十四五期间高价值发明专利年均增长多少', F('每万人高价值发明专利拥有量年均增长28%', [28, '%']));
q('five-year', 'FJ26', '福建十四五高价值发明专利增长多少', F('高价值发明专利较“十三五”时期增长148%', [148, '%']));
q('five-year', 'FJ26', '福建十四五期间认定省级高层次人才多少', F('认定省级高层次人才1.26万人', [1.26, '万人']));
q('five-year', 'FJ26', '小三通过去五年运送旅客多少', F('“小三通”客运航线运送旅客407.4万人次', [407.4, '万人次']));
q('five-year', 'GD26', '广东十四五国资监管企业资产增长多少', F('全省地方国资监管企业资产总额五年增长64.1%', [64.1, '%']));
q('five-year', 'GD26', '广东过去五年中欧班列开行增长多少', F('中欧班列开行数量增长39.6%', [39.6, '%']));
q('five-year', 'GD26', '港车北上澳车北上累计多少辆次', F('“港车北上”、“澳车北上”、“粤车南下”累计832万辆次', [832, '万辆次']));
q('five-year', 'GD26', '广东十四五处置批而未供土地多少', F('处置批而未供土地171.6万亩', [171.6, '万亩']));
q('five-year', 'GD26', '粤十四五基础教育公办学位增加多少', F('基础教育公办学位增加326万个', [326, '万个']));
q('five-year', 'SD26', '山东十四五GDP年均增长多少', F('全省地区生产总值年均增长5.9%、高于全国0.5个百分点', [5.9, '%']));
q('five-year', 'SD26', '山东十四五发明专利授权量累计多少', F('发明专利授权量累计26.2万件、实现翻番', [26.2, '万件']));
q('five-year', 'SH26', '上海十四五单位GDP能耗累计下降多少', F('单位生产总值能耗累计下降14%', [14, '%']));
q('five-year', 'SH26', '上海过去五年PM2.5下降多少', F('PM2.5年均浓度累计下降17%', [17, '%']));
q('five-year', 'SH26', '上海绿道累计多少公里', F('新建绿道137公里、累计达到2136公里', [2136, '公里']));
q('five-year', 'SH26', '上海去年新建绿道多少公里', F('新建绿道137公里、累计达到2136公里', [137, '公里']));
q('five-year', 'SH26', '上海高标准农田累计多少万亩', F('建成高标准农田8.9万亩、累计达到120.5万亩', [120.5, '万亩']));
q('five-year', 'SH26', '上海十四五实际使用外资累计多少', F('实际使用外资累计超过1000亿美元', [1000, '亿美元']));
q('five-year', 'BJ26', '北京十四五为经营主体减税降费多少', F('累计为经营主体减轻税费负担超4900亿元', [4900, '亿元']));
q('five-year', 'BJ26', '北京交通信号灯联网累计多少处', F('新增1000处信号灯联网、累计达8000处', [8000, '处']));
q('five-year', 'ZJ26', '浙江十四五化解矛盾纠纷多少件', F('累计化解各类矛盾纠纷1655万件', [1655, '万件']));

// ---- 连续N年 ------------------------------------------------------------------------------------------------
q('streak', 'BJ26', '北京农村居民收入增速连续几年快于城镇', F('农村居民收入增速连续8年快于城镇居民', [8, '年']));
q('streak', 'BJ26', '北京连续几年自然指数科研城市全球第一', F('北京连续9年稳居自然指数-科研城市全球榜首', [9, '年']));
q('streak', 'FJ26', '福建杂交水稻制种面积连续几年全国第一', F('杂交水稻制种面积连续8年全国第一', [8, '年']));
q('streak', 'FJ26', '福建粮食总产连续几年增长了', F('粮食播种面积、单产、总产连续6年增长', [6, '年']));
q('streak', 'FJ26', '闽农村居民收入增速连续多少年高于城镇', F('农村居民人均可支配收入增速连续15年高于城镇居民', [15, '年']));
q('streak', 'FJ26', '福建连续几年提高退休人员养老金', F('连续10年提高企业和机关事业单位退休人员基本养老金', [10, '年']));
q('streak', 'GD25', '广东24年区域创新能力连续几年全国第一', F('区域创新能力连续8年全国第一', [8, '年']));
q('streak', 'GD25', '广东GDP连续多少年全国第一', F('连续36年居全国首位', [36, '年']));
q('streak', 'GD26', '广东连续几年出生人口超百万', F('连续6年成为全国唯一出生人口超百万的省份', [6, '年']));
q('streak', 'JS26', '江苏实际使用外资连续几年全国第一', F('实际使用外资连续8年全国第一', [8, '年']));
q('streak', 'JS26', '苏两化融合连续多少年全国第一', F('两化融合发展水平指数连续11年全国第一', [11, '年']));
q('streak', 'JS26', '长江江苏段水质连续几年稳定在II类', F('长江干流江苏段水质连续8年稳定在II类', [8, '年']));
q('streak', 'JS26', '江苏群众安全感连续几年98%以上', F('群众安全感连续7年保持98%以上', [7, '年']));
q('streak', 'JS26', '江苏新增贷款连续几年全国第一', F('新增本外币贷款连续4年保持全国首位', [4, '年']));
q('streak', 'SD25', '山东农产品出口连续多少年全国第一', F('农产品出口连续26年全国第一', [26, '年']));
q('streak', 'SH26', '上海公众安全感连续几年双提升', F('公众安全感、满意度连续13年实现“双提升”', [13, '年']));

// ---- 占全国 / 占比 ----------------------------------------------------------------------------------------------
q('share', 'BJ25', '北京24年国家科学技术奖占全国多少', F('北京地区获评国家科学技术奖58项、占全国28.7%', [28.7, '%']));
q('share', 'FJ25', '福建杂交水稻制种面积占全国多少', F('杂交水稻制种面积占全国31.5%', [31.5, '%']));
q('share', 'GD25', '广东24年工业机器人产量占全国多少', F('工业机器人产量增长31.2%、占全国44%', [44, '%']));
q('share', 'GD25', '粤24年集成电路产量占全国比重', F('集成电路产量增长21%、占全国18%', [18, '%']));
q('share', 'GD26', '广东现代服务业占服务业比重多少', F('现代服务业增加值占服务业增加值比重达64.9%', [64.9, '%']));
q('share', 'GD25', '广东24年工业领域民间投资占比', F('工业领域民间投资占比55.3%', [55.3, '%']));
q('share', 'JS25', '江苏24年对共建国家进出口占全省多少', F('对共建国家进出口占全省比重提升至47.5%', [47.5, '%']));
q('share', 'JS25', '江苏24年战新产业产值占规上工业比重', F('工业战略性新兴产业产值占规上工业比重达41.8%', [41.8, '%']));
q('share', 'SD26', '山东护理型床位占比多少', F('护理型床位占比提升至76.4%', [76.4, '%']));
q('share', 'SH26', '上海工业战新产业占规上工业比重多少', F('工业战略性新兴产业总产值增长6.5%、占规模以上工业总产值比重提高到45%', [45, '%']));
q('share', 'ZJ26', '浙江县城常住人口占县域比重', F('县城常住人口占县域比重提升至63%', [63, '%']));
q('share', 'ZJ26', '浙江村集体经营性收入50万以上的村占比多少', F('村集体经济经营性收入50万元以上的行政村占比达68%', [68, '%']));
q('share', 'FJ26', '福建清洁能源装机比重多少', F('清洁能源装机比重达66.1%', [66.1, '%']));
q('share', 'AH25', '安徽24年高技术制造业占规上工业比重', F('高技术制造业增加值占规上工业比重16.1%、提高2.1个百分点', [16.1, '%']));

// ---- 全国第N位 ------------------------------------------------------------------------------------------------
q('rank', 'AH25', '安徽24年快递业务量全国第几', F('快递业务量突破60亿件、升至全国第7位', [7]));
q('rank', 'AH26', '安徽去年外贸增速全国排第几', F('进出口总额突破万亿元、增速居全国第5位', [5]));
q('rank', 'AH26', '安徽光储产业竞争力全国第几', F('光储产业综合竞争力居全国第3位', [3]));
q('rank', 'AH26', '安徽贷款余额增速全国第几', F('金融机构人民币贷款余额增速居全国第6位', [6]));
q('rank', 'AH26', '皖新能源汽车产量全国排第几', F('汽车、新能源汽车产量从全国第8位、第4位双双跃居第1位', [1]));
q('rank', 'AH25', '安徽24年人工智能产业全国排第几', F('人工智能产业发展评价居全国第6位', [6]));
q('rank', 'AH26', '安徽两化融合全国第几', F('“两化”融合发展水平从全国第15位升至第5位', [5]));
q('rank', 'AH26', '安徽科技型中小企业数全国排第几', F('科技型中小企业数增长4.9倍、从全国第13位升至第5位', [5]));
q('rank', 'ZJ26', '浙江区域创新能力全国第几', F('区域创新能力稳居全国第4位', [4]));

// ---- rate vs level: the same clause holds a level and a rate, or a rank -------------------------------------------
q('rate-level', 'GD25', '广东24年快递业务量多少', F('快递年业务量突破400亿件、增长19%', [400, '亿件']));
q('rate-level', 'GD25', '广东24年集成电路产量增长多少', F('集成电路产量增长21%、占全国18%', [21, '%']));
q('rate-level', 'SH26', '上海去年工业战新产业产值增长多少', F('工业战略性新兴产业总产值增长6.5%、占规模以上工业总产值比重提高到45%', [6.5, '%']));
q('rate-level', 'AH25', '安徽24年境内上市公司多少家', F('境内上市公司数量增至184家、居全国第7位', [184, '家']));
q('rate-level', 'ZJ26', '浙江国家先进制造业集群几个', F('国家先进制造业集群总数达8个、居全国第2位', [8, '个']));
q('rate-level', 'SD25', '山东24年国家级单项冠军多少个', F('国家级制造业单项冠军235个、居全国首位', [235, '个']));
q('rate-level', 'SD25', '山东24年核准和在建核电机组多少', F('核准和在建核电机组1003万千瓦、居全国第二位', [1003, '万千瓦']));
q('rate-level', 'JS25', '江苏24年新增贷款多少', F('新增本外币贷款2.36万亿元、居全国第一', [2.36, '万亿元']));
q('rate-level', 'JS25', '江苏24年获批上市的创新药几个', F('13个创新药获批上市、居全国第一', [13, '个']));
q('rate-level', 'GD25', '广东海上风电并网容量多少', F('全省海上风电并网容量超1200万千瓦、跃居全国首位', [1200, '万千瓦']));
q('rate-level', 'BJ25', '北京备案上线大模型多少款', F('备案上线大模型105款、稳居全国首位', [105, '款']));
q('rate-level', 'GD26', '广东去年服务机器人产量增长多少', F('服务机器人产量增长11.2%、占全国8成', [11.2, '%']));
q('rate-level', 'FJ26', '福建城乡居民基础养老金最低标准去年涨了多少', F('城乡居民基础养老金最低标准调增11.8%', [11.8, '%']));
q('rate-level', 'FJ26', '福建月最低工资标准多少', F('月最低工资标准平均数提高至2100元', [2100, '元']));
q('rate-level', 'GD26', '广东高铁运营里程多少', F('高铁运营总里程3411公里、跃居全国第一', [3411, '公里']));

// ---- targets vs results in the same report ------------------------------------------------------------------------
q('target-vs-result', 'SD25', '山东24年高速公路通车里程多少', F('高速公路通车里程突破8700公里', [8700, '公里']));
q('target-vs-result', 'SD25', '山东25年高速公路通车里程目标', F('高速公路通车里程突破9300公里', [9300, '公里']));
q('target-vs-result', 'SD26', '山东今年高铁里程要突破多少', F('高铁里程突破3400公里', [3400, '公里']));
q('target-vs-result', 'SD26', '山东今年机器人和智能装备产业规模目标', F('力争机器人和智能装备产业规模突破2000亿元', [2000, '亿元']));
q('target-vs-result', 'ZJ26', '浙江415X集群营收目标多少', F('到2030年“415X”集群营收突破13万亿元', [13, '万亿元']));

// ---- 不可答 ----------------------------------------------------------------------------------------------------
const nf = (question, why) => x('notfound', ['not-answerable', why], [], question, NF);
nf('河南十四五GDP年均增长多少', 'nf-place');
nf('湖南去年社零增长多少', 'nf-place');
nf('四川连续多少年粮食增产', 'nf-place');
nf('重庆24年出口占全国多少', 'nf-place');
nf('湖北十四五研发投入年均增长多少', 'nf-place');
nf('江苏2018年新增就业多少', 'nf-year');
nf('广东十二五期间GDP年均增长多少', 'nf-year');
nf('浙江2019年研发强度多少', 'nf-year');
nf('上海出生人口连续几年下降', 'nf-indicator');
nf('山东去年平均工资多少', 'nf-indicator');
nf('北京去年房地产开发投资增长多少', 'nf-indicator');
nf('浙江去年彩票销售额多少', 'nf-indicator');
nf('安徽去年二手房成交量多少', 'nf-indicator');

// ---------------------------------------------------------------------------------------------------------------
for (const c of cases) {
  const shapes = c.tags.filter((t) => SHAPES.includes(t));
  if (shapes.length !== 1) throw new Error(`${c.q}: shape tags ${shapes.join(',') || 'none'}`);
}
const failures = checkCases(cases);
const earlier = [...EARLIER_SETS, 'eval/fresh-g/g-tune.jsonl', 'eval/fresh-g/g-heldout.jsonl'];
for (const question of citesUsedElsewhere(cases, earlier)) failures.push(`${question}: its cite is another set's`);
if (failures.length) {
  console.error(`facts that do not hold:\n${failures.join('\n')}`);
  process.exit(1);
}
// Split per (report, shape): within each group the cases sorted by SHA-1 of their question and dealt alternately,
// the first to tune or heldout by the SHA-1 of the group's key. splitAndWrite keeps a side set here.
const hash = (s) => createHash('sha1').update(s).digest('hex');
// A case reworded after its first run keeps the side its first wording dealt it (a question with no year asked the
// 2025 report's figure while the 2026 report gives a later one: the bot was right, the case was not).
const FIRST_WORDING = { 上海24年浦东新区管理措施累计多少部: '上海浦东新区管理措施累计多少部', 上海24年上海品牌累计多少项: '上海品牌累计多少项' };
const splitKey = (c) => FIRST_WORDING[c.q] ?? c.q;
const groups = new Map();
for (const c of cases) {
  const key = `${c._reports[0] ?? 'none'}/${c.tags.find((t) => SHAPES.includes(t))}`;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(c);
}
// Groups in a fixed order; a group of one goes to the side opposite the previous single, so singles split evenly.
let nextSingle = 'tune';
for (const key of [...groups.keys()].sort()) {
  const list = groups.get(key).sort((p, r) => hash(splitKey(p)).localeCompare(hash(splitKey(r))));
  let first = hash(key)[0] < '8' ? 'tune' : 'heldout';
  if (list.length === 1) {
    first = nextSingle;
    nextSingle = nextSingle === 'tune' ? 'heldout' : 'tune';
  }
  list.forEach((c, n) => {
    c._side = n % 2 === 0 ? first : first === 'tune' ? 'heldout' : 'tune';
  });
}
const summary = splitAndWrite(cases, { dir: here, setPrefix: 'h', checkOnly: process.argv.includes('--check') });
summary.byShape = Object.fromEntries(SHAPES.map((s) => [s, [cases.filter((c) => c.tags.includes(s) && c._side === 'tune').length, cases.filter((c) => c.tags.includes(s) && c._side === 'heldout').length]]));
console.log(JSON.stringify(summary));
