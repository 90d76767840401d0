/**
 * Finds which corpus facts a page reports, sentence by sentence.
 * Method: the page text is split into paragraphs and sentences (sentences.ts); each sentence that
 * names a corpus actor or a number gets the alignment's features and is scored against the facts
 * it shares a feature with (detect-score.ts). Precision first, in layers:
 * - page: no corpus actor, or only years near the event's but not its own (detect-time.ts) → none;
 * - fact: its core actors must be named within CONTEXT_CHARS of the sentence;
 * - sentence: threshold and kinds of evidence (detect-rules.ts); a passage counts for its best
 *   fact and those close to it;
 * - the page as a whole (single-source facts only beside a multi-source one, a lone fact only when
 *   told clearly) is judged after, over all of a page's pieces: page-corroboration.ts.
 * Pages not in English are scored on actors, numbers, dates and the news words foreign-terms.ts
 * reads as English terms (detect-language.ts).
 * Each fact keeps its evidence sentences and why it matched (detect-why.ts).
 * Cost: O(sentences × candidate facts × features); 2–5 ms for a typical article on the event in
 * Node, well under 1 ms for a page about something else.
 */
import { TAGS } from './chrome-patterns';
import { keyKind, pageDates, type PageDate } from './fact-signatures';
import { compiledFacts, type CompiledFact, type CompiledFacts } from './detect-compiled';
import { parseIsoDay } from './iso-day';
import { looksEnglish, looksEnglishSentence } from './detect-language';
import { acceptMatch, leastScore, plainTelling, type SentenceMatch } from './detect-rules';
import { scoreSentence } from './detect-score';
import { shownOffsets } from './shown-offsets';
import {
  datedApartFromEvent,
  datedAwayFromEvent,
  publishedOutsideEvent,
  datedToFact,
  namesOtherYears,
  setInOtherYear,
} from './detect-time';
import { hasUnknownSpeaker, titleOnlyActors } from './detect-speaker';
import { sentenceVenues, setElsewhere } from './detect-venue';
import { explainMatch } from './detect-why';
import type { ActorMention } from './match-actors';
import type { MatcherIndex } from './matcher-index';
import { HAS_DIGIT } from './numbers';
import type { DetectedFact } from './page-report';
import type { ActorSpan } from './passage-features';
import { splitSentences } from './sentences';
import { spanOf, type Span } from './span';

/** A sentence also counts for its second-best fact when that scores this close to the best. */
const SECOND_FACT_RATIO = 0.75;
/** How much better a single-source fact must score to win over a multi-source one (other languages). */
const CLEARLY_BETTER = 0.15;
/** Most evidence sentences reported per fact. */
const MAX_EVIDENCE = 5;
/**
 * A sentence whose subject is the pair the sentence before named, maybe after a short attribution:
 * "The two discussed …", "Как отмечает агентство, они обсуждали …", "双方讨论了…".
 */
const PAIR_SUBJECT =
  /^(?:[^,.]{0,40},\s*)?(?:the two(?: men| sides)?|both(?: sides| men)?|they|они|обе стороны|стороны|вони|обидві сторони|сторони|les deux(?: hommes| parties)?|beide(?: Seiten)?|los dos|ambas partes|i due|entrambi|obie strony|obaj|双方|两人|الجانبان|الطرفان|دو طرف|طرفین)(?=[\s,.:;]|$|[\u4e00-\u9fff])/iu;

/**
 * The page's paragraphs. extractPageText puts a bare line break between blocks; a line break
 * inside a text node (HTML source wrapping, followed by indentation) is only a space on screen.
 * So a whitespace run ends a paragraph when it holds two line breaks, or one not followed by
 * indentation.
 */
const NEWLINE_RUN = /\s*\n\s*/gu;

export function pageParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(NEWLINE_RUN)) {
    const run = match[0];
    const breaks = run.split('\n').length - 1;
    const indented = /\n[^\S\n]+$/u.test(run);
    if (breaks < 2 && indented) continue;
    if (match.index > start) spans.push(spanOf(text, start, match.index));
    start = match.index + run.length;
  }
  if (start < text.length) spans.push(spanOf(text, start, text.length));
  return spans;
}

/**
 * A sentence may report a fact only when its context (CONTEXT_CHARS either side) names the fact's
 * core actors (match-fact-index.ts): "no meeting with Putin" is the Hamas visit's fact only near
 * a mention of Hamas. A fact that only one source reported (often background or a source's
 * aside) is kept only on a page that also reports a multi-source fact, or on that source's page.
 */
const CONTEXT_CHARS = 1000;

function eligible(
  fact: CompiledFact,
  context: Set<string>,
  unnamed: ReadonlySet<string> = new Set(),
): boolean {
  const core = fact.entry.core.filter((actor) => !unnamed.has(actor));
  const missing = core.filter((actor) => !context.has(actor)).length;
  // A core of three or more may miss one ("Israel" named where sources said "Israeli Foreign Ministry").
  return missing === 0 || (core.length >= 3 && missing === 1);
}

function contextActors(mentions: ActorMention[], sentence: Span, shown: Uint32Array): Set<string> {
  const from = (shown[sentence.start] ?? 0) - CONTEXT_CHARS;
  const to = (shown[sentence.end] ?? 0) + CONTEXT_CHARS;
  return new Set(
    mentions.filter((m) => (shown[m.end] ?? 0) >= from && (shown[m.start] ?? 0) <= to).map((m) => m.actor),
  );
}

/** The persons the corpus knows named in `sentence` up to the end of its clause `clauseText`. */
function personsIn(clauseText: string, sentence: Span, inside: ActorSpan[], facts: CompiledFacts): string[] {
  const end = sentence.start + Math.max(0, sentence.text.indexOf(clauseText)) + clauseText.length;
  const named = inside.filter((span) => span.end <= end).map((span) => span.actor);
  return [...new Set(named)].filter((actor) => facts.persons.has(actor));
}

export interface FactFindings {
  facts: DetectedFact[];
  /** The facts a sentence told with a day the claim is dated to (page-corroboration.ts). */
  dated: string[];
}

export function detectFacts(
  text: string,
  mentions: ActorMention[],
  index: MatcherIndex,
  selfSource: string | null = null,
  publishedDay: string | null = null,
): FactFindings {
  const facts = compiledFacts(index);
  // A page that names no corpus actor is not about the corpus's event (and costs nothing more).
  if (facts.facts.length === 0 || mentions.length === 0) return { facts: [], dated: [] };
  // A page whose metadata dates it to the event's year may name only earlier years in its text
  // ("had led a delegation to Moscow in September 2022"); an undated page naming only those is
  // set in them.
  const publishedYear = parseIsoDay(publishedDay)?.y;
  const publishedInEventYear = publishedYear !== undefined && index.eventYears.includes(publishedYear);
  if (!publishedInEventYear && namesOtherYears(text, index.eventYears)) return { facts: [], dated: [] };
  const spans: ActorSpan[] = mentions.map((mention) => ({
    actor: mention.actor,
    start: mention.start,
    end: mention.end,
    attributionOnly: mention.kind === 'media',
  }));
  // Other languages: words cannot meet the corpus's English, so actors, numbers and dates decide.
  const pageMode = looksEnglish(text) ? 'words' : 'structure';
  // A page dated weeks after the event (or before it) reports another occasion, but for sentences
  // dated to it.
  const later = datedApartFromEvent(text, facts.eventDays, index.eventYears, publishedDay);
  const outsideEvent = publishedOutsideEvent(publishedDay, facts.eventDays, index.eventYears);
  const found = new Map<number, SentenceMatch[]>();
  let shown: Uint32Array | undefined;
  let pageDays: PageDate[] | undefined;
  let lastPersons: string[] = [];
  for (const sentence of splitSentences(text, pageParagraphs(text))) {
    const inside = spans.filter((span) => span.start >= sentence.start && span.end <= sentence.end);
    // A claim names an actor or a number; other sentences are not scored (on a corpus source's
    // own page every sentence is, so all its facts are found).
    if (selfSource === null && inside.length === 0 && !HAS_DIGIT.test(sentence.text)) continue;
    if (setInOtherYear(sentence.text, index.eventYears)) continue;
    // A row of tags names the story's actors and tells nothing ("Tags: Russia Hamas Iran Israel").
    if (TAGS.test(sentence.text)) continue;
    let accepted: Array<{ fact: number; clause: number; match: SentenceMatch }> = [];
    const context = contextActors(mentions, sentence, (shown ??= shownOffsets(text)));
    const venues = sentenceVenues(sentence, inside, facts.places);
    const named = new Set(inside.map((span) => span.actor));
    const unknownSpeaker = hasUnknownSpeaker(sentence, inside);
    const namedPersons = [...named].filter((actor) => facts.persons.has(actor));
    // "The two discussed a ceasefire": the pair the sentence before named.
    const persons =
      namedPersons.length < 2 && lastPersons.length >= 2 && PAIR_SUBJECT.test(sentence.text)
        ? lastPersons
        : namedPersons;
    lastPersons = namedPersons;
    // An English quote on a page in another language is read in its words: with the lexicon of news
    // words only, "stained with the blood of more than 1,400" read as a tally of the attack.
    const mode = pageMode === 'structure' && looksEnglishSentence(sentence.text) ? 'words' : pageMode;
    const titleOnly = mode === 'structure' ? titleOnlyActors(text, inside, facts.persons) : undefined;
    for (const scored of scoreSentence(
      text,
      sentence,
      inside,
      facts,
      mode,
      leastScore(mode),
      (pageDays ??= pageDates(text, publishedDay)),
    )) {
      const fact = facts.facts[scored.fact];
      if (!fact) continue;
      // The people a claim is about may go unnamed in a plain telling ("a Hamas delegation is in
      // Moscow"), which the context then need not name either.
      if (
        !eligible(fact, context) &&
        !(
          eligible(fact, context, facts.persons) &&
          plainTelling(scored.sentence ?? scored.features, fact, facts)
        )
      )
        continue;
      // A clause happens when its sentence does: "Peskov said on 2 November … | as Israel accuses …".
      if (datedAwayFromEvent((scored.sentence ?? scored.features).dates, facts.days)) continue;
      if (setElsewhere(venues, named, fact.entry.venues ?? [])) continue;
      // A fact no source placed still has its places ("Russia" asked to expel): a sentence set
      // elsewhere ("in Istanbul") with none of them nearby is about another place.
      if (!fact.entry.venues?.length && setElsewhere(venues, context, fact.places)) continue;
      // Someone the corpus does not know said it: the claim's own speaker said it elsewhere.
      if (unknownSpeaker && fact.namesPerson) continue;
      // Two other people the corpus knows, and none of the claim's own: their meeting or talks
      // ("Bagheri Kani met Abu Marzouk and discussed a ceasefire"), not the claim Zakharova made.
      // A clause that scored is judged by the people named up to its end: a subject carries
      // forward ("Bagheri Kani met Abu Marzouk, | and the two discussed a ceasefire"), not back
      // ("asked Russia to expel the delegation, | but Peskov said it met diplomats, not Putin").
      const claimPersons =
        scored.clauseText && persons === namedPersons
          ? personsIn(scored.clauseText, sentence, inside, facts)
          : persons;
      if (
        fact.namesPerson &&
        claimPersons.length >= 2 &&
        !claimPersons.some((actor) => actor in fact.entry.signature.actors)
      )
        continue;
      if (later && !datedToFact(scored.features.dates, fact.entry.signature.dates)) continue;
      const match: SentenceMatch = {
        sentence,
        score: scored.score,
        shared: scored.shared,
        features: scored.features,
        ...(scored.sentence ? { sentenceFeatures: scored.sentence } : {}),
        titleOnly,
        ...(scored.clauseText ? { clauseText: scored.clauseText } : {}),
      };
      // Best first: a fact counts once per sentence, as its best passage that is accepted.
      if (
        !accepted.some((item) => item.fact === scored.fact) &&
        acceptMatch(match, fact, facts, mode, outsideEvent)
      )
        accepted.push({ fact: scored.fact, clause: scored.clause, match });
    }
    // Each passage's best score before single-source claims give way: a claim far below the one
    // that gave way does not become the passage's best (the embassy's rebuttal of the terrorism
    // charge is not, once it gives way to the ceasefire call, Israel making the charge).
    const bestOf = new Map<number, number>();
    for (const { clause, match } of accepted)
      bestOf.set(clause, Math.max(bestOf.get(clause) ?? 0, match.score));
    // Names and numbers alone cannot tell two claims apart: a claim several sources made is the
    // likelier reading than one only a single source made ("annihilate" vs "blood of 1,400").
    // Unless the single-source claim matches clearly better ("the Russian embassy called the
    // accusations unacceptable": its own claim, not the ceasefire call the embassy made elsewhere).
    const multiSource = (fact: number) => (facts.facts[fact]?.entry.sources.length ?? 0) > 1;
    if (mode === 'structure' && accepted.some((item) => multiSource(item.fact))) {
      const multi = accepted.filter((item) => multiSource(item.fact));
      const bestMulti = Math.max(...multi.map((item) => item.match.score));
      // A single-source claim that a clause tells best, better than any claim several sources
      // made, is that clause's claim: "the embassy rejected the charge of backing terrorism, |
      // and renewed the call for a ceasefire" tells the rebuttal and, as a whole, the call.
      const ownClause = (item: (typeof accepted)[number]): boolean =>
        item.clause >= 0 &&
        item.match.score > bestMulti &&
        multi.every((other) => other.clause !== item.clause || other.match.score < item.match.score);
      accepted = accepted.filter(
        (item) => multiSource(item.fact) || item.match.score >= bestMulti + CLEARLY_BETTER || ownClause(item),
      );
    }
    // One passage (sentence or clause) counts for its best fact and for those scoring close to it.
    for (const { fact, clause, match } of accepted) {
      if (match.score < (bestOf.get(clause) ?? 0) * SECOND_FACT_RATIO) continue;
      found.set(fact, [...(found.get(fact) ?? []), match]);
    }
  }
  const detected: DetectedFact[] = [];
  const dated: string[] = [];
  for (const [factIndex, matches] of found) {
    const fact = facts.facts[factIndex];
    if (!fact) continue;
    if (matches.some((match) => match.shared.some((key) => keyKind(key) === 'date')))
      dated.push(fact.entry.id);
    const sources = fact.entry.sources;
    const strongest = [...matches].sort((a, b) => b.score - a.score).slice(0, MAX_EVIDENCE);
    const evidence = [...strongest].sort((a, b) => a.sentence.start - b.sentence.start);
    detected.push({
      id: fact.entry.id,
      label: fact.entry.label,
      score: Math.round((strongest[0]?.score ?? 0) * 100) / 100,
      evidence: evidence.map(({ sentence }) => ({
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
      })),
      reportedBy: sources,
      why: explainMatch(strongest, fact, facts),
    });
  }
  detected.sort((a, b) => b.score - a.score || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  return { facts: detected, dated };
}
