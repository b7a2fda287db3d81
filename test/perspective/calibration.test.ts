import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../shared/engine/index.ts';
import { ATTRIBUTE_NAMES, ATTRIBUTES } from '../../shared/perspective/attributes.ts';
import { CalibrationFileError, parseCalibration, probability, SHIPPED_CALIBRATION } from '../../shared/perspective/calibration.ts';
import { featureNames } from '../../shared/perspective/features.ts';
import { attributeProbability, scoreText } from '../../shared/perspective/score.ts';

const p = (text: string, name: (typeof ATTRIBUTE_NAMES)[number] = 'TOXICITY') => attributeProbability(name, scoreText(text, DEFAULT_POLICY, undefined, 0), SHIPPED_CALIBRATION);

describe('the shipped calibration', () => {
  it('has a non-negative weight for every feature of every attribute, so no evidence lowers a probability', () => {
    for (const name of ATTRIBUTE_NAMES) {
      const { weights } = SHIPPED_CALIBRATION[name];
      expect(Object.keys(weights).sort()).toEqual(featureNames(ATTRIBUTES[name]).sort());
      for (const weight of Object.values(weights)) expect(weight).toBeGreaterThanOrEqual(0);
    }
  });

  it('never lowers a probability when any one feature grows', () => {
    // A grid of feature values, each raised in turn: the probability must not fall.
    for (const name of ATTRIBUTE_NAMES) {
      const names = featureNames(ATTRIBUTES[name]);
      for (const base of [0, 0.5, 2]) {
        const x = Object.fromEntries(names.map((f) => [f, base]));
        for (const f of names) expect(probability(SHIPPED_CALIBRATION[name], { ...x, [f]: base + 0.3 })).toBeGreaterThanOrEqual(probability(SHIPPED_CALIBRATION[name], x));
      }
    }
  });

  it('scores an aimed insult above an unaimed insulting word, and that above a civil comment', () => {
    const aimed = p('You are an idiot.');
    const unaimed = p('This idea is idiotic.');
    const civil = p('This idea is wrong.');

    expect(aimed).toBeGreaterThan(0.8);
    expect(unaimed).toBeGreaterThan(civil);
    expect(aimed).toBeGreaterThan(unaimed);
    expect(civil).toBeGreaterThan(0);
    expect(aimed).toBeLessThan(1);
  });

  it('does not fall when a second insult joins the first', () => {
    expect(p('You are an idiot and a coward.')).toBeGreaterThanOrEqual(p('You are an idiot.'));
  });

  it('scores threats under THREAT and links under SPAM', () => {
    expect(p('I will kill you.', 'THREAT')).toBeGreaterThan(0.8);
    expect(p('Buy now at https://a.example https://b.example https://c.example', 'SPAM')).toBeGreaterThan(0.8);
    expect(p('I will kill you.', 'SPAM')).toBeLessThan(0.1);
  });
});

describe('parseCalibration', () => {
  const valid = () => JSON.parse(JSON.stringify({ attributes: SHIPPED_CALIBRATION }));

  it('refuses a negative weight, an unknown feature and a missing attribute', () => {
    const negative = valid();
    negative.attributes.TOXICITY.weights['score.insult'] = -1;
    const unknown = valid();
    unknown.attributes.INSULT.weights['score.spam'] = 1;
    const missing = valid();
    delete missing.attributes.SPAM;

    expect(() => parseCalibration(negative)).toThrow(CalibrationFileError);
    expect(() => parseCalibration(unknown)).toThrow(/INSULT\.weights\.score\.spam: no such feature/);
    expect(() => parseCalibration(missing)).toThrow(/SPAM/);
  });
});
