/**
 * Words a question and a report use for the same thing, where neither is the other's indicator or a
 * rewrite of the question: a reader asks "运动场地" and the report writes "体育场地", asks "老人" and the
 * report writes "老年人", asks "公司" where the report writes "企业". A passage writing any word of a group
 * covers the question's word in the evidence check (retrieve/retriever.ts), weighed as the word asked; the
 * others are not searched (searched too, three held-out sets lost a case). Unlike the colloquial rewrites
 * (colloquial-phrasings.ts) the question keeps its own word: the reports write both ("北京…运动场地",
 * "浙江…体育场地"). Groups are symmetric; a longer word is a group of its own when the segmenter keeps it
 * whole ("体育场地" is one word, "运动场地" is not). A new pair is a row here.
 */
export interface InterchangeableWords {
  /** The words, any of which a passage may write for the others. */
  words: readonly string[];
  /** Characters that, right after a word, make it part of another ("大学生" holds no 大学 of this group). */
  notBefore?: string;
}

export const INTERCHANGEABLE_WORDS: readonly InterchangeableWords[] = [
  { words: ['运动', '体育'] },
  { words: ['运动场', '体育场'] },
  { words: ['运动场地', '体育场地'] },
  { words: ['健身房', '健身场馆'] },
  { words: ['老人', '老年人'] },
  { words: ['小孩', '孩子', '儿童'] },
  { words: ['看病', '就医', '就诊'] },
  { words: ['上学', '入学', '就学'] },
  { words: ['公司', '企业'] },
  { words: ['房子', '住房', '住宅'] },
  // "大学生" is students, not universities.
  { words: ['大学', '高校'], notBefore: '生' },
  { words: ['大学生', '高校毕业生'] },
  { words: ['农村', '乡村'] },
  { words: ['农民', '农户'] },
  { words: ['游客', '旅客', '游人'] },
  { words: ['养老院', '养老机构'] },
  { words: ['托儿所', '托育机构'] },
  { words: ['车位', '停车位', '泊位'] },
  { words: ['厕所', '公厕'] },
  { words: ['地铁', '轨道交通'] },
  // "国家科技奖" is how people say the 国家科学技术奖 a five-year review writes.
  { words: ['科技奖', '科学技术奖'] },
  // "北京去年新开了几条地铁线": the report writes 开通3条地铁新线.
  { words: ['地铁线', '地铁新线', '地铁线路'] },
  { words: ['新开', '新开通', '开通'] },
  // "战新 高端装备 高新技术这三块": the shorthand people write for 战略性新兴产业.
  { words: ['战新', '战略性新兴产业'] },
  { words: ['国企', '国有企业'] },
  { words: ['民企', '民营企业'] },
  { words: ['技术改造', '技改'] },
  // "农民外出务工的规模": the reports write 农村劳动力转移就业.
  { words: ['外出务工', '转移就业'] },
  // "硕士学位点增了多少": one report writes 硕士学位授权点 in full, another its short name (新增博士点23个、硕士点90个).
  { words: ['硕士学位授权点', '硕士学位点', '硕士点'] },
  { words: ['博士学位授权点', '博士学位点', '博士点'] },
  // "最低生活保障 每人每月底线调到多少": the reports mostly write its short name (城乡低保标准提高到…).
  { words: ['最低生活保障', '低保'] },
  { words: ['北交所', '北京证券交易所'] },
  { words: ['网购', '网络零售', '网上零售'] },
  { words: ['建党', '党成立'] },
  { words: ['建国', '新中国成立', '中华人民共和国成立'] },
  // "民营服务业百强榜": the reports write a ranking's size in figures (服务业100强) as often as in words (百强县).
  { words: ['百强', '100强'] },
  { words: ['五百强', '500强'] },
  { words: ['千强', '1000强'] },
  // "社区里划出多少个小网格": the report writes 微网格.
  { words: ['小网格', '微网格'] },
  // "“两重”那批 都动工了吗": the report writes 全部开工.
  { words: ['动工', '开工', '开建'] },
  // Everyday words beside the reports' own: "进城落户变成新市民" (成为新市民), "和美村庄" (和美乡村), "旧住宅区翻新"
  // (老旧小区改造), "垃圾投放点" (分类桶站), "宾馆" (酒店), "服务区开口"
  // (服务区出入口), "交付使用" (竣工投用).
  { words: ['变成', '成为'] },
  { words: ['村庄', '乡村'] },
  { words: ['翻新', '改造'] },
  { words: ['住宅区', '小区'] },
  { words: ['投放点', '桶站'] },
  { words: ['宾馆', '酒店'] },
  { words: ['开口', '出入口'] },
  { words: ['交付使用', '投入使用', '投用'] },
  // "老年痴呆患者的专用床" (认知症专区照护床位), "工厂盈利" (工业企业利润), "财政进账" (财政收入), "地底下各类管线" (地下管网),
  // "院子美化" (美丽庭院), "加码扩产" (增资扩产).
  { words: ['老年痴呆', '认知症', '认知障碍'] },
  { words: ['工厂', '工业企业'] },
  { words: ['盈利', '利润'] },
  { words: ['进账', '收入'] },
  { words: ['管线', '管网'] },
  { words: ['院子', '庭院'] },
  { words: ['加码', '增资'] },
];

/** The groups a question's words belong to, each with the word the question wrote: bounded by the table's size. */
export function interchangeableWordsIn(question: string): { written: string; group: readonly string[] }[] {
  const found: { written: string; group: readonly string[] }[] = [];
  for (const { words, notBefore } of INTERCHANGEABLE_WORDS) {
    const written = words.find((word) => {
      for (let at = question.indexOf(word); at >= 0; at = question.indexOf(word, at + 1))
        if (!notBefore?.includes(question[at + word.length] ?? '\u0000')) return true;
      return false;
    });
    if (written) found.push({ written, group: words });
  }
  return found;
}
