// Word lookup that sees through the obfuscations the normaliser leaves ambiguous:
// "1" and "|" read as both i and l ("1oser"), a stretched word keeps a double letter
// ("stuupid"), masked letters ("f**k") match any letter, and some stems take any ending
// ("fucking"). Whole-word by construction, so "Scunthorpe" or "assassin" never match.

export interface Found<T> {
  entry: T;
  /** The listed term that matched, e.g. `idiot` for the word `idiooot`. */
  term: string;
  /** Matched as a stem with an ending ("pissed" for `piss`): a different word form, not a spelling. */
  stem?: boolean;
}

interface Stem<T> {
  stem: string;
  entry: T;
}

/** l and i look alike once leetspeak is resolved (1 -> i), so both index under i. */
function skeleton(word: string): string {
  return word.includes('l') ? word.replaceAll('l', 'i') : word;
}

export class WordIndex<T> {
  private readonly exact = new Map<string, Found<T>>();
  private readonly skeletal = new Map<string, Found<T>>();
  private readonly stems: Stem<T>[] = [];
  private readonly maskable: Found<T>[] = [];
  /** Every term by length, for masks over words nobody lists as maskable ("sh*thead"). */
  private readonly byLength = new Map<number, Found<T>[]>();
  private readonly cache = new Map<string, Found<T> | null>();

  /** `stem`: any word that starts with the term matches it; `maskable`: "f*ck"-style masks may stand for it. */
  add(term: string, entry: T, options: { stem?: boolean; maskable?: boolean } = {}): void {
    const found = { entry, term };
    this.exact.set(term, found);
    if (!this.skeletal.has(skeleton(term))) this.skeletal.set(skeleton(term), found);
    if (options.stem) this.stems.push({ stem: term, entry });
    if (options.maskable) this.maskable.push(found);
    const sameLength = this.byLength.get(term.length);
    if (sameLength) sameLength.push(found);
    else this.byLength.set(term.length, [found]);
    this.cache.clear();
  }

  has(term: string): boolean {
    return this.exact.has(term);
  }

  lookup(word: string): Found<T> | undefined {
    if (word.length < 2 || word.length > 40) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.resolve(word) ?? null;
    if (this.cache.size > 50000) this.cache.clear();
    this.cache.set(word, found);
    return found ?? undefined;
  }

  private resolve(word: string): Found<T> | undefined {
    if (word.includes('*')) return this.masked(word);
    const direct = this.whole(word);
    if (direct) return direct;
    // A stretched letter keeps two copies ("stuupid"); try each double as a single letter.
    let tries = 0;
    for (let i = 0; i + 1 < word.length && tries < 4; i++) {
      if (word[i] !== word[i + 1]) continue;
      tries++;
      const found = this.whole(word.slice(0, i) + word.slice(i + 1));
      if (found) return found;
    }
    // Several stretched letters ("moooorooon" arrives as "mooroon"): all doubles single.
    if (tries > 1) {
      const collapsed = collapseDoubles(word);
      const found = this.whole(collapsed);
      if (found) return found;
    }
    const skel = skeleton(word);
    for (const { stem, entry } of this.stems) {
      if (word.startsWith(stem) || skel.startsWith(skeleton(stem))) return { entry, term: stem, stem: true };
    }
    return undefined;
  }

  private whole(word: string): Found<T> | undefined {
    return this.exact.get(word) ?? this.skeletal.get(skeleton(word));
  }

  /**
   * "f*ck", "a**hole", "f***": each * stands for one letter; at least one real letter is needed.
   * Commonly masked words come first. Any other listed word may be masked too ("sh*thead",
   * "sc*mbag") when enough of it is typed to pin it down. Inside a word, a run of masks may
   * stand for one letter more or fewer ("pr**ck", "a*hole"): masks are drawn, not counted.
   */
  private masked(word: string): Found<T> | undefined {
    let letters = 0;
    for (const ch of word) if (ch !== '*') letters++;
    if (letters === 0 || word[0] === '*') return undefined;
    for (const found of this.maskable) {
      if (matchesMask(word, found.term, false)) return found;
    }
    // A third of a word masked at most, and three letters typed: "p*g" could be many words.
    if (letters >= 3 && word.length - letters <= Math.max(1, Math.floor(word.length / 3))) {
      for (const found of this.byLength.get(word.length) ?? []) {
        if (matchesMask(word, found.term, false)) return found;
      }
    }
    if (letters >= 2 && word[word.length - 1] !== '*' && maskRuns(word) <= 2) {
      for (const found of this.maskable) {
        if (found.term.length !== word.length && matchesLooseMask(word, found.term)) return found;
      }
    }
    for (const { stem, entry } of this.stems) {
      if (this.maskable.some((m) => m.term === stem) && matchesMask(word, stem, true)) return { entry, term: stem, stem: true };
    }
    return undefined;
  }
}

function collapseDoubles(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (i === 0 || word[i] !== word[i - 1]) out += word[i];
  return out;
}

function maskRuns(word: string): number {
  let runs = 0;
  for (let i = 0; i < word.length; i++) if (word[i] === '*' && (i === 0 || word[i - 1] !== '*')) runs++;
  return runs;
}

/**
 * Whether `word` reads as `term` when each run of * inside it stands for one letter more or
 * fewer than its length (at least one). Typed letters must match exactly and in order.
 */
function matchesLooseMask(word: string, term: string): boolean {
  return looseFrom(word, 0, term, 0);
}

function looseFrom(word: string, w: number, term: string, t: number): boolean {
  while (w < word.length && word[w] !== '*') {
    if (t >= term.length || word[w] !== term[t]) return false;
    w++;
    t++;
  }
  if (w === word.length) return t === term.length;
  let run = 0;
  while (w + run < word.length && word[w + run] === '*') run++;
  // The run is interior (the caller rules out a trailing one), so a typed letter follows it.
  for (let n = Math.max(1, run - 1); n <= run + 1; n++) {
    if (t + n < term.length && looseFrom(word, w + run, term, t + n)) return true;
  }
  return false;
}

function matchesMask(word: string, term: string, prefix: boolean): boolean {
  if (prefix ? word.length < term.length : word.length !== term.length) return false;
  for (let i = 0; i < term.length; i++) {
    const ch = word[i];
    if (ch !== '*' && ch !== term[i]) return false;
  }
  return true;
}
