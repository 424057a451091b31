/**
 * English qualifiers that are stop words on their own ("national", "key", "major": 国家 or 重点 beside
 * every sentence would find every sentence) but, standing right before a content noun, are part of the
 * name the reports write: "national key labs" is 全国重点实验室, "provincial key projects" 省级重点项目,
 * "national advanced manufacturing clusters" 国家先进制造业集群. Each is its Chinese as a prefix; a compound
 * counts only when the reports write it (english-lexicon.ts, `qualifiedHeadwords`).
 */
export const ENGLISH_QUALIFIERS: Readonly<Record<string, readonly string[]>> = {
  national: ['国家', '全国'],
  'state-level': ['国家级'],
  state: ['国家'],
  key: ['重点'],
  major: ['重大', '重点'],
  provincial: ['省级', '省'],
  'provincial-level': ['省级'],
  'province-level': ['省级', '省'],
  municipal: ['市级', '市'],
  'city-level': ['市级'],
  local: ['地方性', '地方'],
};

/** Pronouns a qualifier may stand before for the thing talked about ("the key ones", "the national one"). */
export const QUALIFIED_PRONOUNS: readonly string[] = ['ones', 'one'];
