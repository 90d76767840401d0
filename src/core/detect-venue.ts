/**
 * Where a sentence says something happened, against where the fact's sources placed it:
 * "Bagheri Kani met Galuzin in Tehran" is not the meeting the sources placed in Moscow.
 * A venue is "in X" with X a capitalised word (not a month or weekday) that is a corpus place or
 * no corpus actor at all ("in Sochi"). The index keeps each fact's venues, as its sources wrote
 * them (match-fact-index.ts). A sentence set in a venue that is none of the fact's, and naming
 * none of them, reports another occasion. Facts no source placed are not checked.
 * Cost: one regex pass per sentence.
 */
import { ENGLISH_MONTHS } from './detect-time';
import type { ActorSpan } from './passage-features';
import type { Span } from './span';
import { isStopWord } from './terms';

const IN_CAPITALISED = /\bin\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+(\p{Ll}[\p{L}\p{M}]*))?/gu;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CALENDAR = new RegExp(`^(?:${[...ENGLISH_MONTHS, ...WEEKDAYS].join('|')})$`);

/**
 * The venues a sentence names: place actor ids, or the lower-cased word when no actor is there.
 * `spans` are actor mentions (the sentence's, or its whole text's); `places` the place actors' ids.
 */
export function sentenceVenues(sentence: Span, spans: ActorSpan[], places: Set<string>): Set<string> {
  const venues = new Set<string>();
  for (const match of sentence.text.matchAll(IN_CAPITALISED)) {
    const word = match[1] ?? '';
    if (CALENDAR.test(word)) continue;
    // "in the Russian capital", "in the Israeli parliament": a word that describes the place.
    const next = match[2];
    if (next !== undefined && !isStopWord(next)) continue;
    const at = sentence.start + (match.index ?? 0) + match[0].search(/\p{Lu}/u);
    const actor = spans.find((span) => span.start <= at && at < span.end);
    if (!actor) venues.add(word.toLowerCase());
    else if (places.has(actor.actor)) venues.add(actor.actor);
  }
  return venues;
}

/** True when the sentence is set somewhere the fact's sources did not place it. */
export function setElsewhere(venues: Set<string>, named: Set<string>, factVenues: string[]): boolean {
  if (venues.size === 0 || factVenues.length === 0) return false;
  return !factVenues.some((venue) => venues.has(venue) || named.has(venue));
}
