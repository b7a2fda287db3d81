import { createHmac, timingSafeEqual } from 'node:crypto';

// Stripe-style signatures: `Sieve-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`.
// The time is inside what is signed, so a captured delivery cannot be replayed later than the
// tolerance. The README's verification snippet is this module's `verifySignature`.

export const SIGNATURE_HEADER = 'Sieve-Signature';

/** How far a signature's time may be from the receiver's clock (documented in the README). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export const signPayload = (secret: string, timestamp: number, body: string): string =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

export const signatureHeader = (secret: string, timestamp: number, body: string): string => `t=${timestamp},v1=${signPayload(secret, timestamp, body)}`;

/** True when `header` signs `body` with `secret` within the tolerance of `nowSeconds`. */
export const verifySignature = (
  header: string,
  body: string,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): boolean => {
  const parts = header.split(',').map((part) => part.split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signPayload(secret, t, body), 'hex');
  return parts
    .filter(([k]) => k === 'v1')
    .some(([, v]) => {
      const given = Buffer.from(v ?? '', 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
};
