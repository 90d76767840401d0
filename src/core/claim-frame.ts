/**
 * Who did what: the subject and main predicate of an English sentence's claim ("a delegation led
 * by X, a member of Y, has arrived in Moscow" → subject {delegation, X, Y}, predicate "visit").
 * Sources that restate a corpus's main event use its commonest words, which weigh least in
 * similarity; the same subject doing the same thing is what tells a restatement from another claim
 * that merely names the event ("Israel condemns inviting Hamas officials to visit Moscow": Israel
 * condemns).
 * Method: the attribution lead ("RIA reported that") and leading adverbials ("On October 26,") are
 * cut; then the first finite verb is found among the words (an auxiliary, a past form, or a present
 * form after a name), skipping participle phrases ("led by …,") and relative clauses ("who …,");
 * a copula before "in"/"at" and a capitalised place reads as being there, a visit. No parser: a
 * sentence whose verb is not found this way has no frame. Cost: O(sentence).
 */
import { attributionRanges } from './attribution';
import type { ActorSpan } from './passage-features';
import type { Span } from './span';
import { isRoleTerm, wordTerm } from './terms';

export interface ClaimFrame {
  /** Content term of the main verb ("visit", "meet"), prefixed "!" when negated. */
  predicate: string;
  /** Actors named before the verb. */
  actors: Set<string>;
  /** Content terms of the words before the verb ("deleg" for "delegation", "representatives"). */
  terms: Set<string>;
}

const AUXILIARIES = new Set(
  'is are was were has have had will would did does do can could should must may might shall been be being'.split(
    ' ',
  ),
);
const COPULAS = new Set('is are was were been be being'.split(' '));
/** Words between an auxiliary and its verb that say nothing of what happened. */
const BETWEEN = new Set(
  'also currently now still already reportedly allegedly just again recently officially indeed even then previously later earlier repeatedly once first'.split(
    ' ',
  ),
);
const NEGATIONS = new Set(['not', 'never']);
const IRREGULAR_PAST = new Set(
  'met held said told made took gave sent came went left led saw brought began won lost spoke stood kept fled hit put set cut let sought found paid fell rose drew flew threw wrote struck'.split(
    ' ',
  ),
);
const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'where']);
const DETERMINERS = new Set('a an the its their his her our this these those'.split(' '));
/** Time, cause and sourcing phrases a claim may open with, up to their comma. */
const LEADING =
  /^(?:(?:on|in|at|during|after|before|due to|following|amid|despite|earlier|later|meanwhile|last|yesterday|today|according to)\b[^,]{0,100},\s*)+/iu;
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’-]*|,/gu;

interface Token {
  word: string;
  lower: string;
  start: number;
}

/** Where the claim starts: after an opening attribution ("X said that") and time phrases. */
function claimStart(text: string): number {
  let start = 0;
  const first = attributionRanges(text)[0];
  if (first && first[0] <= 1) start = first[1];
  const rest = text.slice(start).replace(/^[\s,:]+/u, '');
  start = text.length - rest.length;
  const leading = LEADING.exec(rest);
  return leading ? start + leading[0].length : start;
}

function isPastForm(lower: string): boolean {
  return IRREGULAR_PAST.has(lower) || (lower.length > 4 && lower.endsWith('ed'));
}

const MANNER = new Set('quickly swiftly immediately promptly also again formally publicly'.split(' '));

/**
 * The verb at `at`, or the infinitive it leads to ("moved quickly to accept", "vowed to
 * annihilate", "expected to visit"): the infinitive says what happened.
 */
function verbTerm(tokens: Token[], at: number): string | null {
  let index = at + 1;
  while (MANNER.has(tokens[index]?.lower ?? '')) index++;
  const infinitive = tokens[index + 1];
  if (
    tokens[index]?.lower === 'to' &&
    infinitive &&
    !/^\p{Lu}/u.test(infinitive.word) &&
    !DETERMINERS.has(infinitive.lower)
  ) {
    const term = wordTerm(infinitive.word);
    if (term !== null) return term;
  }
  return wordTerm(tokens[at]?.word ?? '');
}

/**
 * Past the auxiliaries, negations and adverbs after the auxiliary at `at` ("has not yet been …"):
 * the index of the word that follows, whether a negation was passed, and whether the last
 * auxiliary was a copula.
 */
function pastAuxiliaries(tokens: Token[], at: number): { index: number; negated: boolean; copula: boolean } {
  let index = at + 1;
  let negated = false;
  let copula = COPULAS.has(tokens[at]?.lower ?? '');
  for (; index < tokens.length; index++) {
    const lower = tokens[index]?.lower ?? '';
    if (NEGATIONS.has(lower)) negated = true;
    else if (AUXILIARIES.has(lower)) copula = COPULAS.has(lower);
    else if (!BETWEEN.has(lower)) break;
  }
  return { index, negated, copula };
}

/** The verb after an auxiliary ("has arrived", "is currently in Moscow", "did not meet"). */
function verbAfterAuxiliary(tokens: Token[], at: number): string | null {
  const { index, negated, copula } = pastAuxiliaries(tokens, at);
  const next = tokens[index];
  if (!next) return null;
  let term: string | null;
  const place = tokens[index + 1]?.word ?? '';
  if (copula && (next.lower === 'in' || next.lower === 'at') && /^\p{Lu}/u.test(place))
    term = wordTerm('visit');
  else term = /^\p{Lu}/u.test(next.word) ? null : verbTerm(tokens, index);
  if (term === null || isRoleTerm(term)) return null;
  return negated ? `!${term}` : term;
}

/** Where a reported claim starts: after "that" when it follows soon ("told RIA Novosti that …"). */
function afterReporting(tokens: Token[], verbAt: number): number {
  for (let index = verbAt + 1; index < tokens.length && index <= verbAt + 6; index++)
    if (tokens[index]?.lower === 'that') return index + 1;
  return verbAt + 1;
}

/**
 * The agent of a passive verb ("was condemned by X,"): [first, end) token indices of X, up to
 * the next comma; null when the verb at `at` is not a passive one.
 */
function passiveAgent(tokens: Token[], at: number): [number, number] | null {
  if (!COPULAS.has(tokens[at]?.lower ?? '')) return null;
  const { index } = pastAuxiliaries(tokens, at);
  if (!isPastForm(tokens[index]?.lower ?? '') || tokens[index + 1]?.lower !== 'by') return null;
  let end = index + 2;
  while (end < tokens.length && tokens[end]?.word !== ',') end++;
  return end > index + 2 ? [index + 2, end] : null;
}

/** The claim frame of `sentence`, or null when its main verb is not found. */
export function claimFrame(sentence: Span, actors: ActorSpan[]): ClaimFrame | null {
  const from = claimStart(sentence.text);
  const tokens: Token[] = [...sentence.text.slice(from).matchAll(TOKEN)].map((match) => ({
    word: match[0],
    lower: match[0].toLowerCase(),
    start: from + (match.index ?? 0),
  }));
  let skipping = false;
  let predicate: string | null = null;
  let verbAt = -1;
  // Where the subject starts: after a reporting verb without "that" ("Jerusalem said the invitation was").
  let subjectAt = 0;
  for (let index = 0; index < tokens.length && predicate === null; index++) {
    const token = tokens[index];
    if (!token) break;
    if (token.word === ',') {
      skipping = false;
      continue;
    }
    if (skipping) continue;
    const next = tokens[index + 1]?.lower ?? '';
    const previous = tokens[index - 1];
    if (RELATIVES.has(token.lower) || (isPastForm(token.lower) && next === 'by')) {
      // "who heads the bureau," / "led by Musa Abu Marzuk,": part of the subject.
      skipping = true;
      continue;
    }
    if (AUXILIARIES.has(token.lower)) {
      predicate = verbAfterAuxiliary(tokens, index);
      verbAt = index;
      if (predicate === null) return null;
    } else if (
      isPastForm(token.lower) &&
      !/^\p{Lu}/u.test(token.word) &&
      !DETERMINERS.has(previous?.lower ?? '')
    ) {
      predicate = verbTerm(tokens, index);
      verbAt = index;
      if (predicate === null) subjectAt = afterReporting(tokens, index);
    } else if (
      /[^su]s$/.test(token.lower) &&
      !/^\p{Lu}/u.test(token.word) &&
      index > subjectAt &&
      tokens
        .slice(subjectAt, index)
        .every(
          (word) =>
            word.word === ',' ||
            (/^\p{Lu}/u.test(word.word) && !DETERMINERS.has(word.lower) && !/['’]s?$/u.test(word.word)),
        ) &&
      next !== '' &&
      !isPastForm(next) &&
      !AUXILIARIES.has(next)
    ) {
      // "Israel demands that …", "Russia condemns inviting …": a present form after a name.
      predicate = verbTerm(tokens, index);
      verbAt = index;
      if (predicate === null) subjectAt = index + 1;
    }
    if (predicate !== null && isRoleTerm(predicate)) predicate = null;
  }
  const verb = tokens[verbAt];
  if (predicate === null || !verb) return null;
  // Passive: "the presence of Hamas … was condemned by the Israeli ministry": the agent did it.
  const agent = passiveAgent(tokens, verbAt);
  const [first, last] = agent ?? [subjectAt, verbAt];
  const subjectStart = sentence.start + (tokens[first]?.start ?? from);
  const subjectEnd = sentence.start + (tokens[last]?.start ?? sentence.text.length);
  const subjectActors = actors.filter((span) => span.start >= subjectStart && span.end <= subjectEnd);
  const terms = new Set<string>();
  for (const token of tokens.slice(first, last)) {
    const inActor = subjectActors.some(
      (span) => sentence.start + token.start >= span.start && sentence.start + token.start < span.end,
    );
    const term = token.word === ',' || inActor ? null : wordTerm(token.word);
    if (term !== null) terms.add(term);
  }
  return { predicate, actors: new Set(subjectActors.map((span) => span.actor)), terms };
}

/**
 * Two frames tell the same thing: one predicate, and a subject in common (an actor, or a word
 * when one side names no actor: "the delegation" and "a Hamas delegation").
 */
export function sameClaimFrame(a: ClaimFrame, b: ClaimFrame): boolean {
  if (a.predicate !== b.predicate) return false;
  if (shareAny(a.actors, b.actors)) return true;
  if (a.actors.size > 0 && b.actors.size > 0) return false;
  return shareAny(a.terms, b.terms);
}

/** Different verbs and no actor in common among the subjects: two claims, however alike the words. */
export function conflictingFrames(a: ClaimFrame, b: ClaimFrame): boolean {
  if (a.predicate === b.predicate || a.actors.size === 0 || b.actors.size === 0) return false;
  return !shareAny(a.actors, b.actors);
}

/** The predicate most of a group's framed members share (half or more of the group), if any. */
export function sharedPredicate(frames: Array<ClaimFrame | null | undefined>): string | null {
  const counts = new Map<string, number>();
  for (const frame of frames) if (frame) counts.set(frame.predicate, (counts.get(frame.predicate) ?? 0) + 1);
  for (const [predicate, count] of counts) if (count * 2 >= frames.length) return predicate;
  return null;
}

function shareAny(a: Set<string>, b: Set<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}
