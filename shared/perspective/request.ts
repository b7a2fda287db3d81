// The two Perspective requests Sieve serves, parsed with zod: `comments:analyze` (score a
// text) and `comments:suggestscore` (a moderator's verdict on one, which Sieve learns from).
// Fields Perspective defines that change nothing here (sessionId, context, scoreType) are
// accepted and ignored, and so are unknown ones: a client written for Perspective must not
// break on a field Sieve has not heard of.

import { z } from 'zod';
import { fieldProblems } from '../errors.ts';
import { ATTRIBUTE_NAMES, isAttributeName, SUPPORTED_LANGUAGE, type AttributeName } from './attributes.ts';
import { LANGUAGE_NOT_SUPPORTED, PerspectiveInputError } from './errors.ts';

/** Perspective's limit on a comment: 20 KB of UTF-8. */
export const MAX_TEXT_BYTES = 20 * 1024;

const commentSchema = z.object({
  text: z.string({ error: 'comment.text: expected a string' }),
  type: z.enum(['PLAIN_TEXT', 'HTML']).optional(),
});

const attributeRequestSchema = z
  .object({ scoreType: z.literal('PROBABILITY').optional(), scoreThreshold: z.number().min(0).max(1).optional() })
  .nullish();

const analyzeSchema = z.object({
  comment: commentSchema,
  requestedAttributes: z.record(z.string(), attributeRequestSchema),
  languages: z.array(z.string().max(35)).max(20).optional(),
  doNotStore: z.boolean().optional(),
  clientToken: z.string().max(512).optional(),
  communityId: z.string().max(512).optional(),
  sessionId: z.string().max(512).optional(),
  spanAnnotations: z.boolean().optional(),
  dropUnsupportedAttributes: z.boolean().optional(),
});

const suggestSchema = z.object({
  comment: commentSchema,
  attributeScores: z.record(z.string(), z.object({ summaryScore: z.object({ value: z.number().min(0).max(1) }) })),
  languages: z.array(z.string().max(35)).max(20).optional(),
  clientToken: z.string().min(1).max(512).optional(),
  communityId: z.string().max(512).optional(),
  sessionId: z.string().max(512).optional(),
});

export interface AnalyzeRequest {
  text: string;
  attributes: Array<{ name: AttributeName; scoreThreshold?: number }>;
  /** As asked, or ["en"] when the caller left the language to us. */
  languages: string[];
  doNotStore: boolean;
  spanAnnotations: boolean;
  clientToken?: string;
  communityId?: string;
}

/** Moderators' verdicts Coral Talk sends; the other names are Perspective's attributes, scored by the moderator. */
export const VERDICTS = ['APPROVED', 'DELETED'] as const;
export type Verdict = (typeof VERDICTS)[number] | AttributeName;

export interface SuggestRequest {
  text: string;
  /** Each named verdict or attribute and the value the moderator gave it (Coral sends 1). */
  scores: Array<{ name: Verdict; value: number }>;
  languages: string[];
  clientToken?: string;
  communityId?: string;
}

const invalid = (what: string, error: z.ZodError) => {
  const fields = fieldProblems(error);
  return new PerspectiveInputError('invalid_argument', `Invalid ${what}: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, { fields });
};

const jsonOf = (body: string | undefined): unknown => {
  if (body === undefined || body.trim() === '') throw new PerspectiveInputError('invalid_json', 'Invalid JSON payload received. The request body is empty.');
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new PerspectiveInputError('invalid_json', `Invalid JSON payload received. ${(error as Error).message}`);
  }
};

const checkText = (text: string): string => {
  if (text.trim() === '') throw new PerspectiveInputError('empty_text', 'Comment text was empty.', { fields: [{ field: 'comment.text', message: 'must not be empty' }] });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TEXT_BYTES) {
    throw new PerspectiveInputError('text_too_long', `Comment text too long: ${bytes} bytes of UTF-8, the limit is ${MAX_TEXT_BYTES}.`, {
      fields: [{ field: 'comment.text', message: `at most ${MAX_TEXT_BYTES} bytes` }],
    });
  }
  return text;
};

/** "en", "en-GB", "EN": English; anything else is a language the rules do not read. */
export const isEnglish = (language: string): boolean => language.toLowerCase().split(/[-_]/)[0] === SUPPORTED_LANGUAGE;

export function parseAnalyzeRequest(body: string | undefined): AnalyzeRequest {
  const parsed = analyzeSchema.safeParse(jsonOf(body));
  if (!parsed.success) throw invalid('analyze request', parsed.error);
  const request = parsed.data;
  const text = checkText(request.comment.text);
  const languages = request.languages?.length ? request.languages : [SUPPORTED_LANGUAGE];
  const drop = request.dropUnsupportedAttributes === true;
  const names = Object.keys(request.requestedAttributes);
  if (names.length === 0) {
    throw new PerspectiveInputError('no_attributes', 'Requested attributes are empty: ask for at least one, e.g. {"TOXICITY": {}}.', {
      fields: [{ field: 'requestedAttributes', message: 'must name at least one attribute' }],
    });
  }
  const attributes: AnalyzeRequest['attributes'] = [];
  const otherLanguages = languages.filter((l) => !isEnglish(l));
  for (const name of names) {
    if (!isAttributeName(name)) {
      if (drop) continue;
      throw new PerspectiveInputError('unknown_attribute', `Unknown requested attribute: ${name}. Sieve scores ${ATTRIBUTE_NAMES.join(', ')}.`, {
        fields: [{ field: `requestedAttributes.${name}`, message: 'not an attribute Sieve scores' }],
      });
    }
    // Honest about what the rules read: English only. A site that asks for another language is told so, as Perspective tells it.
    if (otherLanguages.length > 0) {
      if (drop) continue;
      throw new PerspectiveInputError('language_not_supported', `Attribute ${name} does not support request languages: ${otherLanguages.join(',')}. Sieve reads English only.`, {
        errorType: LANGUAGE_NOT_SUPPORTED,
        detail: { languageNotSupportedByAttributeError: { detectedLanguages: otherLanguages, attribute: name } },
      });
    }
    const threshold = request.requestedAttributes[name]?.scoreThreshold;
    attributes.push({ name, ...(threshold !== undefined ? { scoreThreshold: threshold } : {}) });
  }
  return {
    text,
    attributes,
    languages,
    doNotStore: request.doNotStore === true,
    spanAnnotations: request.spanAnnotations === true,
    ...(request.clientToken !== undefined ? { clientToken: request.clientToken } : {}),
    ...(request.communityId !== undefined ? { communityId: request.communityId } : {}),
  };
}

export function parseSuggestRequest(body: string | undefined): SuggestRequest {
  const parsed = suggestSchema.safeParse(jsonOf(body));
  if (!parsed.success) throw invalid('suggestscore request', parsed.error);
  const request = parsed.data;
  const text = checkText(request.comment.text);
  const scores: SuggestRequest['scores'] = [];
  for (const [name, score] of Object.entries(request.attributeScores)) {
    if (!(VERDICTS as readonly string[]).includes(name) && !isAttributeName(name)) {
      throw new PerspectiveInputError('unknown_attribute', `Unknown attribute in attributeScores: ${name}. Expected APPROVED, DELETED or an attribute Sieve scores.`, {
        fields: [{ field: `attributeScores.${name}`, message: 'unknown attribute' }],
      });
    }
    scores.push({ name: name as Verdict, value: score.summaryScore.value });
  }
  if (scores.length === 0) {
    throw new PerspectiveInputError('no_attributes', 'attributeScores is empty: send APPROVED or DELETED (as Coral Talk does) or an attribute with its value.', {
      fields: [{ field: 'attributeScores', message: 'must name at least one attribute' }],
    });
  }
  return {
    text,
    scores,
    languages: request.languages?.length ? request.languages : [SUPPORTED_LANGUAGE],
    ...(request.clientToken !== undefined ? { clientToken: request.clientToken } : {}),
    ...(request.communityId !== undefined ? { communityId: request.communityId } : {}),
  };
}
