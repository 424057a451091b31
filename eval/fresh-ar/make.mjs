#!/usr/bin/env node
// Writes the fresh-ar sets: eval/fresh-ar/ar-tune.jsonl and eval/fresh-ar/ar-heldout.jsonl.
//
//   node eval/fresh-l/make-corpus.mjs && node eval/fresh-ar/make.mjs [--check]
//
// A thirty-second held-out question set written BEFORE any fix, as fresh-m … fresh-aq, as analysts, officials and
// journalists type in Slack, without reading the bot's source and without running the bot to choose, reword or drop cases,
// over the fresh-l corpus (.cache/eval-corpus-l: the seed corpus, the 20 external work reports and the 云南 / 湖南 (Word)
// and 吉林 (PDF) 2025 reports).
//
// The rule, the five parts and the checks are fresh-ak's (its header in ../fresh-ak/make.mjs tells them whole), one set
// on: `last: 'aq'`, so fresh-aq's tune file is an earlier tune file, and no cite may meet fresh-ap's or fresh-aq's held-out
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
p('figure', 'ZJ26', '浙江去年平台企业的营收涨了多少', F('启动实施平台经济强省建设三年行动,平台企业营收增长7%以上', pct(7)), 'relative-year', 'colloquial', HF);
p('figure', 'ZJ26', '浙江去年工商业电价平均一度降了几分钱', F('全省工商业平均电价下降5分/千瓦时', [5, '分/千瓦时']), 'relative-year', 'colloquial', HF);
p('target', 'ZJ26', '浙江今年打算新增多少家雄鹰企业', F('形成金字塔型优质企业发展格局,新增雄鹰企业20家', [20, '家']), 'target', 'relative-year', HF);
p('target', 'ZJ25', '浙江去年民生实事 村道那条 计划改多少个行政村的', F('改造提升3000个行政村村道', [3000, '个']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'AH25', '安徽前年推出了几个皖美消费新场景', F('开展“徽动消费促进年”行动,推出皖美消费新场景100个', [100, '个']), 'relative-year', HF);
p('target', 'AH26', '安徽今年人工智能融合应用打算落地多少个', F('在科研、工业、农业、消费等领域应用落地3000个以上', [3000, '个']), 'target', 'relative-year', 'colloquial', HF);
p('target', 'BJ25', '北京去年计划让物业服务覆盖多少个老旧小区', F('健全物业管理体系,推动物业服务覆盖300个老旧小区', [300, '个']), 'target', 'relative-year', HF);
p('figure', 'BJ26', '北京去年抗洪那阵子出台了多少条防汛避险的硬措施', F('全力应对“25·7”区域性大洪水等自然灾害,制定实施30条防汛避险救灾硬措施', [30, '条']), 'relative-year', 'colloquial', HF);
p('figure', 'FJ26', '十四五收官时 福建居民医保住院报销比例到多少了', F('居民医保政策范围内住院报销比例达70%', pct(70)), 'plan-period', HF);
p('figure', 'GD25', '广东前年又多了几个国家县域商业建设行动县', F('启动环南昆山—罗浮山县镇村高质量发展引领区建设,新增9个国家县域商业建设行动县', [9, '个']), 'relative-year', HF);
p('figure', 'GD25', '广东前年新增的危险废物利用处置能力有多少', F('深入实施土壤污染源头防控行动,新增危险废物利用处置能力130万吨/年', [130, '万吨/年']), 'relative-year', HF);
p('target', 'GD26', '广东今年江海堤防的达标率要提到多少', F('做好粤东水资源优化配置工程(含龙颈水库扩建)前期工作,江海堤防达标率提高到80%以上', pct(80)), 'target', 'relative-year', HF);
p('figure', 'SD26', '山东去年出台了多少条支持乡村富民产业的措施', F('出台支持乡村富民产业发展20条措施', [20, '条']), 'relative-year', HF);
p('target', 'SD26', '山东今年康复救助残疾儿童的目标是多少人', F('加强重度残疾人托养照护服务工作,康复救助残疾儿童4万人以上', [4, '万人']), 'target', 'relative-year', HF);
p('target', 'SH25', '沪去年外环绿道要打通多少处断点', F('推进环城生态公园带建设,打通外环绿道断点45处以上', [45, '处']), 'target', 'relative-year', 'short-name', HF);
p('figure', 'SD25', '山东前年有多少项典型经验在全国推广了 便民热线那些', F('政务服务事项网上可办率90%以上,便民热线等19项典型经验在全国推广', [19, '项']), 'relative-year', 'colloquial', HF);
p('target', 'YN25', '云南去年选了多少件群众身边的突出生态环境问题重点攻坚', F('选取100件群众身边的突出生态环境问题进行重点攻坚办理', [100, '件']), 'target', 'relative-year', HF);
p('target', 'YN25', '云南去年产业投资占全部投资的比重要保持在多少以上', F('产业投资占全部投资比重保持在50%以上', pct(50)), 'target', 'relative-year', HF);
p('target', 'HN25', '湖南去年数字经济核心产业增加值定的增速是多少', F('力争产业规模突破万亿元,数字经济核心产业增加值增长15%', pct(15)), 'target', 'relative-year', HF);
p('target', 'JL25', '吉林去年计划改造多少条客运班线公交化线路', F('改造客运班线公交化线路120条', [120, '条']), 'target', 'relative-year', HF);
p('figure', 'HZ24', '杭州23年新增了几个城乡义务教育共同体', F('新增城乡义务教育共同体85个', [85, '个']), 'two-digit-year', 'short', HF);
p('figure', 'HZ24', '杭州23年完成改造的二次供水设施有多少个', F('二次供水设施改造完成303个', [303, '个']), 'two-digit-year', HF);
p('figure', 'HZ24', '杭州23年去境外招商派了多少个组团', F('开展“全球招商季”,赴国(境)外招商组团51个', [51, '个']), 'two-digit-year', 'colloquial', HF);
p('figure', 'GS23', '拱墅22年续建的安置房项目有多少个', F('统筹推进51个安置房项目续建', [51, '个']), 'two-digit-year', HF);
p('target', 'QT25', '钱塘25年计划办多少场焕新消费季这类活动', F('全年计划举办焕新消费季等系列活动20场次以上', [20, '场次']), 'target', 'two-digit-year', 'colloquial', HF);
p('figure', 'CN23', '23年政府工作报告说实现超低排放的煤电机组有多少千瓦', F('优化能源结构,实现超低排放的煤电机组超过10.5亿千瓦', [10.5, '亿千瓦']), 'two-digit-year', 'five-year-review', 'no-place', HF);
p('figure', 'CN25', '25年国务院报告 数字经济核心产业增加值占GDP的比重是多少', F('加快数字中国建设,数字经济核心产业增加值占国内生产总值比重达到10%左右', pct(10)), 'two-digit-year', 'no-place', 'abbreviation', 'approx', HF);
p('target', 'FJ25', '福建去年农村建设品质提升打算投多少钱', F('统筹推进农村改厕、生活垃圾和污水治理、村容村貌美化提升,完成农村建设品质提升投资260亿元以上', [260, '亿元']), 'target', 'relative-year', 'colloquial', HF);
p('figure', 'JS26', '江苏十四五这几年建成了多少个宜居宜业和美乡村', F('粮食年产量超760亿斤,建成3000多个宜居宜业和美乡村', [3000, '个']), 'plan-period', 'approx', HF);
// the asked figure is not the first of its sentence (checked below)
s('figure', 'ZJ26', '浙江人工智能核心产业去年营收增速多少', F('人工智能核心产业营收6800亿元左右、增长20%以上', pct(20)), 'relative-year', 'second-of-pair', HF);
s('figure', 'ZJ26', '浙江那17个重点传统制造业 去年增加值涨了多少', F('改造提升传统产业,17个重点传统制造业增加值增长5.3%', pct(5.3)), 'relative-year', 'after-other', HF);
s('figure', 'ZJ26', '十四五收官时浙江国家先进制造业集群的数量排全国第几', F('国家先进制造业集群总数达8个、居全国第2位', [2, '位']), 'plan-period', 'second-of-pair', HF);
s('figure', 'GD25', '前海前年建了几个集聚区 风投创投大宗商品贸易那些', F('建设国际风投创投、大宗商品贸易等18个集聚区', [18, '个']), 'relative-year', 'after-other', 'no-place', HF);
s('target', 'ZJ26', '浙江十五五末全员劳动生产率要到多少', F('全社会研发投入强度达到3.5%以上,全员劳动生产率达到30万元/人左右', [30, '万元/人']), 'target', 'plan-period', 'after-other', HF);
s('figure', 'AH25', '安徽前年战新产业占规上工业的比重提高了几个点', F('战略性新兴产业产值占规上工业比重43.6%、提高0.7个百分点', [0.7, '个百分点']), 'relative-year', 'second-of-pair', HF);
s('figure', 'SD25', '山东前年高新技术产业产值占比提高了多少', F('科技型中小企业达5万家,高新技术产业产值占比预计提高1.5个百分点左右', [1.5, '个百分点']), 'relative-year', 'after-other', 'approx', HF);
s('figure', 'FJ25', '福建前年企业职工基本养老保险新增参保多少人', F('连续3年提高城乡居民基础养老金、惠及549万人,企业职工基本养老保险新增参保85.6万人', [85.6, '万人']), 'relative-year', 'after-other', HF);
s('target', 'GD26', '广东今年养老机构护理员持证的要达到多少人', F('新增持证养老护理员超1500人,全省养老机构护理员持证人数达到4500人以上', [4500, '人']), 'target', 'relative-year', 'after-other', HF);
s('figure', 'CN23', '23年报告回顾五年 货物进出口总额突破了多少万亿', F('货物进出口总额年均增长8.6%,突破40万亿元', [40, '万亿元']), 'two-digit-year', 'five-year-review', 'second-of-pair', 'no-place', HF);
s('figure', 'QT25', '钱塘前年市级优秀制度创新案例有几项', F('省级自贸试验区最佳制度创新案例4项、市级优秀制度创新案例9项', [9, '项']), 'relative-year', 'after-other', 'short', HF);
s('target', 'BJ25', '北京去年果园提质增效的计划是多少亩', F('蔬菜产量稳定在200万吨左右,果园提质增效28万亩', [28, '万亩']), 'target', 'relative-year', 'after-other', HF);
s('target', 'QT25', '钱塘25年新农人总数要到多少', F('新增高技能人才3000名,“新农人”总数达6000人以上', [6000, '人']), 'target', 'two-digit-year', 'second-of-pair', 'short', HF);
s('figure', 'SH25', '上海前年新增了几个国家级中小企业特色产业集群', F('国家级中小企业特色产业集群5个', [5, '个']), 'relative-year', 'second-of-pair', HF);
s('target', 'YN25', '云南去年新型储能计划建成多少', F('核准在建抽水蓄能800万千瓦以上,建成新型储能200万千瓦以上', [200, '万千瓦']), 'target', 'relative-year', 'second-of-pair', 'short', HF);
s('figure', 'HZ24', '杭州23年有几家企业进了中国民营企业服务业100强', F('30家企业入选中国服务业企业500强,13家企业入选中国民营企业服务业100强', [13, '家']), 'two-digit-year', 'second-of-pair', HF);

// ---- 2. English questions ------------------------------------------------------------------------------------------
e('figure', 'CN23', "2023 work report: how much did china's power generation capacity grow over the five years?", F('发电装机容量增长40%以上', pct(40)), 'year', 'lowercase', 'five-year-review', 'no-place', HF);
e('figure', 'ZJ25', "zhejiang's common-prosperity demo zone: how many of its model practices did beijing circulate nationwide in 2024?", F('争取共同富裕领域国家改革试点7项,10项示范区典型经验获国家发文推广', [10, '项']), 'year', 'lowercase', HF);
e('figure', 'ZJ25', 'zhejiang 2024: county-seat population as a share of the whole county population?', F('支持县域产业特色化发展,县城人口占县域人口比重达62.1%', pct(62.1)), 'year', 'lowercase', HF);
e('target', 'ZJ26', 'zhejiang 2026: how many provincial high-tier service-industry innovation zones get upgraded?', F('推动21家省高能级服务业创新发展区提能升级', [21, '家']), 'target', 'year', 'lowercase', HF);
e('figure', 'AH25', 'anhui 2024: by how many points did manufacturing tech-upgrade investment growth beat the national rate?', F('制造业技改投资增长20.4%、高于全国12.4个百分点', [12.4, '个百分点']), 'year', 'lowercase', HF);
e('figure', 'AH26', "anhui, end of the 14th FYP: where does its manufacturing high-quality development index rank nationally?", F('历史性迈入工业大省行列,制造业高质量发展指数升至全国第6位', [6, '位']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('target', 'BJ25', 'beijing 2025 plan: how many key areas (wanping town etc) get their surroundings spruced up?', F('优化城市家具设置及管理,改善宛平城等12个重点区域周边环境面貌', [12, '个']), 'target', 'year', 'lowercase', 'pinyin', HF);
e('figure', 'CN22', '2021: inclusive loans to small & micro firms from banking institutions grew by how much?', F('银行业金融机构普惠小微企业贷款增长27.3%', pct(27.3)), 'year', 'lowercase', 'no-place', HF);
e('figure', 'FJ25', "fujian 2024: how many counties were named national model counties for 'four good rural roads'?", F('新开通2个高速公路出入口和18个服务区出入口,9个县获评“四好农村路”全国示范县', [9, '个']), 'year', 'lowercase', HF);
e('figure', 'FJ25', 'fujian end-2024: clean energy share of installed power capacity?', F('清洁能源装机比重超65%', pct(65)), 'year', 'lowercase', 'short', HF);
e('figure', 'GD25', "guangdong 2024: its 'sci-tech finance' package had how many articles?", F('出台“科技金融15条”', [15, '条']), 'year', 'lowercase', 'short', HF);
e('figure', 'GD25', 'gd 2024 services outsourcing contract value growth?', F('服务外包合同金额增长6%', pct(6)), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'GD26', "guangdong, 14th FYP: for how many years running was its strictest water-resources management rated excellent by the state council?", F('落实最严格水资源管理制度,连续4年获国务院考核优秀等次', [4, '年']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'JS25', "jiangsu: how many straight years had the yangtze mainstream's jiangsu stretch held class II water by 2024?", F('扎实开展长江大保护,长江干流江苏段水质连续7年保持II类', [7, '年']), 'year', 'lowercase', HF);
e('figure', 'JS26', "jiangsu 2025: new national 'two mountains' practice & innovation bases?", F('国家生态文明建设示范区、4个“两山”实践创新基地', [4, '个']), 'year', 'lowercase', 'short', HF);
e('figure', 'SD25', "shandong 2024: how many 'traction' integrated reforms (regrouping major S&T resources etc)?", F('组织实施重大科技创新资源重组等10项牵引性集成改革', [10, '项']), 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'SD26', 'shandong over the 14th FYP: its backbone AI firms grew how many-fold?', F('人工智能产业突破发展,骨干龙头企业超1100家、增长1.5倍', [1.5, '倍']), 'plan-period', 'lowercase', 'abbreviation', HF);
e('figure', 'SD25', "shandong 2024: intelligent computing as a share of computing power?", F('5G基站达到24.2万个,智能算力比例超过30%', pct(30)), 'year', 'lowercase', 'approx', HF);
e('target', 'SH25', "shanghai 2025 plan: strategic emerging + future industries' share of SOE group revenue — target?", F('推动战略性新兴产业和未来产业营业收入占比提高到30%左右', pct(30)), 'target', 'year', 'lowercase', 'abbreviation', HF);
e('figure', 'SH25', "shanghai 2024: first batch of 'five good, two suitable' model rural clusters — how many?", F('1.2万户相对集中居住农户入住新居,首批6个“五好两宜”和美乡村片区建设试点取得积极进展', [6, '个']), 'year', 'lowercase', HF);
e('figure', 'SH26', 'shanghai 2025: yangtze delta key cooperation items landing (unified-market pilot zone etc) — how many?', F('建设全国统一大市场先行区等12个重点合作事项加快落地', [12, '个']), 'year', 'lowercase', HF);
e('target', 'YN25', "yunnan's 2025 target for logistics costs as a share of GDP?", F('社会物流总费用与地区生产总值的比率降至15%左右', pct(15)), 'target', 'year', 'lowercase', 'abbreviation', 'approx', HF);
e('target', 'YN25', "yunnan 2025: practical things to do for businesses ('huiqi shishi') — how many?", F('推动厅局长坐诊、巡诊、上门问诊,抓好10件惠企实事', [10, '件']), 'target', 'year', 'lowercase', 'pinyin', HF);
e('target', 'ZJ25', 'zhejiang 2025: energy-use headroom to free up from existing users, in tonnes of standard coal?', F('有序推动能耗双控向碳排放双控转型,腾出存量用能空间500万吨标准煤以上', [500, '万吨标准煤']), 'target', 'year', 'lowercase', HF);
e('figure', 'HN25', "hunan's 'xiangyiban' app: monthly visits in 2024?", F('“湘易办”总用户数近3500万、月访问量保持在1000万人次以上', [1000, '万人次']), 'year', 'lowercase', 'pinyin', 'short', HF);
e('figure', 'JL25', 'jilin 2024: central government funds secured, at least?', F('争取各类中央资金1000亿元以上', [1000, '亿元']), 'year', 'lowercase', 'short', HF);
e('target', 'QT25', 'qiantang 2025: city-level future factories to cultivate?', F('力争数字经济核心产业占GDP比重达13%以上,培育市级未来工厂10家', [10, '家']), 'target', 'year', 'lowercase', 'short', HF);
e('figure', 'CN23', '2023 report: central transfer payments to old revolutionary, ethnic & border areas — up how much on five years earlier?', F('中央财政对相关地区转移支付资金比五年前增长66.8%', pct(66.8)), 'year', 'lowercase', 'five-year-review', 'no-place', HF);
e('figure', 'CN22', 'how many students were in school in china, per the 2022 work report?', F('我国有2.9亿在校学生', [2.9, '亿']), 'year', 'lowercase', 'no-place', HF);
e('figure', 'GD25', 'gd 2024: new provincial industrial parks?', F('加快建设“万亩千亿”产业平台,新增8个省产业园', [8, '个']), 'year', 'lowercase', 'abbreviation', 'short', HF);
e('figure', 'CN23', '2023 work report: administrative regulations made or revised over the five years?', F('提请全国人大常委会审议法律议案50件,制定修订行政法规180件次', [180, '件次']), 'year', 'lowercase', 'five-year-review', 'no-place', HF);
const nfe = (question, why, ...more) => x('notfound', ['english-ask', 'en', 'not-answerable-en', why, ...more], [], question, NF);
nfe('danba county (sichuan) — tourist arrivals last year?', 'nf-place', 'relative-year', 'lowercase', 'short');
nfe('yopurga county cotton output 2025, in tonnes', 'nf-place', 'year', 'lowercase', 'short');
nfe("what was hangzhou's population in 1925?", 'nf-year', 'year', 'lowercase', 'short');
nfe('How many violin schools are there in Suzhou?', 'nf-indicator');

// ---- 4a. trends, comparisons, rankings -----------------------------------------------------------------------------
// a trend cites the later year first (it leads)
f('trend', 'trend-ask', ['CN25', 'CN22'], '全国地级以上城市PM2.5平均浓度 21年降了多少 24年又降了多少', F(['地级及以上城市细颗粒物(PM2.5)平均浓度下降2.7%', ')平均浓度下降9.1%'], pct(2.7), pct(9.1)), 'two-digit-year', 'one-place-two-years', 'no-place', 'abbreviation', HF);
f('trend', 'trend-ask', ['AH26', 'AH25'], '安徽农村幸福院 去年和今年各计划建多少个 数变了没', F(['加强养老机构护理型床位建设,新增社区嵌入式养老服务机构110个、农村幸福院750个', '新改建农村公路2600公里,建设农村幸福院750个'], [750, '个'], [750, '个']), 'relative-year', 'target', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['BJ26', 'BJ25'], '北京社区微花园 去年和今年分别计划建几个', F(['新增城市金角银边100处、社区微花园50个', '统筹推进街区片区建设,共建社区微花园50个'], [50, '个'], [50, '个']), 'relative-year', 'target', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['ZJ26', 'ZJ25'], '浙江那套民营经济政策 前年落实的时候是多少条 今年迭代升级后还是这个数吗', F(['贯彻落实民营经济促进法,迭代升级我省“民营经济32条”', '大力促进民营经济高质量发展,全面落实民营经济32条政策'], [32, '条'], [32, '条']), 'relative-year', 'one-place-two-years', 'colloquial', HF);
f('trend', 'trend-ask', ['SH26', 'SH25'], '上海保障性租赁住房总量 原定十四五末到多少 去年底实际累计多少', F(['建设筹措保障性租赁住房7.4万套(间)、累计达到61万套(间)', '实现“十四五”末总量达到60万套(间)'], [61, '万套'], [60, '万套']), 'relative-year', 'plan-period', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['CN24', 'CN22'], '国务院提请全国人大常委会审议的法律议案 21年和23年各几件', F(['提请全国人大常委会审议法律议案10件,制定修订行政法规25部', '提请全国人大常委会审议法律议案10件,制定修订行政法规15部'], [10, '件'], [10, '件']), 'two-digit-year', 'one-place-two-years', 'no-place', HF);
f('trend', 'trend-ask', ['AH26', 'AH25'], '安徽湿地保护修复工程 去年计划做几处 最后完成了几处', F(['完成人工造林21.7万亩、湿地保护修复工程12处', '推行林地占补平衡管理,完成湿地保护修复工程12处'], [12, '处'], [12, '处']), 'relative-year', 'target', 'one-place-two-years', HF);
f('trend', 'trend-ask', ['SD26', 'SD25'], '山东财政民生支出占比 前年多少 十四五这五年总体稳在多少', F(['财政民生支出突破万亿元、占比稳定在80%左右', '财政民生支出首次突破万亿元、占比80%左右'], pct(80), pct(80)), 'relative-year', 'plan-period', 'one-place-two-years', 'approx', HF);
f('comparison', 'comparison-ask', ['AH25', 'SH25'], '前年普惠小微贷款增速 安徽和上海哪个快', F(['普惠小微企业贷款增长18.3%', '普惠小微贷款余额达到1.3万亿元、增长15%'], pct(18.3), pct(15)), 'two-places', 'which-higher', 'relative-year', HF);
f('comparison', 'comparison-ask', ['FJ25', 'HN25'], '去年新建基站的计划 福建和湖南谁定得多', F(['新建5G基站1.1万个', '新建7000个农村4G/5G基站'], [1.1, '万个'], [7000, '个']), 'two-places', 'which-higher', 'target', 'relative-year', HF);
f('comparison', 'comparison-ask', ['FJ25', 'JL25'], '去年空气优良天数比例的目标 福建和吉林谁定得高', F(['设区城市空气质量优良天数比例98%以上', '推进重点行业超低排放改造,空气优良天数保持在93%左右'], pct(98), pct(93)), 'two-places', 'which-higher', 'target', 'relative-year', HF);
f('comparison', 'comparison-ask', ['ZJ26', 'JS26'], '今年新建省级中试平台 浙江和江苏各打算搞几家 谁多', F(['新认定省级概念验证中心20家、省级中试平台10家', '30家标杆孵化器和10家省级制造业中试平台'], [10, '家'], [10, '家']), 'two-places', 'which-higher', 'target', 'relative-year', HF);
f('superlative', 'ranking-ask', 'HN25', '国考断面水质优良率在中部排第一的是哪个省', F('国考断面水质优良率达98.6%、居中部第1位', [1, '位']), 'across-reports', HF);
f('superlative', 'ranking-ask', 'GD26', '连续3年在新春第一个工作日开全省高质量发展大会的是哪个省', F('五年来,我们有效应对百年变局和世纪疫情,连续3年在新春首个工作日召开全省高质量发展大会', [3, '年']), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'SD25', '家庭农场 合作社这些农业经营主体总量全国第一的是哪个省', F('农业社会化服务组织总量居全国首位,85%以上农户参与农业产业化经营', pct(85)), 'across-reports', 'colloquial', HF);
f('superlative', 'ranking-ask', 'GD25', '低空经济集聚了全国三成以上产业链企业的是哪个省', F('低空经济集聚全国30%以上产业链企业', pct(30)), 'across-reports', HF);

// ---- 4b. several indicators, overviews, outlines --------------------------------------------------------------------
f('multi', 'multi-ask', 'HZ24', '杭州24年计划新建的美丽乡村特色村和未来乡村各多少个', F('提升和美乡村品质,新建美丽乡村特色村30个、未来乡村40个', [30, '个'], [40, '个']), 'target', 'two-digit-year', HF);
f('multi', 'multi-ask', 'GD26', '广东今年补贴性职业技能培训和新拿到职业资格证书的劳动者 各定了多少人次', F('开展补贴性职业技能培训超30万人次,技工院校招生规模超19万人,新增取得职业资格或技能等级证书的劳动者超30万人次', [30, '万人次'], [30, '万人次']), 'target', 'relative-year', HF);
f('multi', 'multi-ask', 'GD26', '广东今年孤独症这块 诊疗技术培训班办几期 康复专业技术人员培训多少人次', F('举办孤独症诊疗技术培训班超10期,组织孤独症儿童康复专业技术人员规范化培训超2000人次', [10, '期'], [2000, '人次']), 'target', 'relative-year', 'colloquial', HF);
f('multi', 'multi-ask', 'FJ25', '福建去年城市生活污水集中收集率和县级城市黑臭水体消除率 目标各是多少', F('设市城市生活污水集中收集率75%以上,县级城市黑臭水体消除率90%以上', pct(75), pct(90)), 'target', 'relative-year', HF);
f('multi', 'multi-ask', 'AH26', '安徽今年精品示范村和省级中心村各新增多少个', F('稳步开展全域土地综合整治,新增精品示范村200个、省级中心村800个左右', [200, '个'], [800, '个']), 'target', 'relative-year', HF);
f('overview', 'overview-ask', 'SH26', '上海去年经济总体咋样 一句话说说', { ...F('全市生产总值达到5.67万亿元、增长5.4%,好于预期'), lead: 5.67 }, 'relative-year', 'colloquial', 'short');
f('overview', 'overview-ask', 'BJ26', "beijing over the 14th five-year plan — how did the economy do, in a nutshell?", { ...F('地区生产总值年均增长5.2%,经济总量连续迈上4万亿、5万亿两个台阶'), lead: 5.2 }, 'en', 'plan-period', 'lowercase', 'short');
f('outline', 'outline-ask', 'JS25', '江苏25年政府工作报告里 当年的重点工作分哪几块', O('JS25'), 'two-digit-year');
f('outline', 'outline-ask', 'GS23', '拱墅23年的计划 主要任务有哪几条', O('GS23'), 'two-digit-year', 'short');
f('outline', 'outline-ask', 'CN25', "2025 government work report — what are the main tasks for the year, briefly?", O('CN25'), 'en', 'year', 'lowercase', 'no-place');

// ---- 5. not answerable (grep-checked absent from .cache/eval-corpus-l, the extracted texts and every earlier question) -
const nf = (question, why, ...more) => x('notfound', ['not-answerable', why, ...more], [], question, NF);
nf('色达去年接待了多少游客', 'nf-place', 'relative-year', 'short');
nf('炉霍前年的GDP是多少', 'nf-place', 'relative-year', 'short');
nf('康定25年城镇居民人均收入多少来着', 'nf-place', 'two-digit-year', 'colloquial');
nf('阿瓦提今年棉花种植面积目标定的多少', 'nf-place', 'relative-year', 'target');
nf('温宿前年新建了多少公里农村公路', 'nf-place', 'relative-year');
nf('沙雅去年红枣产量有多少', 'nf-place', 'relative-year', 'colloquial');
nf('皮山24年常住人口多少', 'nf-place', 'two-digit-year', 'short');
nf('麦盖提去年粮食总产量是多少', 'nf-place', 'relative-year');
nf('1904年南京有多少人口', 'nf-year', 'year', 'short');
nf('1914年天津有几所中学', 'nf-year', 'year', 'short');
nf('杭州现在有多少家卖糖葫芦的', 'nf-indicator', 'colloquial', 'short');
nf('江苏去年办了几场掼蛋比赛', 'nf-indicator', 'relative-year', 'colloquial');
nf('广州前年有多少支舞狮队', 'nf-indicator', 'relative-year', 'short');
nf('成都去年开了几场象棋公开赛', 'nf-indicator', 'relative-year');

// ---- 3. conversations, 3–4 turns (every turn after the first scored) --------------------------------------------------
const { conversations, conv, T } = conversationBook(cases, { notFound: x, figureCase: C, NF });
conv([
  T('浙江去年城市更新搞得怎么样'),
  T('城镇老旧小区开工改造了多少个', 'figure', 'ZJ26', F('开工改造城镇老旧小区196个', [196, '个']), 'elliptical', HF),
  T('保障性租赁住房呢 筹集了多少', 'figure', 'ZJ26', F('完成城市更新项目投资3696亿元,筹集建设保障性租赁住房15.6万套(间)', [15.6, '万套']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('广东前年农村人居环境'),
  T('村子里达到干净整洁标准的有几成', 'figure', 'GD25', F('基本建成129条乡村振兴示范带,90%以上村庄达到干净整洁村标准', pct(90)), 'elliptical', HF),
  T('自然村的生活污水治理到什么程度了', 'figure', 'GD25', F('村庄达到干净整洁村标准,自然村生活污水治理率提高到75%以上', pct(75)), 'elliptical', 'indicator-switch', 'short', HF),
  T('规模化供水工程在农村覆盖了多少', 'figure', 'GD25', F('自然村生活污水治理率提高到75%以上,农村规模化供水工程覆盖率提高到87%', pct(87)), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('福建去年城乡建设的计划'),
  T('城中村改造项目要开工筹集多少套', 'target', 'FJ25', F('打造城市片区更新、社区更新2类15个省级样板,开工筹集城中村改造项目5000套', [5000, '套']), 'elliptical', 'target', HF),
  T('城镇老旧小区准备改造多少户', 'target', 'FJ25', F('开工筹集城中村改造项目5000套,改造城镇老旧小区4.5万户', [4.5, '万户']), 'elliptical', 'target', 'indicator-switch', HF),
]);
conv([
  T('山东去年农业农村定了哪些目标'),
  T('农作物综合机械化率要到多少', 'target', 'SD25', F('推广多环节托管模式,综合机械化率达到92%以上', pct(92)), 'elliptical', 'target', HF),
  T('农村规模化供水率呢', 'target', 'SD25', F('完善农村供水县域统管,规模化供水率达到96%以上', pct(96)), 'elliptical', 'target', 'indicator-switch', 'short', HF),
]);
conv([
  T('上海去年城建和绿色转型的几项计划'),
  T('小区和道路积水点改造要做几个', 'target', 'SH25', F('深化海绵城市建设,实施18个小区、道路积水点改造', [18, '个']), 'elliptical', 'target', HF),
  T('淘汰落后产能呢 打算淘汰多少项', 'target', 'SH25', F('建立产品碳标识认证制度,淘汰落后产能400项', [400, '项']), 'elliptical', 'target', 'indicator-switch', 'topic-switch', HF),
]);
conv([
  T('安徽今年稳经济和营商环境这块'),
  T('省里拿出来稳经济的措施有几项', 'target', 'AH26', F('统筹安排省级财政资金350亿元以上,实施稳经济30项举措', [30, '项']), 'elliptical', 'target', HF),
  T('法治化营商环境的提升举措呢', 'target', 'AH26', F('实施法治化营商环境100项提升举措', [100, '项']), 'elliptical', 'target', 'indicator-switch', 'short', HF),
]);
conv([
  T('杭州23年服务业和物流企业'),
  T('进中国服务业企业500强的有几家', 'figure', 'HZ24', F('30家企业入选中国服务业企业500强', [30, '家']), 'elliptical', 'two-digit-year', HF),
  T('全国物流50强里杭州占了几家', 'figure', 'HZ24', F('出台现代物流业高质量发展若干意见,入选2023年度全国物流50强企业4家', [4, '家']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('钱塘去年争取上级资金的项目储备'),
  T('两重两新项目储备申报多少个', 'target', 'QT25', F('争取更多项目纳入上级政策盘子,储备申报“两重”“两新”项目70个', [70, '个']), 'elliptical', 'target', HF),
  T('地方政府专项债项目呢', 'target', 'QT25', F('储备申报“两重”“两新”项目70个、地方政府专项债项目15个', [15, '个']), 'elliptical', 'target', 'indicator-switch', 'short', HF),
]);
conv([
  T('拱墅22年社会救助兜底'),
  T('街道一级的助联体建了几家', 'figure', 'GS23', F('强化社会兜底保障,完成9家街道助联体建设', [9, '家']), 'elliptical', 'short', HF),
  T('各类慰问金一共发了多少', 'figure', 'GS23', F('累计发放保障金4585.6万元,各类慰问金2367.5万元', [2367.5, '万元']), 'elliptical', 'indicator-switch', HF),
]);
conv([
  T('24年国务院报告里社保提标那几项'),
  T('居民医保人均财政补助标准提高了多少', 'target', 'CN24', F('居民医保人均财政补助标准提高30元', [30, '元']), 'elliptical', 'target', 'two-digit-year', 'no-place', HF),
  T('城乡居民基础养老金的月最低标准呢', 'target', 'CN24', F('城乡居民基础养老金月最低标准提高20元', [20, '元']), 'elliptical', 'target', 'indicator-switch', 'no-place', HF),
]);
conv([
  T('广东前年科技创新平台建设'),
  T('新建了几家基础学科研究中心', 'figure', 'GD25', F('优化省实验室体系,新建5家基础学科研究中心', [5, '家']), 'elliptical', HF),
  T('省中试平台布局了几个', 'figure', 'GD25', F('推进大湾区国家技术创新中心建设,布局建设7个省中试平台', [7, '个']), 'elliptical', 'indicator-switch', 'short', HF),
]);
conv([
  T("fujian's reforms in 2025"),
  T("how many key 'get one thing done efficiently' items were rolled out?", 'figure', 'FJ26', F('600个高频事项实现“数据最多采一次”,53个“高效办成一件事”重点事项落地实施', [53, '个']), 'elliptical', 'en', 'lowercase', HF),
  T('and how many of its reform cases did the central reform office promote?', 'figure', 'FJ26', F('352项重要改革举措稳步实施,10项改革典型被中央改革办推介', [10, '项']), 'elliptical', 'en', 'lowercase', 'indicator-switch', HF),
]);
conv([
  T('广东今年十件民生实事 普通高中和县中那条'),
  T('普通高中学位今年能多出多少个', 'target', 'GD26', F('推进城乡人口流入多、学位紧缺地区的普通高中学位建设,增加学位超20万个', [20, '万个']), 'elliptical', 'target', 'colloquial', HF),
  T('and how many teacher-training colleges are backing county schools?', 'target', 'GD26', F('持续开展232所优质高中对县中的结对帮扶,强化12所师范(教师教育)院校对县域基础教育的纵向帮扶', [12, '所']), 'elliptical', 'en', 'lowercase', 'target', 'indicator-switch', HF),
]);
conv([
  T('今年农村公路提档升级的计划'),
  T('上海打算改造多少公里', 'target', 'SH26', F('改善规划非保留村人居环境,完成150公里农村公路提档升级改造', [150, '公里']), 'elliptical', 'target', 'relative-year', HF),
  T('那广东呢', 'target', 'GD26', F('组团式推进镇村片区建设,新培育2518个典型村,新建和改造提升农村公路2500公里', [2500, '公里']), 'elliptical', 'target', 'place-switch', 'short', HF),
]);
conv([
  T('浙江农村客运和客货邮融合线路'),
  T('去年计划开通多少条客货邮融合线路', 'target', 'ZJ25', F('新增农村物流综合性服务站点500个,开通客货邮融合线路100条以上', [100, '条']), 'elliptical', 'target', 'relative-year', HF),
  T('今年那几类线路加起来新增多少条', 'target', 'ZJ26', F('新增“固定班次+预约响应”山区城乡公交线路、城际巴士线路、客货邮融合线路共220条', [220, '条']), 'elliptical', 'target', 'relative-year', 'year-switch', HF),
]);
conv([
  T('湖南前年帮企业减退降税费超过多少亿'),
  T('不对 我想问的是全社会物流成本降了几个点', 'figure', 'HN25', F('推动减退降税费超560亿元、金融让利202亿元,全社会物流成本下降0.4个百分点', [0.4, '个百分点']), 'elliptical', 'self-correction', 'indicator-switch', 'colloquial', HF),
  T('and how many of its major matters made it into the central-region rise document?', 'figure', 'HN25', F('19个重大事项纳入新时代中部地区崛起文件', [19, '个']), 'elliptical', 'en', 'lowercase', 'indicator-switch', HF),
]);
conv([
  T('吉林去年乡村建设和装备制造'),
  T('百村示范村要打造多少个', 'target', 'JL25', F('打造“美丽乡村示范县”5个、“百村示范”村200个', [200, '个']), 'elliptical', 'target', HF),
  T('对了 那个氢能驱动的城际市域列车 时速是多少公里', 'target', 'JL25', F('加快氢能驱动时速250公里城际市域列车和氢能驱动有轨电车新产品研制应用', [250, '公里']), 'elliptical', 'target', 'topic-switch', 'colloquial', HF),
]);
conv([
  T('云南去年的惠民实事清单'),
  T('法律咨询服务要提供多少人次', 'target', 'YN25', F('为经济困难群众和符合法定条件的当事人提供法律咨询服务30万人次', [30, '万人次']), 'elliptical', 'target', HF),
  T('另外问下 广东今年农产品质量安全例行监测合格率目标多少', 'target', 'GD26', F('其中农兽药残留检测超9000批次,实现农产品质量安全例行监测合格率达98%以上', pct(98)), 'no-inherit', 'place-switch', 'target', 'relative-year', HF),
]);
conv([
  T('浙江前年县城人口占县域人口的比重'),
  T('那柯坪呢', 'notfound', [], NF, 'elliptical', 'place-switch', 'nf-place', 'short'),
  T('算了还是说浙江 前年有几所高水平大学在搞一校一策', 'figure', 'ZJ25', F('推动高等教育内涵式发展,12所高水平大学“一校一策”建设方案加快实施', [12, '所']), 'elliptical', 'after-not-found', 'relative-year', HF),
]);
conv([
  T("guangdong's industrial record over the 14th five-year plan"),
  T('of the 104 industrial products with national output data, in how many does guangdong hold over 10%?', 'figure', 'GD26', F('我省在全国占比超过10%的有44种', [44, '种']), 'elliptical', 'en', 'lowercase', 'plan-period', HF),
  T('and how many key projects did the 62 provincial support groups carry out?', 'figure', 'GD26', F('62个省级纵向支持组团实施重点项目1000多个', [1000, '个']), 'elliptical', 'en', 'lowercase', 'indicator-switch', 'approx', HF),
]);

// ---------------------------------------------------------------------------------------------------------------
// The set's not-answerable words: absent from every corpus file and extracted text (any case), and from every question of
// every other eval file; each asked by a not-answerable case.
const NF_WORDS = {
  色达: ['色达', 'Serthar'],
  炉霍: ['炉霍', 'Luhuo'],
  康定: ['康定', 'Kangding'],
  阿瓦提: ['阿瓦提'],
  温宿: ['温宿', 'Wensu'],
  沙雅: ['沙雅', 'Shaya'],
  皮山: ['皮山', 'Pishan'],
  麦盖提: ['麦盖提', 'Makit'],
  柯坪: ['柯坪', 'Kalpin'],
  danba: ['丹巴', 'Danba'],
  yopurga: ['岳普湖', 'Yopurga'],
  1904: ['1904'],
  1914: ['1914'],
  1925: ['1925'],
  糖葫芦: ['糖葫芦'],
  掼蛋: ['掼蛋'],
  舞狮: ['舞狮', 'lion dance'],
  象棋: ['象棋', 'chess'],
  violin: ['小提琴', 'violin'],
};

// Never a fact that fresh-ap's or fresh-aq's held-out file cites (the two most recent held-out halves), under the two
// cite checks' keys.
const NEWEST_HELD = ['eval/fresh-ap/ap-heldout.jsonl', 'eval/fresh-aq/aq-heldout.jsonl'];
checkNoNewestHeldFacts(cases, NEWEST_HELD, "fresh-ap's or fresh-aq's");

// The checks of fresh-ae's rule, then the deal as fresh-ad, per (report, shape), conversations whole; the cite checks over
// the earlier TUNE files only.
checkHeldoutFactSetAndWrite(cases, { shapes: SHAPES, conversations, dir: here, setPrefix: 'ar', last: 'aq', notAnswerableWords: NF_WORDS });
