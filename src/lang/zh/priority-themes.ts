/**
 * Themes of a plan's outline items, for the English line that names each item's theme and for
 * matching two outlines (a theme both share pairs their items). The glossary's indicators are
 * tried first (an item about "社会消费品零售总额" is about retail sales); these cover the words of
 * headings the glossary has no indicator for. An item's themes come in the order
 * its heading names them; at one place the longer word wins ("城市安全" is safety, not urban).
 */
export interface PriorityTheme {
  id: string;
  en: string;
  words: readonly string[];
}

export const PRIORITY_THEMES: readonly PriorityTheme[] = [
  { id: 'innovation', en: 'Innovation and technology', words: ['创新', '科技', '科创', '研发', '新质生产力'] },
  { id: 'talent', en: 'Talent', words: ['人才'] },
  { id: 'industry', en: 'Industry and the modern industrial system', words: ['产业', '制造', '工业', '实体经济', '数字经济'] },
  { id: 'projects', en: 'Projects and investment', words: ['项目', '投资', '招商'] },
  { id: 'reform', en: 'Reform', words: ['改革', '营商环境', '民营经济'] },
  { id: 'opening', en: 'Opening-up and trade', words: ['开放', '外贸', '外资', '自贸'] },
  { id: 'consumption', en: 'Consumption and domestic demand', words: ['消费', '内需', '需求'] },
  { id: 'safety', en: 'Safety and social governance', words: ['城市安全', '安全', '治理', '稳定', '风险'] },
  { id: 'urban', en: 'Urban development and quality', words: ['城市', '城乡', '品质', '产城', '城区', '更新', '基础设施', '能级'] },
  { id: 'rural', en: 'Rural revitalisation', words: ['乡村', '农业', '农村'] },
  { id: 'green', en: 'Green development and ecology', words: ['生态', '绿色', '低碳', '环境', '双碳'] },
  {
    id: 'livelihoods',
    en: "People's livelihoods and common prosperity",
    // "获得感幸福感": how headings name people's livelihoods without the word 民生.
    words: ['民生', '共同富裕', '共富', '美好生活', '就业', '社会事业', '公共服务', '获得感', '幸福感', '人民生活', '民生福祉'],
  },
  { id: 'culture', en: 'Culture', words: ['文化', '文旅', '旅游'] },
  { id: 'regional', en: 'Regional coordination', words: ['区域', '协调', '一体化', '融合'] },
  { id: 'government', en: 'Government self-improvement', words: ['政府', '作风', '法治', '廉政'] },
];
