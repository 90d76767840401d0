/**
 * The corpus's main event: what the headlines share ("Minister quits", "Berglund resigns",
 * "Finance minister steps down"). Every outlet restates it, so its words are the commonest of the
 * corpus and weigh least in pairwise similarity, which therefore scatters its restatements over
 * the facts they are told with. This finds them by the headlines instead.
 * Method: the headline core is the terms and actors found in at least CORE_SHARE of the sources'
 * titles, provided PREDICATE_SHARE of them use one word for what happened ("quits", "explosion":
 * the seeds' headlines name a delegation, a meeting and Moscow, but no one event, and get no main
 * event); a reporting sentence restates the main event when it carries at least RESTATES_SHARE of
 * the core (every key weighing the same) and, when the core names actors, one of them: who did it;
 * when it has words, one of them: what happened.
 * Cost: O(titles + passages × core size).
 */
import { escapeRegExp } from './escape-regexp';
import type { Actor } from './pack-schema';
import type { PassageFeatures } from './passage-features';
import { contentTerms, isRoleTerm } from './terms';

const CORE_SHARE = 0.4;
const PREDICATE_SHARE = 0.7;
const RESTATES_SHARE = 0.6;
const MIN_CORE = 2;

/** An actor's aliases as whole-word patterns, made once for all titles. */
interface AliasPatterns {
  key: string;
  patterns: RegExp[];
}

function aliasPatterns(actors: Actor[]): AliasPatterns[] {
  return actors.map((actor) => ({
    key: `a:${actor.id}`,
    patterns: actor.aliases
      .filter((alias) => alias.length >= 3)
      .map((alias) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(alias)}(?=[^\\p{L}]|$)`, 'giu')),
  }));
}

/** Feature keys of a title: "t:term" for its content terms, "a:id" for the corpus actors it names. */
function titleKeys(title: string, aliases: AliasPatterns[]): Set<string> {
  // Actor names count as actors, not as words (as in passage features).
  let rest = title;
  const keys = new Set<string>();
  for (const { key, patterns } of aliases) {
    for (const pattern of patterns) {
      const without = rest.replace(pattern, '$1 ');
      if (without === rest) continue;
      keys.add(key);
      rest = without;
    }
  }
  for (const term of contentTerms(rest)) keys.add(`t:${term}`);
  return keys;
}

/** The feature keys most headlines share ("t:resign", "a:actor:tomas-berglund"); empty when they share no event. */
export function headlineCore(titles: string[], actors: Actor[]): Set<string> {
  const aliases = aliasPatterns(actors);
  const counts = new Map<string, number>();
  for (const title of titles)
    for (const key of titleKeys(title, aliases)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const least = Math.max(2, Math.ceil(titles.length * CORE_SHARE));
  const core = new Set([...counts].filter(([, count]) => count >= least).map(([key]) => key));
  // The event needs a word for what happened that most headlines use ("quits", "explosion").
  const predicate = [...counts].some(
    ([key, count]) =>
      key.startsWith('t:') && !isRoleTerm(key.slice(2)) && count >= titles.length * PREDICATE_SHARE,
  );
  return core.size >= MIN_CORE && predicate ? core : new Set();
}

/**
 * True when a passage carries enough of the headline core to restate the main event, and names
 * its actor when the core has one: "households' repayments will rise" carries "rate" and "rise" of
 * "Bank of Orvania raises rates" but tells another claim. Measured: the rate hike (10 outlets) rose
 * from 0.650 to 0.702 (precision 0.67 → 0.84), harbour strike 0.952 → 0.951, the others unchanged.
 */
export function restatesMainEvent(features: PassageFeatures, core: Set<string>): boolean {
  if (core.size === 0) return false;
  let carried = 0;
  let actors = 0;
  let actorsCarried = 0;
  for (const key of core) {
    const value = key.slice(2);
    const isActor = !key.startsWith('t:');
    if (isActor) actors++;
    const has = isActor ? features.actors.has(value) : features.terms.has(value);
    if (has) carried++;
    if (has && isActor) actorsCarried++;
  }
  // And what happened, when the core has words: the subject and two countries ("Erlund",
  // "Valdoria", "Nordmark") are in half the corpus's sentences. Measured: the reporter's detention
  // 0.585 → 0.608 (precision 0.70 → 0.77), no other corpus changed.
  const termsCarried = carried - actorsCarried;
  if (core.size > actors && termsCarried === 0) return false;
  return carried / core.size >= RESTATES_SHARE && (actors === 0 || actorsCarried > 0);
}
