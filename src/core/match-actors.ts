/**
 * Finds the corpus's actors in a page's text, with exact UTF-16 offsets into that text.
 * Method: (1) one Aho–Corasick pass (greedy leftmost-longest) of the " form " patterns over the
 * match text (match-text.ts: normalised, whole words, possessives and hyphens split off, "al-"
 * dropped), each hit mapped back to the original span; a name must start with a capital letter
 * and a short all-caps form ("US") must be written so. (2) The transliteration pass
 * (match-keys.ts) for other scripts and spellings, and the sound pass (match-sound.ts) for
 * Chinese, Japanese, Korean, Greek and Hindi transcriptions, with Chinese, Japanese and Korean
 * alias forms found by position (match-unspaced.ts). (3) Overlaps resolved leftmost-longest.
 * (4) Ambiguous forms kept only with support (match-ambiguity.ts): the same actor named
 * unambiguously on the page, or another actor named unambiguously within SUPPORT_WINDOW chars.
 * Cost: O(text) for the automaton and tokens; one cached key per distinct capitalised token.
 */
import { SUPPORT_WINDOW } from './match-ambiguity';
import { compiledMatcher, type CompiledMatcher } from './match-compiled';
import { findKeyedNames, type NameCandidate } from './match-keys';
import { findSoundNames } from './match-sound';
import { findUnspacedNames } from './match-unspaced';
import { SOUND_SCRIPT_CHAR } from './script-sounds';
import { buildMatchText, isAllCaps, type MatchText } from './match-text';
import type { MatcherIndex } from './matcher-index';
import type { ActorKind } from './pack-schema';
import type { DetectedActor } from './page-report';

/** One actor mention on the page. */
export interface ActorMention {
  actor: string;
  kind: ActorKind;
  start: number;
  end: number;
}

export interface ActorMatches {
  /** Actors in order of first mention, each with its mentions in text order. */
  actors: DetectedActor[];
  /** Every kept mention in text order (for fact features). */
  mentions: ActorMention[];
}

const ARTICLE_PREFIX = /^(?:al|el)[-\u2010\u2011]/iu;

/** The first letter that must be a capital: after an "al-" article, if any. */
function startsWithCapital(text: string, start: number): boolean {
  const at = ARTICLE_PREFIX.test(text.slice(start, start + 3)) ? start + 3 : start;
  const first = String.fromCodePoint(text.codePointAt(at) ?? 32);
  return first === first.toUpperCase();
}

const WORD_BEFORE = /(\p{L}+)[^\p{L}]*$/u;
const WORD_AFTER = /^[^\p{L}]*(\p{L}+)/u;
const isCapitalsWord = (word: string | undefined): boolean =>
  word !== undefined && word.length >= 2 && isAllCaps(word);

/**
 * A short all-caps form inside a line written in capitals ("HAMAS IS WORSE", "PUTIN TELLS US") is
 * an ordinary word shouted, not the acronym.
 */
function inCapitals(text: string, start: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
  // "МЗС РФ", "UN OCHA": acronyms side by side are not shouting; a longer word in capitals is.
  const long = (word: string | undefined): boolean => isCapitalsWord(word) && (word?.length ?? 0) >= 4;
  return long(before) || long(after) || (isCapitalsWord(before) && isCapitalsWord(after));
}

function exactCandidates(text: string, matchText: MatchText, matcher: CompiledMatcher): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const hit of matcher.automaton.matchInText(matchText.text)) {
    const entry = matcher.forms.get(hit.keyword);
    if (!entry) continue;
    // The pattern's outer spaces are not part of the name.
    const start = matchText.starts[hit.begin + 1] ?? 0;
    const end = matchText.ends[hit.end - 2] ?? start;
    if (end <= start || (!entry.anyCase && !startsWithCapital(text, start))) continue;
    if (
      entry.exact !== null &&
      (text.slice(start, end).normalize('NFC') !== entry.exact.normalize('NFC') ||
        inCapitals(text, start, end))
    )
      continue;
    found.push({ actor: entry.actor, start, end, ambiguous: entry.ambiguous });
  }
  return found;
}

/** Leftmost-longest: candidates sorted by start, longer first; overlapping later ones dropped. */
function resolveOverlaps(candidates: NameCandidate[]): NameCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameCandidate[] = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (last && candidate.start < last.end) continue;
    kept.push(candidate);
  }
  return kept;
}

/** Ambiguous mentions without support are dropped. */
function keepSupported(mentions: NameCandidate[]): NameCandidate[] {
  const confident = mentions.filter((mention) => !mention.ambiguous);
  const namedFully = new Set(confident.map((mention) => mention.actor));
  return mentions.filter(
    (mention) =>
      !mention.ambiguous ||
      namedFully.has(mention.actor) ||
      confident.some(
        (other) =>
          other.actor !== mention.actor &&
          other.start - mention.end <= SUPPORT_WINDOW &&
          mention.start - other.end <= SUPPORT_WINDOW,
      ),
  );
}

export function findActorMentions(
  text: string,
  index: MatcherIndex,
  matchText: MatchText = buildMatchText(text),
): ActorMatches {
  const matcher = compiledMatcher(index);
  const exact = exactCandidates(text, matchText, matcher);
  const covered = exact.map((candidate): [number, number] => [candidate.start, candidate.end]);
  const keyed = findKeyedNames(text, matcher, covered);
  // A form the index lists (Taiwan's 普丁, Putin) goes before a guess by sound (普丁 sounds like
  // Biden's 拜登 too): of two candidates for one span, the first is kept.
  const sounded = SOUND_SCRIPT_CHAR.test(text)
    ? [...findUnspacedNames(text, matcher.unspaced()), ...findSoundNames(text, matcher.sounds())]
    : [];
  const kept = keepSupported(resolveOverlaps([...exact, ...keyed, ...sounded]));
  const byActor = new Map<number, DetectedActor>();
  const mentions: ActorMention[] = [];
  for (const { actor: at, start, end } of kept) {
    const actor = matcher.actors[at];
    if (!actor) continue;
    const detected = byActor.get(at) ?? { id: actor.id, name: actor.name, mentions: [] };
    detected.mentions.push({ start, end, text: text.slice(start, end) });
    byActor.set(at, detected);
    mentions.push({ actor: actor.id, kind: actor.kind, start, end });
  }
  return { actors: [...byActor.values()], mentions };
}
