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

const ROLE_WORDS = [
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'president',
  'secretary',
  'ambassador',
  'envoy',
  'director',
  'chief',
  'leader',
  'adviser',
  'advisor',
  'general',
  'senator',
  'chancellor',
  'premier',
];
/** "minister" or "Minister": written out, since an `i` flag would let \p{Lu} match any letter. */
const ROLE = ROLE_WORDS.map((word) => `[${word[0]}${word[0]?.toUpperCase()}]${word.slice(1)}`).join('|');
/** A role word, a capitalised name, then a speech verb: "Prime Minister Benjamin Netanyahu told". */
const TITLED_SPEAKER = new RegExp(
  String.raw`\b(?:${ROLE})\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)\s+(?:said|says|told|tells|stated|wrote|added|declared|claimed|argued|insisted|warned|noted)\b`,
  'dgu',
);

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

/**
 * What may stand between a title's holder and the person it names: a space or a comma, or a comma
 * and a given name the matcher left out ("פוטין, דמיטרי פסקוב").
 */
const APPOSED_GAP = /^(?:[\s,،、]{1,3}|\s*[,،、]\s*\p{L}+\s+)$/u;

/**
 * Actors named only in another person's title: "Rzecznik Władimira Putina Dmitrij Pieskow",
 * "דובר הנשיא ולדימיר פוטין, דמיטרי פסקוב" (Putin's spokesman Peskov), "Rzecznik Kremla
 * Dmitrij Pieskow". Every mention is followed at once by a person the corpus knows. On pages in
 * other languages, where the words of the claim go unread, such an actor does not make the
 * sentence about itself.
 */
export function titleOnlyActors(text: string, spans: ActorSpan[], persons: Set<string>): Set<string> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const inTitle = new Set<string>();
  const elsewhere = new Set<string>();
  sorted.forEach((span, at) => {
    const next = sorted[at + 1];
    const apposed =
      next !== undefined &&
      next.actor !== span.actor &&
      persons.has(next.actor) &&
      APPOSED_GAP.test(text.slice(span.end, next.start));
    (apposed ? inTitle : elsewhere).add(span.actor);
  });
  return new Set([...inTitle].filter((actor) => !elsewhere.has(actor)));
}
