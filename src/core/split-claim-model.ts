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
    0.0333377, 0.182939, 0.162697, 0.0870233, 0.236764, 0.65104, 0.126744, 0.791972, 1.78851, 0.0533702,
    0.246795, 0.69994,
  ],
  scale: [
    0.0513998, 0.164644, 0.188915, 0.115267, 0.425096, 0.396006, 0.283814, 0.718967, 0.530074, 0.224771,
    0.186802, 0.232309,
  ],
  weights: [
    -0.118053, 0.30821, 0.585102, 0.252059, 0.0274997, -0.664379, 0.504373, -0.817227, -0.13495, 0.116625,
    -0.562404, 0.327281,
  ],
  bias: -3.49862,
};
