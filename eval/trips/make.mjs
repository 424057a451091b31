#!/usr/bin/env node
// Writes the trips sets: eval/trips/t-tune.jsonl and eval/trips/t-heldout.jsonl.
//
//   node eval/trips/make.mjs [--check]
//
// Single questions and conversations of the classes a user tripped on in the terminal chat (session 9):
// a level asked where the reports give only a rate, a trend asked with 最近几年/这几年/历年/近年来, a comparison
// with one side the reports do not cover, a follow-up or comparison naming a year they do not hold, level
// comparisons (no plan-period label on a single year), rank questions, ranking ties, lowercase and
// abbreviated English place names with two indicators, outline questions about 民生 when the headings say
// 获得感/幸福感. None repeats the wordings of the trip list.
//
// Besides the scorer's fields a case may carry `leadSays` (a regular expression the first line of the answer
// must match: the missing side named, "未给出…总量", a tie said) and `leadNot` (one it must not match: a plan
// period on a single-year level). The shared scorer ignores them; `check-leads.mjs` scores them.
// Checks and split: ../case-checks.mjs (every cite one sentence of one of the case's reports, figures written
// in the cites, no question twice; the deterministic SHA-1 deal by intent).
// Today = 2026-12-01: 今年 = 2026, 去年 = 2025, 前年 = 2024; a report of year N gives results of N−1 and
// targets of N.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseBook, checkCases, splitAndWrite } from '../case-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { cases, x, C, F, NF } = caseBook();
const say = (expect, leadSays, leadNot) => ({ ...expect, ...(leadSays ? { leadSays } : {}), ...(leadNot ? { leadNot } : {}) });
/** A level asked, a rate stated: the lead says the level is not given. */
const NO_LEVEL = '未给出|没有给出|not stated|not given';

// ---- a level asked, only a rate in the reports ----------------------------------------------------
x('figure', ['level-rate', 'relative-year'], ['AH26'], '安徽去年一般公共预算收入是多少', say(F('一般公共预算收入增长2.9%', [2.9, '%']), NO_LEVEL));
x('figure', ['level-rate', 'relative-year'], ['BJ26'], '北京去年的一般公共预算收入有多少', say(F('一般公共预算收入增长4.8%', [4.8, '%']), NO_LEVEL));
x('figure', ['level-rate', 'relative-year'], ['AH26'], '安徽去年社零总额多少', say(F('社会消费品零售总额增长4.2%', [4.2, '%']), NO_LEVEL));
x('figure', ['level-rate'], ['SD26'], '山东2025年规上工业增加值是多少', say(F('规上工业增加值增长7.6%', [7.6, '%']), NO_LEVEL));
x('figure', ['level-rate', 'relative-year'], ['SH26'], '上海去年社会消费品零售总额达到多少', say(F('全市社会消费品零售总额增长4.6%', [4.6, '%']), NO_LEVEL));
x('figure', ['level-rate', 'two-digit-year'], ['ZJ25'], '浙江24年生产总值多大规模', say(F('全省生产总值增长5.5%，一般公共预算收入增长1.2%', [5.5, '%']), NO_LEVEL));
x('figure', ['level-rate', 'english', 'lowercase'], ['ZJ26'], 'how big was zhejiang gdp in 2025', say(F('全省生产总值增长5.5%，一般公共预算收入增长1.8%', [5.5, '%']), NO_LEVEL));
C('figure', ['level-rate', 'indicator-switch'], ['BJ26'], ['北京去年GDP多少'], '一般公共预算收入总额呢', say(F('一般公共预算收入增长4.8%', [4.8, '%']), NO_LEVEL));

// ---- a trend asked with 最近几年 / 这几年 / 历年 / 近年来: every year the reports hold ----------------
x('trend', ['trend-words'], ['SH25', 'SH26'], '近年来上海地方一般公共预算收入怎么变化', F(['地方一般公共预算收入达到8374.2亿元', '地方一般公共预算收入达到8500亿元'], [8374.2, '亿元'], [8500, '亿元']));
x('trend', ['trend-words'], ['FJ25', 'FJ26'], '福建历年地方一般公共预算收入', F(['地方一般公共预算收入3614.6亿元', '地方一般公共预算收入3723.35亿元'], [3614.6, '亿元'], [3723.35, '亿元']));
x('trend', ['trend-words'], ['BJ25', 'BJ26'], '最近几年北京一般公共预算收入增长情况', F(['一般公共预算收入增长3.1%', '一般公共预算收入增长4.8%'], [3.1, '%'], [4.8, '%']));
x('trend', ['trend-words'], ['ZJ25', 'ZJ26'], '这几年浙江财政收入增速怎么样', F(['一般公共预算收入增长1.2%', '一般公共预算收入增长1.8%'], [1.2, '%'], [1.8, '%']));
x('trend', ['trend-words'], ['CN23', 'CN24'], '最近几年全国GDP增速变化', F(['全年国内生产总值增长3%', '国内生产总值超过126万亿元，增长5.2%'], [3, '%'], [5.2, '%']));
x('trend', ['trend-words'], ['SD25', 'SD26'], '近年来山东规上工业增加值增速', F(['规上工业增加值增长8.3%', '规上工业增加值增长7.6%'], [8.3, '%'], [7.6, '%']));
C('trend', ['trend-words', 'to-trend'], ['AH25', 'AH26'], ['安徽去年规上工业增加值增长多少'], '近年来呢', F(['规上工业增加值增长9%', '规上工业增加值增长9.4%'], [9, '%'], [9.4, '%']));

// ---- a comparison with a side the reports do not cover: the lead names it ---------------------------
x('comparison', ['side-missing', 'nf-side', 'relative-year'], ['JS26'], '江苏和湖北去年GDP增速比较', say(F('地区生产总值增长5.3%、增量保持全国第一', [5.3, '%']), '湖北'));
x('comparison', ['side-missing', 'nf-side'], ['SH26'], '上海跟天津2025年地区生产总值比一比', say(F('全市生产总值达到5.67万亿元、增长5.4%', [5.67, '万亿元']), '天津'));
x('comparison', ['side-missing', 'nf-side', 'relative-year'], ['BJ26'], '河北和北京去年的PM2.5谁低', say(F('细颗粒物年均浓度27微克/立方米、下降11.5%', [27, '微克/立方米']), '河北'));
C('comparison', ['side-missing', 'nf-side', 'to-comparison'], ['GD26'], ['广东去年货物进出口总额多少'], '跟四川比呢', say(F('货物进出口总额9.5万亿元、增长4.4%', [9.5, '万亿元']), '四川'));
C('comparison', ['side-missing', 'nf-side', 'to-comparison'], ['FJ26'], ['福建去年地方一般公共预算收入'], '和江西相比怎么样', say(F('地方一般公共预算收入3723.35亿元', [3723.35, '亿元']), '江西'));
x('comparison', ['side-missing', 'nf-side', 'english', 'lowercase'], ['BJ26'], 'compare beijing and chongqing gdp growth last year', say(F('全市地区生产总值5.2万亿元、增长5.4%', [5.4, '%']), 'Chongqing|重庆'));
C('comparison', ['side-missing', 'nf-side', 'english', 'to-comparison'], ['SH26'], ["Shanghai's GDP growth last year?"], 'how about versus hubei?', say(F('全市生产总值达到5.67万亿元、增长5.4%', [5.4, '%']), 'Hubei|湖北'));

// ---- a comparison or follow-up naming a year the reports do not hold: refused for that year --------
C('notfound', ['nf-year', 'year-switch'], [], ['江苏去年进出口总额多少'], '比2016年呢', NF);
C('notfound', ['nf-year', 'year-switch'], [], ['上海去年GDP增长多少'], '那2012年的呢', NF);
x('notfound', ['nf-year'], [], '安徽2010年和2025年GDP比较', NF);
C('notfound', ['nf-year', 'year-switch'], [], ['北京去年一般公共预算收入增长多少'], '跟2017年比怎么样', NF);
C('notfound', ['nf-year', 'year-switch', 'english'], [], ['zhejiang gdp growth last year'], 'and in 2013?', NF);
C('notfound', ['nf-year', 'year-switch'], [], ['山东去年规上工业增加值增长多少'], '2018年呢', NF);

// ---- level comparisons: the sides labelled with their year, not a plan period ------------------------
const NO_PERIOD = '十四五|十三五|十五五|period';
x('comparison', ['level-compare', 'relative-year'], ['SH26', 'BJ26'], '上海和北京去年GDP总量对比', say(F(['全市生产总值达到5.67万亿元、增长5.4%', '全市地区生产总值5.2万亿元、增长5.4%'], [5.67, '万亿元'], [5.2, '万亿元']), null, NO_PERIOD));
x('comparison', ['level-compare', 'relative-year'], ['JS26', 'GD26'], '江苏和广东去年社零总额谁多', say(F(['社会消费品零售总额达4.64万亿元', '社会消费品零售总额实现4.6万亿元'], [4.64, '万亿元'], [4.6, '万亿元']), null, NO_PERIOD));
x('comparison', ['level-compare', 'relative-year'], ['FJ26', 'SH26'], '福建和上海去年地方一般公共预算收入比较', say(F(['地方一般公共预算收入3723.35亿元', '地方一般公共预算收入达到8500亿元'], [3723.35, '亿元'], [8500, '亿元']), null, NO_PERIOD));
x('comparison', ['level-compare', 'english'], ['SH26', 'BJ26'], 'Shanghai vs Beijing GDP in 2025', say(F(['全市生产总值达到5.67万亿元、增长5.4%', '全市地区生产总值5.2万亿元、增长5.4%'], [5.67, '万亿元']), null, NO_PERIOD));

// ---- rank questions: the stated rank leads -------------------------------------------------------
x('figure', ['rank'], ['AH26'], '安徽规上工业增加值增速在全国排第几', F('规上工业增加值增速居全国第4位', [4]));
x('figure', ['rank'], ['ZJ26'], '浙江一般公共预算收入全国排名第几', F('一般公共预算收入从7248亿元提高到8865亿元，跃居全国第3位', [3]));
x('figure', ['rank'], ['AH26'], '安徽居民收入增速全国排第几名', F('居民人均可支配收入增速居全国第6位', [6]));
x('figure', ['rank', 'colloquial'], ['AH26'], '安徽实际使用外资增速排全国老几', F('实际使用外资增速居全国第1位', [1]));
x('figure', ['rank', 'english', 'lowercase'], ['ZJ26'], "where does zhejiang's economy rank nationally", F('年均增长5.9%，规模稳居全国第4位', [4]));

// ---- rankings with ties ------------------------------------------------------------------------
x('superlative', ['tie', 'relative-year'], ['AH26', 'ZJ26'], '今年哪个省份GDP增速目标定得最高', say(F('全省地区生产总值增长5%—5.5%', [5.5, '%']), '并列'));
x('superlative', ['tie'], ['SH25', 'BJ25', 'GD25'], '2025年GDP增长目标哪个省市最低', say(F('全市生产总值增长5%左右', [5, '%']), '并列'));
x('superlative', ['tie', 'relative-year'], ['GD26'], '今年各地GDP增速目标谁最低', F('地区生产总值增长4.5%—5%', [4.5, '%']));

// ---- lowercase / abbreviated English places, several indicators -------------------------------------
x('figure', ['english', 'lowercase', 'abbrev'], ['JS26'], 'js gdp growth 2025', F('地区生产总值增长5.3%、增量保持全国第一', [5.3, '%']));
x('figure', ['english', 'lowercase', 'abbrev'], ['SH26'], 'sh gdp last yr', F('全市生产总值达到5.67万亿元、增长5.4%', [5.67, '万亿元']));
x('figure', ['english', 'lowercase', 'abbrev'], ['AH26'], 'ah retail sales growth 2025', F('社会消费品零售总额增长4.2%', [4.2, '%']));
x('multi', ['english', 'lowercase', 'several'], ['BJ26'], 'beijing: pm2.5 and gdp growth last year?', say(F(['细颗粒物年均浓度27微克/立方米、下降11.5%', '全市地区生产总值5.2万亿元、增长5.4%'], [27, '微克/立方米'], [5.4, '%']), '5\\.4'));
x('multi', ['english', 'lowercase', 'several', 'abbrev'], ['FJ26'], 'fj: gdp and fiscal revenue 2025', say(F('2025年全省地区生产总值60199.45亿元、增长5%，地方一般公共预算收入3723.35亿元', [60199.45, '亿元'], [3723.35, '亿元']), '3723\\.35'));

// ---- outline questions about 民生 when the headings say 获得感 / 幸福感 ------------------------------
x('outline', ['theme-synonym', 'relative-year'], ['ZJ26'], '浙江今年在民生上有哪些打算', say(F('着力增强群众获得感幸福感安全感'), '获得感'));
x('outline', ['theme-synonym', 'relative-year'], ['SH26'], '上海今年保障民生的重点是什么', say(F('着力保障和改善民生'), '民生'));

// ---------------------------------------------------------------------------------------------
const failures = checkCases(cases);
if (failures.length) {
  console.error(`facts that do not hold:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(JSON.stringify(splitAndWrite(cases, { dir: here, setPrefix: 't', checkOnly: process.argv.includes('--check') })));
