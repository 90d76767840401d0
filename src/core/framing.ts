/**
 * Framing of one fact mention: how the source named the actors there, whom it attributed the
 * claim to, numbers with hedges, dates (relative ones resolved), quoted words.
 * Method: patterns around the actor mentions and attribution verbs of the passage. Cost: O(passage).
 */
import { findDates } from './dates';
import { findNumbers } from './numbers';
import type { Framing } from './pack-schema';
import type { ActorSpan } from './passage-features';
import type { Span } from './span';
import { quotationsOf } from './quotations';

/**
 * Words that can describe an actor right before its name ("the militant Palestinian group Hamas",
 * "senior Hamas officials"): capitalised words, hyphenated compounds, adjective endings, and a
 * short list of common descriptors. Verbs and adverbs ("visited", "later") end the phrase.
 */
const DESCRIPTOR_WORDS = new Set(
  `militant militants terrorist terrorists group movement organization organisation leader leaders leading senior top
  former late radical armed extremist spokesman spokeswoman spokesperson official officials envoy counterpart
  deputy minister foreign head chief member members representative representatives delegation agency daily
  outlet newspaper news state agency's vice acting interim prime president presidential secretary ambassador
  commander premier general politburo chairman chairwoman director governor mayor`.split(/\s+/),
);
function isDescriptor(word: string): boolean {
  if (/^[A-Z][\p{L}’'-]*$/u.test(word)) return true;
  if (!/^[a-z][\p{L}-]*$/u.test(word)) return false;
  return DESCRIPTOR_WORDS.has(word) || word.includes('-') || /(?:ist|ian|ic|al|ese|ish)$/.test(word);
}
const STOP_BEFORE = new Set(
  `a an the of in on at to for from by with and or but that which who as is are was were has have had said says told
  according citing reported between among while both his her their its this these those`.split(/\s+/),
);
/** Nouns that name a group of people right after an actor's name ("Hamas terrorists", "Hamas leaders"). */
const GROUP_NOUNS = new Set(
  `delegation delegations leaders leader members member officials official terrorists terrorist militants militant
  representatives representative envoys envoy spokesman spokeswoman spokesperson group movement organization
  organisation fighters profiles`.split(/\s+/),
);
const ATTRIBUTION_PATTERNS: RegExp[] = [
  /\baccording to ((?:the )?[^,.;]{2,80}?)(?=[,.;]|$)/giu,
  /\bciting ([^,.;]{2,60}?)(?=[,.;]|$)/giu,
  /\b(?:as )?reported by ((?:the )?[^,.;]{2,60}?)(?=[,.;]|$)/giu,
  /\bwith reference to ([^,.;]{2,60}?)(?=[,.;]|$)/giu,
  // A label before a colon ("Details: A source told") is not who said it.
  /(?:^|[,.:]\s*)((?:the )?[A-Z][^,.;:"“”]{1,60}?) (?:reported|reports|wrote|said|says|stated|told|quoted)\b/gu,
  /\b(?:said|stated|reported) (?:a statement from |in a statement )?((?:the )?[A-Z][^,.;]{1,60}?)(?=[,.;]|$)/gu,
];
/** Start offset of up to `limit` descriptor words right before `offset` (within the passage). */
function descriptorStart(text: string, passage: Span, offset: number, limit: number): number {
  const before = text.slice(passage.start, offset);
  const words = [...before.matchAll(/\S+/g)];
  let start = offset;
  let taken = 0;
  for (let i = words.length - 1; i >= 0 && taken < limit; i--) {
    const word = words[i];
    if (!word) break;
    const wordEnd = passage.start + (word.index ?? 0) + word[0].length;
    // Only adjacent words separated by plain spaces (no punctuation between them and the name).
    if (text.slice(wordEnd, start).trim() !== '') break;
    const bare = word[0];
    if (/^(the|a|an)$/i.test(bare)) {
      // "Envoy for the Southern Region Mikhail Stavrin": words after a preposition's article
      // name a place of the title, not the person; the name stands alone.
      const previous = words[i - 1]?.[0].toLowerCase() ?? '';
      if (/^(?:for|of|to|in|at|on)$/u.test(previous)) return offset;
      if (taken > 0) start = wordEnd - bare.length;
      break;
    }
    if (!isDescriptor(bare) || STOP_BEFORE.has(bare.toLowerCase())) break;
    start = wordEnd - bare.length;
    taken++;
  }
  return start;
}

/** "the militant Palestinian group Hamas", "Hamas terrorists", "Kremlin spokesman Dmitry Peskov". */
function namingOf(text: string, passage: Span, span: ActorSpan): string {
  const start = descriptorStart(text, passage, span.start, 4);
  let end = span.end;
  const after = /^(?:['’]s)?\s+([a-z]+)/u.exec(text.slice(span.end, passage.end));
  if (after && GROUP_NOUNS.has(after[1] ?? '')) end = span.end + after[0].length;
  return text.slice(start, end).trim();
}

/** `otherLanguage`: the passage is in another language than the corpus's English (its counts in words are read too). */
export function framePassage(
  text: string,
  passage: Span,
  actorSpans: ActorSpan[],
  anchorDate: string | null,
  otherLanguage = false,
): Framing {
  const inside = actorSpans.filter((span) => span.start >= passage.start && span.end <= passage.end);
  const named = inside.map((span) => ({ actor: span.actor, text: namingOf(text, passage, span) }));
  // "Hamas spokesman" inside "Hamas spokesman Marzouk" says nothing more: keep the longer naming.
  const actorNames = named.filter(
    (item, index) =>
      !named.some(
        (other, j) => j !== index && other.text.length > item.text.length && other.text.includes(item.text),
      ) && named.findIndex((other) => other.text === item.text && other.actor === item.actor) === index,
  );
  const attributions: Framing['attributions'] = [];
  for (const pattern of ATTRIBUTION_PATTERNS) {
    for (const match of passage.text.matchAll(pattern)) {
      const who = (match[1] ?? '').trim();
      if (!who || attributions.some((item) => item.text.includes(who) || who.includes(item.text))) continue;
      const whoStart = passage.start + (match.index ?? 0) + match[0].indexOf(who);
      const actor = inside.find((span) => span.start >= whoStart && span.end <= whoStart + who.length);
      attributions.push({
        text: match[0].trim().replace(/^[,.:]\s*/, ''),
        actor: actor ? actor.actor : null,
      });
    }
  }
  return {
    actorNames,
    attributions,
    numbers: findNumbers(passage.text, otherLanguage).map(({ value, hedge, text: written }) => ({
      value,
      hedge,
      text: written,
    })),
    dates: findDates(passage.text, anchorDate).map(({ iso, text: written, relative }) => ({
      iso,
      text: written,
      relative,
    })),
    quotes: quotationsOf(passage.text),
  };
}
