// The Sieve moderation engine: pure functions from a comment, its stream facts and a
// policy to a decision that explains itself. See types.ts for the contract.

export * from './types.ts';
export type { Policy } from './policy.ts';
export { DEFAULT_POLICY, policySchema, PolicyValidationError, parsePolicy, policyWithOverrides } from './policy.ts';
export { authorKey } from './author-key.ts';
export { contextQuery } from './context-query.ts';
export { evaluate, inspect, type Inspection } from './evaluate.ts';
export { normalise } from './normalise.ts';
