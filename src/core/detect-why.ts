/**
 * Why a fact matched, in words for the side panel: "actors: Dmitry Peskov, Vladimir Putin",
 * "numbers: 1,400", "words: expel, delegation", "quoted: terrorism", "dates: October 26".
 * Words are shown as the page wrote them (the stem mapped back to a word of the evidence).
 * Cost: O(evidence words).
 */
import type { CompiledFact, CompiledFacts } from './detect-compiled';
import { evidenceOf, type SentenceMatch } from './detect-rules';
import { wordTerm } from './terms';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

function surfaceWords(text: string): Map<string, string> {
  const surface = new Map<string, string>();
  for (const match of text.matchAll(WORD)) {
    const term = wordTerm(match[0]);
    if (term && !surface.has(term)) surface.set(term, match[0].toLowerCase());
  }
  return surface;
}

function formatDate(monthDay: string): string {
  const [month, day] = monthDay.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? '?'} ${day ?? '?'}`;
}

const unique = (items: string[]): string[] => [...new Set(items)];

/** 1400 → "1,400" without Intl: toLocaleString costs ~20 ms on its first call in a page. */
export function groupThousands(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function explainMatch(matches: SentenceMatch[], fact: CompiledFact, facts: CompiledFacts): string[] {
  const actors: string[] = [];
  const numbers: string[] = [];
  const words: string[] = [];
  const quoted: string[] = [];
  const dates: string[] = [];
  for (const match of matches) {
    const evidence = evidenceOf(match, fact);
    const surface = surfaceWords(match.sentence.text);
    actors.push(...evidence.actors.map((id) => facts.actorNames.get(id) ?? id));
    numbers.push(...evidence.numbers.map((value) => groupThousands(Number(value))));
    words.push(...evidence.terms.map((term) => surface.get(term) ?? term));
    quoted.push(...evidence.quoted.map((term) => surface.get(term) ?? term));
    dates.push(...evidence.dates.map(formatDate));
  }
  const why: string[] = [];
  if (actors.length) why.push(`actors: ${unique(actors).join(', ')}`);
  if (numbers.length) why.push(`numbers: ${unique(numbers).join(', ')}`);
  if (quoted.length) why.push(`quoted: ${unique(quoted).join(', ')}`);
  if (words.length) why.push(`words: ${unique(words).join(', ')}`);
  if (dates.length) why.push(`dates: ${unique(dates).join(', ')}`);
  return why;
}
