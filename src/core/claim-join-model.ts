/**
 * The claim-join model (claim-joins.ts), a logistic model (logistic-model.ts). Written by
 * `npx tsx scripts/train-claim-joins.ts --write`; do not edit by hand.
 */
import type { LogisticModel } from './logistic-model';

export type ClaimJoinModel = LogisticModel;

export const CLAIM_JOIN_MODEL: ClaimJoinModel = {
  measures: {
    meanSimilarity: { mean: 0.0705852, scale: 0.0631406, weight: 0.468542 },
    bestSimilarity: { mean: 0.229992, scale: 0.138807, weight: 0.203171 },
    linkedShare: { mean: 0.342669, scale: 0.239303, weight: 0.376124 },
    sourceInFact: { mean: 0.609265, scale: 0.487915, weight: -0.619689 },
    nextToOwnPassage: { mean: 0.101732, scale: 0.302295, weight: 0.446274 },
    centroidCoverage: { mean: 0.0775831, scale: 0.129648, weight: 0.211829 },
    closenessElsewhere: { mean: 0.344298, scale: 0.175112, weight: -0.386968 },
    factSources: { mean: 1.66869, scale: 0.531045, weight: 0.257807 },
  },
  bias: -2.75265,
};
