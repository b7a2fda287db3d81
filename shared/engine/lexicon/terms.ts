// The built-in English word lists. A word can be an insult when aimed at someone, a
// profanity (a label only), and/or a slur (an identity attack on its own). Weights are
// what the word adds to its category; 1.0 reaches the default flag level by itself.
// Sites tune these through policy word lists (allow, flag, reject), not by editing here.

import { WordIndex } from './word-index.ts';

export interface Term {
  /** Weight when aimed at a person: "you are a ...", "you ...", "... like you". */
  insult: number;
  /** 'noun' needs an article or direct address ("you idiot"); 'adj' describes ("you are stupid"). */
  kind: 'noun' | 'adj' | 'none';
  profane: boolean;
  /** Identity-attack weight of the word by itself (0 = not a slur). */
  slur: number;
}

// term:weight (weight defaults to 1.2, the level of an unmistakable insult)
const INSULT_NOUNS = `
idiot imbecile moron cretin fool dumbass dumbfuck dipshit dimwit nitwit halfwit numbskull numbnuts
bonehead blockhead knucklehead meathead airhead pinhead dunce jackass asshole arsehole bastard bitch
cunt dick dickhead prick twat wanker tosser douche douchebag scumbag scum sleazebag
dirtbag lowlife loser:1.2 clown:1 buffoon troll:1 shill:1 liar:1 hypocrite:1 coward:1 bigot:1 racist:1
nazi:1 fascist:1 commie:1 libtard retard tard pig:1 swine:1 rat:0.8 snake:0.8 worm:0.8 maggot parasite
vermin leech:1 ape:1 baboon:1 donkey:0.8 turd trash:1 garbage:1 pervert perv:1 creep:1 freak:1
weirdo:1 psycho:1 lunatic:1 maniac:0.8 nutjob nutcase wacko whacko crackpot degenerate slut whore
skank tramp:0.8 sissy:1 pussy:1 wimp:1 crybaby:1 brat:1 punk:0.6 thug:0.8 failure:0.8 joke:0.8
disgrace:1 embarrassment:0.8 twit:1 git:1 pillock plonker muppet:1 numpty bellend knob:0.8 knobhead
cocksucker motherfucker fucker fuckwit fuckface fucktard shithead shitbag shitstain dingbat dolt oaf
simpleton ignoramus goon:0.8 stooge:0.8 puppet:0.6 tool:0.8 child:0.8 children:0.6 bottomfeeder:1 toolbag wingnut:1 moonbat:1 teabagger:1
gasbag:1 windbag:1 blowhard:1 bozo chump:1 sucker:0.8 dope:0.6 dork:1 dweeb:1 jerk:1 jerkoff schmuck
putz prat hag:1 cow:0.8 asshat asswipe assclown dumbo imbecil idoit moran:0.8 feminazi sheeple:1
sheep:0.8 animal:0.6 nobody:0.6 hack:0.8 grifter:1 fraud:0.8 traitor:0.8 peasant:0.8 incel:1 cuck
cuckold:1 snowflake:0.8 nutter retards:1.2 pos:1 sob:0.6 shitbird scrub:0.6 noob:0.6 hater:0.8
idjit eejit mouthbreather:1.2 neanderthal:1 caveman:0.8 hillbilly:0.8 redneck:0.8 bum:0.8
fuck:1 shit:1 ass:1 slob scumbucket douchenozzle dumbshit biatch beeyotch retart:1.2 idoit:1.2 socialist:0.5 wanna-be:0.6 wannabe:0.6 poser:0.8 kook:1 crank:0.8 dummy:1 dumbie:1 dufus doofus goof:0.8
`;

const INSULT_ADJECTIVES = `
stupid stupider stupidest stoopid dumb dumber dumbest idiotic moronic retarded brainless clueless:1
mindless:1 witless ignorant:1 pathetic worthless useless:1 disgusting:1 ugly:1 fat:0.8 hideous:1
repulsive:1 vile:1 despicable:1 contemptible:1 pitiful:1 delusional:1 deluded:1 demented:1 deranged:1
insane:0.6 crazy:0.5 braindead gutless:1 spineless:1 cowardly:1 incompetent:0.8 illiterate:1
uneducated:0.8 senile:1 batshit:1 bigoted:1 sexist:0.8 hypocritical:0.8 dishonest:0.8 gullible:0.8
childish:0.8 immature:0.8 obnoxious:0.8 insufferable:1 loathsome:1 scummy:1 sleazy:0.8 trashy:1
filthy:0.8 fugly butthurt:0.8 brainwashed:1 dense:0.6 twisted:0.6 evil:0.6 arrogant:0.6 smug:0.6
lame:0.6 dimwitted halfwitted thickheaded pea-brained unhinged:0.8 nuts:0.6 mental:0.5 sick:0.4
brain-dead thick:0.8 thicker:0.8 thickest:1 dimmest:1 annoying:0.6 disgraceful:0.8 shameless:0.6 spiteful:0.6 hateful:0.6 gross:0.8 creepy:0.8
`;

// Profanity: a label, never a reason by itself. `*` marks a stem that takes any ending.
const PROFANITY = `
fuck* shit* bullshit crap crappy damn goddamn goddamned dammit ass asshole assholes arse arsehole
bitch* bastard bastards dick dicks dickhead cock cocks cunt* twat twats wank* bollocks piss* prick
pricks slut sluts whore whores motherfucker* bugger tits douche douchebag fck fcking fk fuk fukin
fuking fuq phuck feck shite wtf stfu gtfo omfg effing effin jackass dumbass dipshit shithead
cocksucker fucker fuckers fuckwit asshat asswipe skank bellend knobhead tosser wanker azz biatch
beeyotch
`;

// Words people commonly mask ("f*ck", "b***h"), most common first: a mask matches the first that fits.
const MASKABLE = [
  'fuck', 'shit', 'ass', 'bitch', 'cunt', 'dick', 'cock', 'asshole', 'bastard', 'damn', 'crap',
  'piss', 'whore', 'slut', 'twat', 'prick', 'fag', 'faggot', 'nigger', 'retard', 'motherfucker',
  'idiot', 'stupid', 'moron', 'loser', 'dumbass', 'jackass', 'douche', 'bullshit',
];

// term:identity weight
const SLURS = `
nigger*:1.5 niggers:1.5 nigga:0.5 niggas:0.5 faggot*:1.5 fag:1.2 fags:1.2 dyke:1 dykes:1 tranny:1.2
trannies:1.2 kike:1.5 kikes:1.5 chink:1.5 chinks:1.5 gook:1.5 gooks:1.5 spic:1.5 spics:1.5
wetback:1.5 wetbacks:1.5 beaner:1.2 beaners:1.2 raghead:1.5 ragheads:1.5 towelhead:1.5
towelheads:1.5 sandnigger:1.5 coon:1 coons:1 jigaboo:1.5 paki:1.2 pakis:1.2 gyppo:1 shemale:1
mongoloid:1 spastic:0.8 spaz:0.8 wop:1 dago:1 redskin:0.6 redskins:0.4 negro:0.4 homo:0.8 homos:0.8
zipperhead:1.5 kaffir:1.5 untermensch:1.5 subhuman:1 subhumans:1 muzzie:1.2 muzzies:1.2 muzrat:1.5
muzrats:1.5 pikey:1.2 pikeys:1.2 shitskin:1.5 shitskins:1.5 nignog:1.5 gypo:1 gyppos:1
`;

function parse(list: string, fallback: number): { term: string; weight: number; stem: boolean }[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((item) => {
      const [raw, weight] = item.split(':');
      const stem = raw.endsWith('*');
      return { term: stem ? raw.slice(0, -1) : raw, weight: weight === undefined ? fallback : Number(weight), stem };
    });
}

function plural(noun: string): string[] {
  if (noun.endsWith('s') || noun.endsWith('y') && !noun.endsWith('ey')) return [];
  return [/(sh|ch|x|z)$/.test(noun) ? `${noun}es` : `${noun}s`];
}

function buildLexicon(): WordIndex<Term> {
  const terms = new Map<string, Term & { stem: boolean }>();
  const get = (term: string): Term & { stem: boolean } => {
    let t = terms.get(term);
    if (!t) {
      t = { insult: 0, kind: 'none', profane: false, slur: 0, stem: false };
      terms.set(term, t);
    }
    return t;
  };
  for (const { term, weight } of parse(INSULT_NOUNS, 1.2)) {
    for (const form of [term, ...plural(term)]) {
      const t = get(form);
      t.insult = weight;
      t.kind = 'noun';
    }
  }
  for (const { term, weight } of parse(INSULT_ADJECTIVES, 1.2)) {
    const t = get(term);
    t.insult = weight;
    t.kind = 'adj';
  }
  for (const { term, stem } of parse(PROFANITY, 0)) {
    const t = get(term);
    t.profane = true;
    t.stem ||= stem;
  }
  for (const { term, weight, stem } of parse(SLURS, 1)) {
    const t = get(term);
    t.slur = weight;
    t.stem ||= stem;
  }
  const index = new WordIndex<Term>();
  // Maskable words first so that "f***" prefers the common reading.
  const rank = (term: string): number => (MASKABLE.includes(term) ? MASKABLE.indexOf(term) : MASKABLE.length);
  const ordered = [...terms].sort(([a], [b]) => rank(a) - rank(b));
  for (const [term, { stem, ...entry }] of ordered) {
    index.add(term, entry, { stem, maskable: MASKABLE.includes(term) });
  }
  return index;
}

export const LEXICON: WordIndex<Term> = buildLexicon();
