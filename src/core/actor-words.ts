/**
 * Curated word lists for actor extraction: function words, title words, organisation / media /
 * place head nouns, demonyms with their countries, and a small table of well-known acronyms and
 * news agencies. General English news vocabulary only: nothing here names the people of one story.
 *
 * Cost: Set/Map look-ups, O(1) per word.
 */
import type { ActorKind } from './pack-schema';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Capitalised only because they start a sentence (or a headline word): never a name by themselves. */
export const FUNCTION_WORDS = words(`
  a an the and or but nor if so yet then than that this these those there here what which who whom whose
  why how where when while whereas after before since until during according although though however
  meanwhile moreover furthermore also later earlier today tonight yesterday tomorrow now still even just only
  in on at to of for from by with as into onto about above below over under through across against among
  between despite because due amid near via without within upon per
  he she it we i you they his her its our your their him them us me my mine my
  some many most much all both each every other another such few several any no not none one two three four
  five first second third last next new former latest recent
  is are was were be been has have had do does did will would can could should may might must
  mr mrs ms dr
  read photo video source sources details update background advertisement subscribe related trending watch
  welcome share click live chat home news subjects similar posts more see also note editor
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  god
`);

/** Core title nouns: a person next to one of these is the holder of the title. */
export const TITLE_CORE = words(`
  minister ministers president presidents spokesman spokeswoman spokesperson spokesmen spokespeople
  ambassador ambassadors secretary head chairman chairwoman chair director envoy envoys representative
  representatives leader leaders member members chief commander premier king queen prince princess emir
  sheikh mayor governor senator speaker judge prosecutor officer official officials adviser advisor
  counterpart colleague diplomat negotiator pope patriarch chancellor founder executive coordinator commissioner
  consul attache correspondent editor lawyer analyst expert professor general colonel lieutenant captain
  sergeant admiral marshal delegate delegates deputy boss bosses ceo ceos cfo coo chairperson owner
  mp mps pm councillor councilor economist survivor pensioner engineer engineers inspector
`);

/** Words that qualify a title or an organisation ("Deputy Foreign Minister", "Political Committee"). */
export const MODIFIERS = words(`
  deputy vice first prime foreign senior special permanent acting former interim chief general
  defence defense interior finance health economy economic justice security political military supreme
  central national federal state internal external intelligence executive armed border public
  international human humanitarian islamic crown
  energy transport transportation education agriculture labour labor culture environment tourism
  communications housing infrastructure science sport sports fisheries
  western eastern northern southern
  presidential opposition
`);

/** Head nouns of organisations. */
export const ORG_HEADS = words(`
  ministry ministries committee bureau council agency assembly embassy government authority organization
  organisation party movement office department commission court parliament nations union foundation
  foundations institute university service group front brigades brigade corporation company league
  association alliance coalition army forces guard corps police administration cabinet consulate mission
  secretariat presidency duma knesset senate congress directorate centre center fund school academy house
  hospital hospitals clinic clinics
  board tribunal exchange chamber confederation unions society
`);

/**
 * Lowercase nouns that make an organisation of the name next to them: "shipping company
 * Baltline", "the firm X", "rights group X", "The port operator, X, said", "X, a logistics firm,".
 * ("agency" only when qualified by a non-media word — "border agency X"; "news agency X" is media.)
 * Nouns that also name people's jobs ("producer", "developer", "broker", "maker") are left out.
 */
export const ORG_CUES = words(`
  company companies firm firms operator group union party bank carrier airline manufacturer
  retailer agency corporation conglomerate insurer lender chain supplier startup charity
  organisation organization association consortium cooperative subsidiary automaker carmaker
  shipper utility
`);

/**
 * Last words of organisation names: a name ending in one of them is an organisation, not a
 * person, when nothing else says what it is ("Corvo Terminals", "Acme Holdings", "Delta Air Lines").
 */
/** Legal-form suffixes that close an organisation's name ("Acme Company Ltd", "Baltline Inc"). */
export const ORG_LEGAL_SUFFIXES = words(`ltd inc corp llc plc gmbh ag sa nv`);

export const ORG_NAME_ENDINGS = new Set([
  ...ORG_LEGAL_SUFFIXES,
  ...words(`
    terminals holdings systems airlines airways lines bank media partners industries enterprises
    technologies logistics shipping motors pharmaceuticals laboratories labs solutions ventures
    insurance group union associates networks brands securities chemicals investments resources
    energy electric foods steel mining telecom railways construction capital act ferries retail
    holding bau gruppe werke
  `),
]);

/** Lowercase heads that still make an organisation of the name before them ("Hamas political bureau"). */
export const LOWERCASE_ORG_HEADS = words(`
  ministry bureau committee council embassy government parliament cabinet consulate administration
  army navy police presidency court office department commission
`);

/** Words after an organisation's name that still belong to it ("Ministry of Foreign Affairs"). */
export const ORG_TAIL_WORDS = words(
  `affairs relations rights development cooperation industry trade commerce`,
);

/** Head words of news media names. */
export const MEDIA_HEADS = words(`
  times post guardian news novosti herald tribune journal gazette today telegraph observer express
  mirror chronicle pravda izvestia wire press radio tv television broadcasting magazine daily
  star sun mail globe ledger courier sentinel dispatch monitor review inquirer examiner
`);

/** Lowercase words that announce a medium: "news agency TASS", "daily Kommersant". */
export const MEDIA_CUES = words(`
  agency outlet daily newspaper paper broadcaster channel tabloid publication website magazine weekly
  network
`);

/** Generic words dropped when comparing media names ("TASS News Agency" = "TASS"). */
export const MEDIA_GENERIC = words(`the news agency`);

/** Head words of place names. */
export const PLACE_HEADS = words(`
  strip city oblast region province district governorate island islands sea river valley mountains
  peninsula heights coast federation republic kingdom emirates states territories territory
  strait straits bay gulf street road square avenue dam pass bridge lake
`);

/** Generic place words dropped when comparing places ("Gaza Strip" = "Gaza", "Russian Federation" = "Russia"). */
export const PLACE_GENERIC = words(
  `the of strip oblast region province district governorate federation republic`,
);

/** First words that make a place of the name after them ("East Jerusalem", "New York"). */
export const PLACE_PREFIXES = words(
  `east west north south middle central upper lower new san santa los las saint st fort port mount lake cape`,
);

/** Compass words: a place only together with another word ("the West" is no actor). */
export const COMPASS = words(`east west north south middle`);

/** Lowercase name particles that join the parts of a name. */
export const NAME_PARTICLES = words(
  `al el ad ud bin ibn bint de del della di da dos das du la le van von der den ter ben`,
);

/** Nouns after a name that make an organisation of it ("Hamas delegation", "Kremlin officials"). */
export const MEMBER_NOUNS = words(`
  delegation delegations officials official leaders leadership representatives representative members
  member terrorists fighters militants spokesman spokeswoman spokesperson envoy envoys government regime
  forces troops authorities activists supporters militia commanders operatives
`);

/** Verbs of speech: after a bare name they suggest a person (or an organisation speaking). */
export const SPEECH_VERBS = words(`
  said says stated states explained added told noted claimed warned revealed condemned announced
  clarified stressed posted emphasized emphasised insisted argued confirmed responded replied urged
  demanded accused called
`);

/** Verbs of reporting: after a bare name they suggest a medium. */
export const REPORT_VERBS = words(`reported reports wrote writes cited citing quoted quotes published`);

/** Prepositions that put a place after them, and "neighbouring", which only a place is. */
export const PLACE_PREPOSITIONS = words(
  `in from into inside near across throughout within outside toward towards neighbouring neighboring`,
);

/**
 * Demonym → country, for the common cases the suffix rule (Iranian → Iran) misses. Plurals are
 * handled by the caller.
 */
const DEMONYM_PAIRS = `
  russian:russia israeli:israel iranian:iran palestinian:palestine ukrainian:ukraine american:america
  chinese:china syrian:syria iraqi:iraq egyptian:egypt lebanese:lebanon jordanian:jordan saudi:saudi
  turkish:turkey german:germany french:france british:britain english:england italian:italy
  spanish:spain polish:poland qatari:qatar emirati:emirates yemeni:yemen afghan:afghanistan
  pakistani:pakistan indian:india japanese:japan korean:korea belarusian:belarus georgian:georgia
  armenian:armenia azerbaijani:azerbaijan kazakh:kazakhstan european:europe arab:arabia african:africa
  libyan:libya tunisian:tunisia algerian:algeria moroccan:morocco sudanese:sudan hungarian:hungary
  czech:czechia slovak:slovakia romanian:romania bulgarian:bulgaria serbian:serbia croatian:croatia
  greek:greece dutch:netherlands swedish:sweden norwegian:norway danish:denmark finnish:finland
  canadian:canada mexican:mexico brazilian:brazil australian:australia swiss:switzerland
  austrian:austria belgian:belgium irish:ireland scottish:scotland welsh:wales kurdish:kurdistan
  venezuelan:venezuela cuban:cuba chechen:chechnya moldovan:moldova lithuanian:lithuania
  latvian:latvia estonian:estonia soviet:soviet
`;
export const DEMONYM_TO_COUNTRY = new Map(
  DEMONYM_PAIRS.trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);
/** Countries, and capitals often used for their governments ("Tehran's support", "Warsaw said"). */
export const COUNTRY_NAMES = new Set(DEMONYM_TO_COUNTRY.values());
export const CAPITAL_CITIES = words(`
  moscow kyiv kiev minsk warsaw vilnius riga tallinn helsinki stockholm oslo copenhagen berlin paris london
  madrid lisbon rome vienna prague bratislava budapest bucharest sofia belgrade zagreb athens ankara
  brussels amsterdam bern dublin tbilisi yerevan baku astana tehran baghdad damascus beirut amman
  jerusalem riyadh doha cairo tripoli tunis algiers rabat khartoum kabul islamabad delhi beijing tokyo
  seoul pyongyang washington ottawa havana caracas brasilia chisinau
`);

/** A well-known actor with its accepted short and long forms. */
export interface KnownActor {
  name: string;
  kind: ActorKind;
  forms: string[];
}

/** Well-known acronyms and agencies whose forms share no spelling (ISIS = Islamic State). */
export const KNOWN_ACTORS: KnownActor[] = [
  {
    name: 'Islamic State',
    kind: 'organization',
    forms: [
      'ISIS',
      'ISIL',
      'Daesh',
      'Islamic State',
      'Islamic State of Iraq and Syria',
      'Islamic State of Iraq and the Levant',
    ],
  },
  { name: 'United Nations', kind: 'organization', forms: ['UN', 'U.N.', 'United Nations'] },
  {
    name: 'United Nations Security Council',
    kind: 'organization',
    forms: ['UNSC', 'UN Security Council', 'United Nations Security Council'],
  },
  { name: 'European Union', kind: 'organization', forms: ['EU', 'European Union'] },
  { name: 'NATO', kind: 'organization', forms: ['NATO', 'North Atlantic Treaty Organization'] },
  {
    name: 'Israel Defense Forces',
    kind: 'organization',
    forms: ['IDF', 'Israel Defense Forces', 'Israel Defence Forces'],
  },
  { name: 'TASS', kind: 'media', forms: ['TASS', 'ITAR-TASS', 'TASS News Agency'] },
  {
    name: 'RIA Novosti',
    kind: 'media',
    forms: ['RIA', 'RIA Novosti', 'Russia News Agency', 'Russian News Agency', 'Russian Information Agency'],
  },
  { name: 'Reuters', kind: 'media', forms: ['Reuters'] },
  { name: 'Associated Press', kind: 'media', forms: ['AP', 'Associated Press'] },
  { name: 'Agence France-Presse', kind: 'media', forms: ['AFP', 'Agence France-Presse'] },
  { name: 'Interfax', kind: 'media', forms: ['Interfax'] },
  { name: 'Xinhua', kind: 'media', forms: ['Xinhua', 'Xinhua News Agency'] },
  { name: 'Anadolu Agency', kind: 'media', forms: ['Anadolu', 'Anadolu Agency'] },
  { name: 'Al Arabiya', kind: 'media', forms: ['Al Arabiya', 'Al-Arabiya'] },
  { name: 'Sputnik', kind: 'media', forms: ['Sputnik'] },
  { name: 'RT', kind: 'media', forms: ['RT', 'Russia Today'] },
  { name: 'IRNA', kind: 'media', forms: ['IRNA', 'Islamic Republic News Agency'] },
  { name: 'Tasnim', kind: 'media', forms: ['Tasnim', 'Tasnim News Agency'] },
  { name: 'WAFA', kind: 'media', forms: ['WAFA', 'Wafa'] },
  { name: 'Yonhap', kind: 'media', forms: ['Yonhap', 'Yonhap News Agency'] },
  { name: 'KCNA', kind: 'media', forms: ['KCNA', 'Korean Central News Agency'] },
  { name: 'Kyodo', kind: 'media', forms: ['Kyodo', 'Kyodo News'] },
  { name: 'Ukrinform', kind: 'media', forms: ['Ukrinform'] },
  { name: 'Deutsche Presse-Agentur', kind: 'media', forms: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  {
    name: 'US State Department',
    kind: 'organization',
    forms: ['State Department', 'U.S. State Department', 'US State Department', 'Department of State'],
  },
  { name: 'Pentagon', kind: 'organization', forms: ['Pentagon', 'US Department of Defense'] },
  {
    name: 'UNRWA',
    kind: 'organization',
    forms: ['UNRWA', 'United Nations Relief and Works Agency', 'UN Relief and Works Agency'],
  },
  { name: 'Al Jazeera', kind: 'media', forms: ['Al Jazeera', 'Al-Jazeera'] },
  { name: 'BBC', kind: 'media', forms: ['BBC', 'British Broadcasting Corporation'] },
  { name: 'CNN', kind: 'media', forms: ['CNN'] },
  {
    name: 'United States',
    kind: 'place',
    forms: ['US', 'U.S.', 'USA', 'United States', 'United States of America'],
  },
  { name: 'United Kingdom', kind: 'place', forms: ['UK', 'U.K.', 'United Kingdom'] },
];
