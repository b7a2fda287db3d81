// Built-in multi-word phrases. Syntax: see PhraseSet (`a|b` = alternatives in one slot, and
// `_` joins the words of one alternative). Each phrase reports the rule of its family
// (rules.ts): how it insults or threatens, so that a site can weigh each family on its own.

import type { RuleId } from '../rules.ts';
import { PhraseSet } from './phrase-set.ts';
import { WORD } from './word-bits.ts';
import { COMPOUND_INSULTS, type CompoundInsult } from './terms.ts';

export interface DirectedPhrase {
  weight: number;
  rule: RuleId;
  /**
   * 'imperative': must open a clause or follow you/just/please...; 'you': needs "you" or
   * "your" a few words before; 'subject': "you" is its subject, maybe with an adverb between
   * ("you OBVIOUSLY can't read"); 'asked': a question, "are" just before ("are YOU HIGH?");
   * 'none': always aimed.
   */
  needs: 'imperative' | 'you' | 'subject' | 'asked' | 'none';
  /** Only when nothing follows in its clause: "are you high?", not "are you high up in ...". */
  ends?: boolean;
  /** Start of the moderator-facing detail; the typed phrase follows in quotes. */
  label: string;
}

const TELLS = 'Tells someone to';
const SAYS = 'Says to someone';
const MOCKS = 'Mocks someone\'s mind:';
const ASKS = 'Asks someone, to insult them:';
const CALLS = 'Calls someone a';

const DISMISSAL: RuleId = 'insult.phrase.dismissal';
const CONTEMPT: RuleId = 'insult.phrase.contempt';
const MOCKERY: RuleId = 'insult.phrase.mockery';
const FAMILY: RuleId = 'insult.phrase.family';
const OBSCENE: RuleId = 'insult.phrase.obscene';
const QUESTION: RuleId = 'insult.phrase.question';
const HARASSMENT: RuleId = 'insult.harassment';

const YOU = 'you|u|ya|ye';
const YOURSELF = 'yourself|urself|yourselves|yaself|yoself|youself';
const YOUR = 'your|ur|yer';
const RELATIVES = 'mom|mum|mother|mama|momma|mommy|mummy|dad|father|daddy|parents|family|folks|wife|husband|kids|children|son|daughter|sister|brother|granny|grandma|grandmother';
const BODY = 'tits|boobs|boobies|titties|rack|ass|butt|pussy|body|legs|chest|cleavage|curves|lips|feet|bum';
const INTIMATE = 'tits|titties|pussy|cleavage';
/** Things with little or no mind: "the brain of a GOLDFISH", "I've met ROCKS smarter than you". */
const LOWLY = 'goldfish|gnat|flea|potato|rock|turnip|toddler|baby|squirrel|amoeba|fly|fruit_fly|peanut|pea|walnut|sponge|cabbage|hamster|slug|worm|chimp|chicken|sheep|lemming|toaster|doorknob|brick|five_year_old|two_year_old|three_year_old|houseplant|carrot|jellyfish|mayfly|moth|rodent|donkey|plank|teapot|calculator|sock|biscuit|pigeon|lettuce|spoon|mollusc|plankton|paperweight|goose|lampshade|sloth|kettle|cardboard_box|traffic_cone|bag_of_rocks|bag_of_hammers|box_of_rocks';
/** What a mind or a person has that a thing can be said to have more of: "the IQ of a ...". */
const MIND = 'brains|brain|intelligence|iq|mentality|attention_span|maturity|wit|wits|reasoning|memory|vocabulary|comprehension|logic|manners|morals|charisma|personality|processing_power|brainpower|brain_power|emotional_range|mental_age|common_sense';
/** What makes a thing duller still: "the IQ of a DAMP sponge". */
const DULL = 'damp|wet|soggy|dead|rotten|mouldy|moldy|stale|broken|concussed|lobotomised|lobotomized|drunk|startled|confused|senile|boiled|stunned|sleepy|dim|lukewarm|mashed|half-eaten|used|dried|wilted|deflated|cheap';
const MINDLESS = 'rocks|rock|potatoes|potato|bricks|brick|toasters|toaster|doorknobs|doorknob|houseplants|houseplant|goldfish|turnips|turnip|sponges|sponge|cabbages|cabbage';

/** A two-word insult ("knuckle dragger"), read by the insult check as one insulting word. */
export interface CompoundPhrase {
  compound: CompoundInsult;
}

const DIRECTED: [string, DirectedPhrase][] = [
  // Dismissal: the reader is told to go away, be quiet, or that nobody wants them.
  ['shut up', { weight: 1, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['shut the fuck|f|hell|fk|fck|fuk up', { weight: 1.2, rule: DISMISSAL, needs: 'none', label: TELLS }],
  [`shut ${YOUR} mouth|trap|pie|face|hole|gob|piehole|cakehole`, { weight: 1.1, rule: DISMISSAL, needs: 'none', label: TELLS }],
  ['stfu', { weight: 1.2, rule: DISMISSAL, needs: 'none', label: TELLS }],
  ['gtfo', { weight: 1, rule: DISMISSAL, needs: 'none', label: TELLS }],
  ['ever shut up', { weight: 0.8, rule: DISMISSAL, needs: 'you', label: TELLS }],
  ['zip it|ur_lip|your_lip', { weight: 0.6, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  [`go back to ${YOUR} own country|planet|kind`, { weight: 1.2, rule: DISMISSAL, needs: 'none', label: TELLS }],
  [`go back to ${YOUR}|the cave|country|cage|trailer|hole|basement|mom|mommy|momma|rock|swamp|bridge|village|planet|jungle|tree|zoo`, { weight: 1.2, rule: DISMISSAL, needs: 'none', label: TELLS }],
  ['go back to', { weight: 0.6, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['go back where you came from', { weight: 1.2, rule: DISMISSAL, needs: 'none', label: TELLS }],
  [`crawl|slither|go back under|into ${YOUR}|a|the|whatever|that`, { weight: 1.2, rule: DISMISSAL, needs: 'none', label: TELLS }],
  ['crawl|slither back to|in', { weight: 1, rule: DISMISSAL, needs: 'none', label: TELLS }],
  ['nobody|noone likes you|u', { weight: 0.9, rule: DISMISSAL, needs: 'none', label: 'Tells someone' }],
  ['no one likes you|u', { weight: 0.9, rule: DISMISSAL, needs: 'none', label: 'Tells someone' }],
  ['nobody|noone wants you|u here|around', { weight: 1, rule: DISMISSAL, needs: 'none', label: 'Tells someone' }],
  ['no one wants you|u here|around', { weight: 1, rule: DISMISSAL, needs: 'none', label: 'Tells someone' }],
  ['nobody|noone cares what you|u think|say', { weight: 0.8, rule: DISMISSAL, needs: 'none', label: 'Tells someone' }],
  ['no one cares what you|u think|say', { weight: 0.8, rule: DISMISSAL, needs: 'none', label: 'Tells someone' }],
  ['nobody|noone asked you|u', { weight: 1, rule: DISMISSAL, needs: 'none', label: 'Tells someone' }],
  ['no one asked you|u', { weight: 1, rule: DISMISSAL, needs: 'none', label: 'Tells someone' }],
  // "Nobody asked." on its own, not "a roundabout nobody asked for".
  ['nobody|noone asked', { weight: 0.5, rule: DISMISSAL, needs: 'none', ends: true, label: 'Tells someone' }],
  ['who asked you|u', { weight: 1, rule: DISMISSAL, needs: 'none', label: 'Tells someone' }],
  ['who asked', { weight: 0.5, rule: DISMISSAL, needs: 'none', ends: true, label: 'Tells someone' }],
  // "Nobody cares." as a retort, not "nobody cares about the bins".
  ['nobody|noone cares', { weight: 0.5, rule: DISMISSAL, needs: 'none', ends: true, label: 'Tells someone' }],
  ['no one cares', { weight: 0.5, rule: DISMISSAL, needs: 'none', ends: true, label: 'Tells someone' }],
  ['cry more', { weight: 0.6, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['go cry', { weight: 0.6, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['keep crying|whining|seething|coping', { weight: 0.6, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['stay mad', { weight: 0.6, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['cope and seethe', { weight: 0.8, rule: DISMISSAL, needs: 'none', label: TELLS }],
  ['go to hell', { weight: 1, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['go play in traffic', { weight: 1.2, rule: DISMISSAL, needs: 'none', label: TELLS }],
  ['get lost', { weight: 1, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['get bent|stuffed', { weight: 0.9, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['go suck an|a egg|lemon', { weight: 0.9, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['troll harder|better', { weight: 0.8, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  // "Nobody gives a damn what you think."
  // ("nobody gives a damn about the bins" is a complaint, not a dismissal.)
  ["nobody|noone gives|cares a damn|shit|fuck|toss|crap|rat's_ass|flying_fuck what|about you|u|your|ur", { weight: 1, rule: DISMISSAL, needs: 'none', label: 'Tells someone' }],
  ["no one gives|cares a damn|shit|fuck|toss|crap|rat's_ass|flying_fuck what|about you|u|your|ur", { weight: 1, rule: DISMISSAL, needs: 'none', label: 'Tells someone' }],
  ["nobody|noone gives|cares a damn|shit|fuck|toss|crap|rat's_ass|flying_fuck", { weight: 0.6, rule: DISMISSAL, needs: 'none', ends: true, label: 'Tells someone' }],
  ['cry me a river', { weight: 0.6, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['go away', { weight: 0.5, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['take a hike', { weight: 0.8, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['buzz|bog off', { weight: 0.8, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['piss|bugger|sod|naff off', { weight: 1.1, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['get a life', { weight: 1, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['get a job', { weight: 0.6, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['get over yourself|urself', { weight: 0.8, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['touch grass', { weight: 0.8, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['get off the internet|web|computer', { weight: 0.6, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  [`delete ${YOUR} account|profile|comment`, { weight: 0.8, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['do us all|everyone a favour|favor and', { weight: 0.4, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['do us a favour|favor and', { weight: 0.4, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['run along', { weight: 0.6, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['run along now|little|kid|kiddo|child|sweetie|sonny', { weight: 1, rule: DISMISSAL, needs: 'imperative', label: TELLS }],
  ['grown_ups|grownups|adults are talking', { weight: 0.8, rule: DISMISSAL, needs: 'none', label: 'Tells someone' }],
  ["don't|dont let the door hit you|u", { weight: 0.8, rule: DISMISSAL, needs: 'none', label: TELLS }],

  // Contempt: the reader is worthless, vile, or one of a despised lot.
  ['people|folks like you|u are|r the|a problem|cancer|disease', { weight: 1, rule: CONTEMPT, needs: 'none', label: 'Lumps someone in with' }],
  // "people like you are exactly why this town is going down the drain".
  ['people|folks like you|u are|r exactly|precisely|just|the_reason|the_reasons why|what|the_reason|the_problem|whats_wrong|what\'s_wrong', { weight: 1, rule: CONTEMPT, needs: 'none', label: 'Lumps someone in with' }],
  ['people|folks like you|u are|r why|what\'s_wrong|whats_wrong', { weight: 1, rule: CONTEMPT, needs: 'none', label: 'Lumps someone in with' }],
  [`${YOU} people`, { weight: 0.5, rule: CONTEMPT, needs: 'none', label: 'Lumps someone in with' }],
  ['people|folks|trash|scum|filth|garbage|vermin|losers|morons|idiots like you|u|yourself', { weight: 0.6, rule: CONTEMPT, needs: 'none', label: 'Lumps someone in with' }],
  ['son of a bitch|whore', { weight: 1, rule: CONTEMPT, needs: 'none', label: CALLS }],
  ['piece of shit|crap|garbage|trash|filth|excrement|human_garbage', { weight: 1.2, rule: CONTEMPT, needs: 'you', label: CALLS }],
  ['nasty|right|real piece of work', { weight: 1, rule: CONTEMPT, needs: 'you', label: CALLS }],
  ['waste of space|oxygen|skin|air|sperm|life|carbon|time|a_human|flesh', { weight: 1.2, rule: CONTEMPT, needs: 'you', label: CALLS }],
  ['sack|bag|pile of shit|crap|garbage|trash|lies|bones', { weight: 1, rule: CONTEMPT, needs: 'you', label: CALLS }],
  ['scum of the earth', { weight: 1.2, rule: CONTEMPT, needs: 'you', label: CALLS }],
  ['lowest of the low', { weight: 1, rule: CONTEMPT, needs: 'you', label: CALLS }],
  ['sorry|poor|pathetic|sad excuse for a|an', { weight: 1.2, rule: CONTEMPT, needs: 'you', label: CALLS }],
  ['sorry|pathetic|sad ass|arse|assed excuse for a|an', { weight: 1.2, rule: CONTEMPT, needs: 'you', label: CALLS }],
  // "you are what's wrong with this country", "you're the worst."
  [`${YOU} are|r|re what's|whats|what_is wrong with`, { weight: 1, rule: CONTEMPT, needs: 'none', label: SAYS }],
  ["you're|youre|ur what's|whats|what_is wrong with", { weight: 1, rule: CONTEMPT, needs: 'none', label: SAYS }],
  [`${YOU} are|r the worst`, { weight: 0.8, rule: CONTEMPT, needs: 'none', ends: true, label: SAYS }],
  ["you're|youre|ur the worst", { weight: 0.8, rule: CONTEMPT, needs: 'none', ends: true, label: SAYS }],
  // "Pathetic excuse for a human": of a whole person it needs no "you" before it.
  ['sorry|poor|pathetic|sad|miserable excuse for a|an human|man|woman|person|human_being|adult|parent|journalist|writer|reporter', { weight: 1.25, rule: CONTEMPT, needs: 'none', label: CALLS }],
  ['sad|pathetic|little|small|miserable little|sad|old man|boy|person|troll|people|creature|mind', { weight: 1, rule: CONTEMPT, needs: 'you', label: CALLS }],
  [`${YOU} suck|sucks|stink|stinks`, { weight: 1, rule: CONTEMPT, needs: 'none', label: SAYS }],
  [`${YOU} make me sick|puke|vomit`, { weight: 1, rule: CONTEMPT, needs: 'none', label: SAYS }],
  // "it's people like you that make me sick".
  [`like ${YOU} make|makes|that_make|who_make|that_makes me sick|puke|vomit|ill`, { weight: 1, rule: CONTEMPT, needs: 'none', label: SAYS }],
  [`${YOU} disgust|disgusts|sicken|sickens|repulse|repulses|revolt|revolts me`, { weight: 1, rule: CONTEMPT, needs: 'none', label: SAYS }],
  ['ashamed of yourself|urself', { weight: 0.6, rule: CONTEMPT, needs: 'none', label: 'Tells someone to be' }],
  ['should be ashamed|embarrassed', { weight: 0.6, rule: CONTEMPT, needs: 'subject', label: 'Tells someone they' }],
  [`show ${YOUR} face`, { weight: 0.5, rule: CONTEMPT, needs: 'none', label: 'Tells someone' }],

  // Mockery: the reader's mind, brain or maturity.
  ['brain|brains must|would|could be the size of', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  // "you have the IQ of a (damp) sponge", "your brain has the processing power of a toaster": an
  // attribute of the mind or person given as that of a thing, whatever adjective comes between.
  // Only a thing of little mind makes it mockery: "the brain of a scientist" is praise.
  [`${MIND} of a|an ${DULL} ${LOWLY}`, { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  // "you're about as useful as a chocolate teapot", "as sharp as a bowling ball".
  ['as useful|helpful|smart|bright|sharp|clever|intelligent|funny|interesting|welcome|entertaining|talented|convincing|coherent|relevant as a|an', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['thick as two short planks', { weight: 1, rule: MOCKERY, needs: 'none', label: MOCKS }],
  [`${YOUR} head's|heads|skull's|brain's|head_is|skull_is|brain_is so empty|hollow|thick|small`, { weight: 1, rule: MOCKERY, needs: 'none', label: MOCKS }],
  ['brain|brains the size of', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['brain|brains is|are the size of', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['iq of|lower than', { weight: 0.6, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['brains|brain|intelligence|iq|mentality|attention_span|maturity|wit|wits|reasoning of a|an', { weight: 0.6, rule: MOCKERY, needs: 'you', label: MOCKS }],
  [`${MIND} of a|an ${LOWLY}`, { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['shit for brains', { weight: 1.2, rule: MOCKERY, needs: 'none', label: MOCKS }],
  ['sharpest|brightest tool|knife|crayon|pencil|bulb|spark|star|bean in', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['dumb|thick|stupid as a|an|two|rocks|dirt|bricks|mud|a_rock|a_post|a_brick|a_box|a_bag|a_sack|a_plank|a_doorknob', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['dumber|stupider|thicker than a|an|dirt|rocks|bricks|mud|a_rock|a_box|a_bag|a_sack', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  [`${MINDLESS} smarter|brighter|cleverer|more_intelligent than you|u`, { weight: 1, rule: MOCKERY, needs: 'none', label: MOCKS }],
  // "I've met smarter fence posts than you": anything smarter than the reader, said and done
  // (not "smarter than you think").
  ['smarter|brighter|cleverer|more_intelligent than you|u', { weight: 0.8, rule: MOCKERY, needs: 'none', ends: true, label: MOCKS }],
  // "(about as) SMART AS A bag of rocks": anchored on the adjective, rarer than "as".
  ['smart|bright|clever|sharp|intelligent as a|an|two|rocks|a_rock|a_brick|a_bag|a_box|a_sack|a_doorknob', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['mental capacity|age|ability|faculties|development|abilities|maturity of a|an', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  [`could_not|couldn't|couldnt|cant|can't|cannot find ${YOUR} way out of a|an`, { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  [`${YOUR} one|two|single|last|only|remaining|lone|both brain_cell|brain_cells|braincell|braincells|neuron|neurons`, { weight: 1, rule: MOCKERY, needs: 'none', label: MOCKS }],
  ['working|functioning|functional neuron|neurons|braincell|braincells|brain_cell|brain_cells', { weight: 0.8, rule: MOCKERY, needs: 'none', label: MOCKS }],
  ['skull|head of yours', { weight: 0.4, rule: MOCKERY, needs: 'none', label: MOCKS }],
  [`${YOUR} tiny|little|feeble|pea|small|puny|addled brain|mind|brains`, { weight: 1, rule: MOCKERY, needs: 'none', label: MOCKS }],
  [`need|needs ${YOUR} head examined|read`, { weight: 1, rule: MOCKERY, needs: 'none', label: MOCKS }],
  [`need|needs ${YOUR} head checked|tested`, { weight: 0.8, rule: MOCKERY, needs: 'none', label: MOCKS }],
  [`lost ${YOUR} mind|marbles`, { weight: 0.8, rule: MOCKERY, needs: 'none', label: MOCKS }],
  ['have|got|has no brain|brains|clue', { weight: 1, rule: MOCKERY, needs: 'you', label: 'Tells someone they' }],
  ['no brain cells', { weight: 1, rule: MOCKERY, needs: 'you', label: 'Tells someone they have' }],
  ['have|got|has no life|shame|dignity|soul|class|morals', { weight: 0.7, rule: MOCKERY, needs: 'you', label: 'Tells someone they' }],
  ["can't|cant|cannot read|think|spell", { weight: 0.6, rule: MOCKERY, needs: 'you', label: 'Tells someone they' }],
  ["can't|cant|cannot|couldn't|couldnt read|think|spell|count|comprehend", { weight: 1, rule: MOCKERY, needs: 'subject', ends: true, label: 'Tells someone they' }],
  ["can't|cant|cannot|couldn't|couldnt read|think|spell|count|comprehend|understand properly|straight|basic|simple|a_word", { weight: 1, rule: MOCKERY, needs: 'subject', label: 'Tells someone they' }],
  ['failed|flunked basic|high_school|highschool|school|kindergarten|reading|english|math|maths|logic', { weight: 1, rule: MOCKERY, needs: 'you', label: 'Tells someone they' }],
  ['drop|dropped|drops out of kindergarten|preschool|nursery|primary_school|grade_school|elementary_school|first_grade', { weight: 1, rule: MOCKERY, needs: 'you', label: 'Tells someone they' }],
  [`${YOUR} reading comprehension`, { weight: 0.8, rule: MOCKERY, needs: 'none', label: MOCKS }],
  [`${YOUR} stupidity|idiocy|ignorance|cluelessness|imbecility|dumbness|gullibility`, { weight: 0.8, rule: MOCKERY, needs: 'none', label: MOCKS }],
  [`${YOUR} stupidity|idiocy|ignorance|cluelessness|imbecility|dumbness|gullibility is|knows astounding|staggering|breathtaking|showing|amazing|no_bounds|impressive|unbelievable`, { weight: 1.2, rule: MOCKERY, needs: 'none', label: MOCKS }],
  ['not very|too|that|exactly|terribly|overly bright|smart|clever|sharp|intelligent', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['learn to read|think', { weight: 1, rule: MOCKERY, needs: 'imperative', label: TELLS }],
  ['learn to spell', { weight: 0.8, rule: MOCKERY, needs: 'imperative', label: TELLS }],
  ['learn some reading_comprehension|basic_reading|manners|history', { weight: 0.6, rule: MOCKERY, needs: 'imperative', label: TELLS }],
  ['go back to school|kindergarten|preschool|primary_school|grade_school', { weight: 0.8, rule: MOCKERY, needs: 'imperative', label: TELLS }],
  ['need|needs|ought|have|got to go back to school|kindergarten|preschool|primary_school|grade_school', { weight: 0.9, rule: MOCKERY, needs: 'you', label: TELLS }],
  ['should|must|could go back to school|kindergarten|preschool|primary_school|grade_school', { weight: 0.9, rule: MOCKERY, needs: 'you', label: TELLS }],
  [`out of ${YOUR} mind|tiny_mind|tree|skull`, { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['get a brain|clue', { weight: 1, rule: MOCKERY, needs: 'imperative', label: TELLS }],
  ['grow a brain|pair', { weight: 1.1, rule: MOCKERY, needs: 'imperative', label: TELLS }],
  ['grow up', { weight: 0.6, rule: MOCKERY, needs: 'imperative', label: TELLS }],
  [`take ${YOUR} meds|medication|pills`, { weight: 1, rule: MOCKERY, needs: 'imperative', label: TELLS }],
  [`off ${YOUR} meds|medication`, { weight: 0.8, rule: MOCKERY, needs: 'none', label: SAYS }],
  [`${YOU} need|needs professional|mental|psychiatric help`, { weight: 1, rule: MOCKERY, needs: 'none', label: 'Tells someone' }],
  ['seek|get professional|mental|psychiatric help', { weight: 0.8, rule: MOCKERY, needs: 'imperative', label: TELLS }],
  ['like a|an 5|6|7|8|9|10|11|12|13|14|15|five|six|seven|eight|nine|ten|twelve year|yr old', { weight: 1, rule: MOCKERY, needs: 'you', label: 'Tells someone they act' }],
  ['like a|an child|kid|baby|toddler|spoiled|brat|little', { weight: 1, rule: MOCKERY, needs: 'you', label: 'Tells someone they act' }],
  // "stop whining like a little girl", "you're crying like a baby": not "my son cried like a baby".
  ['stop|quit whining|whinging|crying|moaning|bitching|sulking like a|an', { weight: 1.05, rule: MOCKERY, needs: 'imperative', label: 'Tells someone they act' }],
  ['whining|whinging|crying|moaning|bitching|sulking like a|an little|child|baby|girl|toddler|kid|brat|bitch|schoolgirl', { weight: 1.05, rule: MOCKERY, needs: 'you', label: 'Tells someone they act' }],
  ['screw|screws|few_screws|marbles loose', { weight: 0.8, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['need|needs to get laid', { weight: 0.8, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['look like a|an rocket_scientist|genius|einstein|nobel_laureate', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['full of shit|crap|it|bs|bull', { weight: 1, rule: MOCKERY, needs: 'you', label: 'Tells someone they are' }],
  [`head up ${YOUR} ass|arse|butt`, { weight: 1.2, rule: MOCKERY, needs: 'none', label: 'Tells someone they have their' }],
  [`get ${YOUR} head out of`, { weight: 1, rule: MOCKERY, needs: 'imperative', label: TELLS }],
  [`talk|talking|talks out of ${YOUR} ass|arse|backside|behind`, { weight: 1, rule: MOCKERY, needs: 'none', label: 'Tells someone they' }],
  [`wrong with ${YOU}`, { weight: 0.8, rule: MOCKERY, needs: 'none', label: 'Asks what is' }],
  [`wrong with ${YOU} people|lot`, { weight: 1.1, rule: MOCKERY, needs: 'none', label: 'Asks what is' }],
  ["don't|dont quit your|ur day job", { weight: 0.6, rule: MOCKERY, needs: 'none', label: TELLS }],
  ['stick to your|ur day job', { weight: 0.6, rule: MOCKERY, needs: 'imperative', label: TELLS }],
  [`${YOUR} mom's|moms|mum's|mums|mother's|mothers|parents|parents' basement`, { weight: 0.6, rule: MOCKERY, needs: 'none', label: MOCKS }],
  ['cereal|crackerjack box', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['tired of being wrong|stupid|an_idiot|a_moron', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['if it bit|slapped|smacked|hit you|u on|in the', { weight: 1, rule: MOCKERY, needs: 'you', label: MOCKS }],
  ['if it bit|slapped|smacked you|u', { weight: 1, rule: MOCKERY, needs: 'you', ends: true, label: MOCKS }],

  // Rhetorical questions that insult: "are you high?", "can you even read?".
  // Anchored on "you" (which starts many phrases anyway), asked by the "are" before it.
  ['you|u high|stoned|tripping|on_drugs|on_crack|on_something|insane|mental|nuts|demented|deranged|drunk', { weight: 1, rule: QUESTION, needs: 'asked', ends: true, label: ASKS }],
  ['you|u crazy|mad', { weight: 0.8, rule: QUESTION, needs: 'asked', ends: true, label: ASKS }],
  ['you|u 5|6|7|8|9|10|11|12|five|six|seven|eight|nine|ten|eleven|twelve', { weight: 1, rule: QUESTION, needs: 'asked', ends: true, label: ASKS }],
  ['you|u on drugs|crack|glue', { weight: 1, rule: QUESTION, needs: 'asked', label: ASKS }],
  ['what are|r you|u smoking|on|drinking|taking', { weight: 1, rule: QUESTION, needs: 'none', ends: true, label: ASKS }],
  ['what have|ve you|u been smoking|drinking|taking', { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  ['what drugs are|r you|u on|taking', { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  ['what planet are|r you|u from|on|living_on', { weight: 1, rule: QUESTION, needs: 'none', ends: true, label: ASKS }],
  ['cross to burn', { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  ['bridge to live|hide|get_back under', { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  ['rock to crawl|hide|live under|back_under', { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  ['nothing|anything better to do', { weight: 0.5, rule: QUESTION, needs: 'you', label: ASKS }],
  [`drop|dropped ${YOU} on ${YOUR} head`, { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  [`dropped on ${YOUR} head`, { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  [`${YOUR} brain|skull made|full|filled of|with`, { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  [`can|could ${YOU} even read|think|spell|count|understand|comprehend|write`, { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  [`do|does ${YOU} even read|think|understand|listen|have_a_brain|have_a_clue`, { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  [`do|does ${YOU} even know`, { weight: 0.6, rule: QUESTION, needs: 'none', label: ASKS }],
  [`did ${YOU} even read|watch|listen`, { weight: 0.6, rule: QUESTION, needs: 'none', label: ASKS }],
  [`think before ${YOU} type|post|speak|talk|write|comment|open`, { weight: 0.8, rule: QUESTION, needs: 'none', label: ASKS }],
  ['think before typing|posting|commenting', { weight: 0.8, rule: QUESTION, needs: 'none', label: ASKS }],
  [`${YOU} born this|that|so`, { weight: 0.8, rule: QUESTION, needs: 'none', label: ASKS }],
  [`who let ${YOU} out|near|use|on|loose`, { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  [`who raised ${YOU}`, { weight: 1, rule: QUESTION, needs: 'none', ends: true, label: ASKS }],
  ['raised by wolves|apes|animals|monkeys', { weight: 1, rule: QUESTION, needs: 'you', label: ASKS }],
  [`who taught ${YOU} to|math|maths|economics|history|science|logic`, { weight: 0.6, rule: QUESTION, needs: 'none', label: ASKS }],
  ['original thought|idea in your|ur', { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  ['ever had an original thought|idea', { weight: 1, rule: QUESTION, needs: 'you', label: ASKS }],
  ['even have a brain|clue|brain_cell', { weight: 1, rule: QUESTION, needs: 'you', label: ASKS }],
  ['even finish|finished|pass|passed|graduate|graduated|attend|attended|go_to high_school|highschool|school|kindergarten|primary_school|grade_school|college', { weight: 1, rule: QUESTION, needs: 'you', label: ASKS }],
  [`what rock did ${YOU}`, { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  ['crawl|crawled|slither|slithered|come|came out from under', { weight: 1, rule: QUESTION, needs: 'you', label: ASKS }],
  [`lead paint did|do|have ${YOU} eat|lick|huff|sniff|chew|ate|licked`, { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  ['eat|ate|eating|eaten|lick|licked|licking lead paint', { weight: 1, rule: QUESTION, needs: 'none', label: ASKS }],
  [`english ${YOUR} first|second|third language`, { weight: 0.8, rule: QUESTION, needs: 'none', label: ASKS }],

  // The reader's family: "your mother must be ashamed", "yo momma".
  [`${YOUR}|yo mom|mum|momma|mama|mother|mommy`, { weight: 0.5, rule: FAMILY, needs: 'none', label: 'Insults someone\'s family:' }],
  ['yo momma|mama', { weight: 0.8, rule: FAMILY, needs: 'none', label: 'Insults someone\'s family:' }],
  ['yo momma|mama|mamma so|is_so', { weight: 1.2, rule: FAMILY, needs: 'none', label: 'Insults someone\'s family:' }],
  [`${YOUR} ${RELATIVES} must|should be ashamed|so_ashamed|embarrassed|so_embarrassed|disappointed|so_disappointed|mortified|a_saint|saints|deaf|blind`, { weight: 1, rule: FAMILY, needs: 'none', label: 'Insults someone\'s family:' }],
  [`${YOUR} ${RELATIVES} must be so|very proud`, { weight: 0.6, rule: FAMILY, needs: 'none', label: 'Insults someone\'s family:' }],
  [`${YOUR} ${RELATIVES} should_have|should_of|shoulda|should've|should_ve`, { weight: 1, rule: FAMILY, needs: 'none', label: 'Insults someone\'s family:' }],
  ['should have|of|ve swallowed|aborted you|u', { weight: 1.2, rule: FAMILY, needs: 'none', label: SAYS }],
  ["should_have|should_of|shoulda|should've swallowed|aborted|used_protection|used_a_condom|pulled_out|drowned_you", { weight: 1.2, rule: FAMILY, needs: 'none', label: 'Insults someone\'s family:' }],
  [`${YOUR} dad|father|daddy left|walked_out|ran_off|ran_away`, { weight: 0.8, rule: FAMILY, needs: 'none', label: 'Insults someone\'s family:' }],
  // "no wonder your wife left you": someone's partner or family gone, as the reader's fault.
  [`no wonder ${YOUR} wife|husband|girlfriend|boyfriend|missus|partner|family|parents|kids|mum|mom|dad left|dumped|divorced|hates|hate|ditched|cheated|walked_out|ran_off|disowned`, { weight: 1.2, rule: FAMILY, needs: 'none', label: 'Insults someone\'s family:' }],
  [`no wonder ${YOU} are|re|r single|alone|lonely|unemployed|divorced`, { weight: 1, rule: MOCKERY, needs: 'none', label: MOCKS }],

  // Obscene: sexual or scatological abuse thrown at the reader.
  [`fuck|fck|fuk|fk|f|screw|damn|frak|frick|eff ${YOU}`, { weight: 1.2, rule: OBSCENE, needs: 'none', label: SAYS }],
  [`fuck|fck|fuk|screw|fk ${YOURSELF}`, { weight: 1.2, rule: OBSCENE, needs: 'none', label: TELLS }],
  ['go fuck|fck|fuk|f|screw', { weight: 1.2, rule: OBSCENE, needs: 'imperative', label: TELLS }],
  ['fuck|fck|fuk|f|eff off', { weight: 1.1, rule: OBSCENE, needs: 'imperative', label: TELLS }],
  ['gfy|gfys|stfd', { weight: 1.2, rule: OBSCENE, needs: 'none', label: TELLS }],
  ['suck my|on dick|cock|balls|nuts|ass', { weight: 1.1, rule: OBSCENE, needs: 'none', label: TELLS }],
  ['kiss|lick my ass|arse|butt|behind', { weight: 1.1, rule: OBSCENE, needs: 'imperative', label: TELLS }],
  ['eat shit|dirt', { weight: 1, rule: OBSCENE, needs: 'imperative', label: TELLS }],
  ['eat my shorts|ass|dick|shit|arse', { weight: 1, rule: OBSCENE, needs: 'imperative', label: TELLS }],
  ['eat a dick|bag_of_dicks', { weight: 1.2, rule: OBSCENE, needs: 'none', label: TELLS }],
  ['bite me', { weight: 0.8, rule: OBSCENE, needs: 'imperative', label: SAYS }],
  ['blow me', { weight: 1, rule: OBSCENE, needs: 'imperative', label: TELLS }],
  ['up yours', { weight: 1, rule: OBSCENE, needs: 'none', ends: true, label: SAYS }],
  [`stick|shove it up ${YOUR} ass|arse|backside|butt`, { weight: 1.2, rule: OBSCENE, needs: 'none', label: TELLS }],
  [`blow|shove|stick it out ${YOUR} ass|arse|backside|butt`, { weight: 1.2, rule: OBSCENE, needs: 'none', label: TELLS }],

  // Sexual harassment aimed at the reader: come-ons and remarks about their body.
  [`i'd|id|wanna|gonna|lemme|i'll|ill bang|shag|fuck|fck|fuk|rail|grope|fondle|bone|hump|finger|motorboat ${YOU}`, { weight: 1.2, rule: HARASSMENT, needs: 'none', label: SAYS }],
  [`lick|grope|fondle|spank|finger|suck|motorboat|squeeze|touch ${YOUR} ${INTIMATE}|ass|butt|feet|toes|thighs`, { weight: 1.2, rule: HARASSMENT, needs: 'none', label: SAYS }],
  ["i'd|id|wanna hit|tap|smash that|dat", { weight: 1.2, rule: HARASSMENT, needs: 'none', ends: true, label: SAYS }],
  [`bend ${YOU} over`, { weight: 1, rule: HARASSMENT, needs: 'none', label: SAYS }],
  ['sit on my face|lap|dick|cock|knee', { weight: 1, rule: HARASSMENT, needs: 'imperative', label: TELLS }],
  [`show|send|flash me ${YOUR} ${BODY}|nudes|bra|panties|underwear`, { weight: 1.2, rule: HARASSMENT, needs: 'none', label: TELLS }],
  ['send nudes|noods|nude_pics', { weight: 1.2, rule: HARASSMENT, needs: 'none', label: TELLS }],
  [`${YOUR} ${INTIMATE}`, { weight: 1, rule: HARASSMENT, needs: 'none', label: SAYS }],
  [`stare|staring|stared|gawk|gawking|ogle|ogling at ${YOUR} ${BODY}`, { weight: 1, rule: HARASSMENT, needs: 'none', label: SAYS }],
  [`nice|hot|sexy ${BODY}`, { weight: 0.6, rule: HARASSMENT, needs: 'none', label: SAYS }],
  ['smile more', { weight: 0.6, rule: HARASSMENT, needs: 'none', label: TELLS }],
  ["you'd|youd|you_would|u'd|ud be prettier|hotter|cuter|sexier|so_pretty|so_hot|much_prettier", { weight: 0.8, rule: HARASSMENT, needs: 'none', label: SAYS }],
  [`prettier|hotter|cuter|sexier if ${YOU}`, { weight: 0.8, rule: HARASSMENT, needs: 'none', label: SAYS }],
  [`what are|r ${YOU} wearing`, { weight: 0.8, rule: HARASSMENT, needs: 'none', ends: true, label: 'Asks someone' }],
  [`${YOU} single`, { weight: 0.5, rule: HARASSMENT, needs: 'none', ends: true, label: 'Asks someone' }],
  [`what|whats|what's ${YOUR} number`, { weight: 0.5, rule: HARASSMENT, needs: 'none', label: 'Asks someone' }],
  [`bet ${YOU}'d|youd|would like|love that|it`, { weight: 0.4, rule: HARASSMENT, needs: 'none', label: SAYS }],
  ["bet you'd|youd like|love that|it", { weight: 0.4, rule: HARASSMENT, needs: 'none', label: SAYS }],
  ['if you know what i mean', { weight: 0.4, rule: HARASSMENT, needs: 'none', label: SAYS }],
];

/** The directed phrases and the two-word insults, matched in one pass over a comment. */
export const DIRECTED_PHRASES = new PhraseSet<DirectedPhrase | CompoundPhrase>(
  [...DIRECTED, ...COMPOUND_INSULTS.map(([words, compound]): [string, CompoundPhrase] => [words, { compound }])],
  WORD.directedFirst,
  WORD.directedSecond,
);

export interface ThreatPhrase {
  weight: number;
  rule: RuleId;
  label: string;
}

const SELF_HARM: RuleId = 'threat.self-harm';
const LOCATING: RuleId = 'threat.phrase.locating';
const PROMISE: RuleId = 'threat.phrase.promise';
const COMING: RuleId = 'threat.phrase.coming';
const FATE: RuleId = 'threat.phrase.fate';
const HARM: RuleId = 'threat.phrase.harm';
const WISH: RuleId = 'threat.phrase.wish';
const ULTIMATUM: RuleId = 'threat.phrase.ultimatum';

const URGES = 'Urges self-harm:';
const WISHES = 'Wishes harm:';
const THREATENS = 'Threatens:';
/** Where someone lives, works or can be found. */
const PLACES = 'door|house|home|work|office|school|place|car|job|doorstep|address|gym|church';
/** The people close to someone. */
const LOVED_ONES = 'family|kids|children|wife|husband|daughter|son|mum|mom|mother|dad|father|parents|girlfriend|boyfriend';

export const THREAT_PHRASES = new PhraseSet<ThreatPhrase>([
  // Self-harm urged or death wished on the reader.
  [`kill|hang|neck|off|unalive|shoot|stab|end ${YOURSELF}`, { weight: 1.5, rule: SELF_HARM, label: URGES }],
  ['kill|hang|off|end your|ur|u|yo self', { weight: 1.5, rule: SELF_HARM, label: URGES }],
  [`if ${YOU} killed|unalived|offed|hanged|hung|ended ${YOURSELF}`, { weight: 1.2, rule: SELF_HARM, label: WISHES }],
  ['kys', { weight: 1.5, rule: SELF_HARM, label: URGES }],
  ['go|just|pls|please die', { weight: 1.2, rule: SELF_HARM, label: URGES }],
  ['go and die', { weight: 1.2, rule: SELF_HARM, label: URGES }],
  ['drop dead', { weight: 1, rule: SELF_HARM, label: URGES }],
  ['die in a fire|hole|ditch|car', { weight: 1.2, rule: SELF_HARM, label: URGES }],
  ['slit|cut your|ur wrists', { weight: 1.5, rule: SELF_HARM, label: URGES }],
  ['end your|ur life', { weight: 1.5, rule: SELF_HARM, label: URGES }],
  ['drink bleach', { weight: 1.5, rule: SELF_HARM, label: URGES }],
  ['jump off a|the bridge|cliff|building|roof', { weight: 1.2, rule: SELF_HARM, label: URGES }],
  [`hope ${YOU} die|dies|rot|burn|choke|croak|suffer`, { weight: 1.5, rule: SELF_HARM, label: WISHES }],
  [`hope ${YOU} get|gets cancer|aids|raped|shot|killed|hit`, { weight: 1.5, rule: SELF_HARM, label: WISHES }],
  [`${YOU} should|deserve|deserves to die`, { weight: 1.5, rule: SELF_HARM, label: WISHES }],
  [`${YOU} should die`, { weight: 1.5, rule: SELF_HARM, label: WISHES }],
  ['nobody|noone would miss you|u', { weight: 1.2, rule: SELF_HARM, label: URGES }],
  ['better off dead', { weight: 1, rule: SELF_HARM, label: WISHES }],
  ['favour|favor and die|kill_yourself|kill_urself|end_it', { weight: 1.2, rule: SELF_HARM, label: URGES }],
  [`world would be better|better_off|a_better_place without ${YOU}`, { weight: 1, rule: SELF_HARM, label: URGES }],
  [`wish ${YOU} were|was dead`, { weight: 1.5, rule: SELF_HARM, label: WISHES }],
  [`wish ${YOU} would|had die|died|drop_dead|disappear`, { weight: 1.5, rule: SELF_HARM, label: WISHES }],

  // Locating: the reader is told they can be found, at home, at work, through their family.
  ['know where you|u live|work|sleep|park', { weight: 1.5, rule: LOCATING, label: THREATENS }],
  ['know your|ur address|home_address|ip|ip_address|workplace|number_plate|licence_plate|license_plate', { weight: 1.2, rule: LOCATING, label: THREATENS }],
  ['know which|what car|house|school|gym|office is yours|your|ur', { weight: 1, rule: LOCATING, label: THREATENS }],
  [`know where your|ur ${LOVED_ONES}`, { weight: 1.2, rule: LOCATING, label: THREATENS }],
  [`your|ur ${LOVED_ONES} go|goes to`, { weight: 0.8, rule: LOCATING, label: THREATENS }],
  ['know what you|u look like', { weight: 0.6, rule: LOCATING, label: THREATENS }],
  ['find out where you|u live|work', { weight: 0.6, rule: LOCATING, label: THREATENS }],
  ["i'll|ill|will|gonna find out where you|u live|work", { weight: 1.2, rule: LOCATING, label: THREATENS }],
  ['traced|tracked|found your|ur ip|address|location|home', { weight: 1, rule: LOCATING, label: THREATENS }],
  [`turn|show up at your|ur ${PLACES}`, { weight: 1.2, rule: LOCATING, label: THREATENS }],
  [`waiting at|outside|by your|ur ${PLACES}`, { weight: 0.8, rule: LOCATING, label: THREATENS }],
  [`i'm|im outside your|ur ${PLACES}`, { weight: 1, rule: LOCATING, label: THREATENS }],
  [`waiting for ${YOU} after|outside`, { weight: 1, rule: LOCATING, label: THREATENS }],
  [`pay ${YOU} a visit`, { weight: 0.6, rule: LOCATING, label: THREATENS }],
  ['come|coming round|around|over to your|ur', { weight: 0.6, rule: LOCATING, label: THREATENS }],
  [`come|coming to your|ur ${PLACES}`, { weight: 0.6, rule: LOCATING, label: THREATENS }],

  // Promises: the reader will regret it, is marked, should fear what comes.
  ['watch your|ur back', { weight: 1, rule: PROMISE, label: THREATENS }],
  // Veiled: "better keep your doors locked tonight", "careful walking to your car after work".
  // Alone these are also a neighbour's advice ("keep your doors locked, there were burglaries"):
  // weak, unless "better" makes the warning the writer's.
  ['keep|lock your|ur doors|door|windows locked|shut|tonight', { weight: 0.5, rule: PROMISE, label: THREATENS }],
  ['better|best keep|lock your|ur doors|door|windows', { weight: 1, rule: PROMISE, label: THREATENS }],
  ['careful walking to|home your|ur|alone', { weight: 0.6, rule: PROMISE, label: THREATENS }],
  [`${YOU} better|had_better|'d_better|d_better watch yourself|urself|out|it|your_back|ur_back`, { weight: 1, rule: PROMISE, label: THREATENS }],
  ["you'd|youd better watch yourself|urself|out|it", { weight: 1, rule: PROMISE, label: THREATENS }],
  [`${YOU} are|r|re dead|dead meat`, { weight: 1, rule: PROMISE, label: THREATENS }],
  ["you're|youre|ur dead|dead meat", { weight: 1, rule: PROMISE, label: THREATENS }],
  // "your dead when I find you": the common misspelling, not "your dead father".
  ['your dead when|if|meat|now|already|mate|pal|buddy', { weight: 1, rule: PROMISE, label: THREATENS }],
  ['your|ur days are numbered', { weight: 1.2, rule: PROMISE, label: THREATENS }],
  ['count your|ur days', { weight: 1, rule: PROMISE, label: THREATENS }],
  ['sleep with one eye open', { weight: 1, rule: PROMISE, label: THREATENS }],
  [`${YOU} will|ll regret`, { weight: 0.6, rule: PROMISE, label: THREATENS }],
  ["you'll regret", { weight: 0.6, rule: PROMISE, label: THREATENS }],
  [`${YOU} will|ll regret this|it`, { weight: 1, rule: PROMISE, label: THREATENS }],
  ["you'll|youll regret this|it", { weight: 1, rule: PROMISE, label: THREATENS }],
  // "I will make sure you (and your family) regret it", "I'll make you regret this".
  [`make sure ${YOU} regret|suffer`, { weight: 1.2, rule: PROMISE, label: THREATENS }],
  [`make sure ${YOU} and ${YOUR} family|kids|wife|husband|mum|mom|friends regret|suffer|pay`, { weight: 1.2, rule: PROMISE, label: THREATENS }],
  [`make ${YOU} regret`, { weight: 1, rule: PROMISE, label: THREATENS }],
  [`i'll|ill|i_will|we'll|we_will|gonna|going_to make ${YOU} suffer|pay`, { weight: 1.2, rule: PROMISE, label: THREATENS }],
  [`${YOU} will|ll|are_gonna|are_going_to pay for this|that`, { weight: 1, rule: PROMISE, label: THREATENS }],
  ["you'll|youll|you're_gonna|youre_gonna pay for this|that", { weight: 1, rule: PROMISE, label: THREATENS }],
  [`${YOU} will|ll get yours|what's_coming|whats_coming`, { weight: 1, rule: PROMISE, label: THREATENS }],
  ["you'll|youll get yours|what's_coming|whats_coming", { weight: 1, rule: PROMISE, label: THREATENS }],
  // "you're going to get what's coming TO YOU", "you'll be SORRY", "you'll regret SAYING that".
  [`what's|whats coming to ${YOU}`, { weight: 1, rule: PROMISE, label: THREATENS }],
  [`${YOU} will|ll|are_gonna|are_going_to be sorry`, { weight: 1, rule: PROMISE, label: THREATENS }],
  ["you'll|youll|you're_gonna|youre_gonna|you're_going_to be sorry", { weight: 1, rule: PROMISE, label: THREATENS }],
  [`${YOU} will|ll regret saying|posting|writing|typing|crossing|messing`, { weight: 1, rule: PROMISE, label: THREATENS }],
  ["you'll|youll regret saying|posting|writing|typing|crossing|messing", { weight: 1, rule: PROMISE, label: THREATENS }],
  [`teach ${YOU} a lesson`, { weight: 0.8, rule: PROMISE, label: THREATENS }],
  [`someone|somebody should|needs_to|ought_to|oughta|is_gonna|is_going_to teach ${YOU} a lesson`, { weight: 1.2, rule: PROMISE, label: THREATENS }],
  ["won't|wont|will_never see it|this coming", { weight: 0.8, rule: PROMISE, label: THREATENS }],
  ["who you're|youre|your|ur|you_are messing|fucking|dealing|screwing with", { weight: 0.8, rule: PROMISE, label: THREATENS }],
  ['people have|ve gone missing|disappeared for less', { weight: 1.2, rule: PROMISE, label: THREATENS }],
  [`see how brave|tough|hard|big ${YOU} are|r then`, { weight: 0.8, rule: PROMISE, label: THREATENS }],
  [`sort ${YOU} out`, { weight: 0.8, rule: PROMISE, label: THREATENS }],
  ['shame if something|anything happened|happens|were|was', { weight: 1.2, rule: PROMISE, label: THREATENS }],
  [`accidents happen|can_happen|do_happen|will_happen to people like ${YOU}`, { weight: 1.2, rule: PROMISE, label: THREATENS }],
  ['accidents happen|can_happen|do_happen|will_happen to people who', { weight: 1, rule: PROMISE, label: THREATENS }],
  [`accidents happen|can_happen|do_happen|will_happen to ${YOU}`, { weight: 0.8, rule: PROMISE, label: THREATENS }],
  // Veiled: harm to someone's family. Alone also a warning ("... won't be safe from these
  // price rises"); with a condition on what the reader does, a threat.
  [`${LOVED_ONES} won't|wont|will_not be safe`, { weight: 0.8, rule: PROMISE, label: THREATENS }],
  [`before i make ${YOU}`, { weight: 0.8, rule: PROMISE, label: THREATENS }],
  [`end ${YOU}`, { weight: 1, rule: PROMISE, label: THREATENS }],
  [`nice family|house|car|kids|wife|home ${YOU} have|got|ve`, { weight: 0.6, rule: PROMISE, label: THREATENS }],
  ["nice family|house|car|kids|wife|home you've", { weight: 0.6, rule: PROMISE, label: THREATENS }],
  ["i'll|ill make sure of it", { weight: 0.5, rule: PROMISE, label: THREATENS }],
  ['i will make sure of it', { weight: 0.5, rule: PROMISE, label: THREATENS }],
  // "... get what's coming to them, I'll make sure of it": a promise to bring it about.
  ["get|gets what's|whats coming to", { weight: 0.6, rule: PROMISE, label: THREATENS }],

  // Coming: the writer says they will come after the reader.
  [`coming|come for ${YOU}`, { weight: 0.8, rule: COMING, label: THREATENS }],
  [`i'm|im coming for ${YOU}`, { weight: 1, rule: COMING, label: THREATENS }],
  // A family added to a threat ("coming for you and your kids"); anchored on the rare first
  // word, since every token that can start a phrase costs a lookup.
  [`coming|come for ${YOU} and your|ur family|kids|wife|husband|children`, { weight: 1.1, rule: COMING, label: THREATENS }],
  // Each is ordinary alone ("see what happens", "when I find you"); together they menace.
  ['see what happens to you|u', { weight: 0.6, rule: COMING, label: THREATENS }],
  // After an ultimatum ("keep running your mouth and SEE WHAT HAPPENS"), the menace it leads to;
  // alone ("wait and see what happens") it stays far below the flag level.
  ['see what happens', { weight: 0.5, rule: COMING, label: THREATENS }],
  ['when i find you|u', { weight: 0.6, rule: COMING, label: THREATENS }],
  [`find ${YOU} and`, { weight: 1.2, rule: COMING, label: THREATENS }],
  [`hunt ${YOU} down`, { weight: 1.5, rule: COMING, label: THREATENS }],
  [`run but ${YOU} can't|cant|cannot hide`, { weight: 1, rule: COMING, label: THREATENS }],
  [`meet me outside|behind|after|in_the_car_park|in_the_parking_lot`, { weight: 0.5, rule: COMING, label: THREATENS }],
  ['come|coming round|around and', { weight: 0.4, rule: COMING, label: THREATENS }],

  // Fate: where the reader will end up.
  [`${YOU} will|ll end up in a|the ditch|grave|morgue|coffin|river|lake|dumpster`, { weight: 0.7, rule: FATE, label: THREATENS }],
  ["you'll|youll end up in a|the ditch|grave|morgue|coffin|river|lake|dumpster", { weight: 0.7, rule: FATE, label: THREATENS }],
  [`${YOU} will|ll end up dead|buried`, { weight: 0.7, rule: FATE, label: THREATENS }],
  ["you'll|youll end up dead|buried", { weight: 0.7, rule: FATE, label: THREATENS }],
  [`${YOU} will|ll end up six feet`, { weight: 0.7, rule: FATE, label: THREATENS }],
  ["you'll|youll end up six feet", { weight: 0.7, rule: FATE, label: THREATENS }],
  // Turning up where someone lives or works, and what they will leave in.
  ['leave|go_home in an ambulance', { weight: 0.8, rule: FATE, label: THREATENS }],
  ["you'll|youll|you_will|you're_gonna|youre_gonna leave|go_home in an_ambulance|a_box|a_body_bag", { weight: 1.2, rule: FATE, label: THREATENS }],
  ['leave|go_home in a box|body_bag', { weight: 0.8, rule: FATE, label: THREATENS }],
  [`put|puts|putting ${YOU} in the ground|grave|hospital|ground|morgue`, { weight: 1.2, rule: FATE, label: THREATENS }],
  [`put|puts|putting ${YOU} in a box|coma|wheelchair|body_bag`, { weight: 1.2, rule: FATE, label: THREATENS }],
  [`${YOU} won't|wont live to|long|much_longer`, { weight: 0.6, rule: FATE, label: THREATENS }],
  ["you're|youre|ur|you_are next", { weight: 0.8, rule: FATE, label: THREATENS }],
  ['eat|eating|drink|drinking through a straw', { weight: 1, rule: FATE, label: THREATENS }],
  ['eat|eating|drink|drinking ur|your food|meals|dinner through a straw', { weight: 1, rule: FATE, label: THREATENS }],

  // Harm: the injury itself, spelled out.
  [`get|have|got ${YOUR} head|face|teeth kicked|smashed|bashed|caved|beaten|punched in`, { weight: 1.2, rule: HARM, label: WISHES }],
  [`kick|smash|bash|cave|punch ${YOUR} head|face|teeth|skull in`, { weight: 1.2, rule: HARM, label: THREATENS }],
  [`knock|kick ${YOUR} teeth|lights|block out|in|off`, { weight: 1.2, rule: HARM, label: THREATENS }],
  ['put a bullet in|through him|her|them|his|their|that|this|the|your|ur', { weight: 1.5, rule: HARM, label: THREATENS }],
  // "hope someone puts a bullet in you", "puts one in your head".
  ['puts|put|putting|pop|pops a bullet|a_round|one|a_cap in|through you|u|your|ur', { weight: 1.5, rule: HARM, label: THREATENS }],
  ['line them|em|those|these|you|u all up', { weight: 1.2, rule: HARM, label: THREATENS }],
  ['against a|the wall and shoot|shot', { weight: 1.5, rule: HARM, label: THREATENS }],
  ["should|gonna|will|ll|must|i'll|ill|i'd|id|wanna|would|could|ought_to|needs_to run him|her|them|you|u over", { weight: 1.2, rule: HARM, label: THREATENS }],
  [`kick|beat|whip ${YOUR} ass|arse|butt`, { weight: 1, rule: HARM, label: THREATENS }],
  [`beat ${YOU} up|senseless|to|black_and_blue|half_to_death`, { weight: 1.2, rule: HARM, label: THREATENS }],
  [`beat|beats|knock|knocks|kick|kicks the shit|crap|hell|fuck|snot|living_daylights out of ${YOU}`, { weight: 1.2, rule: HARM, label: THREATENS }],
  [`break|snap ${YOUR} neck|legs|arms|face|jaw|skull|nose|fingers|knees|spine`, { weight: 1.5, rule: HARM, label: THREATENS }],
  [`break|snap every bone in ${YOUR}`, { weight: 1.5, rule: HARM, label: THREATENS }],
  [`rip|tear ${YOUR} head|throat|face|heart|arms|spine|tongue off|out`, { weight: 1.5, rule: HARM, label: THREATENS }],
  [`rip|tear ${YOU} apart|limb_from_limb|to_pieces|to_shreds|a_new_one`, { weight: 0.8, rule: HARM, label: THREATENS }],
  ['slit|cut your|ur throat', { weight: 1.5, rule: HARM, label: THREATENS }],
  [`gut ${YOU} like`, { weight: 1.5, rule: HARM, label: THREATENS }],
  [`make ${YOU} bleed|suffer`, { weight: 1, rule: HARM, label: THREATENS }],
  [`drag ${YOU} out|outside|into|through|by`, { weight: 0.6, rule: HARM, label: THREATENS }],
  [`drag ${YOU} out|outside|in|around by ${YOUR} hair|throat|neck|ears`, { weight: 1.2, rule: HARM, label: THREATENS }],
  [`fuck|mess|smash|beat ${YOU} up`, { weight: 1.2, rule: HARM, label: THREATENS }],
  [`set ${YOU} on_fire|alight|ablaze`, { weight: 1.2, rule: HARM, label: THREATENS }],
  [`acid in ${YOUR} face`, { weight: 1.5, rule: HARM, label: THREATENS }],
  ['blow your|ur brains|head out|off', { weight: 1.5, rule: HARM, label: THREATENS }],
  [`torch|firebomb|petrol_bomb their|his|her|your|ur house|home|car|office|headquarters|hq|shop|place`, { weight: 1, rule: HARM, label: THREATENS }],

  // Wishes: harm hoped for, on the reader or someone named.
  ['burn|burns|burned down with you|u|him|her|them in|inside|still|all', { weight: 1.5, rule: WISH, label: WISHES }],
  ['house|home|place|car down with you|u|him|her|them in|inside|still', { weight: 1.5, rule: WISH, label: WISHES }],
  ['down with you|u|him|her|them in|inside|still|all inside|in', { weight: 1, rule: WISH, label: WISHES }],
  ['hope your|ur house|home|family|car burns|burn|explodes', { weight: 1.2, rule: WISH, label: WISHES }],
  [`hope ${YOUR} ${LOVED_ONES} die|dies|burn|burns|suffer|suffers`, { weight: 1.5, rule: WISH, label: WISHES }],
  [`hope ${YOU} get|gets run_over|stabbed|beaten|mugged|murdered|attacked|hurt|run_down`, { weight: 1.5, rule: WISH, label: WISHES }],
  [`hope the next car|bus|train|truck ${YOU}`, { weight: 1, rule: WISH, label: WISHES }],
  [`hope|wish someone|somebody shoots|kills|stabs|rapes|murders|hurts ${YOU}|him|her|them`, { weight: 1.5, rule: WISH, label: WISHES }],
  ['wish cancer|death|harm|aids|covid|ebola on', { weight: 1.2, rule: WISH, label: WISHES }],
  [`taken ${YOU} instead`, { weight: 1, rule: WISH, label: WISHES }],
  [`get|getting both|his|her|their|your|ur legs|arms|knees|neck|jaw|kneecaps broken|snapped|smashed`, { weight: 1, rule: WISH, label: WISHES }],
  [`get|getting both his|her|their|your|ur legs|arms|knees|kneecaps broken|snapped|smashed`, { weight: 1, rule: WISH, label: WISHES }],
  ["wouldn't|wouldnt cry|mind|care if he|she|you|u|they|someone got|gets|was|were run_over|shot|killed|stabbed|hurt|beaten|murdered|hit_by_a", { weight: 1.2, rule: WISH, label: WISHES }],
  ['should|must|ought be strung up', { weight: 1.2, rule: WISH, label: WISHES }],
  // "you deserve a bullet", "he deserves a good kicking".
  ['deserve|deserves|deserved a bullet|beating|good_beating|good_kicking|kicking|bullet_in_the_head|slap|punch', { weight: 1.2, rule: WISH, label: WISHES }],
  // A firing squad wished on someone: "lined up and shot" reads as violence whoever it targets.
  ['lined up and shot|hanged|executed|killed', { weight: 1.5, rule: WISH, label: WISHES }],

  // Ultimatums: too common alone to flag ("keep it up and you'll get a raise"), a threat
  // with a fate, a promise or an injury after them.
  ['keep talking|pushing|mouthing|mouthing_off|shouting_off|running_your_mouth|running_ur_mouth and', { weight: 0.5, rule: ULTIMATUM, label: THREATENS }],
  ['keep it up and', { weight: 0.4, rule: ULTIMATUM, label: THREATENS }],
  ['say|try that again and', { weight: 0.4, rule: ULTIMATUM, label: THREATENS }],
  ['one more word and', { weight: 0.5, rule: ULTIMATUM, label: THREATENS }],
  // "... again and see what happens to you": the ultimatum before the menace.
  ['again and', { weight: 0.4, rule: ULTIMATUM, label: THREATENS }],
  ['if you|u keep|carry|continue', { weight: 0.3, rule: ULTIMATUM, label: THREATENS }],
  ['if you|u show your|ur face', { weight: 0.4, rule: ULTIMATUM, label: THREATENS }],
  ['if i ever see you|u', { weight: 0.6, rule: ULTIMATUM, label: THREATENS }],
  ['if i see you|u', { weight: 0.4, rule: ULTIMATUM, label: THREATENS }],
  ["you'd|youd better|best", { weight: 0.3, rule: ULTIMATUM, label: THREATENS }],
  ['careful', { weight: 0.3, rule: ULTIMATUM, label: THREATENS }],
], WORD.threatFirst, WORD.threatSecond);
