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
  ['gtfo', { weight: 1, needs: 'none', label: TELLS }],
  ['go back to your|ur|the cave|country|cage|trailer|hole|basement|mom|mommy|momma|rock|swamp|bridge|village|planet|jungle|tree|zoo', { weight: 1.2, needs: 'none', label: TELLS }],
  ['go back to', { weight: 0.6, needs: 'imperative', label: TELLS }],
  ['go back where you came from', { weight: 1.2, needs: 'none', label: TELLS }],
  ['crawl back under|into your|ur|a|the', { weight: 1.2, needs: 'none', label: TELLS }],
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
  ['your|ur|yo mom|mum|momma|mama|mother', { weight: 0.6, needs: 'none', label: 'Insults someone\'s family:' }],
  ['yo momma|mama', { weight: 0.8, needs: 'none', label: 'Insults someone\'s family:' }],
  ['son of a bitch|whore', { weight: 1, needs: 'none', label: 'Calls someone' }],
  ['piece of shit|crap|garbage|trash|filth|excrement', { weight: 1.2, needs: 'you', label: 'Calls someone a' }],
  ['waste of space|oxygen|skin|air|sperm|life|carbon', { weight: 1.2, needs: 'you', label: 'Calls someone a' }],
  ['full of shit|crap|it|bs|bull', { weight: 1, needs: 'you', label: 'Tells someone they are' }],
  ['have|got|has no brain|brains|life|clue|shame|dignity|soul', { weight: 0.8, needs: 'you', label: 'Tells someone they' }],
  ["can't|cant|cannot read|think|spell", { weight: 0.6, needs: 'you', label: 'Tells someone they' }],
  ['head up your|ur ass|arse|butt', { weight: 1.2, needs: 'none', label: 'Tells someone they have their' }],
  ['get your|ur head out of', { weight: 1, needs: 'imperative', label: TELLS }],
  ['brain|brains the size of', { weight: 0.8, needs: 'you', label: 'Tells someone they have a' }],
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
  ['kill|hang your self', { weight: 1.5, rule: 'threat.self-harm', label: 'Urges self-harm:' }],
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
