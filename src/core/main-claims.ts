/**
 * Each corpus's main claim, and whom it is about: the claim most of its sources told (the Hamas
 * delegation led by Abu Marzouk is in Moscow; the minister resigns), and the people and
 * organisations most of those sources named with it that are not what every claim names (Abu
 * Marzouk; not Hamas, not Moscow). A page that reports the event tells its main claim or names
 * them; the same people's other business does neither (page-corroboration.ts).
 * Corpora are told apart by their sources: a corpus's facts share them. Pure; built once per index.
 * Cost: O(facts × sources).
 */
import type { IndexFact } from './matcher-index';
import { UnionFind } from './union-find';

export interface MainClaims {
  /** Ids of the facts most of the corpus's sources told. */
  facts: ReadonlySet<string>;
  /** Who those claims are about (their core actors, places and media left out). */
  actors: ReadonlySet<string>;
}

/**
 * An actor at least half of all fact passages name is the corpus's topic, not its main claim's own
 * (idf = ln((N + 1) / (df + 0.5)) is ln 2 at half of them).
 */
const TOPIC_IDF = Math.LN2;

/** The facts of each corpus: facts that share a source are of one corpus. */
function corpusGroups(facts: IndexFact[]): IndexFact[][] {
  const sets = new UnionFind(facts.length);
  const bySource = new Map<string, number>();
  facts.forEach((fact, at) => {
    for (const source of fact.sources) {
      const first = bySource.get(source);
      if (first === undefined) bySource.set(source, at);
      else sets.union(at, first);
    }
  });
  const groups = new Map<number, IndexFact[]>();
  facts.forEach((fact, at) => {
    const root = sets.find(at);
    const group = groups.get(root);
    if (group) group.push(fact);
    else groups.set(root, [fact]);
  });
  return [...groups.values()];
}

/** Per fact id, its corpus's main claims. */
export function mainClaimsByFact(
  facts: IndexFact[],
  notWho: ReadonlySet<string>,
  idf: (key: string) => number,
): Map<string, MainClaims> {
  const byFact = new Map<string, MainClaims>();
  for (const group of corpusGroups(facts)) {
    const most = Math.max(0, ...group.map((fact) => fact.sources.length));
    const main = group.filter((fact) => fact.sources.length === most);
    const who = [...new Set(main.flatMap((fact) => fact.core))].filter((actor) => !notWho.has(actor));
    const own = who.filter((actor) => idf(`a:${actor}`) >= TOPIC_IDF);
    const claims: MainClaims = {
      facts: new Set(main.map((fact) => fact.id)),
      actors: new Set(own.length > 0 ? own : who),
    };
    for (const fact of group) byFact.set(fact.id, claims);
  }
  return byFact;
}
