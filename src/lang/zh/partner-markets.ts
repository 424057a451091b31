/**
 * Trade partners and markets a report narrows an indicator to: "对东盟、中东出口分别增长9.9%、10.5%",
 * "与共建“一带一路”国家进出口贸易额突破5万亿元", "对非美市场出口增长8.4%". Such a figure is the partner's
 * share of the indicator, not the indicator: "福建去年外贸情况" is answered by 进出口下降5.4%, and a question
 * naming the partner ("对一带一路国家进出口") by the partner's figure. Data for src/retrieve and src/figures.
 */

/**
 * Partners and markets as the reports and their readers write them, with the English a reader asks them in. One partner
 * under other names (`also`): the reports shorten 共建“一带一路”国家 to 共建国家 ("与共建国家缔结友城148对").
 */
const PARTNERS: ReadonlyArray<{ zh: string; also?: readonly string[]; en?: RegExp }> = [
  { zh: '一带一路', also: ['共建国家', '沿线国家'], en: /\bbelt[- ]and[- ]road\b|\bbri\b/ },
  { zh: '东盟', en: /\basean\b|southeast asia/ },
  { zh: '欧盟', en: /\beu\b|european union/ },
  { zh: '欧洲', en: /\beurope\b/ },
  { zh: '美国', en: /\busa\b|united states|\bthe us\b/ },
  { zh: '非美', en: /non-us|non-american/ },
  { zh: '拉美', en: /latin america/ },
  { zh: '非洲', en: /\bafrica\b/ },
  { zh: '中东', en: /middle east/ },
  { zh: '中亚', en: /central asia/ },
  { zh: '俄罗斯', en: /\brussia\b/ },
  { zh: '日本', en: /\bjapan\b/ },
  { zh: '韩国', en: /\bkorea\b/ },
  { zh: 'rcep', en: /\brcep\b/ },
  { zh: '金砖', en: /\bbrics\b/ },
  { zh: '港澳', en: /hong kong|macao|macau/ },
  { zh: '新兴市场', en: /emerging markets?/ },
  { zh: '自贸伙伴', en: /free trade partners?/ },
];
export const PARTNER_MARKETS: readonly string[] = PARTNERS.map((p) => p.zh);

/** How far back in its clause a partner may stand before the name it narrows ("对东盟、共建“一带一路”国家进出口"). */
const PARTNER_REACH = 16;
const CLAUSE_BREAK = /[，,；;。：:]/;

/**
 * The partners a text names, each by its first Chinese name whichever it writes ("RCEP" is matched as "rcep"); an English
 * question names them in English ("trade with Belt and Road countries" → 一带一路).
 */
export function partnersNamed(text: string): string[] {
  const lower = text.toLowerCase();
  return PARTNERS.filter((p) => [p.zh, ...(p.also ?? [])].some((zh) => lower.includes(zh)) || p.en?.test(lower)).map((p) => p.zh);
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
