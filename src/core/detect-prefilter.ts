/**
 * A cheap first look: can this page mention any corpus actor at all? One native regex over the
 * page text (case and accents folded) for the aliases' longer words; pages in non-Latin scripts
 * always pass (their names are found by transliteration later). Most pages a reader visits name
 * no corpus actor, and this keeps them near free. Cost: one regex pass, compiled once per index.
 */
import { escapeRegExp } from './escape-regexp';
import type { MatcherIndex } from './matcher-index';

const MIN_ANCHOR_LENGTH = 4;
/**
 * Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Georgian, kana, CJK and Hangul letters, as plain code
 * point ranges: Unicode script classes would be compiled afresh on every page (several ms).
 */
const OTHER_SCRIPTS =
  /[\u0370-\u03ff\u0400-\u052f\u0531-\u058f\u0590-\u05ff\u0600-\u06ff\u0904-\u097f\u10a0-\u10ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
/** The combining diacritics names.ts folds away (plain ranges, for the same reason). */
// eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, on purpose
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/gu;
/**
 * Letters that NFD splits into a base letter and a mark: a text without any, or any mark of its own
 * (English, with its quotes and dashes), needs no folding, which cost ~0.5 ms of a cold page's pass.
 */
const FOLDABLE_LETTER = /[\u00c0-\u024f\u1e00-\u1eff]/;
// eslint-disable-next-line no-misleading-character-class -- the same ranges of combining marks
const HAS_MARK = new RegExp(COMBINING_MARKS.source, 'u');
const patterns = new WeakMap<MatcherIndex, RegExp | null>();

/**
 * The words the prefilter looks for, escaped for a regex: the longest word (4+ letters) of each
 * alias form in a Latin or other alphabetic script. Computed once when the index is built
 * (matcher-index-build.ts): looping over hundreds of forms cost ~1.5 ms on every page, where the
 * code runs cold, and escaping them ~1 ms more.
 */
export function prefilterAnchors(actors: MatcherIndex['actors']): string[] {
  const anchors = new Set<string>();
  for (const actor of actors) {
    for (const alias of actor.aliases) {
      // Forms are already folded (names.ts: lower case, no diacritics), words two spaces apart.
      const words = alias.form.split(' ').filter((word) => word.length >= MIN_ANCHOR_LENGTH);
      // The longest word of each form is enough: a form matches only if all its words are there.
      const longest = words.sort((a, b) => b.length - a.length)[0];
      // A page in those scripts passes anyway: their forms (hundreds, with Hebrew and Arabic
      // particles) would only make the pattern slower to compile on every page.
      if (longest && !OTHER_SCRIPTS.test(longest)) anchors.add(longest);
    }
  }
  return [...anchors].map(escapeRegExp);
}

/**
 * The prefilter's regex source for an index, null when it has no anchor. Published beside the
 * index (platform/matcher-store.ts) so a content script can compile it before the index arrives
 * (compilePrefilter).
 */
export function prefilterSource(index: MatcherIndex): string | null {
  const escaped = index.anchors ?? prefilterAnchors(index.actors);
  // At a word start ("Putins", "Hamasdelegationen" pass; "important" does not pass for "orta",
  // nor "crisis" for "isis"). Case is folded on the text, not by the `i` flag: that alternation ran
  // at less than half the speed.
  return escaped.length ? `\\b(?:${escaped.join('|')})` : null;
}

/** Compiled patterns by source: one compile per page, whether ahead of the scan or in it. */
const compiled = new Map<string, RegExp>();

function patternOf(source: string): RegExp {
  let pattern = compiled.get(source);
  if (!pattern) {
    pattern = new RegExp(source);
    compiled.set(source, pattern);
  }
  return pattern;
}

function anchorPattern(index: MatcherIndex): RegExp | null {
  if (patterns.has(index)) return patterns.get(index) ?? null;
  const source = prefilterSource(index);
  const pattern = source === null ? null : patternOf(source);
  patterns.set(index, pattern);
  return pattern;
}

/** Case and accents folded, as the anchors are. */
function folded(text: string): string {
  const bare =
    FOLDABLE_LETTER.test(text) || HAS_MARK.test(text)
      ? text.normalize('NFD').replace(COMBINING_MARKS, '')
      : text;
  return bare.toLowerCase();
}

/**
 * Runs the prefilter once over a blank sample, ahead of the scan (content/warm-up.ts): its regexes
 * run cold cost ~1.5-3.5 ms of a page's pass (measured in Chromium), and V8 compiles a regex to
 * machine code at once only for a subject of 1,000 characters or more.
 */
export function compilePrefilter(source: string): void {
  const sample = `é${' '.repeat(1_000)}`;
  OTHER_SCRIPTS.test(sample);
  patternOf(source).test(folded(sample));
}

/** False only when the page certainly names no corpus actor by any of its written forms. */
export function mayMentionCorpus(text: string, index: MatcherIndex): boolean {
  if (OTHER_SCRIPTS.test(text)) return true;
  const pattern = anchorPattern(index);
  return pattern !== null && pattern.test(folded(text));
}
