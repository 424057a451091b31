#!/usr/bin/env node
// Writes the fresh-en single-turn English sets: eval/fresh-en/en-tune.jsonl and eval/fresh-en/en-heldout.jsonl.
//
//   node eval/fresh-en/make.mjs [--check]
//
// English questions as people write them (journalist, analyst-terse, non-native, all lowercase; last year / this
// year / '24 / FY2025; possessives, plurals, abbreviations GDP R&D NEV FDI SOE SME CPI), over facts no earlier set
// cites (checked by ../case-checks.mjs), each asking one indicator FAMILY (FAMILIES below) as a level, growth,
// share, count, rank, target or result; about 10 % not answerable. Today = 2026-12-01: this year = 2026, last
// year = 2025; a report of year N gives N−1's results and N's targets (checked per case on the report's text).
// The split deals each family's cases alternately by SHA-1 of their question, so both halves hold every family.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseBook, checkCases, citesUsedElsewhere, splitAndWrite } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { cases, x: add, F, NF } = caseBook();
const x = (intent, tags, reports, q, expect) => add(intent, ['english', ...tags], reports, q, expect);
const FAMILIES = ['output', 'trade', 'fdi', 'consumption', 'income', 'investment', 'innovation', 'industry', 'enterprises', 'jobs', 'tourism', 'agriculture', 'energy', 'fiscal', 'prices', 'not-answerable'];

// ---- output: services, sectors ------------------------------------------------------------------
x('figure', ['output', 'journalist', 'relative-year', 'possessive'], ['ZJ26'], "How much did Zhejiang's services sector grow last year?", F('服务业增加值增长5.8%', [5.8, '%']));
x('figure', ['output', 'terse', 'lowercase'], ['SD25'], 'shandong services value added 2024', F('服务业增加值达5.23万亿元、增长5.4%', [5.23, '万亿元']));
x('figure', ['output', 'terse', 'relative-year'], ['ZJ26'], 'Zhejiang financial sector value added growth last year', F('金融业增加值增长7.9%', [7.9, '%']));
x('figure', ['output', 'non-native', 'lowercase', 'relative-year'], ['ZJ26'], 'how fast grew the software and IT services in zhejiang last year', F('软件和信息技术服务业增加值增长9.6%', [9.6, '%']));
x('figure', ['output', 'journalist', 'share'], ['GD26'], "What share of Guangdong's services value added comes from modern services?", F('现代服务业增加值占服务业增加值比重达64.9%', [64.9, '%']));
x('figure', ['output', 'journalist', 'five-year'], ['SD26'], "By how much did Shandong's private economy value added grow over the 14th Five-Year Plan?", F('民营经济增加值增长31.6%', [31.6, '%']));
x('figure', ['output', 'terse', 'abbrev', 'share'], ['CN25'], "China digital economy core industries share of GDP 2024", F('数字经济核心产业增加值占国内生产总值比重达到10%左右', [10, '%']));
x('figure', ['output', 'journalist', 'relative-year'], ['JS26'], "How much did revenue of Jiangsu's above-scale service firms grow last year?", F('规上工业增加值、规上服务业营收分别增长6.5%和7%', [7, '%']));

// ---- trade: exports, foreign trade ----------------------------------------------------------------
x('figure', ['trade', 'journalist', 'relative-year', 'possessive'], ['FJ26'], "Did Fujian's foreign trade fall last year?", F('进出口下降5.4%', [5.4, '%']));
x('figure', ['trade', 'terse', 'lowercase'], ['FJ25'], 'fujian exports growth 2024', F('出口增长5.3%', [5.3, '%']));
x('figure', ['trade', 'journalist', 'possessive'], ['ZJ26'], "How much did Zhejiang's exports grow in 2025?", F('外贸出口增长7.2%', [7.2, '%']));
x('figure', ['trade', 'journalist', 'two-digit-year', 'possessive'], ['ZJ25'], "What was the value of Zhejiang's goods exports in '24?", F('货物贸易出口达3.9万亿元、增长9.5%', [3.9, '万亿元']));
x('figure', ['trade', 'terse', 'lowercase', 'relative-year'], ['SH26'], 'shanghai export growth last year', F('其中出口增长10.8%', [10.8, '%']));
x('figure', ['trade', 'journalist', 'relative-year'], ['AH26'], 'How much did Anhui exports rise last year?', F('出口逆势增长17.8%', [17.8, '%']));
x('figure', ['trade', 'terse', 'lowercase'], ['SD26'], "shandong 'new three' exports growth", F('“新三样”出口增长37%', [37, '%']));
x('figure', ['trade', 'journalist', 'relative-year'], ['SH26'], "How fast did Shanghai's exports of the new three products grow last year?", F('“新三样”产品出口增长17.4%', [17.4, '%']));
x('figure', ['trade', 'terse', 'lowercase', 'level'], ['JS26'], 'jiangsu new three exports value', F('“新三样”出口规模达8536亿元', [8536, '亿元']));
x('figure', ['trade', 'journalist', 'abbrev'], ['CN24'], "How much did China's exports of EVs, lithium batteries and solar products grow in 2023?", F('电动汽车、锂电池、光伏产品“新三样”出口增长近30%', [30, '%']));
x('figure', ['trade', 'journalist', 'share'], ['JS26'], "What share of Jiangsu's foreign trade is with Belt and Road countries?", F('对共建“一带一路”国家进出口占比首次超50%', [50, '%']));
x('figure', ['trade', 'non-native', 'lowercase', 'share'], ['JS25'], 'what share of jiangsu exports come from foreign invested firms in 2024', F('民营企业、外资企业出口分别占全省的50.6%、41.9%', [41.9, '%']));
x('figure', ['trade', 'terse', 'lowercase'], ['SD26'], 'shandong exports to non-us markets growth', F('对非美市场出口增长8.4%', [8.4, '%']));
x('figure', ['trade', 'journalist', 'rank'], ['AH26'], "Where does Anhui's foreign trade growth rank nationally?", F('进出口总额突破万亿元、增速居全国第5位', [5]));
x('figure', ['trade', 'journalist', 'count'], ['SD25'], 'For how many years in a row has Shandong led China in agricultural exports?', F('农产品出口连续26年全国第一', [26, '年']));
x('figure', ['trade', 'terse', 'five-year'], ['GD26'], "Guangdong's trade growth with Belt and Road countries over the past five years", F('对共建“一带一路”国家进出口增长38%', [38, '%']));

// ---- fdi: foreign investment ----------------------------------------------------------------------
x('figure', ['fdi', 'journalist', 'relative-year', 'count'], ['GD26'], 'How many new foreign-funded firms were set up in Guangdong last year?', F('新设外资企业3.6万家、增长38.7%', [3.6, '万家']));
x('figure', ['fdi', 'terse', 'lowercase', 'relative-year'], ['BJ26'], 'beijing new foreign enterprises growth last year', F('新设外资企业数量增长19.5%', [19.5, '%']));
x('figure', ['fdi', 'terse', 'abbrev'], ['FJ25'], 'Fujian new FIEs growth 2024', F('新设外商投资企业增长9.7%', [9.7, '%']));
x('figure', ['fdi', 'non-native', 'lowercase', 'count'], ['AH25'], 'how many new foreign invested companies in anhui in 2024', F('新设外商投资企业606家', [606, '家']));
x('figure', ['fdi', 'journalist', 'abbrev', 'five-year'], ['SH26'], "What was Shanghai's cumulative actual FDI over the 14th Five-Year Plan?", F('实际使用外资累计超过1000亿美元', [1000, '亿美元']));
x('figure', ['fdi', 'journalist', 'abbrev', 'count'], ['JS26'], 'How many years in a row has Jiangsu ranked first in China for FDI?', F('实际使用外资连续8年全国第一', [8, '年']));
x('figure', ['fdi', 'terse', 'lowercase'], ['AH25'], 'anhui outbound investment growth 2024', F('全省对外投资增长12.3%', [12.3, '%']));
x('figure', ['fdi', 'journalist'], ['SD25'], 'How much investment did the foreign projects Shandong signed in 2024 involve?', F('累计签约外资项目217个、总投资258亿美元', [258, '亿美元']));

// ---- consumption: retail sales, trade-ins -------------------------------------------------------------
x('figure', ['consumption', 'journalist', 'possessive'], ['CN25'], "How much did China's home appliance retail sales grow in 2024?", F('家电类商品零售额增长12.3%', [12.3, '%']));
x('figure', ['consumption', 'terse', 'lowercase'], ['AH25'], 'anhui online retail sales of physical goods growth 2024', F('实物商品网上零售额增长11.1%', [11.1, '%']));
x('figure', ['consumption', 'terse', 'relative-year'], ['BJ26'], 'Beijing services consumption growth last year', F('服务消费增长5%', [5, '%']));
x('figure', ['consumption', 'journalist', 'possessive', 'share'], ['JS26'], "What is consumption's contribution to Jiangsu's economic growth?", F('消费对经济增长贡献率提升至55%左右', [55, '%']));
x('figure', ['consumption', 'terse', 'lowercase', 'share'], ['JS26'], 'share of services in jiangsu household consumption spending', F('服务性消费支出占居民人均消费支出比重达46.3%', [46.3, '%']));
x('figure', ['consumption', 'journalist', 'relative-year'], ['FJ26'], "How much consumption did Fujian's trade-in program drive last year?", F('带动消费791亿元', [791, '亿元']));
x('figure', ['consumption', 'journalist', 'relative-year'], ['AH26'], "How much in sales did Anhui's consumer goods trade-in generate last year?", F('消费品以旧换新带动销售额762亿元', [762, '亿元']));
x('figure', ['consumption', 'terse', 'lowercase', 'two-digit-year'], ['AH25'], "anhui trade-in sales '24", F('消费品以旧换新带动汽车、家电等销售550.6亿元', [550.6, '亿元']));
x('figure', ['consumption', 'terse', 'relative-year'], ['JS26'], 'Jiangsu warehouse membership stores retail sales growth last year', F('限上仓储会员店、集合店零售额合计增长15.7%', [15.7, '%']));
x('figure', ['consumption', 'journalist', 'target'], ['CN25'], 'How much in ultra-long special treasury bonds did China set aside for consumer trade-ins in 2025?', F('安排超长期特别国债3000亿元支持消费品以旧换新', [3000, '亿元']));
x('figure', ['consumption', 'terse', 'lowercase', 'relative-year'], ['ZJ26'], 'zhejiang trade-in subsidy funds last year', F('争取消费品以旧换新政策资金266.5亿元', [266.5, '亿元']));

// ---- income: disposable income, urban/rural ---------------------------------------------------------
x('figure', ['income', 'journalist', 'possessive'], ['ZJ25'], "What was Zhejiang's urban-rural income ratio in 2024?", F('城乡居民收入倍差缩小至1.83', [1.83]));
x('figure', ['income', 'terse', 'lowercase', 'level'], ['ZJ26'], 'zhejiang per capita disposable income', F('全体居民人均可支配收入突破7万元', [7, '万元']));
x('figure', ['income', 'journalist', 'plural'], ['ZJ25'], "How much did low-income farm households' income rise in Zhejiang in 2024?", F('低收入农户人均可支配收入增长11.1%', [11.1, '%']));
x('figure', ['income', 'terse', 'lowercase', 'five-year'], ['JS26'], 'jiangsu disposable income average annual growth 14th five-year plan', F('人均可支配收入年均增长6%', [6, '%']));
x('figure', ['income', 'journalist', 'five-year'], ['SH26'], 'What was the average annual growth of household income in Shanghai over the past five years?', F('居民人均可支配收入年均增长5%', [5, '%']));
x('figure', ['income', 'journalist', 'five-year', 'plural'], ['SD26'], "By how much did Shandong residents' disposable income grow over the 14th Five-Year Plan?", F('居民人均可支配收入增长34.3%', [34.3, '%']));
x('figure', ['income', 'journalist', 'count'], ['BJ26'], "For how many years has Beijing's rural income grown faster than urban income?", F('农村居民收入增速连续8年快于城镇居民', [8, '年']));
x('figure', ['income', 'non-native', 'lowercase'], ['ZJ26'], 'how big is the urban rural income gap of zhejiang now', F('收入倍差从1.96缩小至1.81', [1.81]));
x('figure', ['income', 'journalist', 'share'], ['ZJ26'], 'What share of Zhejiang villages have collective operating income above 500,000 yuan?', F('村集体经济经营性收入50万元以上的行政村占比达68%', [68, '%']));

// ---- investment: fixed assets, manufacturing, private, projects --------------------------------------
x('figure', ['investment', 'terse', 'lowercase'], ['FJ25'], 'fujian fixed asset investment growth 2024', F('固定资产投资增长3.9%', [3.9, '%']));
x('figure', ['investment', 'journalist', 'relative-year', 'possessive'], ['FJ26'], "How did Fujian's fixed-asset investment change last year?", F('固定资产投资下降3.3%', [3.3, '%']));
x('figure', ['investment', 'terse', 'relative-year'], ['FJ26'], 'Fujian infrastructure investment growth last year', F('基础设施投资增长5.6%', [5.6, '%']));
x('figure', ['investment', 'terse', 'lowercase', 'fy'], ['FJ26'], 'fujian industrial investment growth FY2025', F('工业投资增长6.1%', [6.1, '%']));
x('figure', ['investment', 'journalist', 'possessive', 'level'], ['GD25'], "How big was Guangdong's industrial investment in 2024?", F('工业投资超1.5万亿元、增长6.7%', [1.5, '万亿元']));
x('figure', ['investment', 'terse', 'lowercase'], ['GD25'], 'guangdong technological upgrading investment growth 2024', F('技改投资增长11.5%', [11.5, '%']));
x('figure', ['investment', 'journalist'], ['AH25'], "What was Anhui's manufacturing investment growth in 2024?", F('制造业投资增长13.3%、连续48个月保持两位数增长', [13.3, '%']));
x('figure', ['investment', 'terse', 'lowercase'], ['CN25'], 'china manufacturing investment growth 2024', F('制造业投资增长9.2%', [9.2, '%']));
x('figure', ['investment', 'journalist', 'possessive'], ['CN25'], "How much did China's equipment purchase investment grow in 2024?", F('设备购置投资增长15.7%', [15.7, '%']));
x('figure', ['investment', 'journalist'], ['SD25'], 'How fast did private investment grow in Shandong in 2024?', F('民间投资增长7.6%', [7.6, '%']));
x('figure', ['investment', 'terse', 'lowercase', 'relative-year'], ['ZJ26'], 'zhejiang private investment growth last year', F('民间项目投资增长4.6%', [4.6, '%']));
x('figure', ['investment', 'journalist', 'share'], ['JS26'], "What share of Jiangsu's investment is private?", F('民间投资占比稳定在60%以上', [60, '%']));
x('figure', ['investment', 'terse', 'relative-year', 'abbrev'], ['AH26'], 'Anhui high-tech services investment growth last year', F('高技术服务业投资增长16.4%', [16.4, '%']));
x('figure', ['investment', 'terse', 'lowercase', 'target', 'this-year'], ['GD26'], 'guangdong investment growth target this year', F('全年投资增长5%左右', [5, '%']));
x('figure', ['investment', 'journalist', 'relative-year'], ['SH26'], 'How much did Shanghai invest in major projects last year?', F('重大工程投资完成2510.1亿元、增长5.3%', [2510.1, '亿元']));
x('figure', ['investment', 'terse', 'target', 'fy'], ['SH26'], 'Shanghai major projects investment target FY2026', F('全年完成重大工程投资2550亿元', [2550, '亿元']));
x('figure', ['investment', 'terse', 'lowercase', 'relative-year'], ['JS26'], 'jiangsu major provincial projects investment completed last year', F('省重大项目完成投资达7290亿元', [7290, '亿元']));
x('figure', ['investment', 'journalist'], ['FJ26'], "How much investment did Fujian's key provincial projects complete in 2025?", F('1550个省重点项目完成投资7398亿元', [7398, '亿元']));
x('figure', ['investment', 'terse', 'target', 'this-year'], ['ZJ26'], 'Zhejiang major projects annual investment plan this year', F('安排首批“千项万亿”重大项目1678个、年度投资1.1万亿元', [1.1, '万亿元']));

// ---- innovation: R&D, patents, high-tech enterprises ------------------------------------------------
x('figure', ['innovation', 'terse', 'abbrev'], ['ZJ25'], 'Zhejiang R&D intensity 2024', F('全社会研发投入强度预计达3.2%', [3.2, '%']));
x('figure', ['innovation', 'terse', 'lowercase', 'abbrev', 'target'], ['ZJ25'], 'zhejiang r&d intensity target 2025', F('全年研发投入强度达3.3%左右', [3.3, '%']));
x('figure', ['innovation', 'terse', 'abbrev', 'target'], ['BJ26'], "Beijing's R&D spending share target in the 15th Five-Year Plan", F('全社会研发投入占比6%以上', [6, '%']));
x('figure', ['innovation', 'terse', 'lowercase', 'abbrev'], ['SD25'], 'shandong R&D spending growth 2024', F('全社会研发投入增长9.4%', [9.4, '%']));
x('figure', ['innovation', 'journalist', 'abbrev', 'five-year', 'possessive'], ['SD26'], "What was Shandong's average annual R&D growth over the past five years?", F('全社会研发投入年均增长11.5%、高于全国1个百分点', [11.5, '%']));
x('figure', ['innovation', 'journalist', 'abbrev'], ['FJ25'], 'How much did Fujian spend on R&D in 2024?', F('全社会研发投入预计超1200亿元', [1200, '亿元']));
x('figure', ['innovation', 'terse', 'lowercase', 'abbrev', 'target'], ['FJ25'], 'fujian r&d spending growth target for 2025', F('全社会研发投入增长8%以上', [8, '%']));
x('figure', ['innovation', 'journalist', 'relative-year'], ['ZJ26'], 'How much did Zhejiang invest in science and technology innovation last year?', F('全省科技创新投入7232亿元、增长5.6%', [7232, '亿元']));
x('figure', ['innovation', 'terse', 'plural'], ['JS25'], 'Jiangsu invention patents per 10,000 people', F('万人发明专利拥有量74.5件', [74.5, '件']));
x('figure', ['innovation', 'journalist', 'possessive', 'plural'], ['SD25'], "How much did Shandong's invention patent grants grow in 2024?", F('发明专利授权量增长15.4%', [15.4, '%']));
x('figure', ['innovation', 'terse', 'lowercase', 'five-year'], ['SD26'], 'shandong invention patents granted total over 14th five-year plan', F('发明专利授权量累计26.2万件、实现翻番', [26.2, '万件']));
x('figure', ['innovation', 'terse', 'two-digit-year'], ['FJ25'], "Fujian high-value invention patents growth '24", F('高价值发明专利增长23.8%', [23.8, '%']));
x('figure', ['innovation', 'journalist', 'count', 'plural'], ['SH25'], 'How many high-tech enterprises did Shanghai have in 2024?', F('高新技术企业达到2.5万家', [2.5, '万家']));
x('figure', ['innovation', 'non-native', 'lowercase', 'target', 'count'], ['ZJ25'], 'how many new high-tech enterprises zhejiang plan to certify in 2025', F('新认定高新技术企业5000家', [5000, '家']));
x('figure', ['innovation', 'terse', 'lowercase', 'five-year', 'count'], ['SD26'], 'how many high-tech firms did shandong add in five years', F('高新技术企业5年增加2万多家', [2, '万家']));
x('figure', ['innovation', 'terse', 'target', 'this-year', 'count'], ['SD26'], 'Shandong above-scale high-tech enterprises target this year', F('力争规上高新技术企业达到1.8万家', [1.8, '万家']));
x('figure', ['innovation', 'journalist', 'abbrev', 'share', 'possessive'], ['AH25'], "What share of Anhui's R&D spending comes from businesses?", F('企业研发投入占全社会比重达81.3%', [81.3, '%']));
x('figure', ['innovation', 'terse', 'lowercase', 'five-year', 'abbrev'], ['AH26'], 'anhui r&d personnel annual growth', F('研发人员总量年均增长11.2%', [11.2, '%']));
x('figure', ['innovation', 'journalist', 'count'], ['SH26'], 'How many new tech companies are set up in Shanghai every day?', F('全市日均新增科技企业超过320家', [320, '家']));

// ---- industry: industrial output, products ----------------------------------------------------------
x('figure', ['industry', 'terse', 'lowercase'], ['AH25'], 'anhui integrated circuit output growth 2024', F('集成电路产量增长47.4%', [47.4, '%']));
x('figure', ['industry', 'journalist', 'possessive', 'plural'], ['AH25'], "How much did Anhui's industrial robot output grow in 2024?", F('工业机器人产量增长81.4%', [81.4, '%']));
x('figure', ['industry', 'terse', 'lowercase', 'abbrev'], ['GD25'], 'guangdong nev output growth 2024', F('新能源汽车产量增长43%、占全国1/4', [43, '%']));
x('figure', ['industry', 'journalist', 'abbrev', 'relative-year', 'possessive'], ['GD26'], "How much did Guangdong's NEV production grow last year?", F('新能源汽车产量增长27.7%', [27.7, '%']));
x('figure', ['industry', 'terse', 'two-digit-year', 'plural'], ['GD25'], "Guangdong smartphone production growth in '24", F('智能手机产量增长12.5%、占全国超4成', [12.5, '%']));
x('figure', ['industry', 'terse', 'lowercase', 'relative-year', 'plural'], ['GD26'], 'guangdong service robots output growth last year', F('服务机器人产量增长11.2%、占全国8成', [11.2, '%']));
x('figure', ['industry', 'journalist', 'abbrev', 'relative-year', 'plural'], ['SD26'], 'How many NEVs did Shandong produce last year?', F('新能源汽车超过110万辆', [110, '万辆']));
x('figure', ['industry', 'terse', 'abbrev', 'target', 'this-year'], ['SD26'], 'Shandong NEV output target this year', F('力争产量突破120万辆', [120, '万辆']));
x('figure', ['industry', 'non-native', 'lowercase', 'abbrev', 'plural'], ['SH25'], 'how many new nevs registered in shanghai in 2024', F('新能源汽车新上牌26.5万辆', [26.5, '万辆']));
x('figure', ['industry', 'journalist', 'plural'], ['BJ25'], 'How many new energy vehicles were produced in Beijing in 2024?', F('在京生产新能源汽车约30万辆', [30, '万辆']));
x('figure', ['industry', 'terse', 'relative-year'], ['AH26'], "Anhui high-tech manufacturing value added growth last year", F('高技术制造业增加值增长30.4%、连续24个月保持两位数增长', [30.4, '%']));
x('figure', ['industry', 'terse', 'lowercase', 'relative-year'], ['AH26'], 'anhui electronic information industry value added growth last year', F('电子信息产业增加值增长40.9%', [40.9, '%']));
x('figure', ['industry', 'non-native', 'lowercase', 'share'], ['AH25'], 'what share of anhui industry is high-tech manufacturing in 2024', F('高技术制造业增加值占规上工业比重16.1%、提高2.1个百分点', [16.1, '%']));
x('figure', ['industry', 'journalist', 'relative-year', 'plural'], ['JS26'], "How much did Jiangsu's industrial profits grow last year?", F('规上工业企业利润增长6%', [6, '%']));
x('figure', ['industry', 'terse', 'relative-year'], ['ZJ26'], 'Zhejiang traditional manufacturing value added growth last year', F('17个重点传统制造业增加值增长5.3%', [5.3, '%']));
x('figure', ['industry', 'journalist', 'count'], ['JS26'], 'How many Jiangsu industrial firms have revenue over 10 billion yuan?', F('191家工业企业营业收入超百亿元', [191, '家']));
x('figure', ['industry', 'terse', 'lowercase'], ['AH25'], 'anhui private industry value added growth 2024', F('规上民营工业增加值增长11.6%', [11.6, '%']));

// ---- enterprises: market entities, SOEs, SMEs, rankings --------------------------------------------------
x('figure', ['enterprises', 'journalist', 'count', 'plural'], ['ZJ26'], 'How many market entities does Zhejiang have?', F('全省经营主体达1163.7万户、增长6.3%', [1163.7, '万户']));
x('figure', ['enterprises', 'terse', 'lowercase', 'count', 'plural'], ['GD26'], 'number of enterprises in guangdong', F('其中企业929.8万户', [929.8, '万户']));
x('figure', ['enterprises', 'non-native', 'lowercase', 'relative-year', 'count'], ['JS26'], 'how many new business registered in jiangsu last year', F('新登记147万户、其中企业57.3万家', [147, '万户']));
x('figure', ['enterprises', 'journalist', 'count', 'plural'], ['GD26'], 'How many Fortune Global 500 companies are in Guangdong?', F('上榜世界500强企业增至18家', [18, '家']));
x('figure', ['enterprises', 'journalist', 'count', 'relative-year'], ['FJ26'], "How many Fujian companies made China's top 500 private enterprises list last year?", F('中国企业500强、民营企业500强中各有20家企业上榜', [20, '家']));
x('figure', ['enterprises', 'terse', 'count', 'relative-year'], ['JS26'], 'Jiangsu new manufacturing single champion firms last year', F('新增制造业单项冠军企业52家', [52, '家']));
x('figure', ['enterprises', 'journalist', 'abbrev', 'count'], ['AH26'], "How many 'little giant' SMEs does Anhui have now?", F('专精特新“小巨人”企业从80户增加到810户', [810, '户']));
x('figure', ['enterprises', 'terse', 'lowercase', 'target', 'count'], ['GD25'], 'guangdong small firms upgraded to above-scale target 2025', F('推动5500家企业“小升规”', [5500, '家']));
x('figure', ['enterprises', 'journalist', 'abbrev', 'five-year'], ['GD26'], "How much did Guangdong's SOE assets grow over five years?", F('全省地方国资监管企业资产总额五年增长64.1%', [64.1, '%']));
x('figure', ['enterprises', 'terse', 'abbrev', 'share'], ['SD25'], 'Shandong provincial SOEs core business investment share 2024', F('省属企业主业投资占比达99.3%', [99.3, '%']));
x('figure', ['enterprises', 'journalist', 'abbrev', 'target', 'this-year'], ['AH26'], "How much will Anhui's provincial SOEs invest in emerging industries this year?", F('省属企业投资布局新兴产业500亿元以上', [500, '亿元']));
x('figure', ['enterprises', 'terse', 'lowercase', 'abbrev'], ['AH25'], 'anhui inclusive sme loans growth 2024', F('普惠小微企业贷款增长18.3%、高于全国3.7个百分点', [18.3, '%']));
x('figure', ['enterprises', 'journalist', 'abbrev'], ['JS25'], 'How much in first-time loans did small firms in Jiangsu get in 2024?', F('1.3万户小微企业获得首贷274亿元', [274, '亿元']));
x('figure', ['enterprises', 'journalist', 'abbrev'], ['BJ25'], 'How much in overdue payments to SMEs did Beijing clear in 2024?', F('为中小企业清欠12.9亿元', [12.9, '亿元']));

// ---- jobs: employment, unemployment ----------------------------------------------------------------
x('figure', ['jobs', 'terse', 'lowercase'], ['FJ25'], 'fujian unemployment rate 2024', F('6.7%，城镇调查失业率4.7%', [4.7, '%']));
x('figure', ['jobs', 'journalist', 'relative-year', 'possessive'], ['FJ26'], "What was Fujian's surveyed urban unemployment rate last year?", F('5.7%，城镇调查失业率4.7%', [4.7, '%']));
x('figure', ['jobs', 'journalist', 'count', 'plural'], ['FJ25'], 'How many new urban jobs did Fujian create in 2024?', F('城镇新增就业53.1万人', [53.1, '万人']));
x('figure', ['jobs', 'terse', 'lowercase', 'plural'], ['JS25'], 'jiangsu new urban jobs 2024', F('城镇新增就业143.02万人、占全国1/10以上', [143.02, '万人']));
x('figure', ['jobs', 'journalist', 'five-year', 'plural'], ['JS26'], 'How many urban jobs did Jiangsu add over the 14th Five-Year Plan?', F('城镇新增就业超690万人、稳定在全国1/10以上', [690, '万人']));
x('figure', ['jobs', 'terse', 'lowercase', 'five-year'], ['SH26'], 'shanghai average new jobs per year over five years', F('年均新增就业岗位61.4万个', [61.4, '万个']));
x('figure', ['jobs', 'journalist', 'count'], ['FJ25'], 'How many unemployed people found new jobs in Fujian in 2024?', F('失业人员实现再就业14.3万人', [14.3, '万人']));
x('figure', ['jobs', 'journalist', 'relative-year', 'plural'], ['BJ26'], 'How many jobs for college graduates did Beijing offer last year?', F('提供11.2万个高校毕业生就业岗位', [11.2, '万个']));
x('figure', ['jobs', 'terse', 'lowercase', 'plural'], ['ZJ26'], 'migrant workers from other provinces employed in zhejiang', F('在浙就业省外劳动力2300万人', [2300, '万人']));
x('figure', ['jobs', 'terse', 'target', 'this-year'], ['AH26'], 'Anhui new urban jobs target this year', F('城镇新增就业68万人左右', [68, '万人']));
x('figure', ['jobs', 'terse', 'lowercase', 'target', 'fy'], ['ZJ26'], 'zhejiang employment target fy2026', F('确保城镇新增就业100万人以上', [100, '万人']));

// ---- tourism ------------------------------------------------------------------------------------
x('figure', ['tourism', 'journalist', 'relative-year', 'plural'], ['GD26'], 'How many tourists did Guangdong receive last year?', F('预计全年接待游客9.6亿人次、增长10.3%', [9.6, '亿人次']));
x('figure', ['tourism', 'terse', 'lowercase'], ['GD26'], 'guangdong tourism revenue 2025', F('旅游总收入1.24万亿元、增长12.5%', [1.24, '万亿元']));
x('figure', ['tourism', 'journalist', 'relative-year', 'plural'], ['GD26'], 'How fast did foreign visitors to Guangdong grow last year?', F('其中外国游客增长34.9%', [34.9, '%']));
x('figure', ['tourism', 'terse', 'lowercase', 'plural'], ['GD25'], 'guangdong foreign tourist arrivals growth 2024', F('入境外国游客增长超90%', [90, '%']));
x('figure', ['tourism', 'terse', 'lowercase', 'relative-year'], ['BJ26'], 'beijing inbound tourists growth last year', F('入境游客增长39%', [39, '%']));
x('figure', ['tourism', 'journalist'], ['BJ25'], 'How much did inbound tourism to Beijing grow in 2024?', F('入境游客大幅增长186.8%', [186.8, '%']));
x('figure', ['tourism', 'terse', 'relative-year', 'plural'], ['ZJ26'], 'Zhejiang overnight inbound visitors growth last year', F('入境过夜游客人数增长24.9%', [24.9, '%']));
x('figure', ['tourism', 'journalist', 'possessive'], ['JS25'], "What was Jiangsu's total tourism revenue in 2024?", F('旅游总收入超1.3万亿元', [1.3, '万亿元']));
x('figure', ['tourism', 'non-native', 'lowercase', 'plural'], ['JS25'], 'how many tourist visited jiangsu in 2024', F('接待境内外游客超10.9亿人次', [10.9, '亿人次']));
x('figure', ['tourism', 'terse', 'plural'], ['SD25'], 'Shandong tourist visits 2024', F('全年接待游客超9亿人次', [9, '亿人次']));
x('figure', ['tourism', 'journalist', 'relative-year'], ['FJ26'], "What was Fujian's culture and tourism value added last year?", F('文旅经济增加值预计达6500亿元', [6500, '亿元']));
x('figure', ['tourism', 'terse', 'lowercase', 'target', 'this-year'], ['ZJ26'], 'zhejiang tourism revenue growth target this year', F('文旅产业增加值增长6%、旅游综合收入增长6%、入境过夜游客人数增长10%以上', [6, '%']));

// ---- agriculture: grain, farm output ------------------------------------------------------------------
x('figure', ['agriculture', 'terse', 'lowercase', 'target'], ['FJ25'], 'fujian grain output target 2025', F('粮食产量511万吨以上', [511, '万吨']));
x('figure', ['agriculture', 'journalist', 'target', 'this-year'], ['GD26'], "What is Guangdong's grain output target this year?", F('实现粮食播种面积3320万亩、产量1285万吨以上', [1285, '万吨']));
x('figure', ['agriculture', 'terse', 'lowercase', 'target', 'this-year'], ['GD26'], 'guangdong aquatic products output goal this year', F('水产品总产量1020万吨以上', [1020, '万吨']));
x('figure', ['agriculture', 'non-native', 'lowercase'], ['JS26'], 'how much grain jiangsu produce each year in the 14th five-year plan', F('粮食年产量超760亿斤', [760, '亿斤']));
x('figure', ['agriculture', 'journalist', 'target', 'possessive'], ['AH25'], "What was Anhui's grain output target for 2025?", F('全年粮食播种面积1.1亿亩、产量825亿斤以上', [825, '亿斤']));
x('figure', ['agriculture', 'terse', 'lowercase', 'target', 'this-year'], ['ZJ26'], 'zhejiang grain output goal this year', F('确保粮食播种面积1530万亩、总产量125亿斤', [125, '亿斤']));
x('figure', ['agriculture', 'journalist'], ['BJ25'], "How much did Beijing's grain yield per mu rise in 2024?", F('粮食单产提高14.5%', [14.5, '%']));
x('figure', ['agriculture', 'terse', 'lowercase'], ['SD25'], 'shandong gross output of farming forestry animal husbandry and fishery 2024', F('农林牧渔业总产值达到1.28万亿元', [1.28, '万亿元']));
x('figure', ['agriculture', 'terse', 'relative-year'], ['GD26'], 'Guangdong farm output growth last year', F('农林牧渔业总产值增长4.9%', [4.9, '%']));
x('figure', ['agriculture', 'terse', 'lowercase', 'target'], ['JS25'], 'jiangsu grain sown area target 2025', F('确保粮食播种面积稳定在8200万亩以上', [8200, '万亩']));

// ---- energy: energy and carbon intensity -------------------------------------------------------------
x('figure', ['energy', 'journalist', 'relative-year', 'possessive'], ['FJ26'], "How much did Fujian's industrial energy intensity fall last year?", F('规上工业单位增加值能耗下降2.4%', [2.4, '%']));
x('figure', ['energy', 'terse', 'lowercase', 'five-year'], ['SH26'], 'shanghai energy intensity reduction over 14th five-year plan', F('单位生产总值能耗累计下降14%', [14, '%']));
x('figure', ['energy', 'journalist', 'share'], ['FJ26'], "How does Fujian's energy intensity compare with the national average?", F('单位地区生产总值能耗、主要污染物排放强度分别约为全国平均的70%、60%', [70, '%']));
x('figure', ['energy', 'terse', 'lowercase', 'share'], ['AH26'], 'anhui energy-intensive industries share now', F('六大高耗能行业增加值占比从31.1%降至22.5%', [22.5, '%']));
x('figure', ['energy', 'journalist', 'five-year'], ['SD26'], 'By how much did Shandong cut carbon intensity over the 14th Five-Year Plan?', F('碳排放强度下降20.5%', [20.5, '%']));

// ---- fiscal: debt, bonds, tax cuts, budget investment -----------------------------------------------------
x('figure', ['fiscal', 'journalist', 'possessive'], ['CN25'], "How big is China's one-off local debt quota increase to swap hidden debt?", F('一次性增加6万亿元地方专项债务限额置换存量隐性债务', [6, '万亿元']));
x('figure', ['fiscal', 'terse', 'lowercase', 'fy'], ['CN25'], 'china total new government debt fy2025', F('今年合计新增政府债务总规模11.86万亿元', [11.86, '万亿元']));
x('figure', ['fiscal', 'terse', 'lowercase', 'plural'], ['FJ25'], 'fujian special bonds issued 2024', F('发行地方政府专项债券1603亿元', [1603, '亿元']));
x('figure', ['fiscal', 'journalist', 'relative-year', 'plural'], ['FJ26'], 'How much in local government special bonds did Fujian issue last year?', F('自审自发地方政府专项债券1542亿元', [1542, '亿元']));
x('figure', ['fiscal', 'terse', 'lowercase', 'two-digit-year'], ['ZJ25'], "zhejiang new special bond quota '24", F('新增专项债券额度3279亿元', [3279, '亿元']));
x('figure', ['fiscal', 'terse', 'plural'], ['GD25'], 'Guangdong new special-purpose bonds 2024', F('争取并用好新增专项债券5085亿元', [5085, '亿元']));
x('figure', ['fiscal', 'journalist', 'share', 'possessive'], ['SD25'], "What share of Shandong's fiscal spending went to people's livelihoods in 2024?", F('财政民生支出首次突破万亿元、占比80%左右', [80, '%']));
x('figure', ['fiscal', 'journalist', 'relative-year'], ['ZJ26'], 'How much did Zhejiang cut burdens on businesses last year?', F('全年为企业减负超3300亿元', [3300, '亿元']));
x('figure', ['fiscal', 'terse', 'lowercase', 'relative-year', 'plural'], ['AH26'], 'anhui tax cuts and refunds last year', F('支持科技创新等重点领域减税降费及退税超1000亿元', [1000, '亿元']));
x('figure', ['fiscal', 'terse', 'plural'], ['JS25'], 'Jiangsu tax and fee cuts 2024', F('支持科技创新和制造业发展减税降费退税超3000亿元', [3000, '亿元']));
x('figure', ['fiscal', 'journalist', 'plural'], ['CN24'], 'How large were the new tax and fee cuts in China in 2023?', F('全年新增税费优惠超过2.2万亿元', [2.2, '万亿元']));
x('figure', ['fiscal', 'terse', 'lowercase', 'target'], ['CN25'], 'central budget investment 2025', F('今年中央预算内投资拟安排7350亿元', [7350, '亿元']));

// ---- prices: CPI ----------------------------------------------------------------------------------
x('figure', ['prices', 'terse', 'abbrev'], ['BJ25'], 'Beijing CPI 2024', F('居民消费价格涨幅0.1%', [0.1, '%']));
x('figure', ['prices', 'terse', 'lowercase', 'abbrev', 'target', 'this-year'], ['AH26'], 'anhui cpi target this year', F('居民消费价格指数上涨2%左右', [2, '%']));

// ---- not answerable: place, year or indicator the reports do not hold ---------------------------
x('notfound', ['not-answerable', 'nf-indicator', 'abbrev'], [], "What was Zhejiang's manufacturing PMI last month?", NF);
x('notfound', ['not-answerable', 'nf-place', 'lowercase', 'abbrev'], [], 'hubei gdp growth last year', NF);
x('notfound', ['not-answerable', 'nf-place', 'terse', 'lowercase'], [], 'sichuan 2025 fiscal revenue', NF);
x('notfound', ['not-answerable', 'nf-indicator'], [], 'How many Starbucks stores are there in Shanghai?', NF);
x('notfound', ['not-answerable', 'nf-indicator', 'lowercase'], [], 'jiangsu gini coefficient', NF);
x('notfound', ['not-answerable', 'nf-year'], [], "What was Beijing's retail sales growth in 2018?", NF);
x('notfound', ['not-answerable', 'nf-indicator', 'lowercase'], [], 'average house price in hangzhou per square meter', NF);
x('notfound', ['not-answerable', 'nf-indicator'], [], 'How many Tesla cars did Shanghai export last year?', NF);
x('notfound', ['not-answerable', 'nf-place', 'lowercase'], [], 'chongqing foreign trade 2024', NF);
x('notfound', ['not-answerable', 'nf-indicator', 'relative-year'], [], "What was Fujian's birth rate last year?", NF);
x('notfound', ['not-answerable', 'nf-place', 'non-native', 'lowercase'], [], 'how much is the grain output of henan last year', NF);
x('notfound', ['not-answerable', 'nf-year', 'abbrev'], [], "Guangdong's FDI in 2016?", NF);

// ---------------------------------------------------------------------------------------------
for (const c of cases) {
  const families = c.tags.filter((t) => FAMILIES.includes(t));
  if (families.length !== 1) throw new Error(`${c.q}: family tags ${families.join(',') || 'none'}`);
}
const failures = checkCases(cases);
const others = ['eval/natural/tune.jsonl', 'eval/natural/heldout.jsonl', 'eval/fresh/fresh-a.jsonl', 'eval/fresh/fresh-b.jsonl', 'eval/fresh/fresh-c.jsonl', 'eval/figures/tune.jsonl', 'eval/figures/heldout.jsonl', 'eval/figures2/tune.jsonl', 'eval/figures2/heldout.jsonl', 'eval/fresh-d/d-tune.jsonl', 'eval/fresh-d/d-heldout.jsonl', 'eval/fresh-e/e-tune.jsonl', 'eval/fresh-e/e-heldout.jsonl', 'eval/fresh-f/f-tune.jsonl', 'eval/fresh-f/f-heldout.jsonl'];
for (const q of citesUsedElsewhere(cases, others)) failures.push(`${q}: its cite is another set's`);
if (failures.length) {
  console.error(`facts that do not hold:\n${failures.join('\n')}`);
  process.exit(1);
}
// Split per indicator family (not per intent): within each family, cases sorted by SHA-1 of their question and
// dealt alternately, the first to tune or heldout by the SHA-1 of the family name. splitAndWrite keeps a side set here.
const hash = (s) => createHash('sha1').update(s).digest('hex');
// A case reworded after its first run keeps the side its first wording dealt it, so no tuned case moves to heldout.
const FIRST_WORDING = { 'how much grain jiangsu produce each year in the 14th five-year plan': 'how much is the grain production of jiangsu every year' };
const splitKey = (c) => FIRST_WORDING[c.q] ?? c.q;
for (const family of FAMILIES) {
  const list = cases.filter((c) => c.tags.includes(family)).sort((p, q) => hash(splitKey(p)).localeCompare(hash(splitKey(q))));
  const first = hash(family)[0] < '8' ? 'tune' : 'heldout';
  list.forEach((c, n) => {
    c._side = n % 2 === 0 ? first : first === 'tune' ? 'heldout' : 'tune';
  });
}
const summary = splitAndWrite(cases, { dir: here, setPrefix: 'en', checkOnly: process.argv.includes('--check') });
summary.byFamily = Object.fromEntries(FAMILIES.map((f) => [f, [cases.filter((c) => c.tags.includes(f) && c._side === 'tune').length, cases.filter((c) => c.tags.includes(f) && c._side === 'heldout').length]]));
console.log(JSON.stringify(summary));
