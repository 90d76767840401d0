/**
 * Finds actor candidates — people, organisations, media, places — in the reporting sentences of
 * one text, with the title written next to a person.
 *
 * Method: per sentence, capitalised runs (actor-tokens.ts) are trimmed of capitals that only
 * mark a sentence start (a lone first word counts only if the text also capitalises it
 * mid-sentence), split into organisation / media / place / title / name chunks by head nouns and
 * title words (actor-chunks.ts), then weighed by context (actor-evidence.ts). Each candidate keeps
 * its kind votes so clustering can add up evidence across mentions and sources.
 * Demonyms ("Russian") are never actors by themselves; they qualify organisations and titles.
 * A shouted all-caps line ("PORT CHAOS: SHIPS STRANDED") gives no candidates and vouches for no
 * capital elsewhere.
 *
 * Cost: O(text length) plus small constant work per word.
 */
import type { ActorKind } from './pack-schema';
import { spanOf, type Span } from './span';
import { capitalisedRuns, tokenizeSentence, type WordToken } from './actor-tokens';
import { parseRun } from './actor-chunks';
import { isDemonym, plainWord, type KindVotes } from './actor-word-class';
import { addContextEvidence, strongestKind, type SentenceChunk } from './actor-evidence';
import {
  CAPITAL_CITIES,
  COUNTRY_NAMES,
  FUNCTION_WORDS,
  MODIFIERS,
  NAME_PARTICLES,
  PLACE_PREFIXES,
  TITLE_CORE,
} from './actor-words';
import { findKnownActor } from './actor-known';

export interface ActorCandidate {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  kind: ActorKind;
  /** Title written next to a person ("Deputy Foreign Minister", "spokeswoman for the Russian Foreign Ministry"). */
  title?: string;
  /** Evidence per kind behind `kind`; clustering sums it over all mentions of a form. */
  votes: KindVotes;
}

interface TextStats {
  /** Words the text capitalises somewhere other than at a sentence start. */
  capitalisedMidSentence: Set<string>;
  /** Words the text writes in lowercase somewhere. */
  lowercase: Set<string>;
}

/** "PORT CHAOS: SHIPS STRANDED AS STRIKE BITES": a shouted line's capitals say nothing about names. */
function isShouted(tokens: WordToken[]): boolean {
  const words = tokens.filter((t) => /\p{L}{2}/u.test(t.text));
  return words.length >= 4 && words.filter((t) => t.allCaps).length >= 0.8 * words.length;
}

function collectStats(sentences: WordToken[][]): TextStats {
  const stats: TextStats = { capitalisedMidSentence: new Set(), lowercase: new Set() };
  for (const token of sentences.filter((tokens) => !isShouted(tokens)).flat()) {
    if (token.capital && !token.sentenceInitial) stats.capitalisedMidSentence.add(plainWord(token));
    if (!token.capital) stats.lowercase.add(token.lower);
  }
  return stats;
}

/** "Kremlin spokesman Dmitry Peskov …": a first word before a title word and a name is a qualifier, not noise. */
function qualifiesNamedHolder(first: WordToken, tokens: WordToken[], stats: TextStats): boolean {
  const titleWord = tokens[first.index + 1];
  const name = tokens[first.index + 2];
  return (
    !stats.lowercase.has(first.lower) &&
    titleWord !== undefined &&
    !titleWord.capital &&
    TITLE_CORE.has(titleWord.lower) &&
    name?.capital === true &&
    /^\s+$/u.test(name.gapBefore)
  );
}

/** Drops a first word whose capital only marks the sentence start ("The", "Leading", "Subsequent"). */
function trimSentenceStart(run: WordToken[], tokens: WordToken[], stats: TextStats): WordToken[] {
  const first = run[0];
  if (!first?.sentenceInitial) return run;
  const word = plainWord(first);
  const rest = run.slice(1);
  while (rest[0] && !rest[0].capital && !NAME_PARTICLES.has(rest[0].lower)) rest.shift();
  if (FUNCTION_WORDS.has(word) && !PLACE_PREFIXES.has(word) && !first.allCaps) return rest;
  const seenMidSentence = stats.capitalisedMidSentence.has(word);
  if (run.length === 1) {
    const vouched =
      seenMidSentence ||
      COUNTRY_NAMES.has(word) ||
      CAPITAL_CITIES.has(word) ||
      isDemonym(word) ||
      findKnownActor(first.text) !== undefined ||
      qualifiesNamedHolder(first, tokens, stats);
    return vouched ? run : [];
  }
  if (TITLE_CORE.has(word) || MODIFIERS.has(word)) return run; // "Spokeswoman Sorokina": the title word is classified, not trimmed
  const commonWord =
    (stats.lowercase.has(first.lower) && !PLACE_PREFIXES.has(word)) ||
    (/(?:ing|ed|ly)$/u.test(word) && !seenMidSentence);
  return commonWord ? rest : run;
}

/**
 * A law's long title and an article of one: "the Act on Transparency of Media and Protection of
 * the Information Space", "Article 14". Their capitalised words name no person, organisation or
 * place; read apart they made "Transparency", "Protection" and "Article" actors. A short title
 * ("the Online Safety Act") stays one name, for a story about a law is told by it.
 */
const LAW_TITLE =
  /\b(?:Act|Law|Bill|Decree|Directive|Regulation|Treaty|Convention)\s+(?:on|of|for|about)\s+(?:(?:the|and|of|on|for|in)\s+|\p{Lu}[\p{L}'’-]*\s*)+|\b(?:Article|Section|Paragraph|Clause)\s+\d+/gu;

function lawTitleSpans(text: string, tokens: WordToken[]): Array<[number, number]> {
  const from = tokens[0]?.start ?? 0;
  const sentence = text.slice(from, tokens[tokens.length - 1]?.end ?? from);
  return [...sentence.matchAll(LAW_TITLE)].map((match) => [
    from + (match.index ?? 0),
    from + (match.index ?? 0) + match[0].length,
  ]);
}

function chunksOfSentence(text: string, tokens: WordToken[], stats: TextStats): SentenceChunk[] {
  const chunks: SentenceChunk[] = [];
  const laws = lawTitleSpans(text, tokens);
  for (const rawRun of capitalisedRuns(tokens)) {
    const run = trimSentenceStart(rawRun, tokens, stats);
    if (run.length === 0) continue;
    for (const chunk of parseRun(run)) {
      const first = chunk.tokens[0];
      const last = chunk.tokens[chunk.tokens.length - 1];
      if (!first || !last) continue;
      if (laws.some(([start, end]) => first.start >= start && last.end <= end)) continue;
      chunks.push({
        first: first.index,
        last: last.index,
        role: chunk.role,
        votes: { ...chunk.votes },
        runFirst: run[0]?.index ?? first.index,
        ...(chunk.title ? { title: chunk.title } : {}),
      });
    }
  }
  return chunks;
}

export function findActorCandidates(text: string, sentences: Span[]): ActorCandidate[] {
  const tokenized = sentences.map((sentence) => tokenizeSentence(text, sentence));
  const stats = collectStats(tokenized);
  const candidates: ActorCandidate[] = [];
  for (const tokens of tokenized) {
    if (isShouted(tokens)) continue;
    const chunks = chunksOfSentence(text, tokens, stats);
    addContextEvidence(text, tokens, chunks);
    for (const chunk of chunks) {
      const first = tokens[chunk.first];
      const last = tokens[chunk.last];
      if (chunk.role !== 'actor' || !first || !last) continue;
      const span = spanOf(text, first.start, last.end);
      const kind = strongestKind(chunk.votes) ?? 'person';
      const title =
        kind === 'person' && chunk.title ? text.slice(chunk.title.start, chunk.title.end).trim() : undefined;
      candidates.push({ ...span, kind, votes: chunk.votes, ...(title ? { title } : {}) });
    }
  }
  return candidates;
}
