/**
 * Page text in scripts that transcribe foreign names by sound, cut into units (a kana, a Hangul
 * syllable, a transcription character, a Greek or Devanagari letter) with each unit's sound
 * classes (sound-classes.ts) and where a name may start or end. Chinese and Japanese have no
 * spaces: a Chinese name may start at any transcription character (han-transcription.ts), a
 * Japanese one at the start of a katakana word; Korean, Greek and Hindi names start at a word.
 * Words of one name are joined by spaces, hyphens or the name dots "·" "・". Korean particles
 * follow a name in the same word (하마스는), so a Korean name may end inside a word; a Greek one
 * before a case ending (-ς). Cost: O(text) for the units; nothing for text in other scripts.
 */
import { hanTranscriptions } from './han-transcription';
import { soundClasses } from './sound-classes';

export type SoundScript = 'han' | 'kana' | 'hangul' | 'greek' | 'devanagari';

export interface SoundUnit {
  start: number;
  end: number;
  classes: string;
  /** Another reading of the unit's consonant (ジ is "ji" or "di"). */
  alternative?: string;
  /**
   * Hindi and Korean only, whose own words share these scripts: the vowel the unit writes, coarsely
   * (A E I O U; '' for none), to check a short name's.
   */
  vowel?: string;
  /** A name may start at this unit. */
  canStart: boolean;
  /** A name may end after this unit. */
  canEnd: boolean;
  /** The unit after it may continue the same name. */
  joinsNext: boolean;
}

/** Any letter of these scripts (plain ranges: a Unicode script class costs ms to compile). */
export const SOUND_SCRIPT_CHAR = /[\u0370-\u03ff\u0904-\u097f\u30a1-\u30fa\u4e00-\u9fff\uac00-\ud7a3]/;

/** Katakana U+30A1–U+30FA: the class of each letter's consonant ('-' = none). */
const KANA_CLASSES =
  '----------KKKKKKKKKKTTTTTTTTTTTDTT-TTTDTDNNNNNHBBHBBBBBHBBHBBMMMMM------RRRRR-BBB-NBKKBBBB';
/** Kana that write two Latin consonants: ジ and ヂ are "ji" and "di" (ウラジーミル Vladimir). */
const KANA_ALTERNATIVES: Record<string, string> = { ジ: 'D', ヂ: 'D' };
const HANGUL_INITIALS = 'KKNDDRMBBTT-TTTKTBH';
/** Final ㅇ is G: Korean writes it for "ng" only, and native words end in it (보통 is not Putin). */
const HANGUL_FINALS = '-KKKNNNTRRRRRRRRMBBTTGTTKTBH';
/**
 * Greek pairs that write one Latin consonant (Μπογκντάνοφ = Bogdanov), or none: γι before a vowel
 * writes y (Χαγιάτ = Haiat).
 */
const GREEK_PAIRS: Record<string, string> = {
  μπ: 'B',
  ντ: 'D',
  γκ: 'K',
  γγ: 'NK',
  τσ: 'T',
  τζ: 'T',
  γι: '',
  γί: '',
};
const GREEK_LETTERS: Record<string, string> = {
  β: 'B',
  γ: 'K',
  δ: 'D',
  ζ: 'T',
  θ: 'T',
  κ: 'K',
  λ: 'R',
  μ: 'M',
  ν: 'N',
  ξ: 'KT',
  π: 'B',
  ρ: 'R',
  σ: 'T',
  ς: 'T',
  τ: 'T',
  φ: 'B',
  χ: 'H',
  ψ: 'BT',
};
/** Devanagari consonants U+0915–U+0939, then the nukta letters U+0958–U+095F ('-' = none). */
const DEVANAGARI_CONSONANTS = 'KHKKNTTTTNTTDDNTTDDNNBBBBM-RRRRRBTTTH';
const DEVANAGARI_NUKTA = 'KHKTRRB-';
const DEVANAGARI_ANUSVARA = 0x0902;

function devanagariClass(cp: number): string {
  const cls =
    cp === DEVANAGARI_ANUSVARA
      ? 'N'
      : cp >= 0x0958
        ? DEVANAGARI_NUKTA[cp - 0x0958]
        : DEVANAGARI_CONSONANTS[cp - 0x0915];
  return cls === undefined || cls === '-' ? '' : cls;
}

/** Name dots and the spaces and hyphens between the words of one name. */
const JOINERS = /^[\s\u00a0\-\u2010\u2011·・‧=＝]{1,3}$/;

function scriptOf(char: string): SoundScript | null {
  const cp = char.charCodeAt(0);
  if (cp >= 0x30a1 && cp <= 0x30fc && cp !== 0x30fb) return 'kana';
  if (cp >= 0xac00 && cp <= 0xd7a3) return 'hangul';
  if (cp >= 0x0370 && cp <= 0x03ff) return 'greek';
  // Devanagari letters and signs; not the dandas (sentence ends) or digits U+0964–U+096F.
  if ((cp >= 0x0900 && cp <= 0x0963) || (cp >= 0x0970 && cp <= 0x097f)) return 'devanagari';
  if (cp >= 0x4e00 && cp <= 0x9fff) return hanTranscriptions().has(char) ? 'han' : null;
  return null;
}

function unitClasses(script: SoundScript, char: string): string {
  const cp = char.charCodeAt(0);
  switch (script) {
    case 'kana': {
      const cls = KANA_CLASSES[cp - 0x30a1] ?? '-';
      return cls === '-' ? '' : cls;
    }
    case 'hangul': {
      const index = cp - 0xac00;
      const initial = HANGUL_INITIALS[Math.floor(index / 588)] ?? '-';
      const final = HANGUL_FINALS[index % 28] ?? '-';
      return (initial + final).replace(/-/g, '');
    }
    case 'han':
      return soundClasses(hanTranscriptions().get(char) ?? '');
    case 'greek': {
      const base = char.normalize('NFD').toLowerCase()[0] ?? '';
      return GREEK_LETTERS[base] ?? '';
    }
    case 'devanagari':
      return devanagariClass(cp);
  }
}

/** Hangul medial vowels ㅏ…ㅣ, coarsely (ㅓ ㅕ ㅝ as o: 버튼 "button" is not 푸틴 Putin); ㅡ is inserted. */
/** ('-' = none: ㅡ is inserted between consonants.) */
const HANGUL_VOWELS = 'AEAEOEOEOAEOOUOEUU-II';
/** Devanagari independent vowels U+0905–U+0914 and vowel signs U+093E–U+094C ('-' = none). */
const DEVANAGARI_VOWELS = 'AAIIUUI-EEEEOOOO';
const DEVANAGARI_SIGNS = 'AIIUUIIEEEEOOOO';
const VIRAMA = 0x094d;
const NUKTA = 0x093c;

function devanagariVowel(text: string, at: number): string {
  const cp = text.charCodeAt(at);
  if (cp >= 0x0905 && cp <= 0x0914) return DEVANAGARI_VOWELS[cp - 0x0905]?.replace('-', '') ?? '';
  if (!(cp >= 0x0915 && cp <= 0x0939) && !(cp >= 0x0958 && cp <= 0x095f)) return '';
  // A consonant: the sign after it (past a nukta), none before a virama, else the inherent a.
  let next = at + 1;
  if (text.charCodeAt(next) === NUKTA) next++;
  const sign = text.charCodeAt(next);
  if (sign === VIRAMA) return '';
  if (sign >= 0x093e && sign <= 0x094c) return DEVANAGARI_SIGNS[sign - 0x093e]?.replace('-', '') ?? '';
  return 'A';
}

function unitVowel(script: SoundScript, text: string, at: number): string | undefined {
  if (script === 'hangul')
    return HANGUL_VOWELS[Math.floor(((text.charCodeAt(at) - 0xac00) % 588) / 28)]?.replace('-', '') ?? '';
  if (script === 'devanagari') return devanagariVowel(text, at);
  return undefined;
}

function isCapital(char: string): boolean {
  return char !== char.toLowerCase();
}

/** One word of one script: its units, in text order. */
function wordUnits(text: string, start: number, end: number, script: SoundScript): SoundUnit[] {
  const units: SoundUnit[] = [];
  for (let at = start; at < end;) {
    const pair = script === 'greek' ? GREEK_PAIRS[text.slice(at, at + 2).toLowerCase()] : undefined;
    const width = pair !== undefined ? 2 : 1;
    const alternative = script === 'kana' ? KANA_ALTERNATIVES[text[at] ?? ''] : undefined;
    const vowel = unitVowel(script, text, at);
    units.push({
      start: at,
      end: at + width,
      classes: pair ?? unitClasses(script, text[at] ?? ''),
      ...(alternative ? { alternative } : {}),
      ...(vowel !== undefined ? { vowel } : {}),
      // Greek has capitals: a name starts with one ("πολιτών", citizens, is no name).
      canStart: script === 'han' || (at === start && (script !== 'greek' || isCapital(text[at] ?? ''))),
      canEnd: false,
      joinsNext: true,
    });
    at += width;
  }
  // A name ends where the word's consonants end (Greek may add a case ending's ς).
  for (let k = units.length - 1; k >= 0; k--) {
    const unit = units[k];
    if (!unit) continue;
    unit.canEnd = true;
    if (unit.classes && !(script === 'greek' && unit.classes === 'T' && k === units.length - 1)) break;
  }
  // No word ends there: any unit that writes a consonant may end a name (a vowel-only one is
  // the next word or a particle: 哈马斯伊朗, 하마스와).
  if (script === 'han' || script === 'hangul') for (const unit of units) unit.canEnd = unit.classes !== '';
  return units;
}

/** The sound units of every word in these scripts, in text order. Empty for other text. */
export function soundUnits(text: string): SoundUnit[] {
  if (!SOUND_SCRIPT_CHAR.test(text)) return [];
  const units: SoundUnit[] = [];
  let previous: { script: SoundScript; end: number; lastUnit: number } | null = null;
  for (let at = 0; at < text.length;) {
    const script = scriptOf(text[at] ?? '');
    if (!script) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && scriptOf(text[end] ?? '') === script) end++;
    const word = wordUnits(text, at, end, script);
    if (previous) {
      const last = units[previous.lastUnit];
      if (last) last.joinsNext = previous.script === script && JOINERS.test(text.slice(previous.end, at));
    }
    units.push(...word);
    previous = { script, end, lastUnit: units.length - 1 };
    at = end;
  }
  const last = units[units.length - 1];
  if (last) last.joinsNext = false;
  return units;
}
