// Content-Type as RFC 9110 §8.3.1 writes it: `type "/" subtype *( OWS ";" OWS [ parameter ] )`,
// where a parameter is `token "=" ( token / quoted-string )`. Clients put optional white space
// around the `;` and quote values; all of that is valid and must read the same.

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED = '"(?:[^"\\\\\\x00-\\x08\\x0a-\\x1f\\x7f]|\\\\[\\x09\\x20-\\x7e\\x80-\\xff])*"';
const OWS = '[ \\t]*';
const MEDIA_TYPE = new RegExp(`^${OWS}(${TOKEN})/(${TOKEN})((?:${OWS};${OWS}(?:${TOKEN}=(?:${TOKEN}|${QUOTED}))?)*)${OWS}$`);

export interface MediaType {
  /** Lower-cased, as media types compare case-insensitively. */
  type: string;
  subtype: string;
}

/** The header's type and subtype, or undefined when it is not a valid media type. */
export const parseMediaType = (header: string | undefined): MediaType | undefined => {
  const match = header === undefined ? null : MEDIA_TYPE.exec(header);
  return match ? { type: match[1]!.toLowerCase(), subtype: match[2]!.toLowerCase() } : undefined;
};

/** application/json, or a structured-syntax JSON type such as application/merge+json (RFC 6839). */
export const isJsonMediaType = (header: string | undefined): boolean => {
  const media = parseMediaType(header);
  return media?.type === 'application' && (media.subtype === 'json' || media.subtype.endsWith('+json'));
};
