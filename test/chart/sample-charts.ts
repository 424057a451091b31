import type { Chart } from '../../src/answer/schema.js';

/** A ten-year trend with actual and target, gaps included, as a trend answer fills it. */
export const TREND_ZH: Chart = {
  type: 'line',
  title: '钱塘区历年地区生产总值增速',
  unit: '%',
  categories: ['2016年', '2017年', '2018年', '2019年', '2020年', '2021年', '2022年', '2023年', '2024年', '2025年'],
  series: [
    { name: '实际', kind: 'actual', values: [8.1, 8.5, null, 7.2, 3.9, 9.8, 4.1, 6.2, 6.5, null] },
    { name: '目标', kind: 'target', values: [8, 8, 7.5, 7, 6.5, 7, 6.5, 6, 6, 6] },
  ],
  sources: ['2024年钱塘区政府工作报告', '2025年钱塘区政府工作报告'],
  language: 'zh',
};

export const RANKING_EN: Chart = {
  type: 'bar',
  title: 'GDP growth targets for 2026',
  unit: '%',
  categories: ['Zhejiang', 'Jiangsu', 'Guangdong'],
  series: [{ name: 'target', kind: 'target', values: [5.5, 5, null] }],
  sources: ['Zhejiang 2026 report'],
  language: 'en',
};
