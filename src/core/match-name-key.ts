/**
 * The phonetic key of one page token, as names.ts `nameKey` computes it, but transliterating with
 * the MatcherIndex's table (match-translit.ts) instead of importing any-ascii into the content
 * script. The folding is the same code (name-fold.ts); match-name-key.test.ts checks the two
 * transliterations agree on every alias token of the shipped corpus and a table of spellings.
 * Also: inflected forms ("Захаровой", "Putins", "Zacharovovej") get fallback keys with a case
 * ending cut, tried only when the plain key spells out no name.
 * Cost: O(token length); callers cache per token.
 */
import { transliterate, type TranslitTable } from './match-translit';
import { CZECH_FEMININE, foldAsciiKey } from './name-fold';

/** The ASCII form of a token before folding (what nameKey feeds its folding). */
export function tokenAscii(token: string, table: TranslitTable): string {
  return transliterate(token.normalize('NFC').replace(CZECH_FEMININE, ''), table);
}

/** Same value as names.ts nameKey(token) for tokens in the table's scripts. */
export function pageNameKey(token: string, table: TranslitTable): string {
  return foldAsciiKey(tokenAscii(token, table));
}

/**
 * Case endings cut for a second try, longest first: Slavic declension (Russian, Ukrainian, Czech,
 * Slovak, Polish), German genitive -s, Baltic nominatives (Lithuanian Marzukas, Peskovas), Finnish
 * cases (Hamasin, Moskovassa), Hungarian suffixes (Moszkvában, Bogdanovval), the Romanian article
 * (Israelul, Hamasului). "i"/"y" only for non-Latin tokens ("России"), so the English adjective
 * "Israeli" never becomes "Israel"; in Latin script "i" only after j, the Polish genitive of nouns
 * in -ja (Rosji → Rosja; not after i: "Arabii" is no form of "Aarabi").
 */
const BALTIC_FINNISH_HUNGARIAN_ROMANIAN = [
  'ului',
  'oje',
  'ssa',
  'sta',
  'lla',
  'lle',
  'lta',
  'ksi',
  'ban',
  'ben',
  'val',
  'vel',
  'nak',
  'nek',
  'ul',
  'as',
  'us',
  'in',
  'n',
  'o',
];
const SLAVIC_GERMAN = [
  'ovej',
  'ovou',
  'ovoy',
  'ovoi',
  'ovoj',
  'ovi',
  'owi',
  // Polish instrumental after k and g: "Abu Marzukiem", "z Bogdanowiem".
  'iem',
  'om',
  // Belarusian instrumental: "з Абу Марзукам" (Russian "с Абу Марзуком").
  'am',
  'ym',
  'im',
  'em',
  'oy',
  'oi',
  'oj',
  'ey',
  'ei',
  'ej',
  'ou',
  'u',
  'a',
  'e',
  's',
];
const ENDINGS = [...SLAVIC_GERMAN, ...BALTIC_FINNISH_HUNGARIAN_ROMANIAN].sort((a, b) => b.length - a.length);
// Soft-stem cases read as a y and a vowel: Израиля, Израилю, Ізраїлем → Izrail-ya, -yu, -yem.
const NON_LATIN_ENDINGS = ['yem', 'yam', 'ya', 'yu', 'i', 'y'];
/** The last code point of the Latin Extended blocks: tokens starting above it are not Latin. */
export const LATIN_END = 0x24f;
const MIN_STEM = 4;

/**
 * Keys of a token with a case ending cut (stem, and stem + "a" for feminine nouns: Москве → Moskva),
 * of its Dutch spelling read as English (oe = u: Poetin, Moesa Aboe Marzoek), and of a j between
 * vowels read as y (Hajat), also with endings cut.
 */
export function inflectedKeys(token: string, table: TranslitTable): string[] {
  const ascii = tokenAscii(token, table)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const nonLatin = (token.codePointAt(0) ?? 0) > LATIN_END;
  const keys: string[] = [];
  const bases = [ascii];
  if (!nonLatin && ascii.includes('oe')) {
    const dutch = ascii.replace(/oe/g, 'u');
    bases.push(dutch);
    keys.push(foldAsciiKey(dutch));
  }
  // A j between vowels is a y in Polish, Czech and German (Hajat = Hayat); the plain key read it
  // as Spanish kh (Zajárova = Zakharova).
  if (!nonLatin && /[aeiou]j[aeiou]/.test(ascii)) {
    const glide = ascii.replace(/(?<=[aeiou])j(?=[aeiou])/g, 'y');
    bases.push(glide);
    keys.push(foldAsciiKey(glide));
  }
  for (const base of bases) {
    for (const ending of nonLatin ? [...ENDINGS, ...NON_LATIN_ENDINGS] : [...ENDINGS, 'i']) {
      if (!base.endsWith(ending) || base.length - ending.length < MIN_STEM) continue;
      const stem = base.slice(0, base.length - ending.length);
      // In Latin script case endings follow a consonant (Peskov-a, Marzuk-om): "Arabi-a" is no
      // form of "Aarabi". (Cyrillic России is Росси-и, as Россия is Росси-я.)
      if (!nonLatin && /^[aeiouy]+$/.test(ending) && /[aeiouy]$/.test(stem)) continue;
      if (!nonLatin && ending === 'i' && !stem.endsWith('j')) continue;
      for (const form of [stem, `${stem}a`]) {
        const key = foldAsciiKey(form);
        if (key.length >= MIN_STEM && !keys.includes(key)) keys.push(key);
      }
    }
  }
  return keys;
}
