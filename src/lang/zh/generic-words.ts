/**
 * Question words too common to say what a question is about: they weigh less in search and do not
 * count as the content a cited sentence must cover ("钱塘区2024年GDP是多少" is about GDP, not 多少).
 */
export const GENERIC_SEARCH_TERMS: ReadonlySet<string> = new Set([
  '哪',
  '实际',
  '几',
  '几个',
  '哪个',
  '哪几',
  '要',
  '需要',
  '应该',
  '怎样',
  '有没有',
  '主要有',
  '指标',
  '没有',
  '低于',
  '增长',
  '目标',
  '计划',
  '预期',
  '完成',
  '实现',
  '达到',
  '多少',
  '情况',
  '变化',
  '如何',
  '怎么样',
  '工作',
  '重点',
  '全年',
  '一季度',
  '主要',
  '是',
  '有',
  '为',
  '年',
  '新',
  '什么',
  '哪些',
  '总结',
  '区',
  '市',
  '省',
  // An English question's verbs of wanting say how it asks, not what about ("want to lead with").
  'want',
  'wants',
]);

/**
 * How a question may start without naming a subject: "今年…", "截至2024年…", "请介绍…". What stands
 * before a year and starts with one of these is no unknown place.
 */
export const GENERIC_SUBJECT_STARTS: readonly string[] = [
  '全',
  '本',
  '我',
  '今',
  '去',
  '明',
  '前',
  '近',
  '过去',
  '到',
  '截至',
  '截止',
  '在',
  '于',
  '从',
  '自',
  '与',
  '和',
  '对',
  '关于',
  '请',
  '总结',
  '介绍',
  '比较',
  '对比',
  '说说',
  '讲讲',
  '列出',
  '哪',
  '什么',
  '为什么',
  '为何',
  '如何',
  '怎么',
  // A count of places ranges over them: "八个省2025年GDP谁最高", "几个市".
  '[一二两三四五六七八九十几多\\d]+个',
  '各',
];

/**
 * Characters that make the two characters before an indicator's name no qualifier of it: a year,
 * a place or a particle ("2024年居民…", "全区居民…", "城乡和居民…"), unlike "农村" in "农村居民人均可支配收入".
 */
export const NON_QUALIFYING_CHARACTERS: readonly string[] = ['年', '区', '市', '省', '县', '的', '了', '和', '及', '与', '度'];
