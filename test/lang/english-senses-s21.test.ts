import { describe, expect, it } from 'vitest';
import { englishLexicon, reportSensePhrases, reportWordingsOf, translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { keySpellings, SPELLING_PAIRS, wordSpellings } from '../../src/lang/en/english-spellings.js';

/**
 * Session 21 (English helper): the reports' frequent words that no English word reached (scripts/english-sense-gaps.ts
 * lists them), now read from the English an analyst types (english-report-senses.json), and British spellings read as
 * the dictionary's American keys (english-spellings.ts).
 */
const written = (words: readonly string[]) => {
  const set = new Set(words);
  return (zh: string) => (set.has(zh) ? 1 : 0);
};
const chineseOf = (english: string, reportWords: readonly string[]) =>
  translateContentWords(english, { timesWritten: written(reportWords) }).flatMap((t) => t.chinese);

describe('British and American spellings (s21)', () => {
  it('gives the other spelling of a listed pair, both ways', () => {
    expect(wordSpellings('aluminium')).toEqual(['aluminum']);
    expect(wordSpellings('aluminum')).toEqual(['aluminium']);
    expect(wordSpellings('programme')).toContain('program');
    expect(wordSpellings('tonne')).toEqual(['ton']);
    expect(wordSpellings('kilometre')).toContain('kilometer');
    expect(wordSpellings('defence')).toContain('defense');
    expect(wordSpellings('licence')).toContain('license');
    expect(wordSpellings('enrolment')).toContain('enrollment');
    for (const [british, american] of SPELLING_PAIRS) expect(british).not.toBe(american);
  });

  it('reads an American word with its own sense alone no British one (story is no storey, check no cheque)', () => {
    expect(wordSpellings('storey')).toContain('story');
    expect(wordSpellings('story')).not.toContain('storey');
    expect(wordSpellings('check')).not.toContain('cheque');
    expect(wordSpellings('tire')).not.toContain('tyre');
  });

  it('gives the regular endings their other spelling', () => {
    expect(wordSpellings('modernisation')).toContain('modernization');
    expect(wordSpellings('modernization')).toContain('modernisation');
    expect(wordSpellings('modernise')).toContain('modernize');
    expect(wordSpellings('digitised')).toContain('digitized');
    expect(wordSpellings('labour')).toContain('labor');
    expect(wordSpellings('harbour')).toContain('harbor');
    expect(wordSpellings('neighbourhood')).toContain('neighborhood');
    expect(wordSpellings('favourable')).toContain('favorable');
    expect(wordSpellings('centre')).toContain('center');
    expect(wordSpellings('fibre')).toContain('fiber');
    expect(wordSpellings('catalogue')).toContain('catalog');
    expect(wordSpellings('travelled')).toContain('traveled');
    expect(wordSpellings('modelling')).toContain('modeling');
  });

  it('takes no ending rule for a short word, and no pair for a word with none', () => {
    expect(wordSpellings('rise')).toEqual([]);
    expect(wordSpellings('four')).toEqual([]);
    expect(wordSpellings('tour')).toEqual([]);
    expect(wordSpellings('gdp')).toEqual([]);
    expect(wordSpellings('modernise', false)).toEqual([]);
  });

  it('respells each word of a key, and both words of a key of two', () => {
    expect(keySpellings('labour market')).toContain('labor market');
    expect(keySpellings('aluminium centre')).toEqual(expect.arrayContaining(['aluminum centre', 'aluminium center', 'aluminum center']));
    expect(keySpellings('aluminium centre', false)).toEqual(['aluminum centre']);
    expect(keySpellings('investment')).toEqual([]);
  });

  it('the lexicon reads a British spelling as its American key (aluminium 铝, labour 劳工, modernisation 现代化)', () => {
    const lexicon = englishLexicon();
    expect(lexicon.get('aluminium')).toContain('铝');
    expect(lexicon.get('aluminum')).toContain('电解铝');
    expect(lexicon.get('labour')).toEqual(lexicon.get('labor'));
    expect(lexicon.get('modernisation')).toContain('现代化');
    expect(lexicon.get('urbanisation')).toContain('城镇化');
    expect(lexicon.get('utilise')).toContain('利用');
    // A listed pair is read both ways: "program" reads the reports' senses of "programme" (项目, 工程).
    expect(lexicon.get('program')).toEqual(expect.arrayContaining(['计划', '项目', '工程']));
    // Its own dictionary senses stay: the British spelling's senses are candidates beside them, not in their place.
    expect(lexicon.reportSenses?.('program')).toEqual([]);
    expect(lexicon.reportSenses?.('aluminium')).toEqual(expect.arrayContaining(['铝', '电解铝']));
    expect(lexicon.reportSenses?.('labour')).toEqual([]);
    // An ending's spelling only for a key held in neither: "prize" is no "prise" (a lever).
    expect(lexicon.get('prize')).toEqual(englishLexicon().get('prize'));
    expect(lexicon.get('aluminiums')).toBeUndefined();
  });

  it('reads a sense phrase read whole in either spelling (township health centres, programmes)', () => {
    // The glossary's terms as the s13 test passes them: the list is read once a process, whichever file asks first.
    const phrases = reportSensePhrases(['school', 'cut', 'metro']).flatMap((t) => t.en);
    expect(phrases).toEqual(expect.arrayContaining(['township health center', 'township health centres', 'township health centers']));
  });

  it('reads a question in British spelling as the reports write it', () => {
    expect(chineseOf('electrolytic aluminium capacity', ['电解铝', '铝', '产能'])).toContain('电解铝');
    expect(chineseOf('urbanisation rate', ['城镇化', '城镇化率'])).toContain('城镇化');
    expect(chineseOf('kilometres of greenway', ['公里', '绿道'])).toEqual(expect.arrayContaining(['公里', '绿道']));
  });
});

describe("the reports' frequent words, read from the English an analyst types (s21)", () => {
  it('reads words the dictionary misses or gives in another sense', () => {
    const cases: [string, string[], string][] = [
      ['marine projects', ['海洋', '涉海', '项目'], '海洋'],
      ['maritime economy', ['海洋', '涉海'], '海洋'],
      ['elderly canteens', ['餐厅', '食堂', '老年'], '食堂'],
      ['tertiary sector', ['第三产业', '服务业'], '第三产业'],
      ['grassroots', ['基层'], '基层'],
      ['urban-rural gap', ['城乡', '差距'], '城乡'],
      ['e-commerce', ['电商', '电子商务'], '电商'],
      ['internet', ['互联网'], '互联网'],
      ['new-style spaces', ['新型', '空间'], '新型'],
      ['hidden hazards', ['隐患'], '隐患'],
      ['scenic spots', ['景区'], '景区'],
      ['poverty alleviation relocation', ['脱贫', '搬迁', '易地搬迁'], '易地搬迁'],
      ['poor people', ['贫困人口'], '贫困人口'],
      ['consortium', ['联合体'], '联合体'],
      ['health centres', ['卫生院', '健康', '中心'], '中心'],
      ['greenway', ['绿道'], '绿道'],
      ['preschool', ['学前教育', '幼儿园'], '学前教育'],
      ['livelihood projects', ['民生', '项目'], '民生'],
      ['socio-economic development', ['经济社会', '发展'], '经济社会'],
      ['opening-up', ['对外开放', '开放'], '对外开放'],
      ['npl ratio', ['不良贷款'], '不良贷款'],
      ['carbon dioxide emissions', ['二氧化碳', '排放'], '二氧化碳'],
      ['homestead reform', ['宅基地', '改革'], '宅基地'],
      ['dementia care', ['认知障碍'], '认知障碍'],
      ['foreign-invested firms', ['外资', '外商投资'], '外资'],
      ['cybersecurity', ['网络安全'], '网络安全'],
      ['coal-fired plants', ['煤电'], '煤电'],
      ['old-age services', ['养老', '服务'], '养老'],
    ];
    for (const [english, reportWords, expected] of cases) expect(chineseOf(english, reportWords), english).toContain(expected);
  });

  it('reads the administrative levels as the reports write them (县级, 区级, 村级)', () => {
    expect(chineseOf('county-level hospitals', ['县级', '医院'])).toContain('县级');
    expect(chineseOf('district-level', ['区级'])).toContain('区级');
    expect(chineseOf('village-level', ['村级'])).toContain('村级');
    expect(englishLexicon().get('county level')).toEqual(['县级']);
    expect(englishLexicon().get('provincial level')).toEqual(['省级']);
    expect(englishLexicon().get('national level')).toEqual(['国家级']);
  });

  it("gives a glossary term the reports' other wording (industrial investment 产业投资, schools 中小学)", () => {
    expect(reportWordingsOf('industrial investment')).toEqual(['产业投资']);
    expect(reportWordingsOf('schools')).toEqual(['中小学']);
    expect(reportWordingsOf('coffee')).toEqual([]);
  });

  it("keeps the dictionary's senses beside the reports' (defense 国防 and 防御, canteen 食堂 and 饭堂)", () => {
    const lexicon = englishLexicon();
    expect(lexicon.get('defense')).toEqual(expect.arrayContaining(['国防', '防御']));
    expect(lexicon.get('defence')).toEqual(expect.arrayContaining(['国防', '防御']));
    expect(lexicon.get('canteen')).toEqual(expect.arrayContaining(['食堂', '饭堂']));
    expect(lexicon.get('marine')).toEqual(expect.arrayContaining(['海洋', '海产']));
  });

  it('leaves unwritten what the reports do not hold (coffee, lottery, divorce, cinema)', () => {
    for (const [english, word] of [
      ['coffee shops', 'coffee'],
      ['lottery sales', 'lottery'],
      ['divorce rate', 'divorce'],
    ] as const) {
      const found = translateContentWords(english, { timesWritten: written(['销售', '商店', '门店']) });
      expect(found.find((t) => t.english === word)?.chinese, english).toEqual([]);
    }
    // A plural made singular is the word's own key: "futures" (期货) is no sense of "future".
    expect(englishLexicon().reportSenses?.('future')).toEqual([]);
    for (const word of ['coffee', 'lottery', 'divorce', 'wage', 'cinema']) expect(englishLexicon().reportSenses?.(word), word).toEqual([]);
  });
});
