// Moderator passwords. The rules are the Cognito user pool's (cdk/constructs/moderator-pool.ts),
// applied locally too, so a password that works with `npm start` also works when deployed.

export const PASSWORD_RULES = { minLength: 12 } as const;

/** What a password lacks under the pool's policy; empty when it is acceptable. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_RULES.minLength) problems.push(`at least ${PASSWORD_RULES.minLength} characters`);
  if (!/[a-z]/.test(password)) problems.push('a lower-case letter');
  if (!/[A-Z]/.test(password)) problems.push('an upper-case letter');
  if (!/[0-9]/.test(password)) problems.push('a digit');
  if (!/[^A-Za-z0-9]/.test(password)) problems.push('a symbol');
  return problems;
}

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const SYMBOLS = '-_.!';
// 64 characters, so `byte & 63` picks without bias.
const BODY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export const PASSWORD_BYTES = 24;

/**
 * A password from `bytes` (at least PASSWORD_BYTES random bytes): one character of each
 * required class, then 20 from a 64-character alphabet (120 bits), so it always passes
 * the pool's policy without a retry loop.
 */
export function generatePassword(bytes: Uint8Array): string {
  if (bytes.length < PASSWORD_BYTES) throw new Error(`generatePassword needs ${PASSWORD_BYTES} random bytes`);
  const pick = (alphabet: string, byte: number) => alphabet[byte % alphabet.length];
  const head = [pick(UPPER, bytes[0]), pick(LOWER, bytes[1]), pick(DIGITS, bytes[2]), pick(SYMBOLS, bytes[3])].join('');
  const body = Array.from(bytes.subarray(4, PASSWORD_BYTES), (b) => BODY[b & 63]).join('');
  return `${body.slice(0, 10)}${head}${body.slice(10)}`;
}
