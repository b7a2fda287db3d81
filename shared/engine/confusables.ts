// Letters that look like Latin ones. Applied only when a text is mostly Latin, so a
// Russian or Greek comment keeps its own letters while "іdіоt" (Cyrillic і, о) does not
// slip past the English word lists.

const PAIRS: string =
  // Cyrillic, upper then lower
  'АaВbСcЕeНhІiЈjКkМmОoРpЅsТtХxУyЁeЬbаaсcеeёeіiјjкkоoрpѕsхxуyһhԁdԛqԝwӏlьbгrпnѵvтtмmнhвb' +
  // Greek, upper then lower
  'ΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧxαaβbγyεeηnιiκkνvοoρpτtυuχxωwϲcϳjςcµu' +
  // Latin lookalikes outside ASCII that NFKC leaves alone
  'ɑaɡgıiȷjɩiʟlɪiʀrʏyᴀaʙbᴄcᴅdᴇeɢgʜhᴊjᴋkᴍmɴnᴏoᴘpʀrꜱsᴛtᴜuᴠvᴡwᴢzƅbƄbɓbɗdƒfɦhɲnƿpʂsʋvƶz' +
  // Latin letters with a stroke, which have no decomposition to drop: "idiøt", "łoser"
  'øołlđdħhŧtƀbɨiʉuɵoƚl';

export const CONFUSABLES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
  // Negative circled, negative squared and regional-indicator letters have no NFKC form.
  for (let k = 0; k < 26; k++) {
    const latin = String.fromCharCode(97 + k);
    map.set(String.fromCodePoint(0x1f150 + k), latin);
    map.set(String.fromCodePoint(0x1f170 + k), latin);
    map.set(String.fromCodePoint(0x1f1e6 + k), latin);
  }
  return map;
})();

/** Characters that render as nothing (or nothing visible) and are used to split words. */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe01ef)
  );
}

/** Generic combining diacritics (the ones stacked in "zalgo" text), not script-specific marks. */
export function isGenericMark(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
}
