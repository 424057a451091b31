#!/usr/bin/env node
// Writes the fresh-en3 English sets: eval/fresh-en3/en3-tune.jsonl and eval/fresh-en3/en3-heldout.jsonl.
//
//   node eval/fresh-en3/make.mjs [--check]
//
// English questions as analysts and journalists ask them, written in session 12 BEFORE any fix of that session:
// plain words and synonyms the reports do not use ("vessels" for 船舶, "jobless rate", "metro network", "scrap",
// "revamp"), "how did X do", "what's the plan for", units in English, some lowercase and typos, and questions
// the reports cannot answer (places, years, indicators no report of the 26 holds; checked with grep on
// .cache/eval-corpus). Facts no other set cites (../case-checks.mjs). Today = 2026-12-01: this year = 2026, last
// year = 2025; a report of year N gives N−1's results and N's targets (each cite's section read on the report).
// The split is BY FACT: a fact's paraphrases share a group (its first cite) and stay on one side; within each
// family, groups sorted by SHA-1 and dealt alternately, the first to tune or heldout by the SHA-1 of the family.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseBook, checkCases, citesUsedElsewhere, EARLIER_SETS, splitAndWrite } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { cases, x: add, F, NF } = caseBook();
const x = (intent, tags, reports, q, expect) => add(intent, ['english', ...tags], reports, q, expect);
const FAMILIES = ['output', 'investment', 'innovation', 'industry', 'enterprises', 'jobs', 'social', 'housing', 'environment', 'energy', 'agriculture', 'transport', 'finance', 'government', 'not-answerable'];

// ---- output ------------------------------------------------------------------------------------------
x('figure', ['output', 'journalist', 'share', 'relative-year'], ['SD26'], "How much of Shandong's economic growth came from the service sector?", F('服务业对经济增长贡献率提升至59.1%', [59.1, '%']));
x('figure', ['output', 'terse', 'lowercase', 'target', 'five-year'], ['ZJ26'], 'zhejiang labour productivity goal for 2030', F('全员劳动生产率达到30万元/人左右', [30, '万元/人']));
x('figure', ['output', 'journalist', 'target', 'five-year'], ['BJ26'], "What's Beijing's target for output per worker in the next five-year plan?", F('全员劳动生产率达58万元/人左右', [58, '万元/人']));
x('figure', ['output', 'journalist', 'share'], ['CN25'], 'How much does China contribute to world economic growth?', F('对全球经济增长的贡献率保持在30%左右', [30, '%']));
x('figure', ['output', 'terse', 'lowercase', 'share'], ['GD26'], 'guangdong logistics costs as a share of gdp', F('社会物流总费用与地区生产总值的比率降至13.6%左右', [13.6, '%']));

// ---- investment ----------------------------------------------------------------------------------------
x('figure', ['investment', 'journalist', 'relative-year'], ['SD26'], 'How much money went into transport, energy and water infrastructure in Shandong last year?', F('交通、能源、水利完成投资5400多亿元', [5400, '亿元']));
x('figure', ['investment', 'journalist', 'target', 'this-year', 'plan'], ['SD26'], "What's the plan for Shandong's provincial key projects this year?", F('推进2000个省级重点项目、完成投资9800亿元以上', [9800, '亿元']));
x('figure', ['investment', 'terse', 'lowercase', 'target', 'this-year', 'english-unit'], ['SD26'], 'shandong key projects investment target 2026 in billion yuan', F('推进2000个省级重点项目、完成投资9800亿元以上', [9800, '亿元']));
x('figure', ['investment', 'terse', 'relative-year', 'english-unit'], ['ZJ26'], "Zhejiang 'thousand projects, trillion yuan' investment completed last year in trillion yuan", F('1596个“千项万亿”重大项目完成投资1.5万亿元', [1.5, '万亿元']));
x('figure', ['investment', 'journalist', 'relative-year'], ['ZJ26'], 'How did the investment completion rate of Zhejiang major projects look last year?', F('投资完成率125.5%', [125.5, '%']));

// ---- innovation --------------------------------------------------------------------------------------
x('figure', ['innovation', 'journalist', 'count'], ['JS26'], 'How many national key labs does Jiangsu lead?', F('牵头建设44家全国重点实验室', [44, '家']));
x('figure', ['innovation', 'journalist', 'relative-year', 'how-did'], ['SH26'], 'How did technology contract turnover in Shanghai do last year?', F('技术合同成交额达到6496.8亿元、增长24.9%', [6496.8, '亿元']));
x('figure', ['innovation', 'terse', 'lowercase', 'relative-year'], ['SH26'], 'shanghai tech deal volume 2025', F('技术合同成交额达到6496.8亿元、增长24.9%', [6496.8, '亿元']));
x('figure', ['innovation', 'journalist', 'english-unit'], ['SH26'], "How many billion dollars were Shanghai's biotech out-licensing deals worth?", F('生物医药海外授权交易255亿美元、占全球10%左右', [255, '亿美元']));
x('figure', ['innovation', 'journalist', 'relative-year'], ['BJ26'], 'How much technology did Beijing sell to Tianjin and Hebei last year?', F('北京输出到津冀技术合同成交额996亿元、增长18.1%', [996, '亿元']));
x('figure', ['innovation', 'terse', 'lowercase', 'five-year'], ['SD26'], 'shandong 5g base stations growth over five years', F('5G基站增长4.3倍', [4.3, '倍']));

// ---- industry ----------------------------------------------------------------------------------------
x('figure', ['industry', 'journalist', 'count'], ['GD26'], 'How many lighthouse factories does Guangdong have?', F('全球灯塔工厂增至10家', [10, '家']));
x('figure', ['industry', 'terse', 'lowercase', 'count'], ['JS26'], 'number of national advanced manufacturing clusters in jiangsu', F('国家先进制造业集群增至14个、实现设区市全覆盖', [14, '个']));
x('figure', ['industry', 'journalist', 'target', 'this-year'], ['ZJ26'], "What's Zhejiang's growth goal for its AI industry this year?", F('人工智能核心产业营收增长20%以上', [20, '%']));
x('figure', ['industry', 'journalist', 'count'], ['GD26'], "How many Guangdong companies are among the world's top 100 listed humanoid robot makers?", F('11家企业入选全球人形机器人上市公司百强', [11, '家']));
x('figure', ['industry', 'terse', 'lowercase', 'typo', 'count'], ['GD26'], 'guangdong humanoid robot firms in global top 100 lsit', F('11家企业入选全球人形机器人上市公司百强', [11, '家']));

// ---- enterprises ---------------------------------------------------------------------------------------
x('figure', ['enterprises', 'journalist', 'count', 'relative-year'], ['GD26'], 'How many new businesses were registered in Guangdong last year?', F('新登记经营主体320万户、增长13%', [320, '万户']));
x('figure', ['enterprises', 'journalist', 'count', 'target', 'this-year'], ['SD26'], 'How many unicorns, little giants and single champions does Shandong want to add this year?', F('新培育独角兽、小巨人、单项冠军企业300家以上', [300, '家']));
x('figure', ['enterprises', 'terse', 'lowercase', 'count', 'relative-year'], ['SH26'], 'new private businesses set up in shanghai last year', F('全年新设民营经营主体39.2万户', [39.2, '万户']));
x('figure', ['enterprises', 'journalist', 'count'], ['SH26'], 'How many licensed financial institutions are there in Shanghai?', F('在沪持牌金融机构增加到1813家', [1813, '家']));

// ---- jobs ------------------------------------------------------------------------------------------------
x('figure', ['jobs', 'journalist', 'count'], ['GD26'], 'How many workers from elsewhere have stable jobs in Guangdong?', F('4386万名异地务工人员在粤稳定就业', [4386, '万名']));
x('figure', ['jobs', 'journalist', 'target', 'this-year', 'count'], ['GD26'], 'How many college graduates does Guangdong hope to employ this year?', F('吸纳超100万名高校毕业生在粤就业创业', [100, '万名']));
x('figure', ['jobs', 'terse', 'lowercase', 'target', 'this-year', 'count'], ['SD26'], 'shandong young talent attraction goal this year', F('新集聚青年人才100万人左右', [100, '万人']));
x('figure', ['jobs', 'terse', 'lowercase', 'target', 'this-year'], ['SH26'], 'shanghai new jobs target for this year', F('城镇新增就业60万人以上', [60, '万人']));
x('figure', ['jobs', 'journalist', 'count', 'relative-year'], ['BJ26'], 'How many people who struggle to find work got jobs with help in Beijing last year?', F('精准帮扶7.2万名就业困难人员实现就业', [7.2, '万名']));
x('figure', ['jobs', 'terse', 'relative-year'], ['FJ26'], 'Fujian subsidised vocational training last year', F('开展补贴性职业技能培训28.69万人次', [28.69, '万人次']));

// ---- social: welfare, elderly, education, childcare ------------------------------------------------------
x('figure', ['social', 'journalist', 'count'], ['SD26'], "How many people does Shandong's long-term care insurance cover?", F('长期护理保险覆盖5634万人', [5634, '万人']));
x('figure', ['social', 'journalist', 'count'], ['ZJ26'], 'How many meal service points for seniors has Zhejiang built?', F('建成老年助餐点1.18万个', [1.18, '万个']));
x('figure', ['social', 'terse', 'lowercase', 'five-year'], ['JS26'], 'how much did jiangsu raise its minimum living allowance', F('城乡低保平均保障标准增长19.2%', [19.2, '%']));
x('figure', ['social', 'journalist', 'count', 'five-year'], ['SH26'], 'How many elderly care beds did Shanghai add over the past five years?', F('新增养老床位2.5万张、托育机构托额8.1万个', [2.5, '万张']));
x('figure', ['social', 'terse', 'relative-year', 'count'], ['BJ26'], 'Beijing home-based elderly care beds added last year', F('新增7701张家庭养老床位', [7701, '张']));
x('figure', ['social', 'journalist', 'share', 'relative-year'], ['FJ26'], 'What share of Fujian students got into regular high school last year?', F('普通高中录取率提升至72%', [72, '%']));
x('figure', ['social', 'terse', 'lowercase', 'relative-year'], ['FJ26'], 'fujian welfare payments for low-income and destitute people 2025', F('发放低保、特困等救助资金61.7亿元', [61.7, '亿元']));
x('figure', ['social', 'journalist', 'count', 'relative-year'], ['AH26'], 'How many families with babies received childcare subsidies in Anhui last year?', F('149.5万个婴幼儿所在家庭享受育儿补贴', [149.5, '万个']));
x('figure', ['social', 'terse', 'lowercase', 'target', 'this-year', 'count'], ['GD26'], 'guangdong childcare subsidy number of infants this year', F('为超300万名婴幼儿发放育儿补贴', [300, '万名']));

// ---- housing ---------------------------------------------------------------------------------------------
x('figure', ['housing', 'journalist', 'count', 'five-year'], ['GD26'], 'How many affordable homes did Guangdong provide over the past five years?', F('建设筹集保障性住房155.4万套', [155.4, '万套']));
x('figure', ['housing', 'terse', 'lowercase', 'count', 'five-year'], ['GD26'], 'old residential compounds renovated in guangdong over five years', F('开工改造城镇老旧小区1.1万个', [1.1, '万个']));
x('figure', ['housing', 'journalist', 'count'], ['SD26'], 'How many resettlement homes did Shandong start building for urban village redevelopment?', F('开工城中村改造安置住房14.1万套', [14.1, '万套']));
x('figure', ['housing', 'terse', 'target', 'this-year', 'count'], ['SD26'], 'Shandong resettlement flats to be handed over this year', F('城中村、棚户区改造安置房交付18万套以上', [18, '万套']));
x('figure', ['housing', 'journalist', 'count'], ['JS26'], 'How many unsold homes did Jiangsu clear with housing vouchers?', F('通过房票去化商品住宅超3.5万套', [3.5, '万套']));
x('figure', ['housing', 'terse', 'lowercase', 'count', 'five-year'], ['JS26'], 'jiangsu shantytown redevelopment homes completed 14th five-year plan', F('完成城镇棚户区改造73.5万套', [73.5, '万套']));
x('figure', ['housing', 'journalist', 'count', 'relative-year'], ['BJ26'], 'How many old residential compounds did Beijing finish revamping last year?', F('老旧小区改造完工1225个', [1225, '个']));
x('figure', ['housing', 'terse', 'lowercase', 'count', 'relative-year'], ['AH26'], 'anhui old neighborhoods upgraded last year', F('改造城中村和城市危旧房2.6万户、城镇老旧小区1129个', [1129, '个']));

// ---- environment -------------------------------------------------------------------------------------------
x('figure', ['environment', 'terse', 'lowercase', 'share'], ['GD26'], 'guangdong urban green space ratio', F('城市建成区绿地率达41.2%', [41.2, '%']));
x('figure', ['environment', 'journalist', 'share'], ['GD26'], "What share of Guangdong's state-monitored river sections have good water?", F('国考断面水质优良率提高到94.6%、全部达到IV类及以上', [94.6, '%']));
x('figure', ['environment', 'terse', 'share'], ['JS26'], 'Jiangsu surface water quality good share', F('地表水国考断面达到或优于III类水体比例达94.8%', [94.8, '%']));
x('figure', ['environment', 'terse', 'lowercase', 'five-year'], ['SD26'], 'shandong water use per unit of gdp reduction', F('万元生产总值用水量下降22%', [22, '%']));
x('figure', ['environment', 'journalist', 'five-year'], ['SD26'], 'How many mu of trees did Shandong plant in the past five years?', F('造林88万亩', [88, '万亩']));
x('figure', ['environment', 'terse', 'lowercase', 'relative-year'], ['BJ26'], 'beijing household waste recycling rate', F('生活垃圾回收利用率达43%', [43, '%']));
x('figure', ['environment', 'journalist', 'target', 'this-year', 'count', 'known-trip'], ['BJ26'], 'In how many housing compounds will Beijing install smart recycling machines this year?', F('在3000个小区设置智能回收机', [3000, '个']));
x('figure', ['environment', 'journalist', 'relative-year', 'count'], ['SH26'], 'How many old diesel trucks did Shanghai scrap last year?', F('淘汰国四柴油车4.6万辆', [4.6, '万辆']));
x('figure', ['environment', 'terse', 'lowercase', 'relative-year'], ['AH26'], 'anhui new forest planted last year', F('完成人工造林21.7万亩、湿地保护修复工程12处', [21.7, '万亩']));
x('figure', ['environment', 'journalist', 'share'], ['CN25'], 'What share of days had good air quality in Chinese cities in 2024?', F('优良天数比例上升至87.2%', [87.2, '%']));

// ---- energy ---------------------------------------------------------------------------------------------
x('figure', ['energy', 'terse', 'relative-year', 'english-unit'], ['SH26'], 'Shanghai new solar capacity last year in megawatts', F('新增光伏装机214万千瓦', [214, '万千瓦']));
x('figure', ['energy', 'journalist', 'relative-year'], ['ZJ26'], 'How much did Zhejiang cut electricity prices for businesses last year?', F('全省工商业平均电价下降5分/千瓦时', [5, '分/千瓦时']));
x('figure', ['energy', 'journalist', 'target', 'this-year'], ['BJ26'], 'How much green electricity will Beijing bring in from other regions this year?', F('外调绿电规模达450亿千瓦时', [450, '亿千瓦时']));
x('figure', ['energy', 'terse', 'lowercase', 'share'], ['CN25'], 'china clean power share of electricity generation 2024', F('非化石能源发电量占总发电量的比重接近40%', [40, '%']));
x('figure', ['energy', 'journalist', 'share'], ['SD26'], "What share of Shandong's power generation comes from non-fossil sources?", F('非化石能源发电量、用电量占比均超过30%', [30, '%']));

// ---- agriculture ----------------------------------------------------------------------------------------
x('figure', ['agriculture', 'journalist', 'relative-year'], ['FJ26'], 'How much high-standard farmland did Fujian build or upgrade last year?', F('新建和改造高标准农田71.21万亩', [71.21, '万亩']));
x('figure', ['agriculture', 'terse', 'lowercase'], ['GD25'], 'guangdong high-standard farmland built 2024', F('新建和改造提升112万亩高标准农田', [112, '万亩']));
x('figure', ['agriculture', 'terse', 'share'], ['GD25'], 'Guangdong contribution of agricultural technology progress 2024', F('农业科技进步贡献率73%', [73, '%']));
x('figure', ['agriculture', 'terse', 'lowercase', 'share'], ['AH26'], 'anhui agricultural tech contribution rate', F('农业科技进步贡献率67.5%', [67.5, '%']));

// ---- transport: ports, vessels, rail, air, roads -------------------------------------------------------------
x('figure', ['transport', 'journalist', 'count'], ['SD26'], "How many berths for 10,000-ton vessels do Shandong's coastal ports have?", F('沿海港口万吨级以上泊位达到404个', [404, '个']));
x('figure', ['transport', 'journalist', 'count', 'relative-year'], ['FJ26'], 'How many township vessels did Fujian bring under supervision last year?', F('10.73万艘乡镇船舶全面纳管', [10.73, '万艘']));
x('figure', ['transport', 'journalist', 'count', 'relative-year'], ['GD26'], "How many people crossed Guangdong's border checkpoints last year?", F('口岸出入境人员达5.2亿人次、增长13.2%', [5.2, '亿人次']));
x('figure', ['transport', 'terse', 'lowercase', 'count'], ['GD26'], 'guangdong international air routes destinations', F('民航国际及地区通航点增至159个', [159, '个']));
x('figure', ['transport', 'journalist', 'relative-year', 'how-did'], ['GD26'], 'How did rail freight do in Guangdong last year?', F('铁路货运量达10042万吨、增长4.2%', [10042, '万吨']));
x('figure', ['transport', 'terse', 'lowercase', 'typo', 'relative-year'], ['GD26'], 'guangdong raliway cargo volume 2025', F('铁路货运量达10042万吨、增长4.2%', [10042, '万吨']));
x('figure', ['transport', 'journalist', 'target', 'this-year', 'count'], ['GD26'], 'How many drone takeoff and landing sites will Guangdong build this year?', F('新建低空起降设施2500个、汽车充电设施50万个以上', [2500, '个']));
x('figure', ['transport', 'terse', 'lowercase', 'target', 'this-year', 'count'], ['GD26'], 'guangdong ev charging points to be built this year', F('新建低空起降设施2500个、汽车充电设施50万个以上', [50, '万个']));
x('figure', ['transport', 'journalist', 'count'], ['SD26'], 'How many cars are there in Shandong now?', F('汽车保有量由2552万辆增至3230万辆', [3230, '万辆']));
x('figure', ['transport', 'terse', 'lowercase', 'count'], ['SD26'], 'electric vehicles on the road in shandong', F('其中新能源汽车由45万辆增至356万辆', [356, '万辆']));
x('figure', ['transport', 'journalist', 'count'], ['SH26'], "How long is Shanghai's metro network?", F('全市运营线路总长达到906公里', [906, '公里']));
x('figure', ['transport', 'terse', 'lowercase', 'count'], ['SH26'], 'shanghai port first in the world to pass what yearly container throughput', F('上海港成为全球首个年吞吐量超过5000万标准箱的世界大港', [5000, '万标准箱']));
x('figure', ['transport', 'terse', 'count'], ['GD25'], 'Nansha port container volume 2024', F('南沙港集装箱吞吐量突破2000万标箱', [2000, '万标箱']));
x('figure', ['transport', 'journalist', 'count', 'relative-year'], ['BJ26'], 'How many parking spaces were added in central Beijing last year?', F('中心城区新增机动车停车位5万余个', [5, '万个']));

// ---- finance ------------------------------------------------------------------------------------------------
x('figure', ['finance', 'journalist', 'relative-year'], ['GD26'], 'How fast did manufacturing loans grow in Guangdong last year?', F('制造业贷款余额、科技贷款余额均增长11.7%', [11.7, '%']));
x('figure', ['finance', 'terse', 'lowercase', 'target', 'this-year'], ['ZJ26'], 'zhejiang loan renewals without repaying principal target this year', F('新增无还本续贷5000亿元以上', [5000, '亿元']));
x('figure', ['finance', 'journalist', 'target', 'this-year', 'english-unit'], ['ZJ26'], 'By how many billion yuan does Zhejiang plan to cut costs for businesses this year?', F('为经营主体减负2500亿元以上', [2500, '亿元']));
x('figure', ['finance', 'journalist', 'five-year'], ['AH26'], 'How much did loans to tech companies in Anhui grow?', F('科技型企业贷款余额增长4.5倍', [4.5, '倍']));
x('figure', ['finance', 'journalist'], ['CN25'], 'How much did households save on mortgage interest each year after the rate cuts?', F('居民存量房贷利息年支出减少约1500亿元', [1500, '亿元']));
x('figure', ['finance', 'terse', 'english-unit'], ['GD25'], 'Guangdong intellectual property pledge financing 2024 in billion yuan', F('知识产权质押融资突破3000亿元', [3000, '亿元']));

// ---- government services ----------------------------------------------------------------------------------
x('figure', ['government', 'journalist', 'relative-year', 'known-trip'], ['AH26'], "By how much did Anhui cut processing time for 'get one thing done' services?", F('办理时限压缩65%', [65, '%']));
x('figure', ['government', 'terse', 'lowercase'], ['AH26'], 'anhui fewer trips to government offices percentage', F('平均跑动次数减少93%', [93, '%']));
x('figure', ['government', 'journalist', 'relative-year'], ['BJ26'], "How much time did Beijing's 'one thing' reforms save on average?", F('平均压减时间58%、材料52%', [58, '%']));
x('figure', ['government', 'journalist', 'relative-year'], ['ZJ26'], 'By how much did Zhejiang reduce inspections of companies last year?', F('全省涉企检查事项精简26.8%', [26.8, '%']));

// ---- not answerable: place, year or indicator none of the 26 reports holds (grep on .cache/eval-corpus) -----
x('notfound', ['not-answerable', 'nf-place', 'relative-year'], [], "What was Hubei's GDP growth last year?", NF);
x('notfound', ['not-answerable', 'nf-place', 'lowercase'], [], 'henan grain output 2025', NF);
x('notfound', ['not-answerable', 'nf-place', 'relative-year'], [], 'Heilongjiang soybean output last year', NF);
x('notfound', ['not-answerable', 'nf-place', 'lowercase'], [], 'yunnan tourism revenue 2024', NF);
x('notfound', ['not-answerable', 'nf-place', 'terse'], [], 'Jilin fixed asset investment growth', NF);
x('notfound', ['not-answerable', 'nf-year'], [], "What was Zhejiang's GDP in 2015?", NF);
x('notfound', ['not-answerable', 'nf-year', 'lowercase'], [], 'jiangsu exports 2010', NF);
x('notfound', ['not-answerable', 'nf-indicator'], [], 'What is the average monthly wage in Beijing?', NF);
x('notfound', ['not-answerable', 'nf-indicator'], [], "What's Shanghai's birth rate?", NF);
x('notfound', ['not-answerable', 'nf-indicator', 'count'], [], 'How many Michelin-starred restaurants are there in Guangdong?', NF);
x('notfound', ['not-answerable', 'nf-indicator', 'lowercase', 'relative-year'], [], 'guangdong youth unemployment rate last year', NF);
x('notfound', ['not-answerable', 'nf-indicator', 'lowercase'], [], 'shandong divorce rate 2025', NF);
x('notfound', ['not-answerable', 'nf-indicator'], [], 'How much bitcoin does Fujian hold?', NF);

// ---------------------------------------------------------------------------------------------
for (const c of cases) {
  const families = c.tags.filter((t) => FAMILIES.includes(t));
  if (families.length !== 1) throw new Error(`${c.q}: family tags ${families.join(',') || 'none'}`);
}
const failures = checkCases(cases);
const others = [...EARLIER_SETS, 'eval/fresh-g/g-tune.jsonl', 'eval/fresh-g/g-heldout.jsonl', 'eval/fresh-h/h-tune.jsonl', 'eval/fresh-h/h-heldout.jsonl', 'eval/fresh-en/en-tune.jsonl', 'eval/fresh-en/en-heldout.jsonl', 'eval/fresh-en2/en2-heldout.jsonl', 'eval/conversations/c-tune.jsonl', 'eval/conversations/c-heldout.jsonl', 'eval/trips/t-tune.jsonl', 'eval/trips/t-heldout.jsonl'];
for (const q of citesUsedElsewhere(cases, others)) failures.push(`${q}: its cite is another set's`);
if (failures.length) {
  console.error(`facts that do not hold:\n${failures.join('\n')}`);
  process.exit(1);
}
// Split BY FACT per family: a group is a fact (the case's first cite; the question for a refusal), so its
// paraphrases stay on one side. Within each family, groups sorted by SHA-1 and dealt alternately, the first to
// tune or heldout by the SHA-1 of the family name. A known trip (reported before the set was written) goes to tune.
const hash = (s) => createHash('sha1').update(s).digest('hex');
const groupOf = (c) => (c.cite ? c.cite[0] : c.q);
for (const family of FAMILIES) {
  const members = cases.filter((c) => c.tags.includes(family));
  const groups = [...new Set(members.map(groupOf))].sort((p, q) => hash(p).localeCompare(hash(q)));
  const first = hash(family)[0] < '8' ? 'tune' : 'heldout';
  const side = new Map(groups.map((g, n) => [g, n % 2 === 0 ? first : first === 'tune' ? 'heldout' : 'tune']));
  for (const c of members) c._side = c.tags.includes('known-trip') ? 'tune' : side.get(groupOf(c));
}
const summary = splitAndWrite(cases, { dir: here, setPrefix: 'en3', checkOnly: process.argv.includes('--check') });
summary.byFamily = Object.fromEntries(FAMILIES.map((f) => [f, [cases.filter((c) => c.tags.includes(f) && c._side === 'tune').length, cases.filter((c) => c.tags.includes(f) && c._side === 'heldout').length]]));
console.log(JSON.stringify(summary));
