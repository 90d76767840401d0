/**
 * Attribution phrases in a passage: who a source says the claim comes from ("according to TASS",
 * "Maria Zakharova, spokeswoman for the Russian foreign ministry, said that", ", Reuters reports").
 * They are framing: fact alignment leaves them out of a passage's content, framing lists them.
 * Method: a few anchored regexes over one sentence. Cost: O(sentence).
 */
const VERBS =
  'said|says|stated|states|reported|reports|confirmed|explained|clarified|told|noted|added|announced|stressed|emphasized|emphasised|wrote|claimed|revealed|quoted|warned|insisted|argued';

/** Global versions (matchAll needs them), made once: a RegExp per call costs a compile on a cold page. */
const PATTERNS: RegExp[] = [
  // "X, spokeswoman for Y, said at a press conference on Thursday that …" (the subject and verb).
  // A subordinate clause before the verb means the sentence's own claim comes first ("X resigned,
  // days after a newspaper revealed that …"): no subordinator may stand in the subject, nor a
  // verb of saying or ", and" ("RIA first reported the visit, …, and the ministry confirmed that").
  new RegExp(
    String.raw`^(?:(?!\b(?:after|before|when|while|because|since|although|though|until|unless|whereas|${VERBS})\b|,\s+and\b)[^"“”.;]){2,160}?\b(?:${VERBS})\b(?:\s+(?:at|in|on|during|earlier|later)\b[^"“”;]{0,80}?)?\s+that\b`,
    'i',
  ),
  // "… , according to The Guardian." / "according to Russian media reports such as TASS,"
  /\baccording to [^,.;"“”]{2,100}/gi,
  /\b(?:citing|quoting|with reference to) [^,.;"“”]{2,80}/gi,
  /\b(?:as )?reported by [^,.;"“”]{2,80}/gi,
  // trailing "…, Reuters reports." / "…," Tass wrote." / "…,” Peskov said." / "…, Russia's
  // state-run RIA Novosti news agency reported, citing an unnamed source."
  new RegExp(
    String.raw`[,"”]\s*((?:the |a )?[^,.;"“”]{2,80}?)\s+(?:${VERBS})(?:\s+in a statement)?(?:,\s*(?:citing|quoting|with reference to|according to)\s[^,.;"“”]{2,80})?\s*\.?$`,
    'i',
  ),
  // "… said a statement from the ministry."
  new RegExp(
    String.raw`\b(?:${VERBS}) (?:a statement from|in a statement by|a spokesperson for|a spokesman for) [^,.;"“”]{2,60}?\.?$`,
    'i',
  ),
].map((pattern) => (pattern.flags.includes('g') ? pattern : new RegExp(pattern.source, `${pattern.flags}g`)));

/** A verb of saying, as attribution phrases use them. */
export const SPEECH_VERB = new RegExp(String.raw`\b(?:${VERBS})\b`, 'i');

/** Every pattern needs one of these words: most sentences are ruled out by one cheap test. */
const CUE = new RegExp(String.raw`\b(?:${VERBS}|according|citing|quoting|reference|reported)\b`, 'i');

/** [start, end) ranges of attribution phrases in `sentence` (offsets relative to it), merged. */
export function attributionRanges(sentence: string): Array<[number, number]> {
  if (!CUE.test(sentence)) return [];
  const ranges: Array<[number, number]> = [];
  for (const pattern of PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index ?? 0;
      ranges.push([start, start + match[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  // An attribution that leaves no claim is not one: a claim needs a few words.
  return merged.filter(
    ([start, end]) => (sentence.slice(0, start) + sentence.slice(end)).trim().split(/\s+/).length >= 3,
  );
}
