/** The queries the side panel and options page read the corpus through (one module each). */
export { actorWithMentions, type ActorDetails, type ActorSourceView } from './actor-details';
export { coverageMatrix, type Coverage, type CoverageMatrix } from './coverage-matrix';
export { factWithMentions, type FactDetails } from './fact-details';
export { searchPassages, type PassageHit, type SearchOptions } from './search-passages';
export { sourceWithFacts, type SourceDetails, type SourceFactMention } from './source-details';
