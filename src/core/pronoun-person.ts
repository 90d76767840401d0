/**
 * Light coreference for alignment: news writers name a person once and then write "he said" or
 * "she insisted". A sentence with a subject pronoun and no person of its own gets, as an actor
 * feature, the person last named before it in the same source, so "I have done nothing wrong,
 * he told reporters" and "Berglund denies any wrongdoing" share who said it.
 * Only features change; the sentence's text and actor mentions stay as written.
 * Cost: O(passages + spans).
 */
import type { ActorSpan, PassageFeatures } from './passage-features';
import type { Span } from './span';

const SUBJECT_PRONOUN = /\b(?:he|she)\b/iu;

interface PassageLike {
  source: string;
  sentence: Span;
  features: PassageFeatures;
}

/** `passages` in source order, each source's sentences in text order; `persons` are actor ids. */
export function carryPersonToPronouns(
  passages: PassageLike[],
  spans: Map<string, ActorSpan[]>,
  persons: Set<string>,
): void {
  let source = '';
  let lastPerson: string | null = null;
  for (const passage of passages) {
    if (passage.source !== source) {
      source = passage.source;
      lastPerson = null;
    }
    const { start, end } = passage.sentence;
    const named = (spans.get(source) ?? []).filter(
      (span) => span.start >= start && span.end <= end && persons.has(span.actor),
    );
    if (named.length === 0 && lastPerson !== null && SUBJECT_PRONOUN.test(passage.sentence.text))
      passage.features = { ...passage.features, actors: new Set([...passage.features.actors, lastPerson]) };
    const last = named[named.length - 1];
    if (last) lastPerson = last.actor;
  }
}
