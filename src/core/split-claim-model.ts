/**
 * The split-claim model (split-claims.ts), a logistic model (logistic-model.ts). Written by
 * `npx tsx scripts/train-split-claims.ts --write`; do not edit by hand.
 */
import type { LogisticModel } from './logistic-model';

export type SplitClaimModel = LogisticModel;

export const SPLIT_CLAIM_MODEL: SplitClaimModel = {
  measures: {
    meanSimilarity: { mean: 0.033073, scale: 0.0505911, weight: -0.108066 },
    bestSimilarity: { mean: 0.183005, scale: 0.164139, weight: 0.296117 },
    linkedShare: { mean: 0.162087, scale: 0.187825, weight: 0.586124 },
    centroidCosine: { mean: 0.0861531, scale: 0.113916, weight: 0.257018 },
    otherPredicate: { mean: 0.234145, scale: 0.423463, weight: 0.0219286 },
    sharedSources: { mean: 0.653124, scale: 0.395926, weight: -0.673468 },
    adjacentInSource: { mean: 0.127212, scale: 0.28398, weight: 0.494489 },
    smallerSize: { mean: 0.79289, scale: 0.719186, weight: -0.807756 },
    largerSize: { mean: 1.79178, scale: 0.531619, weight: -0.10662 },
    otherNumbers: { mean: 0.0537611, scale: 0.225546, weight: 0.114927 },
    positionGap: { mean: 0.24589, scale: 0.186022, weight: -0.567261 },
    outletShare: { mean: 0.701431, scale: 0.232555, weight: 0.307753 },
  },
  bias: -3.49555,
};
