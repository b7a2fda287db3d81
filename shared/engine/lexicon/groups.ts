// Groups of people, as the identity check reads them. A group is "inherent" when people
// belong to it by birth, faith, sex, sexuality, disability or age (an attack on it is an
// attack on who they are), "status" when by where they come from or their situation
// ("immigrants", "the homeless": a harsh policy opinion about them is not an attack), and
// "vague" when a sentence only points at people ("people like them", "their kind").

export type GroupKind = 'inherent' | 'status' | 'vague';

/**
 * Peoples by birth, as plural nouns. `plural:adjective` where the adjective is not the
 * plural without its s ("poles:polish"); the adjective also qualifies ("polish people")
 * and names one member ("every polish ..." reads like "every pole").
 */
const PEOPLES = `
afghans albanians algerians americans angolans arabs argentinians armenians australians austrians
bangladeshis belgians bolivians bosnians brazilians bulgarians cambodians canadians chileans
colombians cubans egyptians eritreans estonians ethiopians filipinos georgians germans ghanaians
haitians hungarians indians indonesians iranians iraqis israelis italians jamaicans jordanians
kenyans koreans kosovans latvians libyans lithuanians malaysians mexicans moroccans nigerians
norwegians pakistanis palestinians persians peruvians romanians russians rwandans saudis somalis
syrians tamils tibetans tunisians ugandans ukrainians venezuelans yemenis zimbabweans africans
asians europeans hispanics latinos latinas negroes blacks:black whites:white
poles:polish turks:turkish danes:danish swedes:swedish finns:finnish scots:scottish brits:british
kurds:kurdish serbs:serbian croats:croatian czechs:czech slovaks:slovak spaniards:spanish
thais:thai greeks:greek gypsies:gypsy roma travellers:traveller
`;

/** Faiths, as plural nouns (same syntax). */
const FAITHS = `
muslims moslems christians catholics protestants hindus sikhs buddhists mormons atheists jews:jewish
`;

/** Faiths by name: "islam is a disease" says it of every believer. */
export const FAITH_NAMES: ReadonlySet<string> = new Set(['islam', 'judaism', 'hinduism', 'sikhism', 'christianity', 'catholicism', 'buddhism', 'mormonism']);

/** Sex, sexuality, gender, disability and age, as plural nouns (same syntax). */
const BY_NATURE = `
women:woman men:man females:female males:male gays:gay homosexuals:homosexual lesbians:lesbian
transgenders:transgender queers:queer bisexuals:bisexual cripples:crippled pensioners:pensioner
`;

/**
 * Groups named by an adjective, only with "the" before ("the irish", "the disabled") or a
 * verb after ("disabled should ..."), since the word alone mostly describes a thing.
 */
const ADJECTIVE_PEOPLES = `
irish french english dutch welsh chinese japanese vietnamese burmese nepalese lebanese sudanese
congolese senegalese portuguese swiss taiwanese trans disabled elderly deaf blind autistic
`;
const ADJECTIVE_STATUS = 'homeless';

/** Groups by status. */
const STATUS_PLURALS = 'immigrants migrants refugees foreigners illegals asylum seekers';

/** Adjectives that make a group of the noun after them ("old PEOPLE", "gay MEN"), beyond the peoples' own. */
const MORE_QUALIFIERS = 'old foreign brown jewish muslim islamic christian catholic hindu sikh fat';
const STATUS_QUALIFIERS = 'poor homeless unemployed';

/** Nouns that a qualifier makes a group of: "old PEOPLE", "trans FOLK", "black MEN". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'people', 'ppl', 'folk', 'folks', 'men', 'women', 'persons', 'kids', 'children', 'families', 'girls', 'boys',
]);

/** Words that point at a vague group: "THOSE people", "people like THEM", "THEIR kind". */
export const POINTING_AT_PEOPLE: ReadonlySet<string> = new Set(['those', 'these', 'them', 'such']);
/** "people like HIM" is about one person (a threat check matter), "people like THEM" about a group. */
export const LIKE_WHOM: ReadonlySet<string> = new Set(['them', 'those', 'that', 'these', 'this']);
export const WHOSE_KIND: ReadonlySet<string> = new Set(['their', 'his', 'her', 'that', 'your', 'ur']);

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

const plurals = new Map<string, GroupKind>();
const members = new Map<string, GroupKind>();
const qualifiers = new Map<string, GroupKind>();
const adjectiveGroups = new Map<string, GroupKind>();

for (const item of words(PEOPLES + FAITHS + BY_NATURE)) {
  const [plural, given] = item.split(':');
  plurals.set(plural, 'inherent');
  // "roma", "jews": a member or adjective only where it differs from the plural's stem.
  const member = given ?? (plural.endsWith('s') ? plural.slice(0, -1) : undefined);
  if (member !== undefined) {
    members.set(member, 'inherent');
    qualifiers.set(member, 'inherent');
  }
}
// "jew" names a member although "jewish" is the adjective.
members.set('jew', 'inherent');
for (const adjective of words(ADJECTIVE_PEOPLES)) {
  adjectiveGroups.set(adjective, 'inherent');
  qualifiers.set(adjective, 'inherent');
}
adjectiveGroups.set(ADJECTIVE_STATUS, 'status');
for (const plural of words(STATUS_PLURALS)) plurals.set(plural, 'status');
for (const adjective of words(MORE_QUALIFIERS)) qualifiers.set(adjective, 'inherent');
for (const adjective of words(STATUS_QUALIFIERS)) qualifiers.set(adjective, 'status');

/** Plural nouns that name a group by themselves: "muslims", "poles", "refugees". */
export const GROUP_PLURALS: ReadonlyMap<string, GroupKind> = plurals;
/** Nouns for one member: "every MEXICAN ...", "typical MUSLIM". */
export const GROUP_MEMBERS: ReadonlyMap<string, GroupKind> = members;
/** Adjectives that name a group after "the": "the IRISH", "the DISABLED". */
export const ADJECTIVE_GROUPS: ReadonlyMap<string, GroupKind> = adjectiveGroups;
/** Adjectives that make the group noun after them a group, and of which kind. */
export const GROUP_QUALIFIERS: ReadonlyMap<string, GroupKind> = qualifiers;

/** Every word that may name a group or a kind of one ("that KIND of people"): where the identity check looks. */
export const GROUP_WORDS: ReadonlySet<string> = new Set([...plurals.keys(), ...members.keys(), ...adjectiveGroups.keys(), ...GROUP_NOUNS, ...FAITH_NAMES, 'kind']);
