import { createHmac } from 'node:crypto';
import { isIPv6 } from 'node:net';

// A client IP is personal data: intake turns it into a key at once and stores only that. The
// key is an HMAC of the site and the network under a salt kept in the table (never in code or
// logs), so it tells two comments from one network apart from others on the same site and
// nothing more: the same address on two sites gives two unrelated keys, and a reader of the
// table without the salt cannot test a guessed address against it. An IPv6 client is keyed by
// its /64, the block one subscriber gets; keying by full address would let one person rotate
// through billions.

/** The network an address belongs to, for flood counting: an IPv4 address itself, an IPv6 /64. */
export const networkOf = (ip: string): string => {
  if (!isIPv6(ip)) return ip;
  const [head = '', tail] = ip.toLowerCase().split('::');
  const front = head ? head.split(':') : [];
  const back = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = tail === undefined ? front : [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back];
  return `${groups.slice(0, 4).map((g) => g.padStart(4, '0')).join(':')}::/64`;
};

/** The key a comment's network is counted by: never reversible without the salt. */
export const hashClientIp = (salt: Buffer, siteId: string, ip: string): string =>
  `ip_${createHmac('sha256', salt).update(`${siteId}\u0000${networkOf(ip)}`).digest('base64url').slice(0, 22)}`;
