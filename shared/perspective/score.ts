// One text scored the Perspective way: the engine decides it as the worker would (the site's
// policy and learned model, no stream context: a Perspective request names no author, post or
// time), and each requested attribute's features become a calibrated probability. Pure: the
// caller loads the policy, model and calibration and passes the time in.

import { EMPTY_CONTEXT, inspect, type Policy } from '../engine/index.ts';
// Not in the engine's public API (test/engine/api.test.ts): a scorer that also reads the word hits decides from the same inspection.
import { decideInspection } from '../engine/evaluate.ts';
import type { Decision } from '../engine/types.ts';
import type { LearnedModel } from '../learn/index.ts';
import { ATTRIBUTES, type AttributeName, type LexicalKind } from './attributes.ts';
import { probability, type Calibration } from './calibration.ts';
import { features, lexicalEvidence, reasonFeatures, reasonsOf, textSpans } from './features.ts';
import type { AnalyzeRequest } from './request.ts';

export interface Scoring {
  decision: Decision;
  lexical: Record<LexicalKind, number>;
}

/** The engine's run over one text, with the lexicon evidence the calibration also reads. */
export function scoreText(text: string, policy: Policy, model: LearnedModel | undefined, now: number): Scoring {
  const inspection = inspect({ id: 'perspective', text, createdAt: now }, EMPTY_CONTEXT, policy);
  return { decision: decideInspection(inspection, EMPTY_CONTEXT, policy, model), lexical: lexicalEvidence(inspection.hits) };
}

export interface Score {
  value: number;
  type: 'PROBABILITY';
}

export interface SpanScore {
  begin: number;
  end: number;
  score: Score;
}

export interface AttributeScore {
  summaryScore: Score;
  spanScores: SpanScore[];
}

export interface AnalyzeResponse {
  attributeScores: Partial<Record<AttributeName, AttributeScore>>;
  languages: string[];
  clientToken?: string;
  /** Sieve's own, ignored by Perspective clients: which policy and model scored, and the rules that fired. */
  sieve: { policyVersion: string; modelVersion?: string; rules: string[] };
}

// Six decimals keep ties rare without pretending to more precision than a calibration has.
const score = (value: number): Score => ({ value: Number(value.toFixed(6)), type: 'PROBABILITY' });

export function attributeProbability(name: AttributeName, scoring: Scoring, calibration: Calibration): number {
  return probability(calibration[name], features(name, scoring.decision, scoring.lexical));
}

/**
 * With spanAnnotations, a span per passage a reason marked, scored as if that reason were all
 * the comment said (a span two reasons mark gets the higher); without, Perspective's one span
 * over the whole text with the summary score.
 */
function spanScores(name: AttributeName, scoring: Scoring, calibration: Calibration, summary: number, text: string, annotate: boolean): SpanScore[] {
  if (!annotate) return [{ begin: 0, end: text.length, score: score(summary) }];
  const byRange = new Map<string, SpanScore>();
  for (const reason of reasonsOf(scoring.decision, ATTRIBUTES[name])) {
    const value = probability(calibration[name], reasonFeatures(name, reason));
    for (const [begin, end] of textSpans(reason)) {
      const key = `${begin}:${end}`;
      const seen = byRange.get(key);
      if (!seen || seen.score.value < value) byRange.set(key, { begin, end, score: score(value) });
    }
  }
  return [...byRange.values()].sort((a, b) => a.begin - b.begin || a.end - b.end);
}

export function analyzeResponse(request: AnalyzeRequest, scoring: Scoring, calibration: Calibration): AnalyzeResponse {
  const attributeScores: AnalyzeResponse['attributeScores'] = {};
  for (const { name, scoreThreshold } of request.attributes) {
    const value = attributeProbability(name, scoring, calibration);
    // Perspective leaves out an attribute that scored under the threshold the caller set for it.
    if (scoreThreshold !== undefined && value < scoreThreshold) continue;
    attributeScores[name] = { summaryScore: score(value), spanScores: spanScores(name, scoring, calibration, value, request.text, request.spanAnnotations) };
  }
  const { decision } = scoring;
  return {
    attributeScores,
    languages: request.languages,
    ...(request.clientToken !== undefined ? { clientToken: request.clientToken } : {}),
    sieve: {
      policyVersion: decision.policyVersion,
      ...(decision.modelVersion ? { modelVersion: decision.modelVersion } : {}),
      rules: [...new Set(decision.reasons.map((r) => r.rule))],
    },
  };
}
