/**
 * Content terms of a passage, for comparing how sources worded the same claim.
 * Method: Unicode word tokens → lower case → drop stop words and reporting verbs ("said",
 * "reported": they frame, they don't carry the claim) → Porter stem (stemmer) → map through a
 * small lexicon of news synonyms ("murdered"/"slaughtered"/"killed", "expel"/"expulsion"), so
 * translated or paraphrased wording meets. Cost: O(words).
 */
import { stemmer } from 'stemmer';

const STOP_WORDS = new Set(
  `a an the and or but nor so yet of in on at to for from by with without about as into onto over under than then
  that this these those there here it its it's he him his she her hers they them their theirs we us our you your i me my
  is are was were be been being am has have had having do does did done will would shall should can could may might must
  not no also too very just only even still already again further more most less least much many some any all each every
  both either neither other another such own same which who whom whose what when where why how while whether if because
  though although after before during since until upon between among through against within across per via
  said says say saying stated states state told tells explained clarified added noted claimed stressed emphasized emphasised
  reported reports according cited citing quoted wrote write writes announced revealed confirmed underlined
  mr mrs ms dr one two three first last later earlier currently today yesterday tomorrow week weeks day days year years
  time times new also however meanwhile well like way part including`.split(/\s+/),
);

/** Groups of words that news sources use for the same thing; each maps to its first word's stem. */
const SYNONYM_GROUPS: string[][] = [
  [
    'kill',
    'killed',
    'murder',
    'murdered',
    'slaughter',
    'slaughtered',
    'massacre',
    'massacred',
    'stab',
    'stabbed',
    'slain',
  ],
  ['expel', 'expelled', 'expulsion', 'expelling', 'deport', 'deportation'],
  ['kidnap', 'kidnapping', 'kidnapped', 'abduction', 'abducted', 'abduct'],
  [
    'praise',
    'praised',
    'praising',
    'appreciation',
    'appreciate',
    'appreciated',
    'thanked',
    'commend',
    'commended',
  ],
  ['condemn', 'condemned', 'condemns', 'denounce', 'denounced', 'criticize', 'criticized', 'criticism'],
  ['meet', 'met', 'meeting', 'meetings', 'talks', 'held', 'received', 'receive', 'receives'],
  ['visit', 'visited', 'visiting', 'arrived', 'arrive', 'arrival', 'presence'],
  ['invite', 'invited', 'invitation', 'inviting', 'reception'],
  ['delegation', 'representatives', 'representative', 'envoys', 'envoy', 'members', 'leaders', 'officials'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['terrorism', 'terrorist', 'terrorists', 'terror'],
  ['ceasefire', 'truce', 'cessation'],
  ['aid', 'assistance', 'supplies', 'humanitarian'],
  ['contacts', 'contact', 'relations', 'dialogue', 'ties'],
  ['release', 'released', 'free', 'freed', 'freeing'],
  ['hostages', 'hostage', 'captives', 'held'],
  ['capital', 'capitals'],
  ['expel', 'kick'],
  ['worse', 'worst'],
  ['statement', 'communique'],
  ['negotiations', 'negotiation', 'negotiate', 'talks'],
  ['ship', 'ships', 'vessel', 'vessels', 'boats'],
  ['begin', 'began', 'begun', 'start', 'started', 'starts', 'launched'],
  ['strike', 'walkout', 'stoppage'],
  ['urge', 'urged', 'urges', 'urging', 'beg', 'begged', 'appeal', 'appealed', 'implore', 'implored'],
  ['side', 'sides', 'camp', 'camps', 'parties', 'party'],
  ['offer', 'offered', 'propose', 'proposed', 'proposal'],
  ['raise', 'increase', 'increased', 'rise', 'hike'],
  ['disclose', 'disclosed', 'discloses', 'disclosure'],
  ['missing', 'unaccounted'],
  ['rescue', 'rescued', 'rescuing', 'saved', 'survivors', 'survived', 'plucked'],
  ['detect', 'detected', 'discover', 'discovered', 'notice', 'noticed', 'spot', 'spotted'],
  [
    'fall',
    'fell',
    'fallen',
    'falls',
    'drop',
    'dropped',
    'decline',
    'declined',
    'slump',
    'slumped',
    'plunge',
    'plunged',
    'tumble',
    'tumbled',
    'sink',
    'sank',
  ],
  ['pay', 'salary', 'salaries', 'wage', 'wages'],
  ['wait', 'waiting', 'waited', 'stuck', 'stranded'],
  // Disasters, accidents and crime: the words every outlet varies.
  ['dead', 'died', 'die', 'dies', 'death', 'deaths', 'fatalities', 'perished'],
  ['injured', 'injure', 'injuries', 'injury', 'hurt', 'wounded', 'wounding'],
  ['explosion', 'explosions', 'blast', 'blasts', 'exploded', 'explode', 'detonation'],
  ['fire', 'fires', 'blaze', 'flames', 'inferno'],
  [
    'investigation',
    'investigate',
    'investigating',
    'inquiry',
    'enquiry',
    'probe',
    'proceedings',
    'procedure',
  ],
  ['evacuate', 'evacuated', 'evacuation', 'evacuating', 'evacuees'],
  ['apologise', 'apologised', 'apologize', 'apologized', 'apology', 'apologies', 'sorry'],
  ['company', 'firm', 'companies', 'firms'],
  ['plant', 'factory', 'facility', 'plants', 'factories'],
  ['residents', 'inhabitants', 'locals', 'resident'],
  ['people', 'persons', 'humans', 'individuals'],
  ['police', 'cops', 'policemen'],
  ['prosecutors', 'prosecutor', 'prosecution', 'attorney'],
  ['arrest', 'arrested', 'detained', 'detain', 'detention', 'custody'],
  ['resign', 'resigned', 'resignation', 'quit', 'quits'],
  ['protest', 'protests', 'protesters', 'demonstrators', 'demonstration', 'rally'],
  ['agreement', 'deal', 'accord', 'treaty'],
  ['violations', 'violation', 'breaches', 'breach', 'infringements'],
  ['shut', 'closed', 'close'],
  ['reject', 'rejected', 'rejects', 'refuse', 'refused', 'refuses', 'rebuff', 'rebuffed'],
  ['withdraw', 'withdrew', 'withdrawn', 'withdrawal', 'retreat'],
  ['cancel', 'cancelled', 'canceled', 'scrapped', 'scrap'],
  // Denials: "did nothing wrong", "denies wrongdoing", "acted improperly", "nothing illegal".
  [
    'wrongdoing',
    'wrong',
    'improper',
    'improperly',
    'impropriety',
    'illegal',
    'illegally',
    'unlawful',
    'unlawfully',
    'illicit',
    'misconduct',
  ],
  ['deny', 'denied', 'denies', 'denial', 'denying'],
  // Courts and laws: what rulings and statutes do, as each outlet words it.
  [
    'annul',
    'annulled',
    'annuls',
    'invalidate',
    'invalidated',
    'overturn',
    'overturned',
    'overturns',
    'quash',
    'quashed',
    'void',
    'unconstitutional',
  ],
  [
    'require',
    'required',
    'requires',
    'oblige',
    'obliged',
    'obliges',
    'compel',
    'compelled',
    'mandate',
    'mandated',
  ],
  ['interference', 'intervention', 'intrusion', 'encroachment'],
  ['ruling', 'judgment', 'judgement', 'verdict', 'decision'],
  ['law', 'statute', 'legislation'],
  // Business and regulation.
  [
    'block',
    'blocked',
    'blocks',
    'bar',
    'barred',
    'prohibit',
    'prohibited',
    'forbid',
    'forbidden',
    'forbade',
    'veto',
    'vetoed',
  ],
  ['approve', 'approved', 'approval', 'greenlight', 'greenlit'],
  ['shares', 'stock', 'stocks', 'share'],
  ['jobs', 'workers', 'staff', 'employees', 'workforce'],
  ['customers', 'clients', 'subscribers', 'consumers', 'shoppers'],
  ['fine', 'fined', 'penalty', 'penalties'],
  ['suspend', 'suspended', 'suspension', 'halt', 'halted', 'pause', 'paused'],
  ['warn', 'warned', 'warning', 'warns', 'caution', 'cautioned'],
  ['accuse', 'accused', 'accuses', 'accusation', 'accusations', 'blame', 'blamed', 'blames'],
  [
    'steal',
    'stole',
    'stolen',
    'theft',
    'hack',
    'hacked',
    'hackers',
    'cyberattack',
    'plunder',
    'plundered',
    'looted',
  ],
  ['summon', 'summoned', 'summons'],
];

const SYNONYM_OF = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const key = stemmer(group[0] ?? '');
  for (const word of group) if (!SYNONYM_OF.has(stemmer(word))) SYNONYM_OF.set(stemmer(word), key);
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

/** Word → term, memoised: stemming is the costly step and pages repeat their words. */
const TERM_CACHE = new Map<string, string>();
const TERM_CACHE_LIMIT = 50_000;

function termOf(word: string): string {
  let term = TERM_CACHE.get(word);
  if (term === undefined) {
    const stem = stemmer(word);
    term = SYNONYM_OF.get(stem) ?? stem;
    if (TERM_CACHE.size >= TERM_CACHE_LIMIT) TERM_CACHE.clear();
    TERM_CACHE.set(word, term);
  }
  return term;
}

/**
 * Phrasal verbs news writers use for one-word verbs ("stepped down" = resigned, "turned down" =
 * rejected): read as that verb, so the synonym groups above apply to them too.
 */
const PHRASAL_VERBS: Array<[RegExp, string]> = [
  [/\bstep(?:s|ped|ping)?\s+(?:down|aside)\b/giu, 'resign'],
  [/\b(?:stand|stands|stood|standing)\s+(?:down|aside)\b/giu, 'resign'],
  [/\b(?:leave|leaves|left|leaving)\s+(?:office|(?:his|her|their)\s+post)\b/giu, 'resign'],
  [/\b(?:strike|strikes|struck|striking)\s+down\b/giu, 'annul'],
  [/\b(?:throw|throws|threw|thrown|throwing)\s+out\b/giu, 'annul'],
  [/\b(?:come|comes|came|coming|enter|enters|entered|entering)\s+into\s+force\b/giu, 'effect'],
  [/\b(?:take|takes|took|taken|taking)\s+effect\b/giu, 'effect'],
  [/\bturn(?:s|ed|ing)?\s+down\b/giu, 'reject'],
  [/\bpull(?:s|ed|ing)?\s+out\b/giu, 'withdraw'],
  [/\bcall(?:s|ed|ing)?\s+off\b/giu, 'cancel'],
  [/\b(?:break|breaks|broke|breaking)\s+out\b/giu, 'begin'],
  [/\bshut(?:s|ting)?\s+down\b/giu, 'close'],
  // "made the breach public", "went public", "came clean": disclosed ("made a public statement" is not).
  [/\b(?:make|makes|made|making)(?=\s+(?:[\p{L}'’-]+\s+){0,3}?(?<!\b(?:a|an|the)\s)public\b)/giu, 'disclose'],
  [/\b(?:go|goes|went|gone|going)\s+public\b/giu, 'disclose'],
  [/\b(?:come|comes|came|coming)\s+clean\b/giu, 'disclose'],
  // "had come to Moscow", "has flown into Moscow", "jetted into Moscow": arrived (the place may
  // already be blanked as an actor name); "send the visitors away" or "send the visitors packing":
  // expel (the words between are kept).
  [/\b(?:come|comes|came|coming)\s+to(?=\s+(?:\p{Lu}|[.,;:]|$))/gu, 'visit'],
  [
    /\b(?:fly|flies|flew|flown|flying|jet|jets|jetted|jetting)\s+in(?:to)?(?=\s+(?:\p{Lu}|[.,;:]|$))/gu,
    'visit',
  ],
  // "had not sat down with the group": met.
  [/\b(?:sit|sits|sat|sitting)\s+down\s+with\b/giu, 'meet'],
  [
    /\bsen(?:d|ds|t|ding)(?=\s+(?:(?:[\p{L}'’-]+\s+){0,3}?away|(?:[\p{L}'’-]+\s+){1,3}?packing)\b)/giu,
    'expel',
  ],
  // "getting Russian citizens and other foreign nationals out of the enclave": evacuating them.
  [/\b(?:get|gets|got|gotten|getting)(?=\s+(?:[\p{L}'’-]+\s+){1,6}?out\s+of\b)/giu, 'evacuate'],
  // "boot the Hamas delegation out of Russia", "throw the officials out of the country": expel
  // ("kick" is expel already; a case thrown out of court is annulled, above).
  [
    /\b(?:boot(?:s|ed|ing)?|throw(?:s|n|ing)?|threw|turf(?:s|ed|ing)?|sen(?:d|ds|t|ding))(?=\s+(?:[\p{L}'’-]+\s+){1,4}?out\s+of\s+(?!court\b))/giu,
    'expel',
  ],
];
const MAY_HAVE_PHRASAL =
  /\b(?:down|aside|out|off|office|post|force|effect|come|comes|came|coming|away|public|clean|packing|fly|flies|flew|flown|flying|jet|jets|jetted|jetting)\b/iu;

/** The stemmed, synonym-folded content terms of `text`, in order (duplicates kept). */
export function contentTerms(input: string): string[] {
  let text = input;
  if (MAY_HAVE_PHRASAL.test(text))
    for (const [phrase, verb] of PHRASAL_VERBS) text = text.replace(phrase, verb);
  const terms: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = wordTerm(match[0]);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** The content term of one word (as contentTerms would give it), or null for a stop word. */
export function wordTerm(word: string): string | null {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return lower.length < 2 || STOP_WORDS.has(lower) ? null : termOf(lower);
}

/**
 * Role and sourcing words: how a source introduces people and its own sources ("Deputy Foreign
 * Minister", "news agency", "press conference"). They are framing, not the claim, so they weigh little.
 */
const ROLE_WORDS = new Set(
  `deputy minister ministers foreign affairs spokesman spokeswoman spokesperson president prime head chief senior
  member members official officials agency agencies news outlet media press conference briefing source sources
  ambassador director secretary general representative russian iranian israeli palestinian american ukrainian
  state-owned pro-kremlin independent daily local`.split(/\s+/),
);
const ROLE_STEMS = new Set([...ROLE_WORDS].map((word) => SYNONYM_OF.get(stemmer(word)) ?? stemmer(word)));

/** True for a term (as returned by contentTerms) that names a role or a source rather than a claim. */
export function isRoleTerm(term: string): boolean {
  return ROLE_STEMS.has(term);
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** Month and weekday stems: they say when, not what (a date feature carries them). */
export const CALENDAR_TERMS: ReadonlySet<string> = new Set(
  contentTerms(
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday',
  ),
);
