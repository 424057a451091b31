/**
 * English words a question carries that name no subject of a report: function words, question
 * words, time and place-kind words, scale words, the words asking how a figure moved ("evolve",
 * "trend"), verbs of doing whose dictionary Chinese the reports write otherwise ("complete" → 完全,
 * "start" → 起步, where a report writes 完成, 开工), and the generic words of any figure question
 * ("how big", "total", "economy"), and the words asking what a thing is called ("called", "the four-digit code": a name's
 * number is asked by its kind, attribute-words.ts). The lexicon never translates them: 经济 or 总量 added to every
 * question's search would find every sentence.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am among an and any are as at be been before being below
  between both but by can could did do does doing done during each either for from further get got had
  has have having he her here hers him his how i if in into is it its itself just let me more most much
  my no nor not now of off on once only or other our out over own per same she should so some such than
  that the their them then there these they this those through to too under until up upon very via was
  we were what when where which while who whom whose why will with within would you your yours
  's s t don doesn didn isn wasn aren weren won ve ll re d m
  what's how's where's who's there's it's that's
  tell show give list say said says let's know please find look see
  many number numbers count counts headcount headcounts head-count head-counts amount amounts piece pieces item items total totals figure figures value values level levels size scale
  big bigger biggest large larger largest high higher highest low lower lowest fast faster fastest slow
  slower slowest quick quickly much more less least most best worst top rank ranking ranked
  average mean median overall whole entire full main major key general specific exact exactly approximately approx roughly around
  about nearly almost over under some several various current currently recent recently latest
  now today yesterday tomorrow ago since till until before after during
  year years yr yrs annual annually yearly month months monthly quarter quarters quarterly day days week weeks
  first second third fourth half period periods time times date
  last this next past previous coming upcoming end beginning start
  january february march april may june july august september october november december
  province provinces provincial city cities municipal municipality district districts county counties
  region regions regional area areas local locally place places national nationally nationwide
  country countries nation nations china chinese whole state government report reports work
  economy economic economies economically
  percent percentage pct point points rate rates
  thousand thousands million millions billion billions trillion trillions hundred hundreds
  yuan rmb cny usd dollar dollars us
  one two three four five six seven eight nine ten eleven twelve
  compare compared comparison versus vs against between
  happen happened happening change changed changes
  evolve evolves evolved evolving evolution trend trends history historical historically develop developed
  old older
  actually really truly indeed already
  back again earlier later
  like ones etc
  complete completed completing finish finished finishing start started starting begin began join joined joining
  clear cleared clearing replace replaced replacing
  do did does make made makes become became becomes
  hit reach reached meet met achieve
  drive drove
  expect expected target targets plan plans planned goal goals
  want wants wanted wanting intend intends hope hopes hoped
  called named dubbed nicknamed label labels labelled labeled code codes digit digits
  far`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * How long an answer should be ("the economy in a couple of lines", "in a nutshell", "briefly", "the one-line version",
 * "tl;dr"): words about the answer,
 * no subject of a report ("lines" is no 线路 here). Taken out before a question's words are read in the reports' Chinese.
 */
export const ANSWER_LENGTH_PHRASES =
  /\bin (?:a |one |two |three |a few |a couple of |a couple |few )?(?:lines?|sentences?|words?|paragraphs?)\b|\bin a nutshell\b|\bin brief\b|\bin short\b|\bbriefly\b|\b(?:the )?(?:one|two|1|2)[- ](?:line|sentence|word|paragraph)(?: version| summary| answer)?\b|\b(?:the )?(?:short|quick) version\b|\btl;?dr\b/gi;
