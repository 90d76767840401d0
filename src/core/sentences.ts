/**
 * Sentences and clauses with exact UTF-16 offsets into the text they came from.
 * Method: one left-to-right scan per paragraph. A run of . ! ? … (plus the closing quotes and
 * brackets right after it) ends a sentence when whitespace and a non-lowercase character follow,
 * unless the word before is an abbreviation, initial or initialism (sentence-boundaries.ts).
 * Paragraph ends always end a sentence, so headlines and unpunctuated lines stand alone; bullets
 * are left out of sentence text. Clauses split a sentence at ; : dashes, ", and"-style
 * conjunctions and quotation edges. Cost: one pass, O(text length).
 */
import { BULLETS, CLOSERS, QuoteTracker, TERMINATORS, endsSentence } from './sentence-boundaries';
import { shownOffsets } from './shown-offsets';
import { spanOf, type Span } from './span';

export interface Sentence extends Span {
  /** Index into the `paragraphs` passed to splitSentences. */
  paragraph: number;
  /** Greater than 0 when the sentence starts inside an open quotation. */
  quoteDepth: number;
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

/** Shrinks `[start, end)` past whitespace (and bullets at the start); null when nothing is left. */
function trimmed(text: string, start: number, end: number): [number, number] | null {
  let from = start;
  let to = end;
  while (from < to && (isSpace(text[from]) || BULLETS.has(text[from] ?? ''))) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  return to > from ? [from, to] : null;
}

/** A live blog entry's time before its text ("06:45 — Two people confirmed dead"): not part of a sentence. */
const ENTRY_TIME = /^\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*[—–|-]\s+/u;
/** A wire story's dateline before its lede ("KESSIN, March 12 (Continental Wire) - ", "KESSIN (NP) — "). */
const WIRE_DATELINE =
  /^\s*\p{Lu}[\p{Lu}\s.'’-]{1,30}(?:,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2})?\s*\([^()]{1,40}\)\s*[—–-]{1,2}\s+/u;

function sentencesInParagraph(text: string, paragraph: Span, index: number): Sentence[] {
  const sentences: Sentence[] = [];
  const { end: to } = paragraph;
  const head = text.slice(paragraph.start, Math.min(to, paragraph.start + 80));
  const prefix = ENTRY_TIME.exec(head) ?? WIRE_DATELINE.exec(head);
  const from = paragraph.start + (prefix?.[0].length ?? 0);
  const quotes = new QuoteTracker(from);
  let start = -1;
  let startDepth = 0;
  const emit = (end: number) => {
    const range = trimmed(text, start, end);
    if (range)
      sentences.push({ ...spanOf(text, range[0], range[1]), paragraph: index, quoteDepth: startDepth });
    start = -1;
  };
  let at = from;
  while (at < to) {
    const char = text[at] ?? '';
    if (start < 0) {
      if (isSpace(char) || BULLETS.has(char)) {
        at++;
        continue;
      }
      start = at;
      startDepth = quotes.depth;
    }
    if (BULLETS.has(char) && at > start && isSpace(text[at - 1])) {
      emit(at); // an inline bullet list: each item is its own sentence
      continue;
    }
    if (!TERMINATORS.has(char)) {
      quotes.update(text, at);
      at++;
      continue;
    }
    let after = at + 1;
    while (after < to && TERMINATORS.has(text[after] ?? '')) after++;
    while (after < to && CLOSERS.has(text[after] ?? '')) quotes.update(text, after++);
    if (endsSentence(text, from, to, at, after)) emit(after);
    at = after;
  }
  if (start >= 0) emit(to);
  return sentences;
}

/** Sentences of each paragraph in order; a sentence never crosses a paragraph boundary. */
export function splitSentences(text: string, paragraphs: Span[]): Sentence[] {
  return paragraphs.flatMap((paragraph, index) => sentencesInParagraph(text, paragraph, index));
}

/**
 * Words after a comma that start a clause of their own: conjunctions, and participles that tell a
 * second claim ("demanded that Russia expel the delegation, branding the invitation obscene").
 */
const CONJUNCTION_AFTER_COMMA =
  /^,\s+(?:and|but|or|so|yet|which|who|whom|whose|while|whereas|although|though|because|where|when|calling|branding|describing|accusing|urging|warning|demanding|prompting|sparking|triggering|provoking|drawing)\b/iu;
/**
 * "… istedi ve Hamas liderlerinin …", "… forderte und Hamas …": in other languages a bare "and"
 * before a capitalised word between two long stretches joins two claims. English "and" is left
 * out: it joins names far more often, and English clauses are cut at ", and" already; so are the
 * Czech "a" and the Romanian "si" written without its comma, which are English and Spanish words.
 */
const AND_BEFORE_NAME = /^\s(ve|und|et|y|e|и|і|en|och|şi|i|και)\s+\p{Lu}/u;
/**
 * "But" after a comma in other languages: "… خواسته است هیئت حماس را … اخراج کند، اما پسکوف گفت …"
 * (asked Russia to expel the delegation, but Peskov said …) tells two claims, as ", but" does.
 */
const BUT_AFTER_COMMA =
  /^[,،]\s*(?:aber|mais|pero|ma|mas|ale|maar|но|але|ama|ancak|لكن|ولكن|اما|ولی|אבל|אך|dar|όμως|αλλά|लेकिन|하지만|그러나)(?![\p{L}\p{M}])/u;
const LONG_CLAUSE = 40;
/**
 * Who leads a group, told inside a longer claim: "urged Russia to expel a Hamas delegation | headed
 * by senior official Mousa Abu Marzouk that is visiting Moscow" tells two claims. Cut for detection
 * only: the alignment, whose passages join on the claim's own group, lost on the seeds with it
 * (F1 0.64 -> 0.59). In other languages too: "espellere la delegazione di Hamas | guidata da …".
 */
const LED_BY =
  /^ (?:headed by|led by|guidat[ao] da|capeggiat[ao] da|encabezad[ao] por|liderad[ao] por|chefiad[ao] por|dirigid[ao] por|angeführt von|unter (?:der )?Leitung|conduite par|menée par|emmenée par|dirigée par|во главе с|на чолі з|pod przewodnictwem|kierowan[aey] przez|onder leiding van|ledd av|vedená|condusă de)\s/u;
// Single quotes are left out: ’ is far more often an apostrophe than a quotation edge.
const OPENING_QUOTES = new Set(['“', '«']);
const CLOSING_QUOTES = new Set(['”', '»']);

/** Cut points inside a sentence as `[cutStart, cutEnd)`; the text between cuts becomes clauses. */
function clauseCuts(text: string, from: number, to: number, ledBy = false): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  // Lengths as the page shows them: a page source's line break and indentation is one space.
  const shown = shownOffsets(text, from, to);
  const shownBetween = (start: number, end: number): number =>
    (shown[end - from] ?? 0) - (shown[start - from] ?? 0);
  for (let at = from; at < to; at++) {
    const char = text[at] ?? '';
    const next = text[at + 1];
    const spacedBefore = at === from || isSpace(text[at - 1]);
    // The Chinese and Japanese commas (，、) join clauses without spaces or conjunctions to go by.
    if (char === ';' || (char === ':' && isSpace(next)) || char === '—' || char === '，' || char === '、')
      cuts.push([at, at + 1]);
    else if ((char === '–' || char === '-') && spacedBefore && isSpace(next)) cuts.push([at, at + 1]);
    else if (
      (char === ',' && CONJUNCTION_AFTER_COMMA.test(text.slice(at, Math.min(to, at + 12)))) ||
      ((char === ',' || char === '،') && BUT_AFTER_COMMA.test(text.slice(at, at + 10))) ||
      // The Arabic comma before a word with the conjunction و written onto it ("، وإن أيدي …"),
      // and the Hebrew comma before one with ו ("…, ובקרמלין משיבים …").
      (char === '،' && /^،\s*و/u.test(text.slice(at, at + 4))) ||
      (char === ',' && /^,\s*ו[\u05d0-\u05ea]/u.test(text.slice(at, at + 4)))
    ) {
      cuts.push([at, at + 1]);
    } else if (
      char === ' ' &&
      shownBetween(cuts[cuts.length - 1]?.[1] ?? from, at) >= LONG_CLAUSE &&
      shownBetween(at, to) >= LONG_CLAUSE
    ) {
      const conjunction = AND_BEFORE_NAME.exec(text.slice(at, at + 8))?.[1];
      if (conjunction) cuts.push([at, at + conjunction.length + 2]);
      else if (ledBy && LED_BY.test(text.slice(at, at + 24))) cuts.push([at, at + 1]);
    } else if (OPENING_QUOTES.has(char) || (char === '"' && spacedBefore)) cuts.push([at, at]);
    else if (CLOSING_QUOTES.has(char) || (char === '"' && !spacedBefore)) cuts.push([at + 1, at + 1]);
  }
  return cuts;
}

/** Clauses of one sentence (at least one), trimmed of spaces and separator punctuation. */
export function splitClauses(text: string, sentence: Span, options: { ledBy?: boolean } = {}): Span[] {
  const clauses: Span[] = [];
  let pieceStart = sentence.start;
  const addPiece = (end: number) => {
    const piece = text.slice(pieceStart, end);
    const lead = /^[\s,;:—–，、-]+/u.exec(piece)?.[0].length ?? 0;
    const trail = /[\s,;:—–，、-]+$/u.exec(piece.slice(lead))?.[0].length ?? 0;
    if (piece.length - lead - trail <= 0) return;
    const last = clauses[clauses.length - 1];
    // Bare punctuation left after a quotation (`"no".`) stays with the clause before it.
    if (last && !/[\p{L}\p{N}]/u.test(piece))
      clauses[clauses.length - 1] = spanOf(text, last.start, end - trail);
    else clauses.push(spanOf(text, pieceStart + lead, end - trail));
  };
  for (const [cutStart, cutEnd] of clauseCuts(text, sentence.start, sentence.end, options.ledBy)) {
    addPiece(cutStart);
    pieceStart = cutEnd;
  }
  addPiece(sentence.end);
  if (clauses.length > 0) return clauses;
  const whole = trimmed(text, sentence.start, sentence.end);
  return [whole ? spanOf(text, whole[0], whole[1]) : spanOf(text, sentence.start, sentence.end)];
}
