/**
 * Sound classes: a name reduced to the kinds of consonant it is made of, so a Latin spelling can
 * meet a transcription in a script that writes foreign names by sounds it has (Chinese, Japanese
 * kana, Korean Hangul, Greek, Devanagari). Those scripts add vowels (ペスコフ pe-su-ko-fu,
 * 하마스 ha-ma-seu), have no f or v (Korean 페스코프), one letter for l and r, or write "kh" as h;
 * vowels are left out and each consonant becomes its class:
 *   B labials (b p f v w) · T (t and the sibilants s z c j ch sh zh ts) · D (d) · K velars (k g q) ·
 *   H (h, kh) · R liquids (r l) · M · N (n ng); y is a glide and dropped; a repeat collapses.
 * d stays apart from t: these scripts tell them apart (ダ/タ, 達/塔, ㄷ/ㅌ, δ/τ), and so Biden is not Putin.
 * "Peskov" → BTKB = ペスコフ = 페스코프 = 佩斯科夫 = Πεσκόφ; "Zakharova" → THRB = ザハロワ = 자하로바.
 * A class string says far less than a spelling, so callers keep only long ones and treat short
 * ones as ambiguous (match-sound.ts). Cost: O(length).
 */

/** Latin letter (or digraph) → class; vowels and y map to ''. */
const DIGRAPHS: Array<[RegExp, string]> = [
  [/kh/g, 'H'],
  [/gh/g, 'K'],
  [/[cszt]h/g, 'T'],
  [/ph/g, 'B'],
  [/ck/g, 'K'],
  [/ng$/g, 'N'],
  [/x/g, 'KT'],
  // "Moscow": a final w after a vowel is a vowel.
  [/([aeiou])w$/g, '$1'],
];

const LETTER_CLASS: Record<string, string> = {
  b: 'B',
  p: 'B',
  f: 'B',
  v: 'B',
  w: 'B',
  t: 'T',
  d: 'D',
  s: 'T',
  z: 'T',
  c: 'T',
  j: 'T',
  k: 'K',
  g: 'K',
  q: 'K',
  h: 'H',
  r: 'R',
  l: 'R',
  m: 'M',
  n: 'N',
};

/** Appends `classes` to `acc`, collapsing a class that repeats the last one. */
export function appendClasses(acc: string, classes: string): string {
  let result = acc;
  for (const cls of classes) if (result[result.length - 1] !== cls) result += cls;
  return result;
}

/** The sound classes of one romanised word or syllable ("zakharova" → "THRB"). */
export function soundClasses(roman: string): string {
  let s = roman.toLowerCase().replace(/[^a-z]/g, '');
  // "c" before a front vowel sounds s; otherwise k (both are written c in Latin spellings).
  s = s.replace(/c(?=[eiy])/g, 's').replace(/c(?!h)/g, 'k');
  for (const [pattern, replacement] of DIGRAPHS) s = s.replace(pattern, replacement);
  let result = '';
  for (const char of s) {
    const cls = char >= 'A' && char <= 'Z' ? char : (LETTER_CLASS[char] ?? '');
    result = appendClasses(result, cls);
  }
  return result;
}

/** The first vowel of a Latin spelling, coarsely (A E I O U; "ou"/"oo" = U, "ai"/"ay" = E), or ''. */
export function firstVowel(latin: string): string {
  const match = /(?:ou|oo|ai|ay|ei|ee|[aeiou])|(?<=[^aeiou])y/.exec(latin.toLowerCase());
  const vowel = match?.[0] ?? '';
  if (vowel === 'ou' || vowel === 'oo') return 'U';
  if (vowel === 'ai' || vowel === 'ay' || vowel === 'ei') return 'E';
  if (vowel === 'ee' || vowel === 'y') return 'I';
  return vowel.toUpperCase();
}
