#!/usr/bin/env node
// Writes the fresh-en2 English set, ALL HELD OUT: eval/fresh-en2/en2-heldout.jsonl.
//
//   node eval/fresh-en2/make.mjs [--check]
//
// A second set of English questions as Slack users write them (journalist, analyst-terse, non-native, all
// lowercase, a few typos; last year / this year / '24 / FY2025; possessives, plurals, abbreviations), over facts no
// earlier set cites, fresh-en included (checked by ../case-checks.mjs, which is not edited), each tagged with one
// indicator family; about 10 % not answerable. Today = 2026-12-01: this year = 2026, last year = 2025; a report of
// year N gives N−1's results and N's targets (checked per case on the report's text: the cite's section is the
// review, the five-year review or the plan). Written before any English fix of session 11 and scored only as a
// summary line, never read case by case: there is no tune half.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { caseBook, checkCases, citesUsedElsewhere, splitAndWrite } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { cases, x: add, F, NF } = caseBook();
const x = (intent, tags, reports, q, expect) => add(intent, ['english', ...tags], reports, q, expect);
const FAMILIES = ['output', 'trade', 'fdi', 'consumption', 'finance', 'investment', 'innovation', 'industry', 'enterprises', 'jobs', 'tourism', 'agriculture', 'energy', 'fiscal', 'people', 'not-answerable'];

// ---- output, services, platforms --------------------------------------------------------------------------
x('figure', ['output', 'terse', 'lowercase', 'relative-year'], ['ZJ26'], 'zhejiang platform companies revenue growth last year', F('平台企业营收增长7%以上', [7, '%']));
x('figure', ['output', 'journalist', 'relative-year', 'possessive'], ['AH26'], "How fast did Anhui's strategic emerging industries grow last year?", F('战略性新兴产业产值增长11.5%', [11.5, '%']));
x('figure', ['output', 'terse', 'lowercase', 'relative-year'], ['AH26'], 'anhui express delivery volume growth last year', F('快递业务量增长20.8%', [20.8, '%']));
x('figure', ['output', 'journalist', 'abbrev'], ['BJ26'], "How much did Beijing's IC industry grow in 2025?", F('集成电路产业规模增长超20%', [20, '%']));
x('figure', ['output', 'non-native', 'lowercase', 'relative-year', 'typo'], ['ZJ26'], 'how much is the total output of zhejiang local specialty industry chain last yaer', F('“土特产富”全产业链总产值达3420亿元', [3420, '亿元']));

// ---- trade, logistics ---------------------------------------------------------------------------------------
x('figure', ['trade', 'terse', 'lowercase'], ['AH25'], 'anhui new three exports growth 2024', F('“新三样”产品出口增长23.6%', [23.6, '%']));
x('figure', ['trade', 'journalist'], ['AH25'], 'How fast did cross-border e-commerce grow in Anhui in 2024?', F('跨境电商交易额增长24%左右', [24, '%']));
x('figure', ['trade', 'terse', 'two-digit-year'], ['JS25'], "Jiangsu cross-border e-commerce imports and exports growth '24", F('跨境电商平台进出口增长20.1%', [20.1, '%']));
x('figure', ['trade', 'journalist', 'count', 'plural'], ['JS25'], 'How many China-Europe Railway Express trains did Jiangsu run in 2024?', F('开行中欧班列2286列、增长7.7%', [2286, '列']));
x('figure', ['trade', 'terse', 'lowercase', 'five-year'], ['GD26'], 'guangdong china-europe freight trains growth over the past five years', F('中欧班列开行数量增长39.6%', [39.6, '%']));
x('figure', ['trade', 'non-native', 'lowercase', 'relative-year', 'count'], ['ZJ26'], 'how many trains yixinou china europe railway run last year', F('中欧班列(义新欧)开行3005列、增长14.7%', [3005, '列']));
x('figure', ['trade', 'journalist'], ['GD25'], 'How much did traffic on the Hong Kong-Zhuhai-Macao Bridge grow in 2024?', F('港珠澳大桥车流量增长90%', [90, '%']));
x('figure', ['trade', 'terse', 'lowercase', 'relative-year'], ['SD26'], 'shandong crude oil and bulk commodity imports growth last year', F('原油等大宗商品进口增长5.8%', [5.8, '%']));

// ---- fdi, taiwan --------------------------------------------------------------------------------------------
x('figure', ['fdi', 'journalist', 'count', 'relative-year'], ['FJ26'], 'How many new Taiwan-funded companies were set up in Fujian last year?', F('新设台企2612家', [2612, '家']));
x('figure', ['fdi', 'terse', 'fy'], ['FJ26'], 'Fujian actual use of Taiwan capital FY2025', F('实际使用台资7.24亿美元', [7.24, '亿美元']));

// ---- consumption, tourism, culture ----------------------------------------------------------------------------
x('figure', ['consumption', 'journalist', 'count', 'relative-year'], ['JS26'], 'How many first stores did Jiangsu attract last year?', F('引进首店1809家', [1809, '家']));
x('figure', ['consumption', 'terse', 'target', 'this-year', 'count'], ['AH26'], 'Anhui provincial-level first stores target this year', F('引进省级首店200家以上', [200, '家']));
x('figure', ['consumption', 'journalist', 'relative-year'], ['SH26'], "How much consumption did the Shanghai Museum's ancient Egypt exhibition drive last year?", F('带动城市综合消费350亿元', [350, '亿元']));
x('figure', ['tourism', 'terse', 'lowercase', 'relative-year'], ['FJ26'], 'fujian inbound visitors growth last year', F('入境人数增长18.1%', [18.1, '%']));
x('figure', ['tourism', 'journalist', 'count', 'relative-year'], ['BJ26'], 'How many large-scale events did Beijing host in 2025?', F('举办大型活动2295场、增长25.8%', [2295, '场']));
x('figure', ['tourism', 'non-native', 'lowercase', 'count'], ['BJ25'], 'how many people join ice and snow sports in beijing 2024', F('冰雪运动参与人次超630万', [630, '万']));
x('figure', ['tourism', 'terse', 'count', 'plural'], ['BJ25'], 'Beijing number of bookstores 2024', F('实体书店数量超2100家', [2100, '家']));

// ---- finance: loans, listings, bonds ---------------------------------------------------------------------------
x('figure', ['finance', 'terse', 'lowercase'], ['ZJ26'], 'zhejiang new loans 2025', F('各项贷款新增1.91万亿元', [1.91, '万亿元']));
x('figure', ['finance', 'terse', 'abbrev', 'relative-year'], ['ZJ26'], 'Zhejiang NPL ratio last year', F('全省不良贷款率0.83%', [0.83, '%']));
x('figure', ['finance', 'journalist', 'two-digit-year'], ['ZJ25'], "What was Zhejiang's non-performing loan ratio in '24?", F('全省不良贷款率0.75%', [0.75, '%']));
x('figure', ['finance', 'terse', 'lowercase'], ['GD25'], 'guangdong tech credit balance growth 2024', F('科技信贷余额增长23%', [23, '%']));
x('figure', ['finance', 'journalist', 'level'], ['AH25'], 'How large is the outstanding loan balance of tech companies in Anhui?', F('科技型企业贷款余额突破7500亿元', [7500, '亿元']));
x('figure', ['finance', 'journalist', 'count', 'plural'], ['BJ25'], 'How many companies are listed on the Beijing Stock Exchange?', F('北京证券交易所上市公司达262家', [262, '家']));
x('figure', ['finance', 'terse', 'lowercase', 'relative-year', 'count'], ['FJ26'], 'fujian new listed companies last year', F('新增境内外上市公司16家', [16, '家']));
x('figure', ['finance', 'non-native', 'lowercase', 'relative-year', 'count'], ['AH26'], 'how many merger and acquisition deal anhui completed last year', F('完成并购重组397起、1767.8亿元', [397, '起']));
x('figure', ['finance', 'terse', 'fy'], ['CN25'], 'China special treasury bonds for bank recapitalization FY2025', F('拟发行特别国债5000亿元', [5000, '亿元']));
x('figure', ['finance', 'journalist', 'possessive'], ['CN25'], "How big were China's foreign exchange reserves at the end of 2024?", F('外汇储备超过3.2万亿美元', [3.2, '万亿美元']));

// ---- investment ------------------------------------------------------------------------------------------------
x('figure', ['investment', 'journalist', 'relative-year'], ['ZJ26'], 'How much did Zhejiang invest in urban renewal projects last year?', F('完成城市更新项目投资3696亿元', [3696, '亿元']));
x('figure', ['investment', 'terse', 'count', 'relative-year'], ['ZJ26'], 'Zhejiang major industrial projects over 100 million yuan landed last year', F('全年共招引落地亿元以上重大产业项目3150个', [3150, '个']));
x('figure', ['investment', 'journalist', 'share'], ['GD25'], "What share of Guangdong's industrial investment was private in 2024?", F('工业领域民间投资占比55.3%', [55.3, '%']));
x('figure', ['investment', 'terse', 'lowercase'], ['FJ25'], 'fujian central budget investment secured 2024', F('争取中央预算内投资118.5亿元', [118.5, '亿元']));
x('figure', ['investment', 'terse', 'target', 'this-year', 'count'], ['JS26'], 'Jiangsu number of provincial major projects this year', F('抓好550个省重大项目', [550, '个']));
x('figure', ['investment', 'non-native', 'lowercase', 'target', 'this-year', 'count'], ['AH26'], 'how many key project anhui will start this year', F('全年开工重点项目2000个以上', [2000, '个']));

// ---- innovation -------------------------------------------------------------------------------------------------
x('figure', ['innovation', 'journalist', 'abbrev'], ['CN22'], "How much did Chinese companies' R&D spending grow in 2021?", F('企业研发经费增长15.5%', [15.5, '%']));
x('figure', ['innovation', 'terse', 'lowercase'], ['CN25'], 'china technology contract turnover growth 2024', F('技术合同成交额增长11.2%', [11.2, '%']));
x('figure', ['innovation', 'terse', 'two-digit-year'], ['JS25'], "Jiangsu technology contract value '24", F('技术合同成交额超5000亿元', [5000, '亿元']));
x('figure', ['innovation', 'terse', 'lowercase', 'typo'], ['AH25'], 'anhui intelligent computing power grwoth 2024', F('全省智能算力达1.6万P、增长130%', [130, '%']));
x('figure', ['innovation', 'journalist', 'target', 'this-year', 'count'], ['AH26'], 'How many new specialized and sophisticated SMEs does Anhui aim to add this year?', F('新增专精特新企业1000家左右', [1000, '家']));
x('figure', ['innovation', 'journalist', 'count', 'plural'], ['CN23'], 'How many specialized and innovative SMEs did China have in 2022?', F('专精特新中小企业达7万多家', [7, '万家']));

// ---- industry ------------------------------------------------------------------------------------------------------
x('figure', ['industry', 'terse', 'lowercase', 'relative-year'], ['SD26'], 'shandong lithium battery output growth last year', F('锂电池增长103.1%', [103.1, '%']));
x('figure', ['industry', 'journalist', 'plural', 'possessive'], ['SD26'], "How much did Shandong's industrial robot production grow in 2025?", F('工业机器人增长26.6%', [26.6, '%']));
x('figure', ['industry', 'terse', 'lowercase', 'relative-year'], ['SD26'], 'shandong integrated circuit wafers growth last year', F('集成电路圆片增长19.2%', [19.2, '%']));
x('figure', ['industry', 'journalist', 'relative-year', 'plural'], ['JS26'], "How much did output of green products like lithium batteries and wind turbines grow in Jiangsu last year?", F('锂离子动力电池、新能源汽车、风力发电机组等绿色产品产量均增长20%以上', [20, '%']));
x('figure', ['industry', 'journalist', 'abbrev', 'possessive'], ['CN23'], "How much did China's NEV sales grow in 2022?", F('新能源汽车销量增长93.4%', [93.4, '%']));
x('figure', ['industry', 'terse', 'count', 'plural'], ['SD26'], 'Shandong national manufacturing single champions', F('国家制造业单项冠军达到274家', [274, '家']));

// ---- enterprises --------------------------------------------------------------------------------------------------
x('figure', ['enterprises', 'journalist', 'count', 'plural'], ['FJ25'], 'How many enterprises does Fujian have?', F('全省实有企业首次突破200万户', [200, '万户']));
x('figure', ['enterprises', 'terse', 'five-year'], ['AH26'], "Anhui's market entities growth over the past five years", F('全省经营主体超850万户、增长45%', [45, '%']));
x('figure', ['enterprises', 'journalist', 'relative-year', 'typo'], ['SH25'], 'How much did Shanghai reduce burdens on busineses in 2024?', F('全年新增减负超过1160亿元', [1160, '亿元']));

// ---- jobs, people -------------------------------------------------------------------------------------------------
x('figure', ['jobs', 'journalist', 'count'], ['CN22'], 'How many college graduates did China expect in 2022?', F('今年高校毕业生超过1000万人', [1000, '万人']));
x('figure', ['jobs', 'terse', 'lowercase', 'count'], ['AH25'], 'anhui new high-skilled workers 2024', F('新增高技能人才41.7万人', [41.7, '万人']));
x('figure', ['people', 'terse', 'lowercase'], ['FJ25'], 'fujian urbanization rate 2024', F('城镇化率达71.8%', [71.8, '%']));
x('figure', ['people', 'non-native', 'lowercase', 'count', 'relative-year'], ['JS26'], 'how many babies get the childcare subsidy in jiangsu last year', F('育儿补贴惠及124万名婴幼儿', [124, '万名']));
x('figure', ['people', 'journalist', 'count', 'relative-year'], ['ZJ26'], 'How many units of affordable rental housing did Zhejiang provide last year?', F('筹集建设保障性租赁住房15.6万套', [15.6, '万套']));
x('figure', ['people', 'terse', 'target', 'this-year', 'count', 'abbrev'], ['BJ26'], 'Beijing new EV charging piles target this year', F('新建充电桩3万个', [3, '万个']));

// ---- energy ---------------------------------------------------------------------------------------------------------
x('figure', ['energy', 'journalist', 'relative-year'], ['AH25'], 'How much new solar power capacity did Anhui add in 2024?', F('新增光伏发电装机1088万千瓦', [1088, '万千瓦']));
x('figure', ['energy', 'terse', 'lowercase'], ['JS25'], 'jiangsu new energy storage capacity 2024', F('新型储能项目规模达665万千瓦', [665, '万千瓦']));
x('figure', ['energy', 'terse', 'lowercase', 'typo'], ['JS25'], 'jiangsu green electricty trading growth 2024', F('绿电交易量增长144%', [144, '%']));
x('figure', ['energy', 'journalist', 'share', 'possessive'], ['BJ25'], "What share of Beijing's electricity was green power in 2024?", F('绿色电力占比达到26%', [26, '%']));
x('figure', ['energy', 'terse', 'relative-year'], ['FJ26'], 'Fujian installed power capacity last year', F('电力装机达9789万千瓦、增长9.1%', [9789, '万千瓦']));
x('figure', ['energy', 'non-native', 'lowercase', 'share', 'five-year'], ['FJ26'], 'what percent of fujian power capacity is clean energy now', F('清洁能源装机比重达66.1%', [66.1, '%']));
x('figure', ['energy', 'journalist', 'five-year'], ['AH26'], "By how much did Anhui's energy consumption per unit of GDP fall over the 14th Five-Year Plan?", F('单位地区生产总值能耗下降17%', [17, '%']));
x('figure', ['energy', 'terse', 'lowercase', 'relative-year'], ['GD26'], 'guangdong industrial electricity cost reduction last year', F('工业企业用电成本下降6.8%', [6.8, '%']));
x('figure', ['energy', 'terse', 'target', 'this-year'], ['SD26'], 'Shandong non-fossil power capacity target this year', F('非化石能源装机达到1.5亿千瓦', [1.5, '亿千瓦']));

// ---- fiscal -----------------------------------------------------------------------------------------------------------
x('figure', ['fiscal', 'terse', 'lowercase'], ['SD25'], 'shandong new special bond funds 2024', F('争取新增专项债资金3903亿元', [3903, '亿元']));

// ---- agriculture -------------------------------------------------------------------------------------------------------
x('figure', ['agriculture', 'terse', 'five-year'], ['JS26'], 'Jiangsu high-standard farmland built in the 14th five-year plan', F('建设高标准农田1739万亩', [1739, '万亩']));
x('figure', ['agriculture', 'terse', 'target', 'fy'], ['BJ25'], 'Beijing vegetable output target FY2025', F('蔬菜产量稳定在200万吨左右', [200, '万吨']));

// ---- not answerable: place, year or indicator the reports do not hold ------------------------------------------------
x('notfound', ['not-answerable', 'nf-place', 'lowercase'], [], 'hainan tourism revenue 2024', NF);
x('notfound', ['not-answerable', 'nf-place', 'journalist', 'abbrev'], [], "What was Tianjin's GDP growth last year?", NF);
x('notfound', ['not-answerable', 'nf-indicator', 'journalist'], [], 'How many Apple stores are there in Beijing?', NF);
x('notfound', ['not-answerable', 'nf-indicator', 'terse', 'lowercase'], [], 'zhejiang youth unemployment rate', NF);
x('notfound', ['not-answerable', 'nf-year', 'journalist'], [], "What was Anhui's GDP growth in 2015?", NF);
x('notfound', ['not-answerable', 'nf-indicator', 'lowercase', 'relative-year'], [], 'shanghai new home prices change last year', NF);
x('notfound', ['not-answerable', 'nf-place', 'non-native', 'lowercase'], [], 'how many people live in wuhan', NF);
x('notfound', ['not-answerable', 'nf-indicator', 'journalist'], [], 'How many Michelin-starred restaurants does Shanghai have?', NF);

// -----------------------------------------------------------------------------------------------------------------------
for (const c of cases) {
  const families = c.tags.filter((t) => FAMILIES.includes(t));
  if (families.length !== 1) throw new Error(`${c.q}: family tags ${families.join(',') || 'none'}`);
}
const failures = checkCases(cases);
const others = ['natural/tune', 'natural/heldout', 'fresh/fresh-a', 'fresh/fresh-b', 'fresh/fresh-c', 'figures/tune', 'figures/heldout', 'figures2/tune', 'figures2/heldout', 'fresh-d/d-tune', 'fresh-d/d-heldout', 'fresh-e/e-tune', 'fresh-e/e-heldout', 'fresh-f/f-tune', 'fresh-f/f-heldout', 'fresh-g/g-tune', 'fresh-g/g-heldout', 'fresh-en/en-tune', 'fresh-en/en-heldout', 'conversations/c-tune', 'conversations/c-heldout'].map((f) => `eval/${f}.jsonl`);
for (const q of citesUsedElsewhere(cases, others)) failures.push(`${q}: its cite is another set's`);
if (failures.length) {
  console.error(`facts that do not hold:\n${failures.join('\n')}`);
  process.exit(1);
}
// Every case held out: splitAndWrite only numbers them here (checkOnly), the one file is written below.
for (const c of cases) c._side = 'heldout';
const summary = splitAndWrite(cases, { dir: here, setPrefix: 'en2', checkOnly: true });
if (!process.argv.includes('--check')) {
  const strip = ({ _reports, _side, ...c }) => c;
  writeFileSync(path.join(here, 'en2-heldout.jsonl'), `${cases.map((c) => JSON.stringify(strip(c))).join('\n')}\n`);
}
summary.byFamily = Object.fromEntries(FAMILIES.map((f) => [f, cases.filter((c) => c.tags.includes(f)).length]));
console.log(JSON.stringify({ total: summary.total, heldout: cases.length, byFamily: summary.byFamily, byTag: summary.byTag }));
