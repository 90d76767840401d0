/**
 * Names written in an abjad (Arabic, Hebrew script). These scripts leave most vowels out and use
 * one letter for several Latin ones (Hebrew ב for b and v, ו for v, o and u; Arabic ف for f and
 * the v of foreign names), so a full phonetic key can never meet the corpus's Latin spelling.
 * Both sides are reduced to a consonant skeleton under the script's own equivalences:
 * موسى أبو مرزوق → ms·b·mrsk = Musa Abu Marzouk; פסקוב → fsk = Peskov; زاخاروفا → shr = Zakharova.
 * Prefixed particles (Arabic al-, wa-, bi-, li-; Hebrew ha-, be-, le-, mi-, ve-, she-) are tried
 * off. A skeleton says less than a spelling, so a one-word or short match is ambiguous: it counts
 * only with support (another corpus actor near it), like other short names.
 * Cost: tables built once per index and script; O(token length) per page token.
 */
import type { IndexActor } from './matcher-index';
import { transliterate, type TranslitTable } from './match-translit';

export type Abjad = 'arabic' | 'hebrew';

export function abjadOf(token: string): Abjad | null {
  const cp = token.codePointAt(0) ?? 0;
  if (cp >= 0x0590 && cp <= 0x05ff) return 'hebrew';
  if (cp >= 0x0600 && cp <= 0x06ff) return 'arabic';
  return null;
}

/** The consonant skeleton of an ASCII spelling, as the script writes it. */
export function skeletonOf(ascii: string, script: Abjad): string {
  let s = ascii
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    // A name's first sh stays apart from s and z: the scripts write it with its own letter (ש, ش),
    // which opens words such as שוחררו ("were released") that a merged sibilant read as Zakharova.
    // (Inside a name Hebrew writes an s with ש too: גוטרש, Guterres.)
    .replace(/^sh/, 'S')
    .replace(/[st]h/g, (pair) => pair[0] ?? '')
    .replace(/ck/g, 'k')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's');
  // Arabic has no p or g: it writes a foreign v as f, and g (or Persian gh) as غ or ق.
  // Hebrew writes b and v alike, and p and f alike; a Persian gh (باقری) as ק or ג (באקרי).
  s =
    script === 'arabic'
      ? s.replace(/p/g, 'b').replace(/g/g, 'k').replace(/[fvw]/g, '')
      : s.replace(/p/g, 'f').replace(/g/g, 'k').replace(/[bvw]/g, '');
  s = s.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
  // A final h is most often a vowel letter (Hebrew ה, Arabic ة).
  return s.length > 1 ? s.replace(/h$/, '') : s;
}

/**
 * Letters these scripts use for long vowels. Foreign names are written with them (بوتين, פוטין);
 * bare-consonant words (بطن "belly", حمص "Homs") are the script's own vocabulary, not a name.
 */
const VOWEL_LETTERS = /[\u0627\u0623\u0625\u0622\u0648\u064a\u0649\u05d0\u05d5\u05d9]/u;

/** Arabic's article, alone or after a one-letter particle: its alif is no vowel of the word. */
const ARABIC_ARTICLE_START = /^[\u0648\u0641\u0628\u0643]?\u0627\u0644/u;

/**
 * Whether a one-word name may stand here: the token writes at least one vowel, not counting the
 * alif of an Arabic article (الشهر "the month" writes none, and is no Zakharova).
 */
export function writesVowels(token: string): boolean {
  return VOWEL_LETTERS.test(token.replace(ARABIC_ARTICLE_START, ''));
}

/** Letters for i/e and for o/u that an abjad writes a foreign name's vowels with. */
const I_LETTERS = /[\u05d9\u064a\u0649\u06cc]/u;
const U_LETTERS = /[\u05d5\u0648]/u;
/** Alef and alif (with or without hamza) opening a word write its first vowel. */
const ALEF_START = /^[\u05d0\u0627\u0623\u0625\u0622]/u;

/**
 * Whether the long-vowel letters a page token writes fit a Latin name: a yod or ya is an i or e
 * (or y), a vav or waw an o or u (or v, w). A skeleton alone lets Hebrew חמישי ("Thursday") and
 * המשיך ("continued") pass for Hamas (ḥ-m-s); their yod has no i in "Hamas". Checked on the token
 * with its prefixed particles off too, since ו ("and") is a vav. And a word that opens with
 * alef opens with a vowel, as the name must.
 */
export function vowelLettersFit(token: string, latin: string, script: Abjad): boolean {
  const hasI = /[iey]/.test(latin);
  const hasU = /[ouvw]/.test(latin);
  // A word opening with alef starts with a vowel: أحمد (Ahmad) is no Hamid.
  const opensWithVowel = /^[aeiouy]/.test(latin);
  const fits = (form: string): boolean =>
    (hasI || !I_LETTERS.test(form)) &&
    (hasU || !U_LETTERS.test(form)) &&
    (opensWithVowel || !ALEF_START.test(form));
  let rest = token;
  for (let cut = 0; cut <= 2; cut++) {
    if (fits(rest)) return true;
    // The article comes off whole: its alif cut alone left "لأحمد" (al-Ahmad) opening with a lam.
    if (script === 'arabic' && rest.startsWith(ARABIC_ARTICLE) && rest.length > 4) {
      rest = rest.slice(ARABIC_ARTICLE.length);
      continue;
    }
    if (!PREFIXES[script].includes(rest[0] ?? '') || rest.length <= 3) return false;
    rest = rest.slice(1);
  }
  return false;
}

/**
 * Particles these scripts write onto the next word: Hebrew ב ("in"), ל ("to"), מ ("from"), ו
 * ("and"), ה ("the"), ש ("that"), כ ("as"), and ו before one of them; Arabic و ("and"), ب ("in"),
 * ل ("to"), ف ("so"). "מרוסיה" is "from Russia", "بموسكو" "in Moscow": one word on the page.
 */
const PARTICLES_WRITTEN_ON: Record<Abjad, string[]> = {
  hebrew: ['ב', 'ל', 'מ', 'ו', 'ה', 'ש', 'כ', 'וב', 'ול', 'ומ', 'וה'],
  arabic: ['و', 'ب', 'ل', 'ف'],
};

/**
 * A listed name in Hebrew or Arabic script (match-exonyms.ts) with the particles that may be
 * written onto it. The matcher adds these forms when it compiles its automaton (match-compiled.ts),
 * so the index stays small. (pageSkeletons takes particles off page tokens the other way.)
 */
export function withParticles(name: string): string[] {
  const script = abjadOf(name);
  const particles = script ? PARTICLES_WRITTEN_ON[script] : [];
  return [name, ...particles.map((particle) => `${particle}${name}`)];
}

/** One-letter particles written onto the next word, tried off a page token (at most two). */
const PREFIXES: Record<Abjad, string> = { arabic: 'والبفك', hebrew: 'הבלמושכ' };
const ARABIC_ARTICLE = 'ال';

/** Skeletons a page token may stand for: as written, and with prefixed particles off. */
export function pageSkeletons(token: string, script: Abjad, table: TranslitTable): string[] {
  const bare = token.replace(/\p{M}+/gu, '');
  const forms = new Set([bare]);
  let rest = bare;
  for (let cut = 0; cut < 2 && rest.length > 3; cut++) {
    if (script === 'arabic' && rest.startsWith(ARABIC_ARTICLE)) rest = rest.slice(ARABIC_ARTICLE.length);
    else if (PREFIXES[script].includes(rest[0] ?? '')) rest = rest.slice(1);
    else break;
    forms.add(rest);
    if (script === 'arabic' && rest.startsWith(ARABIC_ARTICLE)) forms.add(rest.slice(ARABIC_ARTICLE.length));
  }
  // ة ends feminine words as a vowel, but foreign names with it as their t (حياة = Hayat).
  if (script === 'arabic')
    for (const form of [...forms]) if (form.endsWith('ة')) forms.add(`${form.slice(0, -1)}ت`);
  // Hebrew כ is a kh (זכרובה, Zakharova) or, in foreign names, a k (כני, Kani).
  if (script === 'hebrew')
    for (const form of [...forms]) if (/[כך]/u.test(form)) forms.add(form.replace(/[כך]/gu, 'ק'));
  // Unpointed ש opening a foreign name is a shin (sh); samekh ס writes an s there.
  const spelled = script === 'hebrew' ? [...forms].map((form) => form.replace(/^ש/u, 'sh')) : [...forms];
  return [...new Set(spelled.map((form) => skeletonOf(transliterate(form, table), script)))].filter(Boolean);
}

export interface SkeletonEntry {
  actor: number;
  /** The Latin alias form the skeletons come from. */
  latin: string;
  /** The name's word skeletons in order (words with no consonant left are left out). */
  skeletons: string[];
  ambiguous: boolean;
}

/** Least skeleton letters for a name at all, and for a one-word name. */
const MIN_LETTERS = 3;
const MIN_SINGLE_LETTERS = 3;
/** Skeleton letters below which a name is ambiguous even with several words. */
const MIN_CONFIDENT_LETTERS = 4;

/** First skeleton → names starting with it, longest first; from the actors' Latin alias forms. */
export function skeletonTable(actors: IndexActor[], script: Abjad): Map<string, SkeletonEntry[]> {
  const table = new Map<string, SkeletonEntry[]>();
  const seen = new Set<string>();
  actors.forEach((actor, at) => {
    // Places and organisations with a spelling in this script (the exonym table's حماس, روسيا) are
    // matched by it: their names are translated, and a skeleton of the Latin one reads ordinary
    // words ("هامشاً", sidelines, as Hamas). People's names are transcribed, and keep both.
    if (actor.kind !== 'person' && actor.aliases.some((alias) => abjadOf(alias.form) === script)) return;
    for (const alias of actor.aliases) {
      if (!/^[a-z]+(?: +[a-z]+)*$/.test(alias.form)) continue; // Latin forms only
      const skeletons = alias.form
        .split(/ +/)
        .map((word) => skeletonOf(word, script))
        .filter(Boolean);
      const first = skeletons[0];
      const id = `${at}:${skeletons.join('·')}`;
      if (!first || seen.has(id)) continue;
      seen.add(id);
      const letters = skeletons.join('').length;
      // Too little left to tell a name from an ordinary word ("Ria" → r).
      if (letters < MIN_LETTERS || (skeletons.length === 1 && letters < MIN_SINGLE_LETTERS)) continue;
      const ambiguous = alias.ambiguous === true || skeletons.length < 2 || letters < MIN_CONFIDENT_LETTERS;
      table.set(first, [...(table.get(first) ?? []), { actor: at, latin: alias.form, skeletons, ambiguous }]);
    }
  });
  for (const entries of table.values()) entries.sort((a, b) => b.skeletons.length - a.skeletons.length);
  return table;
}
