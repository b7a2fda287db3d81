// The built-in English word lists. A word can be an insult when aimed at someone, a
// profanity (a label only), and/or a slur (an identity attack on its own). Weights are
// what the word adds to its category; 1.0 reaches the default flag level by itself.
// Sites tune these through policy word lists (allow, flag, reject), not by editing here.
//
// Severity is the weight: 1.2 is unmistakable ("moron"), 1.0 clear, 0.8 mild (it needs a
// firm frame such as "you ARE a ...", an intensifier or company to flag: "hack", "tool"),
// 0.6 and below only adds to other signs ("sad", "sick"). A word that is also an everyday
// verb, a mass noun or a name of address is marked so that checks only read it as an insult
// where its use allows ("you troll THE comments" is a verb; "genius" insults only as a name).
//
// Profanity stays a hand-written list: the maintained npm lists we looked at (cuss,
// @2toad/profanity, obscenity's English set, badwords-list, naughty-words) mix swearing with
// slurs, anatomy and sex-education words ("sex", "breasts", "penis") or rate words such as
// "dumb", "cocky" and "chunky" as profane, so as a label they would mark civil comments.

import { WordIndex } from './word-index.ts';

export interface Term {
  /** Weight when aimed at a person: "you are a ...", "you ...", "... like you". */
  insult: number;
  /**
   * 'noun' needs an article or direct address ("you idiot"); 'adj' describes ("you are stupid");
   * 'name' insults only as a name the reader is called by ("ok GENIUS, explain that").
   */
  kind: 'noun' | 'adj' | 'name' | 'none';
  profane: boolean;
  /** Identity-attack weight of the word by itself (0 = not a slur). */
  slur: number;
  /** Insults only when stated of someone ("you are SLOW", "are you THICK?"), not in passing. */
  framed: boolean;
  /** A plural form ("idiots"): never a name of address by itself. */
  plural: boolean;
  /** A mass noun ("garbage", "trash"): a bare one after a verb is an object, not a name. */
  mass: boolean;
  /** Also an everyday verb ("troll", "fool", "shill"): "you troll the comments" is no insult. */
  verbal: boolean;
  /** A pet name ("babe", "sweetie"): aimed at a stranger it is a sexual come-on. */
  sexual: boolean;
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
fuck:1 shit:1 ass:1 slob scumbucket douchenozzle dumbshit biatch beeyotch retart:1.2 socialist:0.5 wannabe:0.6 poser:0.8 kook:1 crank:0.8 dummy:1 dumbie:1 dufus doofus goof:0.8
`;

// More insult nouns by what they say about a person. Misspellings that people type often
// are listed beside the word ("idot", "imbicile"); leetspeak and stretched letters are the
// normaliser's and the word index's business.
const MORE_INSULT_NOUNS = `
nincompoop dunderhead lamebrain birdbrain peabrain fathead dipstick:1 dingus:1 goofball:1 numskull
nimrod:1 clod:1 lummox:1 dullard chucklehead dimbulb knuckledragger troglodyte:1 halfwitt idot
imbicile imbacile morron dumbarse dumass thicko:1 dimbo:1 ditz:1 bimbo:1 bubblehead:1 lunkhead
dumbhead drongo:1 wally:0.8 berk:1 wazzock nonce knobend plank:0.6 yokel:0.8 bumpkin:0.8 rube:0.8
hick:0.8 pleb:0.8 philistine:0.6 knowitall:0.8 smartass:1 smartarse:1 wiseass:1 dumbdumb:1
bootlicker:1 brownnoser:1 asskisser:1 arselicker:1 sycophant:0.8 lackey:0.8 toady:0.8 flunky:0.8 lapdog:0.8
apologist:0.8 propagandist:0.6 simp:0.8 sellout:0.8 turncoat:0.8 charlatan:1 conman:1 swindler:1
huckster:0.8 crook:0.8 fraudster:1 scoundrel:1 villain:0.6 reprobate:1 miscreant:1 weasel:1 slimeball
sleazeball cockroach:1 louse:1 slug:0.6 toad:0.6 cur:1 mongrel:1 jackal:0.8 vulture:0.6 bloodsucker:1
freeloader:0.8 moocher:0.8 sponger:0.8 scrounger:0.8 deadbeat:1 layabout:0.8 waster:1 wastrel:1
slacker:0.6 sociopath:1 psychopath:1 narcissist:0.8 madman:0.8 loon:1 loony:1 looney:1 fruitcake:1
whackjob wackjob headcase:1 weakling:1 pansy:1 wuss:1 whiner:0.8 whinger:0.8 milksop:0.8
loudmouth:1 bigmouth:1 motormouth:0.8 blabbermouth:0.8 hoe:1 thot:1 tart:0.8 floozy:1 harlot:1
hussy:1 trollop:1 manwhore:1 harpy:1 shrew:1 crone:1 heifer:1 wench:0.8 witch:0.6 pedo paedo
pedophile:1 paedophile:1 rapist:1 groomer:1 predator:0.8 monster:0.6 fiend:0.8 savage:0.6
barbarian:0.6 brute:0.8 lout:1 yob:1 chav:1 hooligan:0.8 fuckhead fuckboy:1 shitheel shitlord:1
shitweasel dickwad dickweed dickbag douchecanoe twatwaffle cumstain scrote:1 mofo:1 jackwagon:1
jagoff:1 jabroni:0.8 arsewipe assface buttface:1 butthead:1 conservatard leftard lefttard righttard
trumptard libturd rethuglican:0.8 dumbocrat:1 demonrat:0.8 obamabot:0.8 cultist:0.6 nonentity:0.8
fibber:0.8 phony:0.8 phoney:0.8 impostor:0.6 imposter:0.6 poseur:0.8 snob:0.8 prig:0.8
busybody:0.8 nag:0.6 zealot:0.6 fanatic:0.6 misogynist:0.8 homophobe:0.8 xenophobe:0.8 pest:0.6
menace:0.6 toddler:0.8 fanboy:0.6 fangirl:0.6 stalker:0.8 bully:0.8 twerp:1 ninny:1 tyrant:0.6
melt:1 wrongun:1 nob:0.8 nobhead bafoon bufoon buffon imbacil ediot idjut
slag:1 neckbeard:1 brainlet:1 smoothbrain:1 kissass:1 arsekisser:1 sleaze:0.8
`;

/** Plural-only nouns as listed ("children", "sheeple"): the generated plurals are marked too. */
const PLURAL_NOUNS = new Set(['children', 'retards', 'sheeple']);
/** Mass nouns: "you are talking GARBAGE" says nothing about the reader. */
const MASS_NOUNS = new Set(['trash', 'garbage', 'scum', 'vermin', 'filth', 'shit', 'sheeple', 'sheep']);
/** Insult nouns that are also everyday verbs: an object after them makes them the verb. */
const VERBAL_NOUNS = new Set([
  'troll', 'fool', 'shill', 'hack', 'tool', 'joke', 'clown', 'creep', 'rat', 'worm', 'ape', 'leech', 'bum',
  'nag', 'pig', 'dope', 'punk', 'sucker', 'fuck', 'knob', 'freak', 'slug', 'crank', 'goof', 'stalker',
  'plank', 'simp', 'weasel', 'bully', 'hoe', 'scrub', 'menace', 'puppet', 'melt',
]);

const INSULT_ADJECTIVES = `
stupid stupider stupidest stoopid dumb dumber dumbest idiotic moronic retarded brainless clueless:1
mindless:1 witless ignorant:1 pathetic worthless useless:1 disgusting:1 ugly:1 fat:0.8 hideous:1
repulsive:1 vile:1 despicable:1 contemptible:1 pitiful:1 delusional:1 deluded:1 demented:1 deranged:1
insane:0.6 crazy:0.5 braindead gutless:1 spineless:1 cowardly:1 incompetent:0.8 illiterate:1
uneducated:0.8 senile:1 batshit:1 bigoted:1 sexist:0.8 hypocritical:0.8 dishonest:0.8 gullible:0.8
childish:0.8 immature:0.8 obnoxious:0.8 insufferable:1 loathsome:1 scummy:1 sleazy:0.8 trashy:1
filthy:0.8 fugly butthurt:0.8 brainwashed:1 twisted:0.6 evil:0.6 arrogant:0.6 smug:0.6
lame:0.8 dimwitted halfwitted thickheaded unhinged:0.8 nuts:0.6 mental:0.5 sick:0.4
thickest:1 dimmest:1 densest:1 slowest:0.8 annoying:0.6 disgraceful:0.8 shameless:0.6 spiteful:0.6 hateful:0.6 gross:0.8 creepy:0.8
`;

const MORE_INSULT_ADJECTIVES = `
stupd stupit stuped stupud imbecilic cretinous asinine:1 vapid:0.8 dopey:0.8 daft:0.8 dozy:0.8
gormless:1 airheaded:1 boneheaded:1 pigheaded:0.8 ignorent:1 ignerant:1 gullable:0.8 uninformed:0.6
semiliterate:1 thoughtless:0.5 psychotic:1 loopy:0.6 batty:0.6 bonkers:0.6 nutty:0.6 paranoid:0.6
hysterical:0.5 talentless:1 classless:0.8 soulless:0.8 heartless:0.8 revolting:0.8 repugnant:1
repellent:0.8 odious:1 deplorable:0.8 detestable:1 nasty:0.6 wicked:0.5 rotten:0.6 slimy:0.8
perverted:0.8 pervy:0.8 sadistic:0.8 psychopathic:1 sociopathic:1 narcissistic:0.8 pompous:0.8
sanctimonious:0.8 pretentious:0.6 condescending:0.5 patronising:0.5 patronizing:0.5 irritating:0.5
petty:0.6 vindictive:0.6 whiny:0.8 whiney:0.8 sniveling:1 snivelling:1 deceitful:0.8 mendacious:0.8
crooked:0.6 traitorous:0.8 obese:0.6 grotesque:0.8 smelly:0.8 stinky:0.8 unwashed:0.8 toothless:0.6
inbred misogynistic:0.8 bitter:0.4 sad:0.4 lousy:0.6 horrible:0.5 terrible:0.4 awful:0.4
fuckable:1
`;

// Mild words that insult only when stated of a person: "you are SLOW", "are you THICK?",
// never "the internet is slow" or "a thick fog" (not aimed), nor "your slow reply".
const FRAMED_ADJECTIVES = `
slow:0.8 simple:0.8 dim:0.8 dense:0.8 thick:0.8 thicker:0.8 dimmer:0.8
`;

// Names that insult only when the reader is called by them, mostly in sarcasm ("ok GENIUS",
// "nice try EINSTEIN", "nobody asked, KAREN"): "you are a genius" is praise.
const ADDRESS_NAMES = `
genius:1 einstein:1 sherlock:0.8 karen:0.6 boomer:0.6 buttercup:0.8 sparky:0.8 skippy:0.8 champ:0.6
princess:0.6 cupcake:0.6 sunshine:0.6 junior:0.6 sonny:0.6 kiddo:0.6 bucko:0.6 smartypants:0.8
`;

// Pet names: from a stranger in a comment thread, a come-on ("bet you'd like that, BABE").
const PET_NAMES = `
babe:0.6 baby:0.4 sweetie:0.6 sweetheart:0.6 sweetcheeks:1 honey:0.5 hun:0.5 darling:0.5 sugar:0.4
cutie:0.6 doll:0.5 toots:0.8 sexy:0.8 missy:0.6
`;

// Insults of two words, also typed joined or with a hyphen ("knuckle-dragger", "knuckledragger").
// `first second=joined`: the joined spelling is what the lexicon lists (and what a hit names).
const COMPOUND_NOUNS = `
knuckle_dragger=knuckledragger mouth_breather=mouthbreather bottom_feeder=bottomfeeder
low_life=lowlife dumb_ass=dumbass half_wit=halfwit dim_bulb=dimbulb pea_brain=peabrain
bird_brain=birdbrain nut_job=nutjob nut_case=nutcase whack_job=whackjob wack_job=wackjob
head_case=headcase boot_licker=bootlicker brown_noser=brownnoser ass_kisser=asskisser
smart_ass=smartass wise_ass=wiseass smart_arse=smartarse scum_bag=scumbag dirt_bag=dirtbag
douche_bag=douchebag slime_ball=slimeball sleaze_ball=sleazeball
basket_case=basketcase:1 sad_sack=sadsack:1 trailer_trash=trailertrash:1 drama_queen=dramaqueen:0.8
attention_whore=attentionwhore:1.2 attention_seeker=attentionseeker:0.8 keyboard_warrior=keyboardwarrior:0.8
sock_puppet=sockpuppet:0.8 lap_dog=lapdog fan_boy=fanboy waste_man=wasteman:1
ass_hat=asshat jack_ass=jackass dip_shit=dipshit dick_head=dickhead shit_head=shithead
knob_head=knobhead bell_end=bellend air_head=airhead bone_head=bonehead block_head=blockhead
meat_head=meathead pin_head=pinhead numb_skull=numbskull dim_wit=dimwit nit_wit=nitwit
dumb_shit=dumbshit scum_bucket=scumbucket
`;

const COMPOUND_ADJECTIVES = `
pea_brained=peabrained bird_brained=birdbrained lame_brained=lamebrained brain_dead=braindead
dim_witted=dimwitted half_witted=halfwitted dull_witted=dullwitted:1 thick_headed=thickheaded
empty_headed=emptyheaded:1 air_headed=airheaded bone_headed=boneheaded pig_headed=pigheaded
small_minded=smallminded:0.8 narrow_minded=narrowminded:0.6 closed_minded=closedminded:0.6
simple_minded=simpleminded:1 feeble_minded=feebleminded:1 weak_minded=weakminded:0.8
mouth_breathing=mouthbreathing:1 knuckle_dragging=knuckledragging:1 two_faced=twofaced:0.8
butt_ugly=buttugly:1 low_iq=lowiq:1 brain_damaged=braindamaged:1 brain_washed=brainwashed mentally_ill=mentallyill:1 mentally_retarded=mentallyretarded:1.2 mentally_unstable=mentallyunstable:1 mentally_deficient=mentallydeficient:1.2
`;

const COMPOUND_NAMES = `
tough_guy=toughguy:0.8 smart_guy=smartguy:0.8 captain_obvious=captainobvious:1 hot_shot=hotshot:0.6
big_shot=bigshot:0.6 smarty_pants=smartypants hot_stuff=hotstuff:0.8
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

interface Listed {
  term: string;
  weight: number;
  stem: boolean;
}

function parse(list: string, fallback: number): Listed[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((item) => {
      const [raw, weight] = item.split(':');
      const stem = raw.endsWith('*');
      return { term: stem ? raw.slice(0, -1) : raw, weight: weight === undefined ? fallback : Number(weight), stem };
    });
}

interface ListedCompound {
  /** The two words as typed apart: "knuckle dragger". */
  words: string;
  /** The joined spelling the lexicon lists: "knuckledragger". */
  term: string;
  /** Undefined: the joined word's own weight where it is listed too, else 1.2. */
  weight: number | undefined;
}

/** The compounds as words of their kind, at their weight unless the joined word is listed apart. */
function compoundWords(list: string, listed: readonly Listed[]): Listed[] {
  const known = new Set(listed.map((l) => l.term));
  return parseCompounds(list)
    .filter(({ term, weight }) => weight !== undefined || !known.has(term))
    .map(({ term, weight }) => ({ term, weight: weight ?? 1.2, stem: false }));
}

function parseCompounds(list: string): ListedCompound[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((item) => {
      const [pair, joined] = item.split('=');
      const [term, weight] = joined.split(':');
      return { words: pair.replace('_', ' '), term, weight: weight === undefined ? undefined : Number(weight) };
    });
}

function plural(noun: string): string[] {
  if (noun.endsWith('s') || noun.endsWith('y') && !noun.endsWith('ey')) return [];
  return [/(sh|ch|x|z)$/.test(noun) ? `${noun}es` : `${noun}s`];
}

type Entry = Term & { stem: boolean };

function newEntry(): Entry {
  return { insult: 0, kind: 'none', profane: false, slur: 0, stem: false, framed: false, plural: false, mass: false, verbal: false, sexual: false };
}

/** The entry of a term, made empty on first use. */
function entryOf(terms: Map<string, Entry>, term: string): Entry {
  let t = terms.get(term);
  if (!t) {
    t = newEntry();
    terms.set(term, t);
  }
  return t;
}

/** Every insult word with its forms, before the profanity and slur lists are merged in. */
function insultEntries(): Map<string, Entry> {
  const terms = new Map<string, Entry>();
  const get = (term: string): Entry => entryOf(terms, term);
  const listedNouns = [...parse(INSULT_NOUNS, 1.2), ...parse(MORE_INSULT_NOUNS, 1.2)];
  const nouns = [...listedNouns, ...compoundWords(COMPOUND_NOUNS, listedNouns)];
  for (const { term, weight } of nouns) {
    for (const form of [term, ...plural(term)]) {
      const t = get(form);
      t.insult = weight;
      t.kind = 'noun';
      t.plural = form !== term || PLURAL_NOUNS.has(term);
      t.mass = MASS_NOUNS.has(term);
      t.verbal = VERBAL_NOUNS.has(term);
    }
  }
  const listedAdjectives = [...parse(INSULT_ADJECTIVES, 1.2), ...parse(MORE_INSULT_ADJECTIVES, 1.2)];
  const adjectives = [...listedAdjectives, ...compoundWords(COMPOUND_ADJECTIVES, listedAdjectives)];
  for (const { term, weight } of adjectives) {
    const t = get(term);
    t.insult = weight;
    t.kind = 'adj';
  }
  for (const { term, weight } of parse(FRAMED_ADJECTIVES, 0.8)) {
    const t = get(term);
    t.insult = weight;
    t.kind = 'adj';
    t.framed = true;
  }
  const listedNames = [...parse(ADDRESS_NAMES, 1), ...parse(PET_NAMES, 0.6)];
  const names = [...listedNames, ...compoundWords(COMPOUND_NAMES, listedNames)];
  const pets = new Set(parse(PET_NAMES, 0.6).map((p) => p.term));
  for (const { term, weight } of names) {
    const t = get(term);
    t.insult = weight;
    t.kind = 'name';
    t.sexual = pets.has(term) || term === 'hotstuff';
  }
  return terms;
}

function buildLexicon(terms: Map<string, Entry>): WordIndex<Term> {
  const get = (term: string): Entry => entryOf(terms, term);
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

const ENTRIES = insultEntries();

export const LEXICON: WordIndex<Term> = buildLexicon(ENTRIES);

/** An insult of two words typed apart: the joined term it stands for and its entry. */
export interface CompoundInsult {
  term: string;
  entry: Term;
}

function termOf({ stem: _stem, ...term }: Entry): Term {
  return term;
}

function buildCompounds(): [words: string, insult: CompoundInsult][] {
  const entries: [string, CompoundInsult][] = [];
  for (const { words, term } of [...parseCompounds(COMPOUND_NOUNS), ...parseCompounds(COMPOUND_ADJECTIVES), ...parseCompounds(COMPOUND_NAMES)]) {
    const entry = ENTRIES.get(term);
    if (!entry) throw new Error(`compound insult ${term} is not in the lexicon`);
    entries.push([words, { term, entry: termOf(entry) }]);
    if (entry.kind !== 'noun') continue;
    // "knuckle draggers": the plural of the last word, read as the plural of the compound.
    const [first, second] = words.split(' ');
    for (const many of plural(term)) {
      const manyEntry = ENTRIES.get(many);
      if (manyEntry) entries.push([`${first} ${plural(second)[0] ?? second}`, { term: many, entry: termOf(manyEntry) }]);
    }
  }
  return entries;
}

/**
 * "knuckle dragger", "brain dead", "tough guy": insults of two words typed apart or hyphenated,
 * as phrases (lexicon/phrases.ts matches them in the same pass as the directed phrases).
 */
export const COMPOUND_INSULTS: readonly [words: string, insult: CompoundInsult][] = buildCompounds();
