/**
 * The fact side of the MatcherIndex, compiled once per index object (WeakMap): each fact's
 * signature as key → weight with its norm, an inverted index key → facts and weights, the idf table as a
 * Map, actor names by id (for "why"). Cost: O(signature keys) once per index.
 */
import { signatureWeights } from './fact-signatures';
import { mainClaimsByFact, type MainClaims } from './main-claims';
import type { IndexFact, MatcherIndex } from './matcher-index';

export interface CompiledFact {
  entry: IndexFact;
  /** The place actors of its signature (detect-venue.ts). */
  places: string[];
  /** Whether its signature names a person: the claim had its own speaker (detect-speaker.ts). */
  namesPerson: boolean;
  /** Whether its signature has at most one actor and no number or date (detect-rules.ts). */
  bare: boolean;
  weights: Map<string, number>;
  norm: number;
  /** Norm over actors, numbers and dates only (for pages in other languages). */
  structureNorm: number;
  /** Weight of its heaviest word (detect-rules.ts: the claim's own words weigh nearly as much). */
  heaviestTerm: number;
  /** Share of its norm in words: a claim its sources told mostly in words (detect-rules.ts). */
  wordShare: number;
  quoted: Set<string>;
}

/** The facts whose signature has a key, with that key's weight in each. */
export interface Posting {
  fact: number;
  weight: number;
}

export interface CompiledFacts {
  facts: CompiledFact[];
  postings: Map<string, Posting[]>;
  idf: Map<string, number>;
  unknownIdf: number;
  actorNames: Map<string, string>;
  /** Media actors: whom claims are attributed to, not what they are about. */
  media: Set<string>;
  /** Place actors. */
  places: Set<string>;
  /** People. */
  persons: Set<string>;
  /** Spokesperson → the organisations they speak for (actor-principals.ts). */
  speaksFor: Map<string, Set<string>>;
  /** Every month-day ("10-26") a fact is dated to. */
  days: string[];
  /**
   * The days of the event itself: those of facts several sources told, not a background date one
   * source gave ("the attack on October 7"). A page published well apart from them reports
   * another occasion (detect-time.ts). All days when no such fact is dated.
   */
  eventDays: string[];
  /** Per fact id, its corpus's main claims and whom they are about (page-corroboration.ts). */
  mainClaims: Map<string, MainClaims>;
}

const compiled = new WeakMap<MatcherIndex, CompiledFacts>();

const daysOf = (facts: IndexFact[]): string[] => [
  ...new Set(facts.flatMap((fact) => Object.keys(fact.signature.dates))),
];

function eventDaysOf(facts: IndexFact[]): string[] {
  const told = daysOf(facts.filter((fact) => fact.sources.length > 1));
  return told.length > 0 ? told : daysOf(facts);
}

/** Signature keys (actors, numbers, dates) a fact's structure norm counts. */
const STRUCTURE_NORM_KEYS = 5;

function compile(index: MatcherIndex): CompiledFacts {
  const postings = new Map<string, Posting[]>();
  const idsOf = (kind: string) =>
    new Set(index.actors.filter((actor) => actor.kind === kind).map((actor) => actor.id));
  const places = idsOf('place');
  const persons = idsOf('person');
  const facts = index.facts.map((entry, at) => {
    const weights = signatureWeights(entry.signature);
    let norm = 0;
    // On pages in other languages a sentence can share only actors, numbers and dates, and names a
    // handful of them; a fact many sources told names a dozen. Its norm counts its strongest few,
    // so a sentence naming those few is not drowned by the actors only some sources added.
    const structural = [...weights]
      .filter(([key]) => !key.startsWith('t:'))
      .map(([, w]) => w * w)
      .sort((a, b) => b - a);
    const structureNorm = structural.slice(0, STRUCTURE_NORM_KEYS).reduce((sum, w) => sum + w, 0);
    let heaviestTerm = 0;
    let words = 0;
    for (const [key, w] of weights) {
      norm += w * w;
      if (key.startsWith('t:')) {
        words += w * w;
        heaviestTerm = Math.max(heaviestTerm, w);
      }
      const list = postings.get(key) ?? [];
      list.push({ fact: at, weight: w });
      postings.set(key, list);
    }
    const actors = Object.keys(entry.signature.actors);
    return {
      entry,
      places: actors.filter((actor) => places.has(actor)),
      namesPerson: actors.some((actor) => persons.has(actor)),
      bare:
        actors.length <= 1 &&
        Object.keys(entry.signature.numbers).length === 0 &&
        Object.keys(entry.signature.dates).length === 0,
      weights,
      norm,
      structureNorm,
      heaviestTerm,
      wordShare: norm > 0 ? words / norm : 0,
      quoted: new Set(entry.signature.quoted),
    };
  });
  const idf = new Map(Object.entries(index.idf.known));
  const media = new Set(index.actors.filter((actor) => actor.kind === 'media').map((actor) => actor.id));
  return {
    facts,
    postings,
    idf,
    unknownIdf: index.idf.unknown,
    actorNames: new Map(index.actors.map((actor) => [actor.id, actor.name])),
    media,
    places,
    persons,
    speaksFor: new Map(
      index.actors.flatMap((actor) =>
        actor.speaksFor ? [[actor.id, new Set(actor.speaksFor)] as const] : [],
      ),
    ),
    days: daysOf(index.facts),
    eventDays: eventDaysOf(index.facts),
    mainClaims: mainClaimsByFact(
      index.facts,
      new Set([...places, ...media]),
      (key) => idf.get(key) ?? index.idf.unknown,
    ),
  };
}

export function compiledFacts(index: MatcherIndex): CompiledFacts {
  let facts = compiled.get(index);
  if (!facts) {
    facts = compile(index);
    compiled.set(index, facts);
  }
  return facts;
}
