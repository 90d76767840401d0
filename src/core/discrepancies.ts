/**
 * Discrepancies between sources on one fact, found automatically:
 * - number: one source gives a different figure of the same order for the fact (1,400 vs 1,500);
 * - date: sources date the fact differently (a date in the passage, else the last date the
 *   article gave before it, within a few days of the article's own date);
 * - participant: a person in some sources' passages stands, with the same title, where another
 *   person stands in the others' (Galuzin vs Bogdanov meeting Bagheri Kani);
 * - title: sources give one actor different roles ("Hamas spokesman" vs "member of the political bureau");
 * - quote: the same quotation worded differently (word-level diff).
 * Cost: O(mentions²) per fact.
 */
import { diffWords } from 'diff';
import { FUNCTION_WORDS, MODIFIERS, ORG_HEADS, ORG_TAIL_WORDS, TITLE_CORE } from './actor-words';
import { findDates } from './dates';
import { parseIsoDay } from './iso-day';
import { escapeRegExp } from './escape-regexp';
import { hedgeKind, withinShare } from './numbers';
import type { Actor, Discrepancy, Fact, FactMention, Mention } from './pack-schema';
import type { PreparedSource } from './source-prep';
import { contentTerms } from './terms';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CONTEXT_DATE_WINDOW_DAYS = 4;
const ROLE_HEADS = new Map(
  Object.entries({
    member: 'member',
    members: 'member',
    spokesman: 'spokesperson',
    spokeswoman: 'spokesperson',
    spokesperson: 'spokesperson',
    leader: 'leader',
    leaders: 'leader',
    head: 'head',
    chief: 'head',
    minister: 'minister',
    president: 'president',
    ambassador: 'ambassador',
    envoy: 'envoy',
    secretary: 'secretary',
    director: 'director',
    chairman: 'chair',
    representative: 'representative',
  }),
);

const plainMention = ({ source, start, end, text }: Mention): Mention => ({ source, start, end, text });

function shortDate(iso: string): string {
  const day = parseIsoDay(iso);
  return day ? `${day.d} ${MONTHS[day.m - 1] ?? ''}` : iso;
}

function dayNumber(iso: string): number {
  const day = parseIsoDay(iso);
  return day ? Date.UTC(day.y, day.m - 1, day.d) / 86_400_000 : NaN;
}

/** The date a mention gives the fact: its own, else the last one its article gave before it. */
function effectiveDate(
  mention: FactMention,
  prepared: PreparedSource | undefined,
): { iso: string; explicit: boolean } | null {
  const own = mention.framing?.dates.find((date) => date.iso);
  if (own?.iso) return { iso: own.iso, explicit: true };
  if (!prepared) return null;
  const anchor = prepared.anchorDate;
  let context: string | null = null;
  for (const sentence of prepared.sentences) {
    if (sentence.start >= mention.start) break;
    for (const date of findDates(sentence.text, anchor)) if (date.iso) context = date.iso;
  }
  if (!context) return null;
  if (anchor && Math.abs(dayNumber(context) - dayNumber(anchor)) > CONTEXT_DATE_WINDOW_DAYS) return null;
  return { iso: context, explicit: false };
}

function dateDiscrepancy(fact: Fact, bySource: Map<string, PreparedSource>): Discrepancy | null {
  const all = fact.mentions.flatMap((mention) => {
    const date = effectiveDate(mention, bySource.get(mention.source));
    return date ? [{ mention, ...date }] : [];
  });
  // Dates read from the text before a mention stand in for a date it does not give; when they
  // disagree among themselves, they date other things told before (the toll's Sunday, the arrest's
  // Monday, before "Wednesday will be a day of mourning"), and only the mentions' own dates count.
  const contextual = new Set(all.filter((item) => !item.explicit).map((item) => item.iso));
  const dated = contextual.size > 1 ? all.filter((item) => item.explicit) : all;
  const explicit = dated.filter((item) => item.explicit);
  const distinct = [...new Set(dated.map((item) => item.iso))];
  if (explicit.length === 0 || distinct.length < 2) return null;
  const spread = Math.max(...distinct.map(dayNumber)) - Math.min(...distinct.map(dayNumber));
  if (spread > 7) return null; // different events, not one event dated differently
  const bySourceDate = new Map<string, string>();
  for (const item of dated)
    if (!bySourceDate.has(item.mention.source)) bySourceDate.set(item.mention.source, item.iso);
  const values = [...new Set(bySourceDate.values())];
  if (values.length < 2) return null;
  // A mention that tells two of these days ("visited on Wednesday … mourning until Saturday")
  // shows they date two things, not one thing dated differently.
  const toldDays = (mention: FactMention): Set<string> =>
    new Set((mention.framing?.dates ?? []).flatMap((date) => (date.iso ? [date.iso] : [])));
  if (fact.mentions.some((mention) => values.filter((iso) => toldDays(mention).has(iso)).length >= 2))
    return null;
  // So does a source whose own sentences in the fact give two of them (the ambassador recalled on
  // Monday, the tariff threatened from Friday): the fact holds two things of that source.
  const ownDays = new Map<string, Set<string>>();
  for (const item of explicit)
    ownDays.set(item.mention.source, (ownDays.get(item.mention.source) ?? new Set()).add(item.iso));
  if ([...ownDays.values()].some((days) => days.size >= 2)) return null;
  const counts = values.map((iso) => [...bySourceDate.values()].filter((value) => value === iso).length);
  const order = values.map((iso, i) => ({ iso, count: counts[i] ?? 0 })).sort((a, b) => a.count - b.count);
  return {
    id: `${fact.id}:date`,
    fact: fact.id,
    kind: 'date',
    summary: order.map((item) => shortDate(item.iso)).join(' vs '),
    mentions: dated.map((item) => plainMention(item.mention)),
  };
}

/** How far apart an approximate number and another may be and still agree ("about 52" / "52.4"). */
const APPROXIMATE_SPREAD = 0.05;

interface ToldNumber {
  mention: FactMention;
  value: number;
  text: string;
  hedge: string | null;
  /** Content terms of the words around the number: what it counts ("people arrested", "turnout"). */
  counts: Set<string>;
}

/** Words either side of a number that say what it counts. */
const COUNTED_WORDS = 5;

function countedTerms(mention: FactMention, text: string): Set<string> {
  const at = mention.text.indexOf(text);
  if (at < 0) return new Set();
  const before = mention.text.slice(0, at).split(/\s+/u).slice(-COUNTED_WORDS).join(' ');
  const after = mention.text
    .slice(at + text.length)
    .split(/\s+/u)
    .slice(0, COUNTED_WORDS + 1)
    .join(' ');
  return new Set(
    contentTerms(`${before} ${after}`).filter((term) => !/\d/u.test(term) && !UNIT_TERMS.has(term)),
  );
}

/** Units say how a number is told, not what it counts: every share is "per cent". */
const UNIT_TERMS = new Set([
  'per',
  'cent',
  'percent',
  'percentag',
  'point',
  'million',
  'billion',
  'thousand',
]);

/** Two numbers count the same thing when the words around them share a term (people, turnout). */
const countSameThing = (a: ToldNumber, b: ToldNumber): boolean =>
  [...a.counts].some((term) => b.counts.has(term));

/** The values a telling allows: "17" only 17, "about 52" 49.4–54.6, "at least 15" 15 and more. */
function allowedRange({ value, hedge }: ToldNumber): [number, number] {
  switch (hedgeKind(hedge)) {
    case 'approximate':
      return [value * (1 - APPROXIMATE_SPREAD), value * (1 + APPROXIMATE_SPREAD)];
    case 'floor':
      return [value, Infinity];
    case 'ceiling':
      return [-Infinity, value];
    default:
      return [value, value];
  }
}

/**
 * One telling allows the other: "at least 15" and "17", "about 52" and "52.4", "more than 1,700"
 * and "almost 1,800". Two floors or two ceilings of different values are two counts ("at least
 * 180" dead, later "at least 203"): they differ though both may hold.
 */
function agrees(a: ToldNumber, b: ToldNumber): boolean {
  const bound = hedgeKind(a.hedge);
  if ((bound === 'floor' || bound === 'ceiling') && bound === hedgeKind(b.hedge)) return false;
  const [aLow, aHigh] = allowedRange(a);
  const [bLow, bHigh] = allowedRange(b);
  return aLow <= bHigh && bLow <= aHigh;
}

/** An age ("a 54-year-old former professor", "Vellas, 58,") describes a person; it is no count. */
function isAge(mention: FactMention, text: string): boolean {
  return new RegExp(`(?<![\\d.,])${escapeRegExp(text)}(?:-year-old|\\s+years?\\s+old)\\b`, 'iu').test(
    mention.text,
  );
}

function numberDiscrepancy(fact: Fact): Discrepancy | null {
  const values: ToldNumber[] = fact.mentions.flatMap((mention) =>
    (mention.framing?.numbers ?? [])
      .filter((n) => n.value >= 10 && !isAge(mention, n.text))
      .map((n) => ({
        mention,
        value: n.value,
        text: n.text,
        hedge: n.hedge,
        counts: countedTerms(mention, n.text),
      })),
  );
  // Two numbers one mention tells side by side are two quantities ("52.4% against 45.1%").
  const byMention = new Map<FactMention, number[]>();
  for (const v of values) byMention.set(v.mention, [...(byMention.get(v.mention) ?? []), v.value]);
  const toldTogether = (a: number, b: number): boolean =>
    [...byMention.values()].some(
      (own) => own.some((x) => withinShare(x, a, 0.01)) && own.some((x) => withinShare(x, b, 0.01)),
    );
  for (const a of values) {
    for (const b of values) {
      if (a.mention.source >= b.mention.source || a.value === b.value) continue;
      const ratio = a.value / b.value;
      if (ratio < 0.5 || ratio > 2) continue; // another quantity, not another count of this one
      const sameInA = values.some((v) => v.mention.source === a.mention.source && v.value === b.value);
      const sameInB = values.some((v) => v.mention.source === b.mention.source && v.value === a.value);
      if (sameInA || sameInB || agrees(a, b) || toldTogether(a.value, b.value)) continue;
      if (!countSameThing(a, b)) continue; // "98.6% of polling stations" and "a turnout of 61.3%"
      return {
        id: `${fact.id}:number`,
        fact: fact.id,
        kind: 'number',
        summary: `${a.text} vs ${b.text}`,
        mentions: [plainMention(a.mention), plainMention(b.mention)],
      };
    }
  }
  return null;
}

/** The role a title names: its first role word ("spokesman for the Russian president" → spokesperson). */
function roleHead(title: string): string | null {
  for (const word of title.toLowerCase().split(/[^a-z]+/)) {
    const head = ROLE_HEADS.get(word);
    if (head) return head;
  }
  return null;
}

function titleWords(title: string): Set<string> {
  return new Set(contentTerms(title));
}

/** Words of a title that say what the role is, not whose: "Deputy Head of … Foreign Ministry". */
const isTitleWord = (word: string): boolean =>
  [TITLE_CORE, MODIFIERS, ORG_HEADS, ORG_TAIL_WORDS, FUNCTION_WORDS].some((list) => list.has(word));

/**
 * Whose the role is, from the capitalised words a title has besides title words: "Russian Deputy
 * Foreign Minister" → russi, "Deputy Head of Russia's Foreign Ministry" → russi, "Iranian …" → irani.
 * Five letters, so the adjective and the country's name meet.
 */
function titleCountries(title: string): Set<string> {
  const countries = new Set<string>();
  for (const word of title.match(/\p{Lu}[\p{L}'’]*/gu) ?? []) {
    const bare = word.replace(/['’]s?$/u, '').toLowerCase();
    if (!isTitleWord(bare)) countries.add(bare.slice(0, 5));
  }
  return countries;
}

/** Countries that may be one: one of them named in both, or none named on a side. */
const mayBeOneCountry = (left: Set<string>, right: Set<string>): boolean =>
  left.size === 0 || right.size === 0 || [...left].some((country) => right.has(country));

/** Two titles of one country or of none named: an Iranian and a Russian deputy minister are two roles. */
function sameCountry(a: string, b: string): boolean {
  return mayBeOneCountry(titleCountries(a), titleCountries(b));
}

/** Whether two people's titles, all sources together, may be of one country. */
function sameCountries(a: Actor, b: Actor): boolean {
  const countriesOf = (actor: Actor): Set<string> =>
    new Set((actor.titles ?? []).flatMap((title) => [...titleCountries(title.title)]));
  return mayBeOneCountry(countriesOf(a), countriesOf(b));
}

function actorsIn(mention: Mention, actors: Actor[]): Actor[] {
  return actors.filter((actor) =>
    actor.mentions.some(
      (m) => m.source === mention.source && m.start >= mention.start && m.end <= mention.end,
    ),
  );
}

function participantDiscrepancy(fact: Fact, actors: Actor[]): Discrepancy | null {
  const people = actors.filter((actor) => actor.kind === 'person' && fact.actors.includes(actor.id));
  const sourcesOf = (actor: Actor): Set<string> =>
    new Set(
      fact.mentions
        .filter((mention) => actorsIn(mention, [actor]).length > 0)
        .map((mention) => mention.source),
    );
  for (const a of people) {
    for (const b of people) {
      if (a.id >= b.id) continue;
      const inA = sourcesOf(a);
      const inB = sourcesOf(b);
      if ([...inA].some((source) => inB.has(source))) continue;
      // Two countries' ministers, told as each other's counterparts: one source's bare "Foreign
      // Minister" must not make them one role.
      if (!sameCountries(a, b)) continue;
      // Same role, worded alike ("Russian Deputy Foreign Minister"): two words in common at least.
      const sameRole = (a.titles ?? []).some((ta) =>
        (b.titles ?? []).some((tb) => {
          if (roleHead(ta.title) === null || roleHead(ta.title) !== roleHead(tb.title)) return false;
          if (!sameCountry(ta.title, tb.title)) return false;
          const wordsB = titleWords(tb.title);
          return [...titleWords(ta.title)].filter((word) => wordsB.has(word)).length >= 2;
        }),
      );
      if (!sameRole) continue;
      const mentions = fact.mentions.filter((m) => inA.has(m.source) || inB.has(m.source)).map(plainMention);
      return {
        id: `${fact.id}:participant`,
        fact: fact.id,
        kind: 'participant',
        summary: `${a.name} vs ${b.name}`,
        mentions,
      };
    }
  }
  return null;
}

function titleDiscrepancies(facts: Fact[], actors: Actor[]): Discrepancy[] {
  const found: Discrepancy[] = [];
  for (const actor of actors) {
    const titles = actor.titles ?? [];
    const distinct = new Map<string, string>();
    for (const { title } of titles) {
      const key = roleHead(title);
      if (key && !distinct.has(key)) distinct.set(key, title);
    }
    if (distinct.size < 2) continue;
    const titledSources = new Set(titles.map((t) => t.source));
    const home = facts
      .map((fact) => ({
        fact,
        mentions: fact.mentions.filter((m) => titledSources.has(m.source) && actorsIn(m, [actor]).length > 0),
      }))
      .sort(
        (x, y) =>
          new Set(y.mentions.map((m) => m.source)).size - new Set(x.mentions.map((m) => m.source)).size,
      )[0];
    if (!home || home.mentions.length === 0) continue;
    found.push({
      id: `${home.fact.id}:title:${actor.id.replace(/^actor:/, '')}`,
      fact: home.fact.id,
      kind: 'title',
      summary: `${actor.name}: ${[...distinct.values()].join(' vs ')}`,
      mentions: home.mentions.map(plainMention),
    });
  }
  return found;
}

/** Only spelling or inflection changed ("Israel's" / "Israeli"): not worth flagging. */
function isTrivialChange(parts: Array<{ value: string; added?: boolean; removed?: boolean }>): boolean {
  const removed = parts
    .filter((p) => p.removed)
    .flatMap((p) => p.value.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  const added = parts.filter((p) => p.added).flatMap((p) => p.value.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  const alike = (x: string, y: string): boolean => x.length < 3 || x.slice(0, 5) === y.slice(0, 5);
  return (
    removed.every((word) => added.some((other) => alike(word, other))) &&
    added.every((word) => removed.some((other) => alike(word, other)))
  );
}

function quoteDiscrepancy(fact: Fact): Discrepancy | null {
  const quotes = fact.mentions.flatMap((mention) =>
    (mention.framing?.quotes ?? []).map((quote) => ({ mention, quote })),
  );
  for (const a of quotes) {
    for (const b of quotes) {
      if (a.mention.source >= b.mention.source || a.quote === b.quote) continue;
      const left = new Set(contentTerms(a.quote));
      const right = new Set(contentTerms(b.quote));
      const shared = [...left].filter((term) => right.has(term)).length;
      if (shared < 3 || shared / Math.min(left.size, right.size) < 0.5) continue;
      const parts = diffWords(a.quote, b.quote).filter((part) => part.added || part.removed);
      if (isTrivialChange(parts)) continue;
      const changes = parts
        .slice(0, 4)
        .map((part) => `${part.added ? '+' : '−'}${part.value.trim()}`)
        .filter((change) => change.length > 1);
      return {
        id: `${fact.id}:quote`,
        fact: fact.id,
        kind: 'quote',
        summary: `quoted differently: ${changes.join(' ')}`,
        mentions: [plainMention(a.mention), plainMention(b.mention)],
      };
    }
  }
  return null;
}

export function findDiscrepancies(facts: Fact[], prepared: PreparedSource[], actors: Actor[]): Discrepancy[] {
  const bySource = new Map(prepared.map((item) => [item.source.id, item]));
  const found: Discrepancy[] = [];
  for (const fact of facts) {
    if (new Set(fact.mentions.map((m) => m.source)).size < 2) continue;
    for (const discrepancy of [
      numberDiscrepancy(fact),
      dateDiscrepancy(fact, bySource),
      participantDiscrepancy(fact, actors),
      quoteDiscrepancy(fact),
    ]) {
      if (discrepancy) found.push(discrepancy);
    }
  }
  const multiSource = facts.filter((fact) => new Set(fact.mentions.map((m) => m.source)).size > 1);
  return [...found, ...titleDiscrepancies(multiSource, actors)];
}
