/**
 * A small logistic model over named measures, as the alignment's learned passes use them
 * (split-claims.ts, claim-joins.ts): a weight per measure, over the measure standardised by the
 * mean and scale it had in training. The weights are learned by scripts from the hand-made gold
 * alignments and written into a model file; nothing is learned at run time.
 */
export interface MeasureWeight {
  mean: number;
  scale: number;
  weight: number;
}

export interface LogisticModel {
  /** By measure name. */
  measures: Record<string, MeasureWeight>;
  bias: number;
}

/** The model's chance for measures given in the order of `names`. */
export function logisticChance(names: readonly string[], measures: number[], model: LogisticModel): number {
  let z = model.bias;
  names.forEach((name, k) => {
    const { mean, scale, weight } = model.measures[name] ?? { mean: 0, scale: 1, weight: 0 };
    z += (((measures[k] ?? 0) - mean) / scale) * weight;
  });
  return 1 / (1 + Math.exp(-z));
}
