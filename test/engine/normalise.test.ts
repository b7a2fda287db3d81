import { describe, expect, it } from 'vitest';
import { normalise } from '../../shared/engine/index.ts';
import { plainSpan, textSpan } from '../../shared/engine/normalise.ts';

function originalOf(input: string, word: string): string {
  const n = normalise(input);
  const at = n.text.indexOf(word);
  expect(at, `"${word}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const [s, e] = textSpan(n, at, at + word.length);
  return input.slice(s, e);
}

describe('normalise', () => {
  it.each([
    ['y0u 4re an 1d10t', 'you are an idiot'],
    ['ＹＯＵ ＩＤＩＯＴ', 'you idiot'],
    ['stuuuuupid', 'stuupid'],
    ['i d i o t', 'idiot'],
    ['f.u.c.k off', 'fuck off'],
    ['1 d 1 0 t', 'idiot'],
    ['sh!t and a$$', 'shit and ass'],
    ['f*ck', 'f*ck'],
    ['id\u200Biot', 'idiot'],
    ['i\u00ADdi\u200Dot', 'idiot'],
    ['і\u0064іоt', 'idiot'],
    ['ｉｄｉｏｔ', 'idiot'],
    ['𝐢𝐝𝐢𝐨𝐭', 'idiot'],
    ['ì̷d̶í̸ö̵t', 'idiot'],
    ['<b>id</b>iot', 'idiot'],
    ['&#105;diot &amp; co', 'idiot & co'],
    ['<p>one</p><p>two</p>', 'one two'],
    ['Nice.\\nYou are\\xc2\\xa0an id\\u0069ot', 'nice.\nyou are an idiot'],
    ["you\\'re", "you're"],
  ])('reads %j as %j', (input, expected) => {
    // Act
    const n = normalise(input);

    // Assert
    expect(n.text.trim()).toBe(expected);
  });

  it('keeps links and emails as typed in both layers', () => {
    const n = normalise('Mail me1@example.com or see w3schools.com/x1');

    expect(n.plain).toBe('mail me1@example.com or see w3schools.com/x1');
    expect(n.text).toBe('mail me1@example.com or see w3schools.com/x1');
  });

  it('leaves numbers and money alone', () => {
    expect(normalise('Who is watching in 2015? I paid $500').text).toBe('who is watching in 2015? i paid $500');
    expect(normalise('the 1000th fan, 2nd time, 10k views, 90s music, 5am').text).toBe('the 1000th fan, 2nd time, 10k views, 90s music, 5am');
  });

  it('keeps Cyrillic, Greek and Japanese text in its own script', () => {
    expect(normalise('Это глупая идея').text).toBe('это глупая идея');
    expect(normalise('Καλημέρα κόσμε').text).toBe('καλημερα κοσμε');
    expect(normalise('これはテストです').text).toBe('これはテストです');
  });

  it('maps an obfuscated word back to exactly the characters typed', () => {
    expect(originalOf('y0u 4re an 1d10t!', 'idiot')).toBe('1d10t');
    expect(originalOf('You are an i d i o t.', 'idiot')).toBe('i d i o t');
    expect(originalOf('so STUUUUPID', 'stuupid')).toBe('STUUUUPID');
    expect(originalOf('an &#105;diot', 'idiot')).toBe('&#105;diot');
    expect(originalOf('<i>an</i> ｉｄｉｏｔ', 'idiot')).toBe('ｉｄｉｏｔ');
    expect(originalOf('a 𝐢𝐝𝐢𝐨𝐭 indeed', 'idiot')).toBe('𝐢𝐝𝐢𝐨𝐭');
    expect(originalOf('id\u200Biot', 'idiot')).toBe('id\u200Biot');
  });

  it('keeps the maps of a text right when they are read after another text was normalised', () => {
    const first = normalise('y0u 4re an 1d10t');
    const firstText = first.text;

    normalise('<b>something</b> completely &amp; different, i d i o t');

    const at = first.text.indexOf('idiot');
    expect(first.text).toBe(firstText);
    expect(textSpan(first, at, at + 5)).toEqual([11, 16]);
    expect(first.plainStarts).toHaveLength(first.plain.length);
  });

  it('maps spans the same way whether or not another text was normalised in between', () => {
    for (const input of ['<b>Y0U</b> &amp; ｉｄｉｏｔ 𝐢 i d i o t', 'f.u.c.k\\nyou', 'plain words only']) {
      const n = normalise(input);
      const before = Array.from({ length: n.text.length }, (_, i) => textSpan(n, i, i + 1));
      const plainBefore = Array.from({ length: n.plain.length }, (_, i) => plainSpan(n, i, i + 1));

      normalise('an unrelated <i>text</i> in between');

      expect(Array.from({ length: n.text.length }, (_, i) => textSpan(n, i, i + 1))).toEqual(before);
      expect(Array.from({ length: n.text.length }, (_, i) => [n.starts[i], n.ends[i]])).toEqual(before);
      expect(Array.from({ length: n.plain.length }, (_, i) => [n.plainStarts[i], n.plainEnds[i]])).toEqual(plainBefore);
    }
  });

  it('gives every character of both layers an original range', () => {
    const input = '<a href="x">Y0U</a> &lt;3 ｉｄｉｏｔ 𝐢 i d i o t';
    const n = normalise(input);

    expect(n.starts).toHaveLength(n.text.length);
    expect(n.ends).toHaveLength(n.text.length);
    expect(n.plainStarts).toHaveLength(n.plain.length);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.starts[i]).toBeGreaterThanOrEqual(0);
      expect(n.ends[i]).toBeGreaterThan(n.starts[i]);
      expect(n.ends[i]).toBeLessThanOrEqual(input.length);
    }
  });
});
