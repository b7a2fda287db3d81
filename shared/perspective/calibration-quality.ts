// How good a set of probabilities is against labels: ranking (AUC, with ties counted half, and
// how many distinct values there are), calibration (Brier score, reliability by bins: the
// share of positives among the comments given about each probability) and the catch rate at a
// caller's threshold (Coral Talk holds a comment from 0.8 by default).

export interface Scored {
  p: number;
  positive: boolean;
}

export interface ReliabilityBin {
  /** [from, to) of the predicted probability (the last bin includes 1). */
  from: number;
  to: number;
  comments: number;
  meanPredicted: number | null;
  observed: number | null;
}

export interface Quality {
  comments: number;
  positives: number;
  auc: number | null;
  brier: number;
  logLoss: number;
  /** Distinct probabilities given (to 6 decimals): few means many ties. */
  distinct: number;
  /** Share of positives at or above the threshold, and share of negatives there. */
  atThreshold: { threshold: number; recall: number | null; falsePositiveRate: number | null; precision: number | null };
  reliability: ReliabilityBin[];
  /** Expected calibration error: the bins' |observed - predicted| weighted by their comments. */
  ece: number;
}

/** AUC by ranks (Mann-Whitney), ties counted half: O(n log n). */
export function auc(scored: readonly Scored[]): number | null {
  const positives = scored.filter((s) => s.positive).length;
  const negatives = scored.length - positives;
  if (positives === 0 || negatives === 0) return null;
  const sorted = [...scored].sort((a, b) => a.p - b.p);
  let rankSum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j].p === sorted[i].p) j++;
    const midRank = (i + 1 + j) / 2;
    for (let t = i; t < j; t++) if (sorted[t].positive) rankSum += midRank;
    i = j;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function quality(scored: readonly Scored[], { threshold = 0.8, bins = 10 } = {}): Quality {
  const n = scored.length;
  const positives = scored.filter((s) => s.positive).length;
  let brier = 0;
  let logLoss = 0;
  for (const s of scored) {
    const y = s.positive ? 1 : 0;
    brier += (s.p - y) ** 2;
    const p = Math.min(1 - 1e-12, Math.max(1e-12, s.p));
    logLoss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  const reliability: ReliabilityBin[] = [];
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const inBin = scored.filter((s) => s.p >= from && (s.p < to || (b === bins - 1 && s.p <= 1)));
    const meanPredicted = inBin.length ? inBin.reduce((a, s) => a + s.p, 0) / inBin.length : null;
    const observed = inBin.length ? inBin.filter((s) => s.positive).length / inBin.length : null;
    if (meanPredicted !== null && observed !== null) ece += (inBin.length / n) * Math.abs(observed - meanPredicted);
    reliability.push({ from, to, comments: inBin.length, meanPredicted, observed });
  }
  const over = scored.filter((s) => s.p >= threshold);
  const truePositives = over.filter((s) => s.positive).length;
  return {
    comments: n,
    positives,
    auc: auc(scored),
    brier: n ? brier / n : 0,
    logLoss: n ? logLoss / n : 0,
    distinct: new Set(scored.map((s) => s.p.toFixed(6))).size,
    atThreshold: {
      threshold,
      recall: positives ? truePositives / positives : null,
      falsePositiveRate: n - positives ? (over.length - truePositives) / (n - positives) : null,
      precision: over.length ? truePositives / over.length : null,
    },
    reliability,
    ece,
  };
}
