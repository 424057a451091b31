#!/usr/bin/env node
// Writes the fresh-e single-turn sets: eval/fresh-e/e-tune.jsonl and eval/fresh-e/e-heldout.jsonl.
//
//   node eval/fresh-e/make.mjs [--check]
//
// Single-turn questions as people ask them, over facts NOT used by eval/natural, eval/fresh, eval/figures,
// eval/figures2 or eval/fresh-d (checked: a cite overlapping one of theirs fails, outline/overview aside):
// jobs, CPI, retail sales, R&D, urbanisation, expressways, forests, life expectancy, listed firms, skilled
// workers, patents, childcare places, school places, elderly-care beds, cross-border e-commerce, income ratios,
// the private economy's share, energy storage, ocean economy … Phrasings: 口语 (涨了几个点 / 干到了多少 /
// 有没有破… / 啥水平), yes/no thresholds ("…过…了吗"), shares and ranks, typos of places, 沪苏浙皖闽粤鲁京,
// 24年 / 去年 / 前年 / 今年, 十四五期间, about a third English of varied style.
// Checks and the split are eval/case-checks.mjs's (as eval/fresh-d). Today = 2026-12-01: 今年 = 2026,
// 去年 = 2025; a report of year N gives results of N−1 and targets of N; a 十四五 end point in a 2026 report
// ("从…提高到…") is read as 2025.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseBook, checkCases, citesUsedElsewhere, splitAndWrite } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { cases, x, F, NF, O } = caseBook();

// ---- figure ---------------------------------------------------------------------------------
x('figure', ['colloquial', 'short-name'], ['SD26'], '山东高速公路现在通车多少公里了', F('高速公路由7473公里增至9310公里、八车道里程全国第一', [9310, '公里']));
x('figure', ['english', 'lowercase'], ['GD26'], 'how many km of expressways does guangdong have', F('高速公路通车总里程达1.2万公里', [1.2, '万公里']));
x('figure', ['yes-no', 'abbrev'], ['AH26'], '皖高速通车里程破7000公里了吗', F('高速公路通车总里程突破7000公里', [7000, '公里']));
x('figure', ['short-name'], ['FJ26'], '福建森林覆盖率多少', F('森林覆盖率达65.85%、连续47年居全国首位', [65.85, '%']));
x('figure', ['english', 'lowercase'], ['GD26'], 'forest coverage in guangdong?', F('森林覆盖率达53.4%', [53.4, '%']));
x('figure', ['abbrev', 'relative-year'], ['FJ26'], '闽去年人均预期寿命多少岁', F('人均预期寿命达79.5岁', [79.5, '岁']));
x('figure', ['english'], ['SD26'], 'Life expectancy in Shandong now?', F('人均预期寿命增至80.5岁', [80.5, '岁']));
x('figure', ['colloquial', 'fourteenth-plan'], ['BJ26'], '十四五期间北京人均预期寿命提高到多少了', F('人均预期寿命从2020年的82.4岁提升至83.9岁', [83.9, '岁']));
x('figure', ['abbrev', 'relative-year', 'colloquial'], ['GD26'], '粤去年新增了几家上市公司', F('新增境内外上市公司45家、总量达1224家', [45, '家']));
x('figure', ['english', 'relative-year'], ['JS26'], 'How many new listed companies did Jiangsu add last year?', F('新增境内上市公司29家、占全国增量的1/4', [29, '家']));
x('figure', ['keyword'], ['BJ26'], '北交所上市公司达到多少家了', F('北京证券交易所上市公司达288家、总市值超8600亿元', [288, '家']));
x('figure', ['short-name'], ['JS26'], '江苏科技型中小企业有多少家', F('科技型中小企业增至9.4万家', [9.4, '万家']));
x('figure', ['relative-year', 'typo'], ['ZJ26'], '浙将去年新增科技型中小企业多少家', F('新增高新技术企业超6000家、科技型中小企业1.76万家', [1.76, '万家']));
x('figure', ['short-name', 'colloquial'], ['GD26'], '广东高技能人才有多少人，啥水平', F('全省研发人员达159万人、高技能人才达843万人，均居全国首位', [843, '万人']));
x('figure', ['english', 'lowercase'], ['SD26'], 'skilled workers in shandong - how many?', F('高技能人才超过485万人', [485, '万人']));
x('figure', ['fourteenth-plan'], ['GD26'], '十四五末广东高等教育毛入学率到多少了', F('高等教育毛入学率从53.4%提高到63%以上', [63, '%']));
x('figure', ['colloquial'], ['SD26'], '山东新型储能规模有多大', F('新型储能规模突破1100万千瓦', [1100, '万千瓦']));
x('figure', ['two-digit-year', 'abbrev'], ['SD25'], '鲁24年海洋生产总值多少', F('预计海洋生产总值1.8万亿元左右、居全国前列', [1.8, '万亿元']));
x('figure', ['english'], ['GD25'], "guangdong's ocean economy output in 2024", F('海洋生产总值突破2万亿元', [2, '万亿元']));
x('figure', ['english', 'two-digit-year'], ['SD25'], "How many 5G base stations did Shandong have in '24?", F('5G基站达到24.2万个，智能算力比例超过30%', [24.2, '万个']));
x('figure', ['colloquial', 'relative-year', 'abbrev'], ['AH26'], '皖去年智能算力干到了多少', F('建成智能算力超4.8万P', [4.8, '万P']));
x('figure', ['two-digit-year'], ['ZJ25'], '浙江24年跨境电商出口多少', F('跨境电商出口规模达2141.3亿元', [2141.3, '亿元']));
x('figure', ['relative-year', 'colloquial', 'known-trip'], ['JS26'], '江苏去年跨境电商平台进出口涨了多少', F('跨境电商平台进出口增长27.4%', [27.4, '%']));
x('figure', ['short-name', 'fourteenth-plan'], ['GD26'], '广东城乡居民收入比缩小到多少了', F('城乡居民收入比从2.50:1缩小至2.27:1', [2.27]));
x('figure', ['english', 'lowercase'], ['JS25'], 'jiangsu urban-rural income ratio 2024', F('城乡居民收入比缩小至2.04∶1', [2.04]));
x('figure', ['short-name'], ['SD26'], '山东城乡收入比是多少', F('城乡收入比缩小至2.12', [2.12]));
x('figure', ['short-name'], ['JS26'], '江苏千人口托位数多少', F('千人口托位数达4.7个', [4.7, '个']));
x('figure', ['short-name'], ['JS26'], '江苏万人高价值发明专利拥有量', F('万人高价值发明专利拥有量达34.2件', [34.2, '件']));
x('figure', ['english', 'lowercase', 'fourteenth-plan'], ['ZJ26'], 'high-value invention patents per 10k people in zhejiang', F('每万人高价值发明专利拥有量从11件提高到24件', [24, '件']));
x('figure', ['relative-year', 'short-name', 'colloquial'], ['ZJ26'], '浙江去年新增了多少可再生能源装机', F('新增电力装机3000万千瓦，其中可再生能源装机2000万千瓦', [2000, '万千瓦']));
x('figure', ['relative-year'], ['BJ26'], '北京去年新增普惠托位多少个', F('新增普惠托位8897个', [8897, '个']));
x('figure', ['short-name'], ['ZJ26'], '浙江每千人口托位数是多少', F('每千人口3岁以下婴幼儿托位数达4.76个', [4.76, '个']));
x('figure', ['fourteenth-plan', 'colloquial'], ['SD26'], '十四五期间山东一共新增了多少中小学学位', F('新增中小学学位142万个', [142, '万个']));
x('figure', ['relative-year'], ['BJ26'], '北京去年新增中小学学位多少', F('新增中小学学位2.4万个，深化中小学集团化办学改革', [2.4, '万个']));
x('figure', ['english', 'lowercase', 'relative-year'], ['SH26'], 'shanghai elderly care beds added last yr', F('新增养老床位3852张、认知障碍照护床位3326张', [3852, '张']));
x('figure', ['abbrev', 'two-digit-year', 'colloquial'], ['FJ25'], '闽24年托位新增了多少个', F('新增托位1.7万个', [1.7, '万个']));
x('figure', ['english', 'abbrev'], ['FJ25'], 'CPI in Fujian 2024?', F('居民消费价格下降0.1%', [0.1, '%']));
x('figure', ['relative-year', 'abbrev'], ['SD26'], '鲁去年新增家庭养老床位多少张', F('新增家庭养老床位1.4万张', [1.4, '万张']));
x('figure', ['two-digit-year', 'short-name'], ['JS25'], '江苏24年经营主体在册总量多少', F('经营主体在册总量达1463.2万户', [1463.2, '万户']));
x('figure', ['english', 'lowercase'], ['CN25'], 'china renewable capacity added in 2024', F('可再生能源新增装机3.7亿千瓦', [3.7, '亿千瓦']));
x('figure', ['relative-year', 'colloquial'], ['JS26'], '江苏去年可再生能源发电量涨了几个点', F('可再生能源发电量增长28.3%', [28.3, '%']));
x('figure', ['short-name'], ['GD26'], '广东科技型中小企业有多少家', F('预计高新技术企业达7.4万家、科技型中小企业达5.6万家', [5.6, '万家']));
x('figure', ['english', 'lowercase', 'relative-year'], ['ZJ26'], "how much did zhejiang's r&d spending grow last year", F('研发经费投入增长15.6%', [15.6, '%']));
x('figure', ['yes-no', 'colloquial', 'fourteenth-plan'], ['ZJ26'], '浙江上市公司有没有破700家', F('上市公司从518家增加到731家', [731, '家']));
x('figure', ['two-digit-year'], ['BJ25'], '北京24年人工智能核心产业规模多少', F('人工智能核心产业规模突破3000亿元', [3000, '亿元']));
x('figure', ['relative-year'], ['GD26'], '广东去年低空飞行规模多少架次', F('起降设施增至3592个，飞行规模达2061万架次', [2061, '万架次']));
x('figure', ['english', 'lowercase', 'relative-year'], ['ZJ26'], 'zj integrated circuit output growth last year', F('新能源汽车、集成电路、工业机器人产量分别增长49.8%、11.9%、36.4%', [11.9, '%']));
x('figure', ['two-digit-year', 'abbrev'], ['AH25'], '皖24年新增可再生能源装机多少', F('新增可再生能源发电装机1261万千瓦、总装机历史性超过煤电装机', [1261, '万千瓦']));
x('figure', ['two-digit-year', 'colloquial'], ['JS25'], '江苏24年城中村改造了多少户', F('实施城中村改造8.52万户', [8.52, '万户']));
x('figure', ['two-digit-year', 'short-name'], ['ZJ25'], '浙江24年经营主体有多少户', F('全省经营主体达1095.2万户、增长5.9%', [1095.2, '万户']));
x('figure', ['share', 'typo'], ['GD26'], '广冻核电装机占全国多少', F('核电装机规模占全国25.8%', [25.8, '%']));
x('figure', ['relative-year'], ['GD26'], '广东去年铁路旅客发送量多少', F('铁路旅客发送量达4.4亿人次、增长5.8%', [4.4, '亿人次']));
x('figure', ['rank', 'short-name'], ['AH26'], '安徽境内上市公司数量全国排第几', F('新增境内上市公司62家，总数186家、从全国第9位升至第7位', [7]));
x('figure', ['english', 'lowercase', 'two-digit-year'], ['SD25'], 'shandong tech smes count 2024', F('科技型中小企业达5万家，高新技术产业产值占比预计提高1.5个百分点左右', [5, '万家']));
x('figure', ['english', 'yes-no'], ['GD26'], 'Did the number of listed companies in Guangdong pass 1,200?', F('新增境内外上市公司45家、总量达1224家', [1224, '家']));
x('figure', ['english', 'lowercase', 'relative-year'], ['SD26'], 'sd new listed cos last year', F('新增上市公司10家', [10, '家']));
x('figure', ['english', 'two-digit-year'], ['AH25'], 'How many new business entities registered in Anhui in 2024?', F('新登记经营主体121.3万户', [121.3, '万户']));
x('figure', ['yes-no'], ['AH26'], '安徽境内上市公司总数过200家了吗', F('新增境内上市公司62家，总数186家', [186, '家']));
x('figure', ['relative-year', 'embedded'], ['FJ26'], '想问下福建去年城中村改造启动了多少户', F('启动城中村改造2.6万户、老旧小区改造8.36万户', [2.6, '万户']));

// ---- target ---------------------------------------------------------------------------------
x('target', ['relative-year', 'short-name'], ['BJ26'], '北京今年要新增多少中学学位', F('新增中学学位1万个', [1, '万个']));
x('target', ['relative-year', 'abbrev'], ['SH26'], '沪今年计划改建多少认知障碍照护床位', F('改建2000张认知障碍照护床位', [2000, '张']));
x('target', ['relative-year', 'colloquial'], ['ZJ26'], '浙江今年研发投入强度定了多少', F('力争全社会研发投入强度达到3.35%', [3.35, '%']));
x('target', ['english', 'lowercase'], ['AH26'], 'anhui 2026 target for new ai computing power', F('新增智能算力1.7万P', [1.7, '万P']));
x('target', ['relative-year', 'abbrev'], ['FJ26'], '闽今年研发经费投入增长目标', F('全社会研发经费投入增长10%左右', [10, '%']));
x('target', ['relative-year', 'abbrev'], ['AH26'], '皖今年计划新建多少5G-A基站', F('新建5G-A基站4000座', [4000, '座']));
x('target', ['english', 'two-digit-year'], ['FJ25'], 'How many 5G base stations did Fujian plan to build in 2025?', F('新建5G基站1.1万个', [1.1, '万个']));
x('target', ['relative-year', 'abbrev'], ['AH26'], '皖今年新增高技能人才目标', F('新增高技能人才10万人', [10, '万人']));
x('target', ['english', 'lowercase'], ['GD26'], 'guangdong: how many high school places to add this year', F('新增普通高中学位20万个以上', [20, '万个']));
x('target', ['relative-year'], ['ZJ26'], '浙江今年海洋生产总值增长目标', F('力争海洋生产总值增长6%左右', [6, '%']));
x('target', ['relative-year', 'colloquial'], ['AH26'], '安徽今年要新增多少可再生能源装机', F('新增可再生能源发电装机700万千瓦', [700, '万千瓦']));
x('target', ['relative-year', 'colloquial'], ['SD26'], '山东今年高速公路里程要干到多少', F('高速公路里程突破9500公里', [9500, '公里']));
x('target', ['two-digit-year'], ['AH25'], '安徽25年新培育高技能人才目标', F('新培育高技能人才12万人', [12, '万人']));
x('target', ['two-digit-year', 'short-name'], ['ZJ25'], '浙江25年计划改造多少户城中村', F('实施城中村改造6万户', [6, '万户']));
x('target', ['english'], ['SH26'], "What's Shanghai's new energy storage goal for 2026?", F('新增新型储能应用规模50万千瓦', [50, '万千瓦']));
x('target', ['relative-year', 'short-name'], ['ZJ26'], '浙江今年要改造多少户城中村', F('改造城中村1.4万户', [1.4, '万户']));
x('target', ['span'], ['ZJ26'], '十五五末浙江城镇化率目标多少', F('常住人口城镇化率达到78%左右', [78, '%']));

// ---- attainment -----------------------------------------------------------------------------
x('attainment', ['relative-year', 'short-name'], ['BJ26', 'BJ25'], '北京去年新增中小学学位目标完成了吗', F(['新增中小学学位2.4万个，深化中小学集团化办学改革', '增加中小学学位2万个'], [2.4, '万个'], [2, '万个']));
x('attainment', ['relative-year', 'colloquial', 'typo'], ['ZJ26', 'ZJ25'], '浙将去年城中村改造任务完成没', F(['开工改造城镇老旧小区196个、城中村6万户', '实施城中村改造6万户'], [6, '万户'], [6, '万户']));
x('attainment', ['english', 'lowercase', 'fourteenth-plan'], ['AH26', 'AH25'], 'did anhui hit its 2025 ai computing power target?', F(['建成智能算力超4.8万P', '智能算力规模达2万P'], [4.8, '万P'], [2, '万P']));
x('attainment', ['two-digit-year', 'abbrev'], ['SH25'], '沪24年城中村改造完成计划了吗', F('提速推进城中村改造，新启动21个改造项目，是计划任务的2.1倍', [21, '个'], [2.1]));

// ---- outline --------------------------------------------------------------------------------
x('outline', ['english', 'known-trip'], ['SD26'], 'What did Shandong plan for 2026?', O('SD26'));
x('outline', ['relative-year', 'colloquial', 'abbrev'], ['AH26'], '皖今年打算干啥', O('AH26'));
x('outline', ['english', 'lowercase'], ['JS26'], 'jiangsu 2026 key tasks', O('JS26'));
x('outline', ['two-digit-year', 'abbrev'], ['SH25'], '沪25年重点工作有哪几块', O('SH25'));
x('outline', ['relative-year', 'colloquial'], ['ZJ26'], '浙江今年主要准备抓哪些事', O('ZJ26'));
x('outline', ['english', 'relative-year'], ['BJ26'], "what's on beijing's agenda this year", O('BJ26'));

// ---- overview -------------------------------------------------------------------------------
x('overview', ['english', 'relative-year'], ['AH26'], "how did anhui's economy do last year", F('全省地区生产总值5.3万亿元、增长5.5%', [5.5, '%']));
x('overview', ['relative-year', 'colloquial', 'abbrev'], ['FJ26'], '闽去年经济啥水平', F('2025年全省地区生产总值60199.45亿元、增长5%', [60199.45, '亿元']));
x('overview', ['two-digit-year'], ['JS25'], '江苏24年经济总体表现怎么样', F('2024年地区生产总值达13.7万亿元、增长5.8%、增量全国第一', [13.7, '万亿元']));

// ---- entity ---------------------------------------------------------------------------------
x('entity', ['english'], ['GD25'], "what is the 'Mingyang Tiancheng' (明阳天成号)?", F('全球单体容量最大的漂浮式风电平台“明阳天成号”在阳江投运'));
x('entity', ['keyword', 'short-name'], ['FJ26'], '福建漳州核电一期投运了吗', F('漳州核电一期投入商业运行'));
x('entity', ['keyword', 'abbrev'], ['SH26'], '沪金山海上风电项目进展', F('金山海上风电一期建成投运，新能源汽车新上牌37万辆'));

// ---- comparison -----------------------------------------------------------------------------
x('comparison', ['short-name'], ['GD26', 'FJ26'], '广东和福建森林覆盖率谁高', F(['森林覆盖率达53.4%', '森林覆盖率达65.85%、连续47年居全国首位'], [53.4, '%'], [65.85, '%']));
x('comparison', ['abbrev', 'colloquial'], ['JS26', 'ZJ26'], '苏浙千人口托位数比一比', F(['千人口托位数达4.7个', '每千人口3岁以下婴幼儿托位数达4.76个'], [4.7, '个'], [4.76, '个']));
x('comparison', ['relative-year'], ['GD26', 'JS26'], '广东跟江苏去年新增上市公司谁多', F(['新增境内外上市公司45家、总量达1224家', '新增境内上市公司29家、占全国增量的1/4'], [45, '家'], [29, '家']));
x('comparison', ['english', 'known-trip'], ['ZJ26', 'SD26'], 'Zhejiang vs Shandong life expectancy', F(['人均预期寿命从80.2岁提升至82.5岁', '人均预期寿命增至80.5岁'], [82.5, '岁'], [80.5, '岁']));
x('comparison', ['abbrev'], ['SD26', 'GD26'], '鲁粤高技能人才谁多', F(['高技能人才超过485万人', '全省研发人员达159万人、高技能人才达843万人，均居全国首位'], [485, '万人'], [843, '万人']));

// ---- superlative (checked over all 8 provincial reports; see README) -----------------------
x('superlative', ['keyword'], ['FJ26'], '哪个省森林覆盖率最高', F('森林覆盖率达65.85%、连续47年居全国首位', [65.85, '%']));
x('superlative', ['colloquial'], ['BJ26'], '人均预期寿命哪个地方最高', F('人均预期寿命从2020年的82.4岁提升至83.9岁', [83.9, '岁']));
x('superlative', ['english'], ['FJ26'], 'Which province has the highest forest coverage?', F('森林覆盖率达65.85%、连续47年居全国首位', [65.85, '%']));
x('superlative', ['keyword'], ['GD26'], '高技能人才最多的是哪个省', F('全省研发人员达159万人、高技能人才达843万人，均居全国首位', [843, '万人']));

// ---- trend ----------------------------------------------------------------------------------
x('trend', ['span', 'short-name'], ['BJ26', 'BJ25'], '北京近两年新增普惠托位变化', F(['新增普惠托位8897个', '新增普惠性托位近1.9万个'], [8897, '个'], [1.9, '万个']));
x('trend', ['english', 'lowercase'], ['GD26', 'GD25'], 'guangdong urban-rural income ratio trend', F(['城乡居民收入比从2.50:1缩小至2.27:1', '城乡居民收入比缩小至2.31:1'], [2.27], [2.31]));
x('trend', ['span', 'abbrev'], ['BJ26', 'BJ25'], '京这两年新增中小学学位多少', F(['新增中小学学位2.4万个，深化中小学集团化办学改革', '新增中小学学位近3.9万个'], [2.4, '万个'], [3.9, '万个']));
x('trend', ['span', 'colloquial'], ['AH26', 'AH25'], '安徽这两年新登记经营主体怎么变的', F(['全年新登记各类经营主体94.6万户', '新登记经营主体121.3万户'], [94.6, '万户'], [121.3, '万户']));

// ---- multi ----------------------------------------------------------------------------------
x('multi', ['relative-year'], ['FJ26'], '福建去年人均预期寿命和森林覆盖率分别多少', F(['人均预期寿命达79.5岁', '森林覆盖率达65.85%、连续47年居全国首位'], [79.5, '岁'], [65.85, '%']));
x('multi', ['english', 'lowercase'], ['SD26'], 'shandong: life expectancy and skilled workers?', F(['人均预期寿命增至80.5岁', '高技能人才超过485万人'], [80.5, '岁'], [485, '万人']));
x('multi', ['abbrev'], ['GD26'], '粤高速通车里程和铁路旅客发送量各是多少', F(['高速公路通车总里程达1.2万公里', '铁路旅客发送量达4.4亿人次、增长5.8%'], [1.2, '万公里'], [4.4, '亿人次']));

// ---- help -----------------------------------------------------------------------------------
x('help', ['english', 'lowercase'], [], 'what can u do', {});
x('help', ['colloquial'], [], '你都能回答哪些问题啊', {});

// ---- notfound -------------------------------------------------------------------------------
x('notfound', ['nf-place', 'relative-year'], [], '湖北去年城镇新增就业多少', NF);
x('notfound', ['nf-place', 'english'], [], "What is Sichuan's R&D intensity?", NF);
x('notfound', ['nf-place', 'colloquial'], [], '河南高速公路通车多少公里了', NF);
x('notfound', ['nf-place', 'short-name'], [], '天津城镇化率多少', NF);
x('notfound', ['nf-place', 'english', 'lowercase'], [], 'how many tourists visited chongqing last year', NF);
x('notfound', ['nf-year'], [], '上海2019年城镇新增就业多少', NF);
x('notfound', ['nf-year', 'english'], [], "Guangdong's forest coverage in 2015?", NF);
x('notfound', ['nf-year', 'relative-year', 'known-trip'], [], '国家今年GDP目标是多少', NF);
x('notfound', ['nf-year', 'english', 'relative-year', 'known-trip'], [], "what's the national CPI target this year", NF);
x('notfound', ['nf-indicator', 'relative-year'], [], '北京去年二手房价格涨了多少', NF);
x('notfound', ['nf-indicator', 'relative-year'], [], '浙江去年出生人口多少', NF);
x('notfound', ['nf-indicator', 'english'], [], "What's the average salary in Jiangsu?", NF);
x('notfound', ['nf-off-topic'], [], '明天杭州天气怎么样', NF);
x('notfound', ['nf-off-topic', 'english', 'lowercase'], [], 'whats the bitcoin price rn', NF);
x('notfound', ['nf-off-topic'], [], '帮我写首关于春天的诗', NF);
x('notfound', ['nf-year'], [], '江苏2018年城镇化率', NF);

// ---------------------------------------------------------------------------------------------
const failures = checkCases(cases);
const others = ['eval/natural/tune.jsonl', 'eval/natural/heldout.jsonl', 'eval/fresh/fresh-a.jsonl', 'eval/fresh/fresh-b.jsonl', 'eval/fresh/fresh-c.jsonl', 'eval/figures/tune.jsonl', 'eval/figures/heldout.jsonl', 'eval/figures2/tune.jsonl', 'eval/figures2/heldout.jsonl', 'eval/fresh-d/d-tune.jsonl', 'eval/fresh-d/d-heldout.jsonl'];
for (const q of citesUsedElsewhere(cases, others)) failures.push(`${q}: its cite is another set's`);
if (failures.length) {
  console.error(`facts that do not hold:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(JSON.stringify(splitAndWrite(cases, { dir: here, setPrefix: 'e', checkOnly: process.argv.includes('--check') })));
