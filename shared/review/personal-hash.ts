// E-mail addresses are searched by hash: the console hashes what the moderator typed and sends
// only the hash, so the address never appears in a URL, an access log or the console's own
// address bar; the review API hashes each stored comment's address the same way to compare.
// (IPs are not stored at all, only a salted key of their network: see shared/comments/client-ip.ts.)
// WebCrypto, so the browser and Lambda run this same code.

export type PersonalField = 'email' | 'ip';

/** Case and surrounding space never make two addresses differ (IPv6 hex digits are case-free too). */
const normalised = (value: string): string => value.trim().toLowerCase();

const hex = (bytes: ArrayBuffer): string => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 (hex) of the field's normalised value, prefixed by the field so an e-mail never matches an IP. */
export const personalHash = async (field: PersonalField, value: string): Promise<string> =>
  hex(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${field}:${normalised(value)}`)));

export const PERSONAL_HASH = /^[0-9a-f]{64}$/;
