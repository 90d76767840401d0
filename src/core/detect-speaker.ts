/**
 * Who a sentence gives as its speaker, when that is a titled person the corpus does not know:
 * "…, Israeli Prime Minister Benjamin Netanyahu told the General Assembly" says what the corpus's
 * spokesman said, but on another occasion. A role word ("minister", "spokesman", "president")
 * followed by a capitalised name that no corpus actor covers and a speech verb is such a speaker.
 * Facts whose sources name a person are then not matched: their claim had its own speaker.
 * Cost: one regex pass per sentence.
 */
import type { ActorSpan } from './passage-features';
import type { Span } from './span';

/** A role word, a capitalised name, then a speech verb: "Prime Minister Benjamin Netanyahu told". */
const TITLED_SPEAKER =
  /\b(?:minister|spokesman|spokeswoman|spokesperson|president|secretary|ambassador|envoy|director|chief|leader|adviser|advisor|general|senator|chancellor|premier)\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)\s+(?:said|says|told|tells|stated|wrote|added|declared|claimed|argued|insisted|warned|noted)\b/dgiu;

/** True when the sentence's speaker is a titled person who is not a corpus actor. */
export function hasUnknownSpeaker(sentence: Span, spans: ActorSpan[]): boolean {
  for (const match of sentence.text.matchAll(TITLED_SPEAKER)) {
    const [from = 0, to = 0] = match.indices?.[1] ?? [];
    const start = sentence.start + from;
    const end = sentence.start + to;
    const known = spans.some((span) => span.start < end && span.end > start);
    if (!known) return true;
  }
  return false;
}
