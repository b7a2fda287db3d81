// How deeply a JSON text nests, read without parsing it: a body nested ten thousand deep can
// overflow the stack of whatever walks the parsed value (a schema, a serialiser), so it is
// measured on the raw text first. Brackets inside strings are text, not nesting.

/** No request Sieve takes nests more than a few levels; this leaves ample room for any client. */
export const MAX_JSON_DEPTH = 32;

/** True when some object or array in `text` sits deeper than `limit` (the top level is depth 1). */
export const nestsDeeperThan = (text: string, limit: number): boolean => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
};
