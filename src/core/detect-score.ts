/**
 * Scores one page sentence against the corpus facts: a weighted cosine between the sentence's
 * features (passage-features.ts, the alignment's own) and each fact's signature, over the facts
 * that share a feature with it (inverted index). Page weight of a feature = boost × idf; a word no
 * fact passage has weighs UNKNOWN_FACTOR × the idf of a word seen once. A sentence of several
 * clauses also scores clause by clause, discounted as alignment does.
 * Modes: 'words' uses every feature; 'structure' (pages in other languages) actors, numbers,
 * dates and the news words foreign-terms.ts reads as English terms, on both sides.
 * Cost: O(features × postings) per passage.
 */
import type { CompiledFact, CompiledFacts } from './detect-compiled';
import { pageSentenceFeatures, signatureKeys, type PageDate } from './fact-signatures';
import type { ActorSpan, PassageFeatures } from './passage-features';
import { splitClauses } from './sentences';
import type { Span } from './span';

export type ScoreMode = 'words' | 'structure';

/** How much a clause-to-fact match counts against a whole-sentence match (as in alignment). */
const CLAUSE_FACTOR = 0.9;
/**
 * Weight of a page word no fact passage has, against the idf of a word seen once: a paraphrase
 * brings words of its own, which should dilute a match less than words of other facts do.
 */
const UNKNOWN_FACTOR = 0.6;
/**
 * Clauses are scored only for a sentence of a wire lede's length or more ("Israel on Thursday urged
 * Russia to expel a Hamas delegation headed by … that is visiting Moscow": 127 characters, two
 * claims) that already scores this much as a whole.
 */
const CLAUSE_PASS_SCORE = 0.15;
const CLAUSE_PASS_CHARS = 100;
const UNSPACED_CHARS = /[\u3040-\u30ff\u4e00-\u9fff]/g;

export interface Scored {
  fact: number;
  score: number;
  /** Shared feature keys, strongest first. */
  shared: string[];
  features: PassageFeatures;
  /** Which passage scored: -1 the whole sentence, else the clause's index. */
  clause: number;
  /** The clause that scored (absent for the whole sentence). */
  clauseText?: string;
  /**
   * A clause's: the whole sentence's features (its own among them). Its clauses share its dates
   * ("jeudi 2 novembre … | au moment où …"), and a tally is read over all of it (detect-rules.ts).
   */
  sentence?: PassageFeatures;
}

/** The facts a passage scores at least `floor` against, and its best score against any fact. */
function scorePassage(
  features: PassageFeatures,
  facts: CompiledFacts,
  mode: ScoreMode,
  clause: number,
  floor: number,
): { scored: Scored[]; best: number } {
  let norm = 0;
  const weights = new Map<string, number>();
  for (const [key, boost] of signatureKeys(features)) {
    const w = boost * (facts.idf.get(key) ?? facts.unknownIdf * UNKNOWN_FACTOR);
    weights.set(key, w);
    norm += w * w;
  }
  if (norm === 0) return { scored: [], best: 0 };
  // Other languages: a fact's norm counts its structure and the words the sentence has.
  const termKeys = mode === 'structure' ? [...weights.keys()].filter((key) => key.startsWith('t:')) : [];
  // Dot products per fact in a typed array: the inner loop of every page sentence.
  const dots = new Float64Array(facts.facts.length);
  const touched: number[] = [];
  for (const [key, w] of weights) {
    for (const { fact, weight } of facts.postings.get(key) ?? []) {
      if (dots[fact] === 0) touched.push(fact);
      dots[fact] = (dots[fact] ?? 0) + w * weight;
    }
  }
  const scored: Scored[] = [];
  let best = 0;
  for (const factIndex of touched) {
    const dot = dots[factIndex] ?? 0;
    const fact = facts.facts[factIndex] as CompiledFact;
    const factNorm =
      mode === 'structure'
        ? termKeys.reduce((sum, key) => sum + (fact.weights.get(key) ?? 0) ** 2, fact.structureNorm)
        : fact.norm;
    if (factNorm === 0) continue;
    const score = dot / Math.sqrt(norm * factNorm);
    best = Math.max(best, score);
    // Most facts a sentence touches share one common actor with it: their keys are not listed.
    if (score < floor) continue;
    const shared: Array<[string, number]> = [];
    for (const [key, w] of weights) {
      const fw = fact.weights.get(key);
      if (fw) shared.push([key, w * fw]);
    }
    scored.push({
      fact: factIndex,
      score,
      shared: shared.sort((a, b) => b[1] - a[1]).map(([key]) => key),
      features,
      clause,
    });
  }
  return { scored, best };
}

/**
 * The facts one sentence scores at least `floor` against (no match is accepted below the mode's
 * least score): as a whole, and clause by clause discounted, best first. A fact may come more than
 * once: a quoted clause can score higher than its sentence, and yet only the sentence names who
 * the quote is about.
 */
export function scoreSentence(
  text: string,
  sentence: Span,
  spans: ActorSpan[],
  facts: CompiledFacts,
  mode: ScoreMode,
  floor: number,
  dates: PageDate[],
): Scored[] {
  // Other languages: only news words read as English terms (foreign-terms.ts) meet the facts' words.
  const featuresOf = (passage: Span): PassageFeatures =>
    pageSentenceFeatures(passage, spans, mode === 'structure' ? 'foreign' : 'content', facts, dates);
  const features = featuresOf(sentence);
  const whole = scorePassage(features, facts, mode, -1, floor);
  const found = [...whole.scored];
  // A Chinese or Japanese character says about as much as an English word of three letters.
  const length = sentence.text.length + 2 * (sentence.text.match(UNSPACED_CHARS)?.length ?? 0);
  if (length < CLAUSE_PASS_CHARS || whole.best < CLAUSE_PASS_SCORE) return found;
  const clauses = splitClauses(text, sentence, { ledBy: true });
  if (clauses.length > 1) {
    clauses.forEach((clause, at) => {
      const clauseFeatures = featuresOf(clause);
      // Other languages: attribution phrases are recognised in English only, so there a clause of
      // names alone may be just the speaker ("escreveu no X o porta-voz …, Lior Haiat"): it must
      // bring a number or a news word of its own.
      if (mode === 'structure' && clauseFeatures.numbers.size + clauseFeatures.terms.size === 0) return;
      for (const scored of scorePassage(clauseFeatures, facts, mode, at, floor / CLAUSE_FACTOR).scored)
        found.push({
          ...scored,
          score: scored.score * CLAUSE_FACTOR,
          clauseText: clause.text,
          sentence: features,
        });
    });
  }
  return found.sort((a, b) => b.score - a.score);
}
