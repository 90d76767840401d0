/**
 * The split-claim model (split-claims.ts): logistic weights over standardised measures. Written by
 * `npx tsx scripts/train-split-claims.ts --write`; do not edit by hand.
 */
export interface SplitClaimModel {
  /** Names of the measures, in order (split-claims.ts SPLIT_CLAIM_MEASURES). */
  measures: readonly string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export const SPLIT_CLAIM_MODEL: SplitClaimModel = {
  measures: [
    'meanSimilarity',
    'bestSimilarity',
    'linkedShare',
    'centroidCosine',
    'otherPredicate',
    'sharedSources',
    'adjacentInSource',
    'smallerSize',
    'largerSize',
    'otherNumbers',
    'positionGap',
    'outletShare',
  ],
  mean: [
    0.033073, 0.183005, 0.162087, 0.0861531, 0.234145, 0.653124, 0.127212, 0.79289, 1.79178, 0.0537611,
    0.24589, 0.701431,
  ],
  scale: [
    0.0505911, 0.164139, 0.187825, 0.113916, 0.423463, 0.395926, 0.28398, 0.719186, 0.531619, 0.225546,
    0.186022, 0.232555,
  ],
  weights: [
    -0.108066, 0.296117, 0.586124, 0.257018, 0.0219286, -0.673468, 0.494489, -0.807756, -0.10662, 0.114927,
    -0.567261, 0.307753,
  ],
  bias: -3.49555,
};
