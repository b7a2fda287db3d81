import { describe, expect, it } from 'vitest';
import { SIGNATURE_TOLERANCE_SECONDS, signatureHeader, verifySignature } from '../../shared/webhooks/signature.ts';
import { loadVerifySnippet } from '../support/readme-snippet.ts';

const secret = 'whsec_test-secret-for-signatures';
const body = '{"id":"evt_1","type":"comment.decided"}';

describe('webhook signatures', () => {
  it('signs t.body with HMAC-SHA256 in the Stripe header form', () => {
    // Prepare: a fixed time. Act
    const header = signatureHeader(secret, 1_700_000_000, body);
    // Assert: the documented shape, and our own check accepts it at that time.
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature(header, body, secret, 1_700_000_000)).toBe(true);
  });

  it('refuses another body, another secret, and a time outside the 5-minute tolerance', () => {
    const header = signatureHeader(secret, 1_700_000_000, body);
    expect(verifySignature(header, `${body} `, secret, 1_700_000_000)).toBe(false);
    expect(verifySignature(header, body, 'whsec_other', 1_700_000_000)).toBe(false);
    expect(SIGNATURE_TOLERANCE_SECONDS).toBe(300);
    expect(verifySignature(header, body, secret, 1_700_000_000 + 300)).toBe(true);
    expect(verifySignature(header, body, secret, 1_700_000_000 + 301)).toBe(false);
    expect(verifySignature('v1=abc', body, secret, 1_700_000_000)).toBe(false);
  });

  it('agrees with the README snippet a receiver copies', async () => {
    const { verifySieveSignature } = await loadVerifySnippet();
    const now = Math.floor(Date.now() / 1000);
    expect(verifySieveSignature(signatureHeader(secret, now, body), body, secret)).toBe(true);
    expect(verifySieveSignature(signatureHeader(secret, now - 301, body), body, secret)).toBe(false);
    expect(verifySieveSignature(signatureHeader('whsec_other', now, body), body, secret)).toBe(false);
  });
});
