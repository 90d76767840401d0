/**
 * The folding half of a name's phonetic key: what an ASCII-transliterated token becomes so that
 * spelling and transliteration variants collide (Zakharova/Zaharova/Sacharowa, Marzouk/Marsuk).
 * Its own module, free of any-ascii, so names.ts (corpus building) and match-name-key.ts (the
 * content script, which transliterates with the MatcherIndex's table) share one implementation.
 * Cost: O(token length).
 */

/**
 * Slavic surname endings folded to one stem: Czech feminine of an -ov/-in name ("Zacharovová"),
 * Russian feminine ("Zakharova", "Putina"), Polish/Ukrainian -ska/-sky/-skiy forms.
 */
function foldSurnameEnding(s: string): string {
  if (s.length < 6) return s;
  return (
    s
      .replace(/(ov|ev|in)ova$/, '$1')
      .replace(/(ov|ev|in)a$/, '$1')
      // Ukrainian writes the feminine of -yn surnames -yna: Voloshyna (Voloshina). Not a short stem:
      // Turkish "Ukrayna" is Ukraine, not a surname.
      .replace(/(?<=[a-z]{5})yna$/, 'yn')
      .replace(/sk(?:aya|aja|iy|ii|yi|yy|ij|a|i|y)$/, 'ski')
  );
}

/**
 * Czech/Slovak feminine surnames add "-ová" to the masculine form ("Novák" → "Nováková",
 * "Zacharov" → "Zacharovová"). Only the accented ending is cut: an unaccented "-ova" is usually
 * the Russian feminine of an "-ov" name, which foldSurnameEnding handles. Cut before transliterating.
 */
export const CZECH_FEMININE = /(?<=\p{L}{3})ov\u00e1(?=(?:['\u2019]s?)?$)/iu;

/** Phonetic key of an ASCII-transliterated name token; '' when it has no letters. */
export function foldAsciiKey(ascii: string): string {
  let s = ascii
    .toLowerCase()
    .replace(/['`]s$/, '') // possessive: Peskov's
    .replace(/[^a-z]/g, '');
  if (s.length === 0) return '';
  s = s.replace(/w/g, 'v');
  // Slavic and Baltic languages end names in a j glide: Marija, Rusija (Maria, Russia).
  s = s.replace(/ija$/, 'ia');
  // Arabic and Persian names end in a vowel written -a, -ah or -eh: Haniya, Haniyah, Haniyeh.
  if (s.length >= 5) s = s.replace(/[ae]h$/, 'a');
  // French and old German spellings end Russian -ов names in -off (Kharitonoff, Maranoff); South
  // Slavic -ić is written -ic, -ich or -itch (Ostrovic, Ostrovich); German -dt sounds as t (Brandt).
  if (s.length >= 6) s = s.replace(/off$/, 'ov').replace(/i(?:t?ch|c)$/, 'ik');
  s = s.replace(/dt/g, 't');
  // Russian ю after a consonant is written yu or u: Erlyund, Lyudmila (Erlund, Ludmila).
  s = s.replace(/(?<=[bdfgklmnprstvz])yu/g, 'u');
  // Before the Spanish j below, which would read the Slavic -skaja (Lenskaja = Lenskaya) as a kh.
  s = foldSurnameEnding(s);
  // Spanish writes Russian х as j between vowels: Zajárova, Mijaíl (Zakharova, Mikhail).
  s = s.replace(/(?<=[aeiou])j(?=[aeiou])/g, 'kh');
  s = s
    .replace(/[kc]h/g, 'h') // Zakharova/Zaharova, Sacharowa, Khaiat/Haiat
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/([sz])h/g, '$1')
    .replace(/([bdgjlmnprtv])h/g, '$1')
    .replace(/ck/g, 'k')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/ou|oo/g, 'u')
    .replace(/[eiyj]/g, 'i');
  return s.replace(/(.)\1+/g, '$1');
}
