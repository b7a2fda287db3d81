// Built-in multi-word phrases. Syntax: see PhraseSet (`a|b` = alternatives in one slot).

import { PhraseSet } from './phrase-set.ts';
import { WORD } from './vocabulary.ts';

export interface DirectedPhrase {
  weight: number;
  /** 'imperative': must open a clause or follow you/just/please...; 'you': needs "you" just before; 'none': always aimed. */
  needs: 'imperative' | 'you' | 'none';
  /** Start of the moderator-facing detail; the typed phrase follows in quotes. */
  label: string;
}

const TELLS = 'Tells someone to';
const SAYS = 'Says to someone';

const YOU = 'you|u|ya|ye';
const YOURSELF = 'yourself|urself|yourselves|yaself|yoself|youself';

export const DIRECTED_PHRASES = new PhraseSet<DirectedPhrase>([
  ['shut up', { weight: 1, needs: 'imperative', label: TELLS }],
  ['shut the fuck|f|hell|fk|fck|fuk up', { weight: 1.2, needs: 'none', label: TELLS }],
  ['shut your|ur|yer mouth|trap|pie|face|hole|gob', { weight: 1.1, needs: 'none', label: TELLS }],
  ['stfu', { weight: 1.2, needs: 'none', label: TELLS }],
  ['gfy|gfys|stfd', { weight: 1.2, needs: 'none', label: TELLS }],
  ['gtfo', { weight: 1, needs: 'none', label: TELLS }],
  ['go back to your|ur own country|planet|kind', { weight: 1.2, needs: 'none', label: TELLS }],
  ['nobody|noone likes you|u', { weight: 0.8, needs: 'none', label: 'Tells someone' }],
  ['no one likes you|u', { weight: 0.8, needs: 'none', label: 'Tells someone' }],
  ['cry more', { weight: 0.6, needs: 'imperative', label: TELLS }],
  ['go cry', { weight: 0.6, needs: 'imperative', label: TELLS }],
  ['people|folks like you|u are|r the|a problem|cancer|disease', { weight: 1, needs: 'none', label: 'Lumps someone in with' }],
  ['brain|brains must|would|could be the size of', { weight: 1, needs: 'you', label: 'Mocks someone\'s' }],
  ['go back to your|ur|the cave|country|cage|trailer|hole|basement|mom|mommy|momma|rock|swamp|bridge|village|planet|jungle|tree|zoo', { weight: 1.2, needs: 'none', label: TELLS }],
  ['go back to', { weight: 0.6, needs: 'imperative', label: TELLS }],
  ['go back where you came from', { weight: 1.2, needs: 'none', label: TELLS }],
  ['crawl|slither|go back under|into your|ur|a|the|whatever|that', { weight: 1.2, needs: 'none', label: TELLS }],
  ['crawl|slither back to|in', { weight: 1, needs: 'none', label: TELLS }],
  ['should have|of|ve swallowed|aborted you|u', { weight: 1.2, needs: 'none', label: 'Says to someone' }],
  [`${YOU} need|needs professional|mental|psychiatric help`, { weight: 1, needs: 'none', label: 'Tells someone' }],
  ['seek|get professional|mental|psychiatric help', { weight: 0.8, needs: 'imperative', label: TELLS }],
  ['like a|an 5|6|7|8|9|10|11|12|13|14|15|five|six|seven|eight|nine|ten|twelve year|yr old', { weight: 1, needs: 'you', label: 'Tells someone they act' }],
  ['like a|an child|kid|baby|toddler|spoiled|brat|little', { weight: 1, needs: 'you', label: 'Tells someone they act' }],
  ['go to hell', { weight: 1, needs: 'imperative', label: TELLS }],
  ['go play in traffic', { weight: 1.2, needs: 'none', label: TELLS }],
  ['get lost', { weight: 1, needs: 'imperative', label: TELLS }],
  ['go away', { weight: 0.5, needs: 'imperative', label: TELLS }],
  ['piss|bugger|sod|fuck|fck|f|eff|naff off', { weight: 1.1, needs: 'imperative', label: TELLS }],
  ['get a life|brain|clue', { weight: 1, needs: 'imperative', label: TELLS }],
  ['get a job', { weight: 0.6, needs: 'imperative', label: TELLS }],
  ['grow a brain|pair', { weight: 1.1, needs: 'imperative', label: TELLS }],
  ['grow up', { weight: 0.6, needs: 'imperative', label: TELLS }],
  ['learn to read|think', { weight: 1, needs: 'imperative', label: TELLS }],
  ['learn to spell', { weight: 0.8, needs: 'imperative', label: TELLS }],
  ['take your|ur meds|medication|pills', { weight: 1, needs: 'imperative', label: TELLS }],
  ['off your|ur meds|medication', { weight: 0.8, needs: 'none', label: SAYS }],
  [`fuck|fck|fuk|fk|f|screw|damn|frak|frick|eff ${YOU}`, { weight: 1.2, needs: 'none', label: SAYS }],
  [`fuck|fck|fuk|screw|fk ${YOURSELF}`, { weight: 1.2, needs: 'none', label: TELLS }],
  ['go fuck|fck|fuk|f|screw', { weight: 1.2, needs: 'imperative', label: TELLS }],
  ['suck my|on dick|cock|balls|nuts|ass', { weight: 1.1, needs: 'none', label: TELLS }],
  ['kiss|lick my ass|arse|butt|behind', { weight: 1.1, needs: 'imperative', label: TELLS }],
  ['eat shit|dirt|a|my', { weight: 1, needs: 'imperative', label: TELLS }],
  ['bite me', { weight: 0.8, needs: 'imperative', label: SAYS }],
  [`${YOU} suck|sucks|stink|stinks`, { weight: 1, needs: 'none', label: SAYS }],
  [`${YOU} make me sick|puke|vomit`, { weight: 1, needs: 'none', label: SAYS }],
  [`${YOU} people`, { weight: 0.5, needs: 'none', label: 'Lumps someone in with' }],
  ['people|folks|trash|scum|filth|garbage|vermin|losers|morons|idiots like you|u|yourself', { weight: 0.6, needs: 'none', label: 'Lumps someone in with' }],
  ['your|ur|yo mom|mum|momma|mama|mother|mommy', { weight: 0.6, needs: 'none', label: 'Insults someone\'s family:' }],
  ['yo momma|mama', { weight: 0.8, needs: 'none', label: 'Insults someone\'s family:' }],
  ['son of a bitch|whore', { weight: 1, needs: 'none', label: 'Calls someone' }],
  ['piece of shit|crap|garbage|trash|filth|excrement', { weight: 1.2, needs: 'you', label: 'Calls someone a' }],
  ['waste of space|oxygen|skin|air|sperm|life|carbon|time', { weight: 1.2, needs: 'you', label: 'Calls someone a' }],
  ['sack|bag|pile of shit|crap|garbage|trash|lies|bones', { weight: 1, needs: 'you', label: 'Calls someone a' }],
  ['blow me', { weight: 1, needs: 'imperative', label: TELLS }],
  ['full of shit|crap|it|bs|bull', { weight: 1, needs: 'you', label: 'Tells someone they are' }],
  ['have|got|has no brain|brains|clue', { weight: 1, needs: 'you', label: 'Tells someone they' }],
  ['no brain cells', { weight: 1, needs: 'you', label: 'Tells someone they have' }],
  ['have|got|has no life|shame|dignity|soul|class|morals', { weight: 0.7, needs: 'you', label: 'Tells someone they' }],
  ["can't|cant|cannot read|think|spell", { weight: 0.6, needs: 'you', label: 'Tells someone they' }],
  ['head up your|ur ass|arse|butt', { weight: 1.2, needs: 'none', label: 'Tells someone they have their' }],
  ['get your|ur head out of', { weight: 1, needs: 'imperative', label: TELLS }],
  ['brain|brains the size of', { weight: 1, needs: 'you', label: 'Mocks someone\'s' }],
  ['brain|brains is|are the size of', { weight: 1, needs: 'you', label: 'Mocks someone\'s' }],
  ['iq of|lower than', { weight: 0.6, needs: 'you', label: 'Mocks someone\'s' }],
  ['sad|pathetic|little|small|miserable little|sad|old man|boy|person|troll|people|creature|mind', { weight: 1, needs: 'you', label: 'Calls someone a' }],
  ['brains|brain|intelligence|iq|mentality of a|an', { weight: 1, needs: 'you', label: 'Mocks someone\'s' }],
  ['nobody|noone cares what you|u think|say', { weight: 0.8, needs: 'none', label: 'Tells someone' }],
  ['no one cares what you|u think|say', { weight: 0.8, needs: 'none', label: 'Tells someone' }],
  ['nobody|noone asked you|u', { weight: 0.8, needs: 'none', label: 'Tells someone' }],
  [`wrong with ${YOU}`, { weight: 0.8, needs: 'none', label: 'Asks what is' }],
  [`${YOU} disgust|disgusts|sicken|sickens me`, { weight: 1, needs: 'none', label: 'Says to someone' }],
  ['ashamed of yourself|urself', { weight: 0.6, needs: 'none', label: 'Tells someone to be' }],
], WORD.directedFirst);

export interface ThreatPhrase {
  weight: number;
  rule: 'threat.self-harm' | 'threat.phrase';
  label: string;
}

export const THREAT_PHRASES = new PhraseSet<ThreatPhrase>([
  [`kill|hang|neck|off|unalive|shoot|stab|end ${YOURSELF}`, { weight: 1.5, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
  ['kill|hang|off|end your|ur|u|yo self', { weight: 1.5, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
  [`if ${YOU} killed|unalived|offed|hanged|hung|ended ${YOURSELF}`, { weight: 1.2, rule: 'threat.self-harm', label: 'Wishes harm:' }],
  ['kys', { weight: 1.5, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
  ['go|just|pls|please die', { weight: 1.2, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
  ['go and die', { weight: 1.2, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
  ['drop dead', { weight: 1, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
  ['die in a fire|hole|ditch|car', { weight: 1.2, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
  ['slit|cut your|ur wrists|throat', { weight: 1.5, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
  ['end your|ur life', { weight: 1.5, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
  ['drink bleach', { weight: 1.5, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
  ['jump off a|the bridge|cliff|building|roof', { weight: 1.2, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
  [`hope ${YOU} die|dies|rot|burn|choke|croak|suffer`, { weight: 1.5, rule: 'threat.self-harm', label: 'Wishes harm:' }],
  [`hope ${YOU} get|gets cancer|aids|raped|shot|killed|hit`, { weight: 1.5, rule: 'threat.self-harm', label: 'Wishes harm:' }],
  [`${YOU} should|deserve|deserves to die`, { weight: 1.5, rule: 'threat.self-harm', label: 'Wishes harm:' }],
  [`${YOU} should die`, { weight: 1.5, rule: 'threat.self-harm', label: 'Wishes harm:' }],
  ['nobody|noone would miss you|u', { weight: 1.2, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
  ['better off dead', { weight: 1, rule: 'threat.self-harm', label: 'Wishes harm:' }],
  ['know where you|u live', { weight: 1.5, rule: 'threat.phrase', label: 'Threatens:' }],
  ['watch your|ur back', { weight: 1, rule: 'threat.phrase', label: 'Threatens:' }],
  [`${YOU} are|r|re dead|dead meat`, { weight: 1, rule: 'threat.phrase', label: 'Threatens:' }],
  ["you're|youre|ur dead|dead meat", { weight: 1, rule: 'threat.phrase', label: 'Threatens:' }],
  ['your|ur days are numbered', { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  ['sleep with one eye open', { weight: 1, rule: 'threat.phrase', label: 'Threatens:' }],
  [`coming|come for ${YOU}`, { weight: 0.8, rule: 'threat.phrase', label: 'Threatens:' }],
  [`${YOU} will|ll regret`, { weight: 0.6, rule: 'threat.phrase', label: 'Threatens:' }],
  ["you'll regret", { weight: 0.6, rule: 'threat.phrase', label: 'Threatens:' }],
  [`${YOU} will|ll regret this|it`, { weight: 1, rule: 'threat.phrase', label: 'Threatens:' }],
  ["you'll|youll regret this|it", { weight: 1, rule: 'threat.phrase', label: 'Threatens:' }],
  ['turn|show up at your|ur door|house|home|work|office|school|place', { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  [`waiting for ${YOU} after|outside`, { weight: 1, rule: 'threat.phrase', label: 'Threatens:' }],
  [`see how brave|tough|hard|big ${YOU} are|r then`, { weight: 0.8, rule: 'threat.phrase', label: 'Threatens:' }],
  [`sort ${YOU} out`, { weight: 0.8, rule: 'threat.phrase', label: 'Threatens:' }],
  ['come|coming round|around|over to your|ur', { weight: 0.6, rule: 'threat.phrase', label: 'Threatens:' }],
  ['come|coming round|around and', { weight: 0.4, rule: 'threat.phrase', label: 'Threatens:' }],
  ['shame if something|anything happened|happens|were|was', { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  // An ultimatum ("keep talking and ...") and a fate ("you'll end up in a ditch") are each
  // too common alone to flag ("keep it up and you'll get a raise", a driving warning);
  // together they are a threat. Hospital and gutter stay out: health and money warnings.
  ['keep talking|pushing|mouthing|mouthing_off|shouting_off|running_your_mouth|running_ur_mouth and', { weight: 0.5, rule: 'threat.phrase', label: 'Threatens:' }],
  ['keep it up and', { weight: 0.4, rule: 'threat.phrase', label: 'Threatens:' }],
  ['say|try that again and', { weight: 0.4, rule: 'threat.phrase', label: 'Threatens:' }],
  ['one more word and', { weight: 0.5, rule: 'threat.phrase', label: 'Threatens:' }],
  [`${YOU} will|ll end up in a|the ditch|grave|morgue|coffin|river|lake|dumpster`, { weight: 0.7, rule: 'threat.phrase', label: 'Threatens:' }],
  ["you'll|youll end up in a|the ditch|grave|morgue|coffin|river|lake|dumpster", { weight: 0.7, rule: 'threat.phrase', label: 'Threatens:' }],
  [`${YOU} will|ll end up dead|buried`, { weight: 0.7, rule: 'threat.phrase', label: 'Threatens:' }],
  ["you'll|youll end up dead|buried", { weight: 0.7, rule: 'threat.phrase', label: 'Threatens:' }],
  [`${YOU} will|ll end up six feet`, { weight: 0.7, rule: 'threat.phrase', label: 'Threatens:' }],
  ["you'll|youll end up six feet", { weight: 0.7, rule: 'threat.phrase', label: 'Threatens:' }],
  [`nice family|house|car|kids|wife|home ${YOU} have|got|ve`, { weight: 0.6, rule: 'threat.phrase', label: 'Threatens:' }],
  ["nice family|house|car|kids|wife|home you've", { weight: 0.6, rule: 'threat.phrase', label: 'Threatens:' }],
  ['burn|burns|burned down with you|u|him|her|them in|inside|still|all', { weight: 1.5, rule: 'threat.phrase', label: 'Wishes harm:' }],
  ['house|home|place|car down with you|u|him|her|them in|inside|still', { weight: 1.5, rule: 'threat.phrase', label: 'Wishes harm:' }],
  // Veiled: harm to someone's family, or "accidents" for "people like you".
  // Alone also a warning ("... won't be safe from these price rises"); with a condition on
  // what the reader does ("if you keep ...", "keep it up and ...") a threat.
  ["family|kids|children|wife|husband|daughter|son won't|wont|will_not be safe", { weight: 0.8, rule: 'threat.phrase', label: 'Threatens:' }],
  ['if you|u keep|carry|continue', { weight: 0.3, rule: 'threat.phrase', label: 'Threatens:' }],
  [`accidents happen|can_happen|do_happen|will_happen to people like ${YOU}`, { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  [`accidents happen|can_happen|do_happen|will_happen to ${YOU}`, { weight: 0.8, rule: 'threat.phrase', label: 'Threatens:' }],
  ['down with you|u|him|her|them in|inside|still|all inside|in', { weight: 1, rule: 'threat.phrase', label: 'Wishes harm:' }],
  ['hope your|ur house|home|family|car burns|burn|explodes', { weight: 1.2, rule: 'threat.phrase', label: 'Wishes harm:' }],
  ['get|have|got your|ur head|face|teeth kicked|smashed|bashed|caved|beaten|punched in', { weight: 1.2, rule: 'threat.phrase', label: 'Wishes harm:' }],
  ['kick|smash|bash|cave|punch your|ur head|face|teeth in', { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  ['put a bullet in|through him|her|them|his|their|that|this|the|your|ur', { weight: 1.5, rule: 'threat.phrase', label: 'Threatens:' }],
  ['line them|em|those|these|you|u all up', { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  ['against a|the wall and shoot|shot', { weight: 1.5, rule: 'threat.phrase', label: 'Threatens:' }],
  ['should|gonna|will|ll|must run him|her|them|you|u over', { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  ['should|must|ought be strung up', { weight: 1.2, rule: 'threat.phrase', label: 'Wishes harm:' }],
  // A firing squad wished on someone: "lined up and shot" reads as violence whoever it targets.
  ['lined up and shot|hanged|executed|killed', { weight: 1.5, rule: 'threat.phrase', label: 'Wishes harm:' }],
  // Each is ordinary alone ("see what happens", "when I find you"); together they menace.
  ['see what happens to you|u', { weight: 0.6, rule: 'threat.phrase', label: 'Threatens:' }],
  ['when i find you|u', { weight: 0.6, rule: 'threat.phrase', label: 'Threatens:' }],
  // "... again and see what happens to you": the ultimatum before the menace.
  ['again and', { weight: 0.4, rule: 'threat.phrase', label: 'Threatens:' }],
  // Turning up where someone lives or works, and what they will leave in.
  ['find out where you|u live|work', { weight: 0.6, rule: 'threat.phrase', label: 'Threatens:' }],
  ["i'll|ill|will|gonna find out where you|u live|work", { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  [`pay ${YOU} a visit`, { weight: 0.6, rule: 'threat.phrase', label: 'Threatens:' }],
  ['waiting at|outside|by your|ur office|house|home|door|work|school|car|place', { weight: 0.8, rule: 'threat.phrase', label: 'Threatens:' }],
  ['leave|go_home in an ambulance', { weight: 0.8, rule: 'threat.phrase', label: 'Threatens:' }],
  ['leave|go_home in a box|body_bag', { weight: 0.8, rule: 'threat.phrase', label: 'Threatens:' }],
  ['if you|u show your|ur face', { weight: 0.4, rule: 'threat.phrase', label: 'Threatens:' }],
  // "... get what's coming to them, I'll make sure of it": a promise to bring it about.
  ["get|gets what's|whats coming to", { weight: 0.6, rule: 'threat.phrase', label: 'Threatens:' }],
  // Knowing someone's car, house or children, and saying so.
  ['know which|what car|house|school|gym|office is yours|your|ur', { weight: 1, rule: 'threat.phrase', label: 'Threatens:' }],
  ['know where your|ur kids|children|family|wife|husband|daughter|son|mum|mom', { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  [`put ${YOU} in the ground|grave|hospital|ground`, { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  [`put ${YOU} in a box|coma|wheelchair`, { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  [`before i make ${YOU}`, { weight: 0.8, rule: 'threat.phrase', label: 'Threatens:' }],
  ["you'd|youd better|best", { weight: 0.3, rule: 'threat.phrase', label: 'Threatens:' }],
  // A family added to a threat ("coming for you and your kids"); anchored on the rare first
  // word, since every token that can start a phrase costs a lookup.
  [`coming|come for ${YOU} and your|ur family|kids|wife|husband|children`, { weight: 1.1, rule: 'threat.phrase', label: 'Threatens:' }],
  ["i'll|ill make sure of it", { weight: 0.5, rule: 'threat.phrase', label: 'Threatens:' }],
  ['i will make sure of it', { weight: 0.5, rule: 'threat.phrase', label: 'Threatens:' }],
  ['put a bullet in|through your|ur', { weight: 1.5, rule: 'threat.phrase', label: 'Threatens:' }],
  [`find ${YOU} and`, { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  [`hunt ${YOU} down`, { weight: 1.5, rule: 'threat.phrase', label: 'Threatens:' }],
  [`end ${YOU}`, { weight: 1, rule: 'threat.phrase', label: 'Threatens:' }],
  [`kick|beat|whip your|ur ass|arse|butt`, { weight: 1, rule: 'threat.phrase', label: 'Threatens:' }],
  [`beat ${YOU} up|senseless|to`, { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  [`beat|knock the shit|crap|hell|fuck|snot out of ${YOU}`, { weight: 1.2, rule: 'threat.phrase', label: 'Threatens:' }],
  [`break|snap your|ur neck|legs|arms|face|jaw|skull`, { weight: 1.5, rule: 'threat.phrase', label: 'Threatens:' }],
  ['blow your|ur brains|head out|off', { weight: 1.5, rule: 'threat.phrase', label: 'Threatens:' }],
], WORD.threatFirst);
