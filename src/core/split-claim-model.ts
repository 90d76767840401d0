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
    0.0350925, 0.229935, 0.158439, 0.0637872, 0.202836, 0.71254, 0.143645, 1.24258, 1.92368, 0.0630525,
    0.223661, 0.773854,
  ],
  scale: [
    0.0534247, 0.17064, 0.168255, 0.112215, 0.402111, 0.307285, 0.275207, 0.501099, 0.435507, 0.243057,
    0.170121, 0.188788,
  ],
  weights: [
    -0.223485, 0.267966, 0.798794, 0.158858, -0.0352525, -0.607458, 0.504217, -0.579438, -0.223155, 0.0867004,
    -0.614293, 0.258928,
  ],
  bias: -4.04668,
};
