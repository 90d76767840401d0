/**
 * Context evidence around actor chunks within one sentence: kind votes from the words around a
 * name, titles next to a person, and organisations whose head noun is lowercase.
 *
 * Method: fixed patterns over the sentence's word tokens —
 *   "in Moscow" (place), "Hamas delegation" / "the Kremlin" / "Hamas-controlled" (organisation),
 *   "shipping company Baltline" / "The port operator, X, said" / "X, a logistics firm," (organisation),
 *   "news agency TASS", "RIA Novosti, a … news outlet", "Ria Novosti agency" (media),
 *   "X said" (person, weak), "X reported" (media, weak), "Kremlin spokesman Dmitry Peskov",
 *   "Maria Zakharova, spokeswoman for …", "Vladimir Putin's spokesman, Dmitry Peskov," (titles),
 *   "Hamas political bureau", "Russian foreign ministry" (lowercase organisation heads),
 *   and coordination ("China, Russia and …" share a kind).
 *
 * Cost: O(sentence words × a small window).
 */
import type { ActorKind } from './pack-schema';
import type { WordToken } from './actor-tokens';
import {
  COMPASS,
  LOWERCASE_ORG_HEADS,
  MEDIA_CUES,
  MEMBER_NOUNS,
  MODIFIERS,
  PLACE_PREPOSITIONS,
  REPORT_VERBS,
  SPEECH_VERBS,
  TITLE_CORE,
} from './actor-words';
import { classify, isOrgCue, plainWord, type KindVotes } from './actor-word-class';

export interface SentenceChunk {
  /** Index of the chunk's first and last word in the sentence's token list. */
  first: number;
  last: number;
  role: 'actor' | 'qualifier';
  votes: KindVotes;
  title?: { start: number; end: number };
  /** Index of the first word of the (trimmed) run the chunk came from. */
  runFirst: number;
}

const AFFIX_ORG = new Set([
  'controlled',
  'backed',
  'led',
  'linked',
  'affiliated',
  'run',
  'allied',
  'sponsored',
  'aligned',
  'held',
]);
/** Nouns of holding a part of a company: "shares in X", "a stake in X", "investors in X". */
/** Nouns that name a place by its kind before "of": "the Gulf emirate of Qasrah", "the capital of Dalmoria". */
const PLACE_NOUNS = new Set([
  'city',
  'town',
  'village',
  'region',
  'province',
  'island',
  'emirate',
  'kingdom',
  'republic',
  'country',
  'capital',
  'district',
  'county',
  'port',
  'state',
  'nation',
  'sultanate',
  'principality',
  'territory',
]);
/**
 * Lowercase nouns after a name that make it a place: "the Vel Drosta ski resort", "the Kesmar
 * mountains", "the Korsvik industrial estate", "the Kreslov crossing".
 */
const PLACE_KIND_AFTER = new Set(
  'resort town village city area district region suburb neighbourhood neighborhood estate valley mountains airport border crossing municipality county province harbour harbor peninsula island coast'.split(
    ' ',
  ),
);
const HOLDING_NOUNS = new Set([
  'shares',
  'stake',
  'stakes',
  'investors',
  'investment',
  'holding',
  'holdings',
]);
const CLAUSE_BREAK = /[,;:()\u2013\u2014"“”]|\s-\s/u;

export function vote(votes: KindVotes, kind: ActorKind, weight: number): void {
  votes[kind] = (votes[kind] ?? 0) + weight;
}

export function strongestKind(votes: KindVotes): ActorKind | undefined {
  let best: ActorKind | undefined;
  for (const kind of ['person', 'organization', 'media', 'place'] as const) {
    if ((votes[kind] ?? 0) > 0 && (best === undefined || (votes[kind] ?? 0) > (votes[best] ?? 0)))
      best = kind;
  }
  return best;
}

const nonPerson = (votes: KindVotes): boolean => {
  const other = Math.max(votes.organization ?? 0, votes.media ?? 0, votes.place ?? 0);
  return other >= 3 || (other >= 2 && !votes.person);
};
/** "officials", "leaders": a plural title word describes a group, not the name next to it. */
const isPluralTitle = (token: WordToken): boolean => {
  const word = plainWord(token);
  return word.endsWith('s') && TITLE_CORE.has(word.slice(0, -1));
};
const spaced = (token: WordToken | undefined): boolean =>
  token !== undefined && /^\s+$/u.test(token.gapBefore);
const isTitleWord = (token: WordToken): boolean => TITLE_CORE.has(plainWord(token));

/** "Hamas political bureau", "Russian foreign ministry": extends the chunk over lowercase words. */
function extendLowercaseOrganisation(tokens: WordToken[], chunk: SentenceChunk): void {
  if (
    chunk.title ||
    chunk.last - chunk.first > 2 ||
    (chunk.votes.media ?? 0) > 0 ||
    (chunk.votes.person ?? 0) > 0
  )
    return;
  if (tokens[chunk.last]?.possessive) return; // "Zakharova's office" is no organisation name
  let k = chunk.last + 1;
  let modifiers = 0;
  while (
    modifiers < 2 &&
    tokens[k] &&
    !tokens[k]?.capital &&
    spaced(tokens[k]) &&
    MODIFIERS.has(tokens[k]?.lower ?? '')
  ) {
    k++;
    modifiers++;
  }
  const head = tokens[k];
  if (!head || head.capital || !spaced(head) || !LOWERCASE_ORG_HEADS.has(head.lower)) return;
  chunk.last = k;
  chunk.role = 'actor';
  chunk.votes = { organization: 4 };
}

/** Title words just before the run: "Kremlin spokesman Dmitry Peskov", "Hamas leaders Bassem Naim". */
function lowercaseTitleBefore(
  tokens: WordToken[],
  chunk: SentenceChunk,
  chunkStartOf: (index: number) => number,
): { start: number; end: number } | undefined {
  if (chunk.first !== chunk.runFirst) return undefined;
  const head = tokens[chunk.first - 1];
  if (!head || head.capital || !isTitleWord(head) || !spaced(tokens[chunk.first])) return undefined;
  let k = chunk.first - 1;
  while (
    k - 1 >= 0 &&
    !tokens[k - 1]?.capital &&
    spaced(tokens[k]) &&
    (MODIFIERS.has(tokens[k - 1]?.lower ?? '') ||
      isTitleWord(tokens[k - 1] as WordToken) ||
      isOrgCue(tokens, k - 1)) && // "union boss Tom Adeyemi"
    chunk.first - k < 3
  )
    k--;
  const before = tokens[k - 1];
  const start =
    before?.capital === true && spaced(tokens[k])
      ? (tokens[chunkStartOf(k - 1)]?.start ?? before.start)
      : (tokens[k]?.start ?? head.start);
  return { start, end: head.end };
}

/** "Maria Zakharova, spokeswoman for the Russian Foreign Ministry," — or a medium's "…, a news outlet". */
function appositiveAfter(
  tokens: WordToken[],
  chunk: SentenceChunk,
): { kind: 'title' | 'media' | 'organization'; start: number; end: number } | undefined {
  const next = tokens[chunk.last + 1];
  if (!next || !/^,\s+$/u.test(next.gapBefore)) return undefined;
  let k = chunk.last + 1;
  if (['a', 'an', 'the'].includes(next.lower)) k++;
  const start = tokens[k]?.start;
  let end = start;
  let found: 'title' | 'media' | undefined;
  let orgCue = false; // "Baltline, a shipping company, said": weaker than a title or a media cue
  for (let n = 0; tokens[k] && n < 12; k++, n++) {
    const token = tokens[k] as WordToken;
    if (n > 0 && CLAUSE_BREAK.test(token.gapBefore)) break;
    if (!token.capital && ['who', 'which', 'that', 'whose'].includes(token.lower)) break;
    if (!found && n < 4) {
      if (MEDIA_CUES.has(token.lower) && !token.capital) {
        const named = tokens[k + 1];
        if (named?.capital && /^\s+$/u.test(named.gapBefore)) return undefined; // "…, news agency TASS": names another actor
        found = 'media';
      } else if (isTitleWord(token) && !isPluralTitle(token)) {
        const holder = tokens[k + 1];
        // "…, Kremlin spokesman Dmitry Peskov": the title belongs to the name after it.
        if (holder?.capital && spaced(holder) && classify(holder) === 'name') return undefined;
        found = 'title';
      } else if (isOrgCue(tokens, k) && !tokens[k + 1]?.capital) orgCue = true;
    }
    end = token.end;
  }
  if (start === undefined || end === undefined) return undefined;
  if (!found) return orgCue ? { kind: 'organization', start, end } : undefined;
  return { kind: found, start, end };
}

/** "Israel's Permanent Representative to the United Nations, Erdan, claimed". */
function titleBeforeComma(
  tokens: WordToken[],
  chunk: SentenceChunk,
): { start: number; end: number } | undefined {
  const first = tokens[chunk.first];
  const after = tokens[chunk.last + 1];
  if (!first || !/^,\s+$/u.test(first.gapBefore) || (after && !/^,/u.test(after.gapBefore))) return undefined;
  let k = chunk.first - 1;
  const end = tokens[k]?.end;
  while (k - 1 >= 0 && !CLAUSE_BREAK.test(tokens[k]?.gapBefore ?? '') && chunk.first - k < 10) k--;
  if (k > 0 && !CLAUSE_BREAK.test(tokens[k]?.gapBefore ?? '')) return undefined;
  while (tokens[k] && ['the', 'a', 'an'].includes(tokens[k]?.lower ?? '')) k++;
  const segment = tokens.slice(k, chunk.first);
  const start = tokens[k]?.start;
  if (start === undefined || end === undefined || !segment.some(isTitleWord)) return undefined;
  return { start, end };
}

/** Adds context votes and titles to the chunks of one sentence (mutates them). */
export function addContextEvidence(text: string, tokens: WordToken[], chunks: SentenceChunk[]): void {
  const chunkStartOf = (index: number): number =>
    chunks.find((c) => c.first <= index && index <= c.last)?.first ?? index;
  for (const chunk of chunks) extendLowercaseOrganisation(tokens, chunk);
  for (const chunk of chunks) {
    if (chunk.role !== 'actor') continue;
    const votes = chunk.votes;
    const first = tokens[chunk.first] as WordToken;
    const last = tokens[chunk.last] as WordToken;
    const before = tokens[chunk.first - 1];
    const after = tokens[chunk.last + 1];
    const single = chunk.first === chunk.last;
    const adjacentBefore =
      before && spaced(first) && (!before.capital || before.sentenceInitial) ? before.lower : '';
    const adjacentAfter = after && spaced(after) && !after.capital ? after.lower : '';
    const cueBefore = before !== undefined && isOrgCue(tokens, chunk.first - 1);
    if (adjacentBefore !== '' && cueBefore)
      vote(votes, 'organization', 3); // "shipping company Baltline"
    else if (MEDIA_CUES.has(adjacentBefore)) vote(votes, 'media', 3);
    // "The port operator, Corvo Terminals, said" / "the news agency, Ria, reported"
    if (before && /^,\s+$/u.test(first.gapBefore) && after && /^,/u.test(after.gapBefore)) {
      if (cueBefore) vote(votes, 'organization', 3);
      else if (MEDIA_CUES.has(before.lower)) vote(votes, 'media', 3);
    }
    if (
      adjacentAfter === 'agency' ||
      (adjacentAfter === 'news' && tokens[chunk.last + 2]?.lower === 'agency')
    )
      vote(votes, 'media', 3);
    // "shares in Merrow", "a stake in Kestrel": a company, not a place.
    const holdingBefore = adjacentBefore === 'in' && HOLDING_NOUNS.has(tokens[chunk.first - 2]?.lower ?? '');
    if (!last.possessive) {
      if (holdingBefore) vote(votes, 'organization', 2);
      else if (PLACE_PREPOSITIONS.has(adjacentBefore)) vote(votes, 'place', 2);
      if (adjacentBefore === 'to' || adjacentBefore === 'at') vote(votes, 'place', 1);
      if (MEMBER_NOUNS.has(adjacentAfter)) vote(votes, 'organization', 2);
      if (adjacentBefore === 'of' && PLACE_NOUNS.has(tokens[chunk.first - 2]?.lower ?? ''))
        vote(votes, 'place', 3);
      // "the Vel Drosta ski resort": the noun may follow one lowercase word of its own.
      const second = tokens[chunk.last + 2];
      if (
        PLACE_KIND_AFTER.has(adjacentAfter) ||
        (adjacentAfter !== '' &&
          second &&
          !second.capital &&
          spaced(second) &&
          PLACE_KIND_AFTER.has(second.lower))
      )
        vote(votes, 'place', 3);
      // "the Red Cross": no person is "the" anyone, whatever the length of the name ("the Middle
      // East", "the West Bank" are places: their compass word says so).
      const compass = tokens.slice(chunk.first, chunk.last + 1).some((token) => COMPASS.has(token.lower));
      if (adjacentBefore === 'the' && !compass) vote(votes, 'organization', single ? 1 : 2);
      if (single && SPEECH_VERBS.has(adjacentAfter)) vote(votes, 'person', 1);
      if (REPORT_VERBS.has(adjacentAfter)) vote(votes, 'media', 1);
    }
    if (after?.hyphenBefore && AFFIX_ORG.has(after.lower)) vote(votes, 'organization', 1);
    if (first.hyphenBefore && before?.lower === 'pro') vote(votes, 'organization', 1);
    if (nonPerson(votes) || chunk.title) continue;
    const appositive = appositiveAfter(tokens, chunk);
    if (appositive?.kind === 'media' || appositive?.kind === 'organization') {
      vote(votes, appositive.kind, 3);
      continue;
    }
    const title =
      lowercaseTitleBefore(tokens, chunk, chunkStartOf) ??
      (appositive ? { start: appositive.start, end: appositive.end } : titleBeforeComma(tokens, chunk));
    if (title) {
      chunk.title = title;
      vote(votes, 'person', 3);
    }
  }
  shareKindsAcrossCoordination(text, tokens, chunks);
}

/** "China, Russia, and the United Arab Emirates": a name without evidence takes its neighbours' kind. */
function shareKindsAcrossCoordination(text: string, tokens: WordToken[], chunks: SentenceChunk[]): void {
  const actors = chunks.filter((c) => c.role === 'actor').sort((a, b) => a.first - b.first);
  for (let pass = 0; pass < 2; pass++) {
    actors.forEach((chunk, i) => {
      if (strongestKind(chunk.votes) || tokens[chunk.last]?.possessive) return;
      for (const other of [actors[i - 1], actors[i + 1]]) {
        if (!other) continue;
        const [a, b] = other.first < chunk.first ? [other, chunk] : [chunk, other];
        const gap = text.slice(tokens[a.last]?.end ?? 0, tokens[b.first]?.start ?? 0);
        const kind = strongestKind(other.votes);
        if (
          kind &&
          /^(?:'s)?\s*(?:,\s*(?:(?:and|or)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)$/u.test(gap)
        ) {
          vote(chunk.votes, kind, 1);
          return;
        }
      }
    });
  }
}
