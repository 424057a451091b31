/**
 * Trade partners and markets a report narrows an indicator to: "对东盟、中东出口分别增长9.9%、10.5%",
 * "与共建“一带一路”国家进出口贸易额突破5万亿元", "对非美市场出口增长8.4%". Such a figure is the partner's
 * share of the indicator, not the indicator: "福建去年外贸情况" is answered by 进出口下降5.4%, and a question
 * naming the partner ("对一带一路国家进出口") by the partner's figure. Data for src/retrieve and src/figures.
 */

/** Partners and markets as the reports and their readers write them. */
export const PARTNER_MARKETS: readonly string[] = [
  '一带一路',
  '共建国家',
  '沿线国家',
  '东盟',
  '欧盟',
  '欧洲',
  '美国',
  '非美',
  '拉美',
  '非洲',
  '中东',
  '中亚',
  '俄罗斯',
  '日本',
  '韩国',
  'rcep',
  '金砖',
  '港澳',
  '新兴市场',
  '自贸伙伴',
];

/** How far back in its clause a partner may stand before the name it narrows ("对东盟、共建“一带一路”国家进出口"). */
const PARTNER_REACH = 16;
const CLAUSE_BREAK = /[，,；;。：:]/;

/** The partners a text names (lower-case text: "RCEP" is matched as "rcep"). */
export function partnersNamed(text: string): string[] {
  const lower = text.toLowerCase();
  return PARTNER_MARKETS.filter((p) => lower.includes(p));
}

/** Whether the clause before a name (the text up to it) narrows the name to a partner: "对东盟、中东" + 出口. */
export function narrowedToPartner(textBefore: string): boolean {
  const clause = textBefore.slice(-PARTNER_REACH).split(CLAUSE_BREAK).pop() ?? '';
  return partnersNamed(clause).length > 0;
}

/**
 * Whether every mention of the names in the text is narrowed to a partner: the text gives the indicator
 * only for some partner ("与共建“一带一路”国家进出口贸易额突破5万亿元"). False when no name is mentioned.
 */
export function mentionsOnlyForPartners(text: string, names: readonly string[]): boolean {
  let mentioned = false;
  for (const name of names) {
    if (name.length < 2) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      mentioned = true;
      if (!narrowedToPartner(text.slice(0, at))) return false;
    }
  }
  return mentioned;
}
