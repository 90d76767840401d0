/**
 * Runs detection over a page's extracted text against the MatcherIndex: the corpus actors it
 * names (match-actors.ts), the corpus facts it reports (detect-facts.ts) and whether the page is
 * itself a corpus source (detect-fingerprint.ts). The content script calls it on slices of the
 * page text; the CLI on the whole text. Pure: same text, URL and index give the same result.
 * Cost: one normalisation pass shared by the actor matcher and the fingerprint; compiled index
 * structures are cached per index object; a typical article takes a few ms in Node.
 */
import { compiledFacts } from './detect-compiled';
import { publishedOutsideEvent, publishedDuringEvent } from './detect-time';
import { detectFacts } from './detect-facts';
import { corroboratedFacts } from './page-corroboration';
import { mayMentionCorpus } from './detect-prefilter';
import { findSelfSource, matchWords } from './detect-fingerprint';
import { findActorMentions } from './match-actors';
import { buildMatchText } from './match-text';
import type { MatcherIndex } from './matcher-index';
import type { DetectedActor, DetectedFact } from './page-report';
import { addressOnlyDetection } from './source-address';

export interface PageDetection {
  facts: DetectedFact[];
  actors: DetectedActor[];
  /** The corpus source this page is, or null. */
  selfSource: string | null;
}

/** A detection before the page-level rules, with what they need to know. */
export interface PageCandidates extends PageDetection {
  /** Facts a sentence told with a day the claim is dated to. */
  dated: string[];
}

/**
 * The facts matched on the text's sentences, before the page-level rules (page-corroboration.ts):
 * for a piece of a longer text, which is judged as a whole.
 */
export function detectCandidates(
  text: string,
  url: string,
  index: MatcherIndex,
  publishedDay: string | null = null,
): PageCandidates {
  if (!mayMentionCorpus(text, index)) return { ...addressOnlyDetection(url, index), dated: [] };
  const matchText = buildMatchText(text);
  const { actors, mentions } = findActorMentions(text, index, matchText);
  const words = mentions.length > 0 ? matchWords(matchText.text) : [];
  const selfSource = findSelfSource(words, url, index.sources);
  const { facts, dated } = detectFacts(text, mentions, index, selfSource, publishedDay);
  return { facts, actors, selfSource, dated };
}

/**
 * The facts a page tells: its candidates judged by the page-level rules (page-corroboration.ts),
 * with what earlier scan passes told and named. The CLI's whole text and the worker's pieces are
 * judged here alike.
 */
export function judgedFacts(
  { facts, actors, selfSource, dated }: PageCandidates,
  index: MatcherIndex,
  publishedDay: string | null,
  earlier: { toldBefore?: number; namedBefore?: string[] } = {},
): DetectedFact[] {
  const compiled = compiledFacts(index);
  return corroboratedFacts(facts, selfSource, {
    dated: new Set(dated),
    toldBefore: earlier.toldBefore,
    mainClaims: compiled.mainClaims,
    named: new Set([...(earlier.namedBefore ?? []), ...actors.map((actor) => actor.id)]),
    publishedApart: publishedOutsideEvent(publishedDay, compiled.eventDays, index.eventYears),
    publishedDuring: publishedDuringEvent(publishedDay, compiled.eventDays, index.eventYears),
  });
}

export function detectPage(
  text: string,
  url: string,
  index: MatcherIndex,
  publishedDay: string | null = null,
): PageDetection {
  const candidates = detectCandidates(text, url, index, publishedDay);
  const { actors, selfSource } = candidates;
  return { facts: judgedFacts(candidates, index, publishedDay), actors, selfSource };
}
