/**
 * Separates a news article's reporting from site chrome in raw page text (menus, ads, captions,
 * teasers, headline lists, subscribe blocks, counters), and finds its title, byline and dateline.
 * Method: every non-empty line is one unit. The title is the first headline-shaped line that the
 * page repeats (or the first one before any prose); the body starts at the first prose line after
 * it and ends at the first closing chrome (list marker, subscribe/tags block, a run of short
 * headline-like lines). Inside the body, prose lines are reporting, short unpunctuated lines are
 * subheadings, and known patterns are dropped (see chrome-patterns.ts). No rule names an outlet.
 * Every non-empty line lands in exactly one of `reporting`, `notes` or `dropped` (title, byline
 * and dateline lines are in `dropped` with those reasons). Cost: O(lines × line length).
 */
import { findByline, findDateline, isNameLike } from './article-meta';
import { BULLETS, setApartLines } from './article-set-apart';
import {
  classifyChrome,
  comparisonKey,
  hasSentenceEnd,
  isLeadInLabel,
  isListItem,
  isLongProse,
  isMenuLike,
  isProse,
  isQuestionHeading,
  isTimeOnly,
  isTranslationNotice,
  POST_HANDLE,
  wordsOf,
} from './chrome-patterns';
import { spanOf, type Span } from './span';

export interface ArticleText {
  /** The headline, first occurrence (without a " - Site" suffix when the page repeats it bare). */
  title: Span | null;
  /** The author's name only ("Henrik Rothen"), not "Written by". */
  byline: Span | null;
  /** The date and time as shown on the page. */
  dateline: Span | null;
  /** Metadata notices about the text, e.g. machine-translation notices. */
  notes: Span[];
  /** The article's reporting paragraphs, one per kept line, in text order. */
  reporting: Span[];
  /** Every other non-empty line, with a short reason. */
  dropped: Array<Span & { reason: string }>;
}

type Verdict = { kind: 'reporting' } | { kind: 'note' } | { kind: 'dropped'; reason: string };

/** A headline repeats within a few lines of itself (header, then above the body); a list item far below does not count. */
const TITLE_ECHO_WINDOW = 6;
/** Short lines in a row that read as a list of other headlines rather than subheadings. */
const HEADLINE_RUN = 3;

const LEADING_JUNK = new RegExp(`^[\\s${BULLETS}]+`, 'u');

/** Non-empty lines as spans of `raw`, trimmed of whitespace and bullets, offsets exact. */
function contentLines(raw: string): Span[] {
  const lines: Span[] = [];
  const lineBreak = /\r\n|\r|\n/gu;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(raw);
    const lineEnd = match ? match.index : raw.length;
    const line = raw.slice(lineStart, lineEnd);
    const start = lineStart + (LEADING_JUNK.exec(line)?.[0].length ?? 0);
    let end = lineEnd;
    while (end > start && /\s/u.test(raw[end - 1] ?? '')) end--; // a loop, not /\s+$/, which is quadratic on long runs
    if (end > start) lines.push(spanOf(raw, start, end));
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return lines;
}

function isChromeOrNotice(text: string): boolean {
  return classifyChrome(text) !== null || isTranslationNotice(text);
}

/** A paragraph of the story: long prose that ends like a sentence and is no chrome or notice. */
const isParagraph = (text: string): boolean =>
  isLongProse(text) && hasSentenceEnd(text) && !isChromeOrNotice(text);

function carriesMeta(text: string): boolean {
  const date = findDateline(text);
  return date !== null || findByline(text, date) !== null;
}

/** "Home | World | Business": a menu joined by separators is never a headline. */
function isSeparatedMenu(text: string): boolean {
  return (text.match(/\s[|·•/]\s|\S {2,}(?=\S)/gu) ?? []).length >= 2;
}

function isHeadlineShaped(text: string): boolean {
  return (
    !isChromeOrNotice(text) &&
    !isSeparatedMenu(text) &&
    wordsOf(text).length <= 30 &&
    !/[.:]$/u.test(text) &&
    !carriesMeta(text)
  );
}

/**
 * A live blog's entry time: a time alone on a line, followed by a full sentence, or by the entry's
 * own headline and then a full sentence ("18:37 GMT", "Kremlin: 'We talk to everyone'", "Asked why
 * …"). A list of other stories with times has a headline under each time and the next time under it.
 */
/**
 * A live blog entry's byline, under its time or its heading: "By Sara Lindqvist", "By Jakub Meren,
 * in Drevna", "From Jonah Pell in Castrelle", "From the Market Ledger markets desk in Castrelle".
 */
const ENTRY_BYLINE = /^(?:[Bb]y|From)\s+[^.!?:]{2,70}$/u;
const isEntryByline = (text: string): boolean => ENTRY_BYLINE.test(text) && wordsOf(text).length <= 10;

function isEntryTime(lines: Span[], at: number): boolean {
  if (!isTimeOnly(lines[at]?.text ?? '')) return false;
  // An entry may carry its writer under its time ("From Jonah Pell in Castrelle") or heading.
  const first = isEntryByline(lines[at + 1]?.text ?? '') ? at + 2 : at + 1;
  const headline = lines[first]?.text ?? '';
  const signed = isEntryByline(lines[first + 1]?.text ?? '');
  const below = lines[first + (signed ? 2 : 1)]?.text ?? '';
  // An entry of a video alone: its title, then the player's line ("Play video, 1:12").
  // A housekeeping entry's heading is the blog's own notice ("We'll bring you more as we get it").
  const heading = isHeadlineShaped(headline) || classifyChrome(headline)?.reason === 'live blog notice';
  const titled =
    heading && !hasSentenceEnd(headline) && (opensEntry(below) || classifyChrome(below)?.reason === 'video');
  return opensEntry(headline) || titled;
}

/** The first line of a live blog's entry: a full sentence, or chrome that does not end the page. */
function opensEntry(next: string): boolean {
  return (
    // An entry may open with its own question subheading ("What should you do?").
    (isProse(next) || isQuestionHeading(next)) &&
    hasSentenceEnd(next) &&
    // The newest entry of a live blog may be its sign-off ("That's where we'll leave our coverage"),
    // an entry an editor's note: chrome that does not end the page.
    (!isChromeOrNotice(next) || classifyChrome(next)?.endsBody === false)
  );
}

/** Fewest words of a line that ends in a quotation and opens a story. */
const QUOTED_PHRASE_WORDS = 8;

/**
 * A short line that ends in a closing quote with no stop before it ('• PM blames "foreign-paid
 * provocateurs"') is a headline or a live blog's key point, not the story's first paragraph.
 */
function isQuotedPhrase(text: string): boolean {
  return /[^.!?,]["”’»]$/u.test(text) && wordsOf(text).length < QUOTED_PHRASE_WORDS;
}

/** "Headline - Site" → the headline's length, when the suffix is a short site name. */
function lengthWithoutSiteSuffix(text: string): number | null {
  const match = /^(.*\S)\s+[-|–—]\s+[^-|–—]+$/u.exec(text);
  if (!match?.[1] || wordsOf(text.slice(match[1].length)).length > 4) return null;
  return match[1].length;
}

/** A site's slogan of clipped phrases ("Your city. Your news. Since 1921."): no prose of the story. */
function isSlogan(text: string): boolean {
  const phrases = text.split(/[.!?]+/u).filter((phrase) => phrase.trim().length > 0);
  return phrases.length >= 2 && phrases.every((phrase) => wordsOf(phrase).length <= 3);
}

interface FoundTitle {
  line: number;
  span: Span;
}

function findTitle(raw: string, lines: Span[], setApart: Map<number, string>): FoundTitle | null {
  // Headlines can be long, but they do not end like a sentence: the title region ends at the first
  // long sentence. A long headline may ask ("… neighbors ask: who paid for our torn-up streets?").
  // A box of key points above the headline is no sentence of the story.
  const firstLongProse = lines.findIndex(
    (l, i) => !setApart.has(i) && isParagraph(l.text) && !/\?$/u.test(l.text),
  );
  const regionEnd = firstLongProse < 0 ? lines.length : firstLongProse;
  const keys = lines.map((l) => comparisonKey(l.text));
  for (let i = 0; i < regionEnd; i++) {
    const line = lines[i];
    if (!line || !isHeadlineShaped(line.text)) continue;
    const bareLength = lengthWithoutSiteSuffix(line.text);
    const bareKey = bareLength === null ? null : comparisonKey(line.text.slice(0, bareLength));
    for (let j = i + 1; j < Math.min(regionEnd, i + 1 + TITLE_ECHO_WINDOW); j++) {
      if (keys[j] === keys[i]) return { line: i, span: line };
      if (bareKey !== null && bareLength !== null && keys[j] === bareKey) {
        return { line: i, span: spanOf(raw, line.start, line.start + bareLength) };
      }
    }
  }
  const beforeMeta = titleBeforeMeta(lines, regionEnd, setApart);
  if (beforeMeta) return beforeMeta;
  // No repetition: the first headline-shaped line of a headline's length (or else of any length),
  // provided no prose comes before it.
  let shortest: FoundTitle | null = null;
  for (let i = 0; i < regionEnd; i++) {
    const line = lines[i];
    if (!line || setApart.has(i) || (i === 0 && MASTHEAD.test(line.text))) continue;
    if (isHeadlineShaped(line.text)) {
      if (isTitleCandidate(line.text) && wordsOf(line.text).length >= MIN_TITLE_WORDS)
        return { line: i, span: line };
      shortest ??= { line: i, span: line };
    } else if (isPunchyTitle(lines, i)) return { line: i, span: line };
    else if (isProse(line.text) && !isChromeOrNotice(line.text) && !isSlogan(line.text)) break;
  }
  return shortest;
}

/**
 * A column's headline of two short sentences ("A broken rail is not an explanation. It's a
 * confession."), with a short standfirst under it and no byline near: not the story's prose.
 */
function isPunchyTitle(lines: Span[], at: number): boolean {
  const text = lines[at]?.text ?? '';
  const under = lines[at + 1]?.text ?? '';
  return (
    wordsOf(text).length <= PUNCHY_TITLE_WORDS &&
    /[.!?]\s+\p{Lu}/u.test(text) &&
    isTitleCandidate(text, true) &&
    wordsOf(under).length <= MAX_STANDFIRST_WORDS
  );
}

/** The page's first line as a site's name in capitals and its slogan: "DAGVARDE – Orviks största dagstidning". */
const MASTHEAD = /^\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2}\s[–—|-]\s/u;

/** Most words of a headline made of two short sentences. */
const PUNCHY_TITLE_WORDS = 14;

/** How many lines may stand between a headline and its byline (standfirst, section label, caption). */
const STANDFIRST_LINES = 3;

/** A standfirst is one sentence; a longer unpunctuated line is a paragraph that ends oddly ("… (NP/ar)"). */
const MAX_STANDFIRST_WORDS = 40;

/** A headline has a few words; a site name or section label ("DOLVIN HERALD", "Europe") has fewer. */
const MIN_TITLE_WORDS = 4;

/** A live page's badge set before its headline with spaces ("LIVE   Rocket breaks apart …"). */
const TITLE_BADGE = /^(?:LIVE|BREAKING|EXCLUSIVE|DEVELOPING|UPDATED|WATCH)\s{2,}(?=\S)/u;

/** Headline-shaped and not a row of buttons or links ("Accept | Manage settings", "Accept all   Cookie Settings"). */
function isTitleCandidate(text: string, aboveMeta = false): boolean {
  // Right above the byline a headline may end with a full stop ("The law is dead. Here's why.").
  const shaped = isHeadlineShaped(aboveMeta ? text.replace(/[.:]$/u, '') : text);
  // Nor a row of bracketed buttons ("[I accept] [Reject all] [Manage choices]"), nor a menu.
  return shaped && !/\s[|·•]\s|\S {2,}\S|^\[[^\]]*\]\s*\[/u.test(text.replace(TITLE_BADGE, ''));
}

/**
 * A page's header runs: site name, menus, banners, then section label, headline, standfirst,
 * byline and date. So the headline is the first line of at least MIN_TITLE_WORDS words in the run
 * of headline-shaped lines right above the first byline or dateline (the standfirst follows it),
 * or else the headline-shaped line right under a dateline that heads the page.
 */
function titleBeforeMeta(lines: Span[], regionEnd: number, setApart: Map<number, string>): FoundTitle | null {
  // The byline may follow a standfirst, which reads as the first paragraph.
  const meta = lines.findIndex((line, i) => i <= regionEnd + 1 && carriesMeta(line.text));
  if (meta <= 0) return null;
  // A standfirst may stand between the headline and the byline: the headlines' run ends above it.
  const standfirst = lines[meta - 1]?.text ?? '';
  const runEnd = isProse(standfirst) && !isTitleCandidate(standfirst, true) ? meta - 1 : meta;
  const headline = (i: number): FoundTitle | null => {
    const line = lines[i];
    // A section path ("In the World / Dalmoria") may stand where the headline would.
    return line &&
      !setApart.has(i) &&
      wordsOf(line.text).length >= MIN_TITLE_WORDS &&
      !classifyChrome(line.text) &&
      // A byline that names two writers and their posts has a headline's length.
      findByline(line.text, null) === null &&
      !/^[Bb]y\s+\p{Lu}\S*\s+\p{Lu}/u.test(line.text)
      ? { line: i, span: line }
      : null;
  };
  let first = runEnd;
  for (let above = runEnd - 1; above >= 0; above--) {
    // A box of key points between the standfirst and the byline is passed over; one above the
    // headline ends the run.
    const passes = setApart.has(above)
      ? !lines.slice(first, runEnd).some((_, k) => headline(first + k))
      : isTitleCandidate(lines[above]?.text ?? '', true);
    if (!passes) break;
    first = above;
  }
  for (let i = first; i < runEnd; i++) {
    const found = headline(i);
    if (found) return found;
  }
  // Some pages put the date above the headline ("22.02.2026, 10:14", then the headline).
  const next = meta + 1;
  if (next < regionEnd && isTitleCandidate(lines[next]?.text ?? '') && !carriesMeta(lines[next]?.text ?? ''))
    return headline(next);
  return null;
}

/** Byline and dateline in the lines before the body, with the verdict for each line that carries them. */
function findMeta(raw: string, lines: Span[], from: number, to: number, verdicts: Map<number, Verdict>) {
  let byline: Span | null = null;
  let dateline: Span | null = null;
  let datelineLine = -1;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || verdicts.has(i)) continue;
    const date = dateline ? null : findDateline(line.text);
    const name = byline ? null : findByline(line.text, date);
    if (date) {
      dateline = spanOf(raw, line.start + date.start, line.start + date.end);
      datelineLine = i;
    }
    if (name) byline = spanOf(raw, line.start + name.start, line.start + name.end);
    const reason = name && date ? 'byline and dateline' : name ? 'byline' : 'dateline';
    if (date || name) verdicts.set(i, { kind: 'dropped', reason });
  }
  // A bare name right next to the dateline is the byline.
  for (const i of [datelineLine - 1, datelineLine + 1]) {
    const line = lines[i];
    if (byline || datelineLine < 0 || !line || verdicts.has(i) || i < from || i >= to) continue;
    if (isNameLike(line.text) && !isChromeOrNotice(line.text)) {
      // A translated "Von Friederike Adler" keeps its "From".
      const from = /^from\s+/iu.exec(line.text)?.[0].length ?? 0;
      byline = spanOf(raw, line.start + from, line.end);
      verdicts.set(i, { kind: 'dropped', reason: 'byline' });
    }
  }
  return { byline, dateline };
}

function startsHeadlineRun(lines: Span[], at: number): boolean {
  const run = lines.slice(at, at + HEADLINE_RUN);
  if (run.length < HEADLINE_RUN) return false;
  return run.every((l) => isTimeOnly(l.text) || (!isProse(l.text) && !isChromeOrNotice(l.text)));
}

function tailReason(text: string): string {
  if (isTimeOnly(text)) return 'headline list';
  if (isMenuLike(text)) return 'navigation';
  return 'headline list';
}

interface Context {
  lines: Span[];
  verdicts: Map<number, Verdict>;
  title: FoundTitle | null;
  isTitleCopy: (text: string) => boolean;
}

const dropped = (reason: string): Verdict => ({ kind: 'dropped', reason });

/** Lines before the body: navigation before the title; copies, captions and credits after it. */
function classifyHeader({ lines, verdicts, title, isTitleCopy }: Context, bodyStart: number): void {
  const titleEndsBare = title ? !hasSentenceEnd(title.span.text) : false;
  for (let i = 0; i < bodyStart; i++) {
    const text = lines[i]?.text ?? '';
    if (verdicts.has(i)) continue;
    const chrome = classifyChrome(text);
    let verdict: Verdict;
    if (isTranslationNotice(text)) verdict = { kind: 'note' };
    else if (isTitleCopy(text)) {
      // The same words with a full stop under a photo are its caption.
      verdict = dropped(titleEndsBare && /[.!?]$/u.test(text) ? 'caption' : 'duplicate title');
    } else if (title && i < title.line) {
      verdict = dropped(chrome?.reason === 'advertisement' ? 'advertisement' : 'navigation');
    } else if (chrome) verdict = dropped(chrome.reason === 'headline list' ? 'navigation' : chrome.reason);
    else verdict = dropped(isMenuLike(text) && wordsOf(text).length <= 3 ? 'navigation' : 'caption');
    verdicts.set(i, verdict);
  }
}

const BODY_GOES_ON_LINES = 2;

/** Lines looked at under an appeal or a list for the story going on: two paragraphs and their subheadings. */
const STORY_LOOKAHEAD = 4;

/**
 * The story goes on under line `at` (an appeal in its middle, "SUPPORT US: … is funded by
 * readers"; a list of other stories): two of the next STORY_LOOKAHEAD lines are paragraphs, the
 * others perhaps subheadings ("Q: What are the risks?").
 */
function bodyGoesOn(lines: Span[], at: number): boolean {
  // The rest of a box that does not end the page ("Already a subscriber? [Sign in]", "Subscribe
  // from £2 a month", "Subscribe now") is skipped.
  const next: Span[] = [];
  for (let i = at + 1; i < lines.length && next.length < STORY_LOOKAHEAD; i++) {
    const line = lines[i] as Span;
    const chrome = classifyChrome(line.text);
    if (chrome?.endsBody === false || chrome?.reason === 'subscribe' || chrome?.reason === 'paywall')
      continue;
    next.push(line);
  }
  const paragraphs = next.filter((line) => isParagraph(line.text) || isStoryLine(line.text));
  return paragraphs.length >= BODY_GOES_ON_LINES;
}

/** A subscribe appeal beside a paywall's notes is that paywall's box: the story goes on after it. */
function inPaywall(lines: Span[], at: number): boolean {
  return [lines[at - 1], lines[at + 1]].some(
    (line) => line && classifyChrome(line.text)?.reason === 'paywall',
  );
}

/** Fewest words of a short story line that ends a list ('Qasrah's envoy said the day "belongs to the families".'). */
const STORY_LINE_WORDS = 6;

/** A line the story tells after a list of other stories: a long one, or a sentence ended by its stop. */
function resumesStory(text: string): boolean {
  return isStoryLine(text) || (isLongProse(text) && !isListItem(text) && !isChromeOrNotice(text));
}

/** A sentence of the story, however short: not an item of a list, and ended by its stop. */
function isStoryLine(text: string): boolean {
  // Items of a list: "- …", "► …", "1. Winter flu jab: who can get it this year?".
  if (isListItem(text) || /^\d{1,2}[.)]\s/u.test(text)) return false;
  // A headline may ask ("…: who can get it this year?"); a short story line states.
  return /[.!]["”’)]?$/u.test(text) && wordsOf(text).length >= STORY_LINE_WORDS && !isChromeOrNotice(text);
}

/**
 * Longest list that may sit inside a story, marker included: "Related" and a few headlines, or a
 * timeline box of dated lines and a paywall box after it.
 */
const INLINE_LIST_LINES = 10;

/**
 * Where the story resumes after a list of other headlines that starts at `at` ("Related", then
 * short lines), or -1 when no story follows it: a list at the story's end closes the article.
 */
function storyAfterList(lines: Span[], at: number): number {
  let end = at + 1;
  // Items count; boxes of chrome between them (a rule, a paywall's notes) do not.
  let items = 1;
  while (end < lines.length && items <= INLINE_LIST_LINES && !resumesStory(lines[end]?.text ?? '')) {
    const chrome = classifyChrome(lines[end]?.text ?? '');
    // The page's end comes first ("127 COMMENTS", a copyright line): no story after this list.
    if (chrome?.endsBody && chrome.reason !== 'headline list') return -1;
    if (!chrome) items++;
    end++;
  }
  if (end >= lines.length || items > INLINE_LIST_LINES) return -1;
  return bodyGoesOn(lines, end - 1) ? end : -1;
}

/** From the first prose line to the first closing chrome; returns where the body ends. */
function classifyBody({ lines, verdicts, isTitleCopy }: Context, bodyStart: number): number {
  const seen = new Set<string>();
  for (let i = bodyStart; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (verdicts.get(i)?.kind === 'dropped') continue; // set apart before: a box of key points inside the story
    if (isTranslationNotice(text)) {
      verdicts.set(i, { kind: 'note' });
      continue;
    }
    if (isEntryTime(lines, i)) {
      verdicts.set(i, dropped('timestamp'));
      continue;
    }
    // An embedded social post: its author's handle alone on a line, then the post's text.
    if (i > bodyStart && POST_HANDLE.test(lines[i - 1]?.text ?? '')) {
      verdicts.set(i, dropped('embedded post'));
      continue;
    }
    const chrome = classifyChrome(text);
    const listRun = chrome?.reason === 'headline list' || startsHeadlineRun(lines, i);
    const resume = listRun ? storyAfterList(lines, i) : -1;
    if (resume > i) {
      // A list of other stories inside the story ("Related" and three headlines, then the story).
      for (let j = i; j < resume; j++) verdicts.set(j, dropped('headline list'));
      i = resume - 1;
      continue;
    }
    const endsBody =
      chrome?.endsBody === true &&
      !(chrome.reason === 'subscribe' && (bodyGoesOn(lines, i) || inPaywall(lines, i)));
    if (endsBody || isTimeOnly(text) || startsHeadlineRun(lines, i)) return i;
    const key = comparisonKey(text);
    let verdict: Verdict;
    if (chrome) verdict = dropped(chrome.reason);
    else if (isTitleCopy(text)) verdict = dropped('duplicate title');
    // A byline and date at the page's end ("Published Thursday, February 19, 2026 | Updated 9:15 a.m.").
    else if (findDateline(text) !== null) verdict = dropped('dateline');
    else if (seen.has(key)) verdict = dropped('duplicate');
    else if (isProse(text)) verdict = { kind: 'reporting' };
    else verdict = dropped('subheading');
    seen.add(key);
    verdicts.set(i, verdict);
  }
  return lines.length;
}

/** The body ends with its last paragraph: lead-ins ("As X wrote earlier:") and subheadings after it lead nowhere. */
function trimBodyEnd({ lines, verdicts }: Context, bodyStart: number, bodyEnd: number): void {
  for (let i = bodyEnd - 1; i >= bodyStart; i--) {
    const verdict = verdicts.get(i);
    if (verdict?.kind === 'reporting') {
      if (!isLeadInLabel(lines[i]?.text ?? '')) return;
      verdicts.set(i, dropped('label'));
    } else if (verdict?.kind === 'dropped' && verdict.reason === 'subheading') {
      verdicts.set(i, dropped('navigation'));
    }
  }
}

/** After the body nothing is reporting. */
function classifyTail({ lines, verdicts }: Context, bodyEnd: number): void {
  for (let i = bodyEnd; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (isTranslationNotice(text)) verdicts.set(i, { kind: 'note' });
    else verdicts.set(i, dropped(classifyChrome(text)?.reason ?? tailReason(text)));
  }
}

/**
 * Marks the standfirst and returns the first line the body may start at.
 * - Lines between the headline and its byline or dateline are the standfirst, even when they end
 *   like a sentence ("Judges rule that scanning everyone is disproportionate."): the body starts
 *   after the metadata.
 * - Without such metadata, the unpunctuated one-sentence summary right under the headline, above
 *   the body ("Residents describe a night of fear as smoke hangs over the town"), is one. A
 *   standfirst restates the article; it is not reporting.
 */
function classifyStandfirst({ lines, verdicts, title, isTitleCopy }: Context): number {
  if (!title) return 0;
  // Lines already set apart (a box of key points) do not count as lines between.
  let reach = title.line;
  for (let counted = 0; reach + 1 < lines.length && counted <= STANDFIRST_LINES; reach++)
    if (!verdicts.has(reach + 1)) counted++;
  const metaLine = lines.findIndex(
    (line, i) => i > title.line && i <= reach && carriesMeta(line.text) && !verdicts.has(i),
  );
  for (let i = title.line + 1; i < metaLine; i++) {
    const text = lines[i]?.text ?? '';
    if (isLongProse(text) || (hasSentenceEnd(text) && wordsOf(text).length >= MIN_TITLE_WORDS))
      verdicts.set(i, dropped('standfirst'));
  }
  const standfirst = title.line + 1;
  const text = lines[standfirst]?.text ?? '';
  // Under a headline of short sentences, a short line of sentences is its standfirst.
  if (metaLine < 0 && isPunchyTitle(lines, title.line) && !isParagraph(text) && !isTitleCopy(text)) {
    verdicts.set(standfirst, dropped('standfirst'));
    return standfirst + 1;
  }
  if (
    isLongProse(text) &&
    wordsOf(text).length <= MAX_STANDFIRST_WORDS &&
    !hasSentenceEnd(text) &&
    !/[.!?]["”’)]?\s+\p{Lu}/u.test(text) &&
    !isChromeOrNotice(text) &&
    !carriesMeta(text) &&
    // Only above a body: a one-paragraph brief that ends oddly ("… (NP/ar)") is the body.
    lines
      .slice(standfirst + 1)
      .some((line) => hasSentenceEnd(line.text) && isProse(line.text) && !isChromeOrNotice(line.text))
  )
    verdicts.set(standfirst, dropped('standfirst'));
  return metaLine > 0 ? metaLine : standfirst;
}

/** Longest line that may be a pull quote: a phrase lifted from the story and set apart. */
const PULL_QUOTE_WORDS = 20;
/** A short sentence told again inside a longer one ("Hamas denied it.") is too common to drop. */
const PULL_QUOTE_LEAST_WORDS = 4;

/**
 * A short reporting line whose words the story tells elsewhere, in one run ('"What happened
 * today is not acceptable"' above the paragraph that quotes it), is a pull quote: no claim of its own.
 */
function dropPullQuotes({ lines, verdicts }: Context): void {
  const plain = (text: string): string =>
    ` ${text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const reporting = [...verdicts].filter(([, verdict]) => verdict.kind === 'reporting').map(([i]) => i);
  const texts = new Map(reporting.map((i) => [i, plain(lines[i]?.text ?? '')]));
  for (const i of reporting) {
    const text = texts.get(i) ?? '';
    const words = wordsOf(lines[i]?.text ?? '').length;
    if (words > PULL_QUOTE_WORDS || words < PULL_QUOTE_LEAST_WORDS) continue;
    const told = reporting.some(
      (j) => j !== i && (texts.get(j) ?? '').length > text.length && texts.get(j)?.includes(text),
    );
    if (told) verdicts.set(i, dropped('pull quote'));
  }
}

/**
 * A reporting line that opens with the byline's full name ("Katharina Wendel reports since 2019
 * for the Oberländer Rundschau …") tells of the writer, not the event: a bio in the writer's own
 * paper's words, phrased too many ways for a pattern. A story seldom names its own writer.
 */
function dropWriterBio({ lines, verdicts }: Context, byline: Span | null): void {
  const name = byline?.text.trim() ?? '';
  if (wordsOf(name).length < 2) return;
  for (const [i, verdict] of verdicts) {
    const text = lines[i]?.text ?? '';
    if (
      verdict.kind === 'reporting' &&
      text.startsWith(`${name} `) &&
      /^\s+\p{Ll}/u.test(text.slice(name.length))
    )
      verdicts.set(i, dropped('author bio'));
  }
}

/** A body this short, ended by chrome, with a story's worth of prose after it, was no body. */
const SHORT_BODY_LINES = 2;
/** Short bodies passed over before the story (a banner, then a standfirst, each ended by chrome). */
const MAX_RESTARTS = 3;
/** Paragraphs after a short body that make the story (a cookie notice read as the body, then ended). */
const STORY_AFTER_LINES = 5;

/**
 * Where the story really starts when the first reading found a body of a line or two ended by
 * chrome, with the story's paragraphs after it (a long cookie notice read as the first paragraph,
 * the "Subscribe | Sign in" row under it taken for the body's end): the first line after that
 * end that may open a body (by the verdicts given before the body was read), or -1. A safety
 * net under the chrome patterns, for chrome they do not know: a lost body costs an outlet every
 * link.
 */
function laterBody(
  { lines, verdicts }: Context,
  start: number,
  end: number,
  opensBody: (line: Span, i: number) => boolean,
): number {
  let kept = 0;
  for (let i = start; i < end; i++) if (verdicts.get(i)?.kind === 'reporting') kept++;
  if (end >= lines.length || kept > SHORT_BODY_LINES) return -1;
  const next = lines.findIndex((line, i) => i >= end && opensBody(line, i));
  if (next < 0) return -1;
  const prose = lines.slice(next).filter((line) => isProse(line.text) && !classifyChrome(line.text)).length;
  return prose >= STORY_AFTER_LINES ? next : -1;
}

export function extractArticle(raw: string): ArticleText {
  const lines = contentLines(raw);
  const setApart = setApartLines(raw, lines);
  const title = findTitle(raw, lines, setApart);
  const titleKey = title ? comparisonKey(title.span.text) : null;
  const isTitleCopy = (text: string) => titleKey !== null && comparisonKey(text) === titleKey;
  const context: Context = { lines, verdicts: new Map(), title, isTitleCopy };
  for (const [i, reason] of setApart) context.verdicts.set(i, dropped(reason));
  if (title) context.verdicts.set(title.line, dropped('title'));
  const afterTitle = classifyStandfirst(context);
  // A line that may open the body, given the verdicts so far.
  const opensBodyGiven = (verdicts: Map<number, Verdict>) => (line: Span, i: number) =>
    i >= afterTitle &&
    !verdicts.has(i) &&
    isProse(line.text) &&
    !isQuotedPhrase(line.text) &&
    !isChromeOrNotice(line.text) &&
    !isTitleCopy(line.text) &&
    // A long metadata line ("From our correspondent …, Vienna | 12.02.2026 | Reading time: 4 min").
    !carriesMeta(line.text);
  const opensBody = (line: Span, i: number): boolean => opensBodyGiven(context.verdicts)(line, i);
  // Metadata first, so a byline or dateline line can never open the body.
  const firstProse = lines.findIndex(opensBody);
  const meta = findMeta(raw, lines, 0, firstProse < 0 ? lines.length : firstProse, context.verdicts);
  const bodyStart = lines.findIndex(opensBody);
  const before = new Map(context.verdicts);
  const read = (start: number): number => {
    classifyHeader(context, start);
    const end = classifyBody(context, start);
    trimBodyEnd(context, start, end);
    classifyTail(context, end);
    return end;
  };
  let start = bodyStart < 0 ? lines.length : bodyStart;
  let bodyEnd = read(start);
  for (let tries = 0; tries < MAX_RESTARTS; tries++) {
    const restart = laterBody(context, start, bodyEnd, opensBodyGiven(before));
    if (restart < 0) break;
    context.verdicts = new Map(before);
    start = restart;
    bodyEnd = read(start);
  }
  dropPullQuotes(context);
  dropWriterBio(context, meta.byline);

  const article: ArticleText = { title: title?.span ?? null, ...meta, notes: [], reporting: [], dropped: [] };
  lines.forEach((line, i) => {
    const verdict = context.verdicts.get(i) ?? dropped('unclassified');
    if (verdict.kind === 'reporting') article.reporting.push(line);
    else if (verdict.kind === 'note') article.notes.push(line);
    else article.dropped.push({ ...line, reason: verdict.reason });
  });
  return article;
}
