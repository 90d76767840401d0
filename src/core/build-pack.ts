/**
 * Builds a CorpusPack from article texts: the whole automatic corpus engine in one call.
 * sources (chrome removed) → actors (clustered across sources) → facts (aligned passages with
 * framing) → discrepancies. Pure: the CLI, the build and the extension's import all call this.
 */
import type { Curation } from './curation';
import { buildFacts } from './fact-builder';
import { applyActorCuration, findCorpusActors } from './corpus-actors';
import { findDiscrepancies } from './discrepancies';
import type { CorpusPack } from './pack-schema';
import { prepareSource, type ArticleInput } from './source-prep';

export { sourceIdFor, type ArticleInput } from './source-prep';

export interface CorpusInfo {
  id: string;
  name: string;
  description?: string;
}

export interface BuildOptions {
  origin: 'seed' | 'user';
  version: string;
  /** The curated overlay (the shipped pack only; `--from DIR` never has one). */
  curation?: Curation;
}

export function buildPack(corpus: CorpusInfo, articles: ArticleInput[], options: BuildOptions): CorpusPack {
  const prepared = articles.map((article) => prepareSource(article, options.origin));
  const actors = applyActorCuration(findCorpusActors(prepared), options.curation);
  const facts = buildFacts(prepared, actors, options.curation);
  const discrepancies = findDiscrepancies(facts, prepared, actors);
  return {
    version: options.version,
    corpus,
    sources: prepared.map((item) => item.source),
    actors,
    facts,
    discrepancies,
  };
}
