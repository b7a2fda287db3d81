// A day's worth of comments on one busy site, deterministic from a seed: mostly civil
// (about 80%), some spam (about 10%), some insults (about 6%), a few rude-but-not-aimed
// ones; lengths 50-1000 characters, median about 170; authors Zipf-distributed (a few
// regulars, many who post once; at most 5 each), some replies, some with e-mail, client
// data and the blog's own external id. Every sentence here was written for this benchmark.

const CIVIL = [
  'Thanks for the write-up, the part about pruning in late winter finally made it click for me.',
  'I tried the recipe last weekend and swapped the butter for olive oil; it still worked well.',
  'The second chart seems to use a different scale from the first, which makes the comparison tricky.',
  'Our town went through the same debate about the bike lanes two years ago and the shops did fine.',
  'Could you share which firmware version you were running when the timeout happened?',
  'I have been reading this blog since the early posts and this is one of the clearest explanations yet.',
  'We ran into the exact issue at work, and pinning the dependency solved it until the fix landed.',
  'My grandmother used to make this with dried plums instead of raisins, worth a try.',
  'The trail you describe is closed on weekdays this month because of the bridge repairs.',
  'Interesting point about the library budget, though the numbers for last year look incomplete.',
  'Does the method still work if the soil is mostly clay? Ours drains very slowly.',
  'I respectfully disagree with the conclusion; the survey sample seems too small to generalise.',
  'Great photos. Which lens did you use for the one of the harbour at dusk?',
  'A small correction: the council meeting was moved to Thursday, not Wednesday.',
  'This matches what I saw when I benchmarked both libraries, the gap closes with larger inputs.',
  'I appreciate that you linked the original report instead of just summarising it.',
  'Has anyone tried this with a cast iron pan? I am worried about the acidity of the sauce.',
  'The new schedule works better for parents, but the evening buses are still too rare.',
  'It took me three attempts, but the sourdough finally rose properly with a warmer proofing spot.',
  'For anyone reading later: the config option was renamed in the latest release.',
  'I would love a follow-up post on how you handled the migration without downtime.',
  'The museum is free on the first Sunday of the month, which makes this plan even cheaper.',
  'Not sure I agree about the ending of the book, but your reading of the last chapter is fair.',
  'We planted the same variety and got a much smaller harvest, maybe it was the late frost.',
  'Thanks to the author and to everyone in the comments, I learned more here than in the manual.',
  'The audio in the second video drops out around the four minute mark.',
  'I think the argument would be stronger with a comparison to the neighbouring region.',
  'Lovely piece. It reminded me of cycling that coast road with my brother years ago.',
  'Is there a printable version of the checklist? It would be handy in the workshop.',
  'One more data point: the same setting fixed the flicker on my older monitor too.',
];

// Said before or after a sentence, so short civil comments are not word-for-word repeats
// (three equal texts from different people count as a duplicate campaign).
const OPENERS = ['', 'Honestly,', 'For what it is worth,', 'Quick note:', 'Agreed, and', 'Small thing:', 'As a long-time reader,', 'From my side,', 'Well,', 'Just to add,', 'In my experience,', 'Funny enough,'];
const ASIDES = ['', 'Cheers.', 'Thanks again.', 'Keep it up.', 'Just my two cents.', 'Curious what others think.', 'Looking forward to part two.', 'Much appreciated.', 'Anyway, good read.', 'Hope that helps someone.', 'Greetings from the coast.', 'See you at the next meetup.'];

const SPAM = [
  'Earn 500 dollars a day from home, no experience needed! Visit http://quick-cash.example.net now and sign up today!!!',
  'BEST PRICES ON WATCHES AND BAGS, free shipping worldwide, order at www.cheap-deals.example.org and use code SAVE50',
  'Great post! Check out my site for more tips http://bit.ly/3xAmpl3 and http://tinyurl.com/exmpl99 and subscribe to my channel',
  'Need followers fast? We sell real followers at the lowest price, contact us on whatsapp +1 555 0100 or visit promo.example.com',
  'Crypto opportunity of the year, double your coins in 24 hours guaranteed, details at http://coin-double.example.info',
];

const INSULTS = [
  'You are an idiot and it shows in every sentence you write.',
  'Only a complete moron would believe this, you clearly have no idea what you are talking about.',
  'Shut up, you pathetic clown, nobody asked for your opinion.',
  'You are so stupid it hurts to read your comments on every single post.',
];

const RUDE_NOT_AIMED = [
  'This damn update broke my printer again, what a crap week it has been.',
  'THE PARKING SITUATION DOWNTOWN IS GETTING WORSE EVERY SINGLE MONTH AND NOBODY CARES',
];

const FIRST_NAMES = ['Ana', 'Ben', 'Chidi', 'Dana', 'Emil', 'Fatima', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kai', 'Lena', 'Marek', 'Nia', 'Omar', 'Priya'];

export interface WorkloadComment {
  postId: string;
  /**
   * A reply names the comment it answers: the index of an earlier comment on the same post in
   * this workload. The runner sends that comment's Sieve id as parentId (intake refuses a
   * parentId that names no comment of the site and post), so it waits for that comment's 202.
   */
  replyTo?: number;
  externalId?: string;
  text: string;
  author: { name: string; id?: string; email?: string };
  client?: { ip: string; userAgent: string };
}

export interface WorkloadOptions {
  count: number;
  seed: number;
  /** Distinct readers who may comment; their activity follows a Zipf law. */
  authors?: number;
  /**
   * Comments one author may post in the run. The run squeezes a day into seconds: more than
   * the policy's flood limit (5 in 5 minutes) would all trip the flood rule, which a day's
   * spacing would not.
   */
  maxPerAuthor?: number;
  posts?: number;
}

/** mulberry32: a small seeded generator, so two runs post the same comments. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const zipfPicker = (n: number, exponent: number, rand: () => number) => {
  const weights = Array.from({ length: n }, (_, k) => 1 / (k + 1) ** exponent);
  const sum = weights.reduce((a, b) => a + b, 0);
  return () => {
    let u = rand() * sum;
    for (let k = 0; k < n; k++) if ((u -= weights[k]!) <= 0) return k;
    return n - 1;
  };
};

const pick = <T>(list: readonly T[], rand: () => number): T => list[Math.floor(rand() * list.length)]!;

/** Civil text of about `target` characters: sentences in a random order, with an opener and an aside. */
const civilText = (target: number, rand: () => number) => {
  const opener = pick(OPENERS, rand);
  let text = opener ? `${opener} ${pick(CIVIL, rand).replace(/^./, (c) => c.toLowerCase())}` : pick(CIVIL, rand);
  while (text.length < target) text += ` ${pick(CIVIL, rand)}`;
  text = `${text} ${pick(ASIDES, rand)}`.trim();
  return text.length > 1000 ? text.slice(0, text.lastIndexOf(' ', 1000)) : text;
};

export const generateWorkload = ({ count, seed, authors = 250, posts = 40, maxPerAuthor = 5 }: WorkloadOptions): WorkloadComment[] => {
  const rand = random(seed);
  const pickAuthor = zipfPicker(authors, 0.8, rand);
  const pickPost = zipfPicker(posts, 1, rand);
  const comments: WorkloadComment[] = [];
  const posted = new Map<number, number>();
  if (count > authors * maxPerAuthor) throw new Error(`${count} comments need more than ${authors} authors posting at most ${maxPerAuthor} each`);
  for (let i = 0; i < count; i++) {
    let a = pickAuthor();
    while ((posted.get(a) ?? 0) >= maxPerAuthor) a = pickAuthor();
    posted.set(a, (posted.get(a) ?? 0) + 1);
    const u = rand();
    // Lengths from 50 to 1000 characters, skewed short: median about 170.
    const target = Math.round(50 * 20 ** (rand() ** 1.3));
    const text =
      u < 0.8
        ? civilText(target, rand)
        : u < 0.9
          ? pick(SPAM, rand)
          : u < 0.96
            ? pick(INSULTS, rand)
            : pick(RUDE_NOT_AIMED, rand);
    const name = `${FIRST_NAMES[a % FIRST_NAMES.length]} ${String.fromCharCode(65 + (a % 26))}.${a >= 26 ? ` ${a}` : ''}`;
    const post = pickPost();
    const earlier = comments.flatMap((c, index) => (c.postId === `post-${post}` ? [index] : []));
    comments.push({
      postId: `post-${post}`,
      ...(earlier.length && rand() < 0.25 ? { replyTo: earlier[Math.floor(rand() * earlier.length)]! } : {}),
      ...(rand() < 0.5 ? { externalId: `wp-${seed}-${i}` } : {}),
      text,
      // Most blogs send their own user id; a third send only the display name.
      author: {
        name,
        ...(a % 3 !== 0 ? { id: `user-${a}` } : {}),
        ...(a % 5 < 2 ? { email: `reader${a}@example.com` } : {}),
      },
      ...(rand() < 0.7
        ? { client: { ip: `203.0.113.${a % 250}`, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36' } }
        : {}),
    });
  }
  return comments;
};
