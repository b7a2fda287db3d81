// Small closed word classes that tell an insult aimed at a person ("you are a moron")
// from criticism of an idea, self-deprecation, reported speech or a mention of a word.

/** Words that address the reader. */
export const SECOND_PERSON = new Set([
  'you', 'u', 'ya', 'yu', 'yous', 'youse', 'yall', "y'all", 'thou', 'ye', 'youu',
]);
/** Contractions that mean "you are" (also the common "your" misspelling, handled apart). */
export const YOU_ARE = new Set(["you're", 'youre', 'ur', 'ure', "u're", "ya're", 'yur', "you've"]);
export const YOUR = new Set(['your', 'yer', 'yor']);

/** Links between "you" and the insult: "you ARE", "you SOUND LIKE", "you people ARE". */
export const LINKS = new Set([
  'are', 'r', 're', 'were', 'be', 'being', 'been', 'sound', 'sounds', 'look', 'looks', 'seem', 'seems',
  'act', 'acting', 'like', 'must', 'become', 'became', 'remain', 'still', 'always', 'now', 'also',
  'too', 'talk', 'talking', 'behave', 'behaving', 'write', 'as', 'guys', 'people', 'all', 'lot', 'folks',
  'two', 'both', 'ppl', 'ever', 'again', 'officially', 'definitely', 'certainly', 'probably', 'clearly',
  'obviously', 'truly', 'really', 'just', 'simply', 'basically', 'literally', 'seriously', 'only',
  'quite', 'pretty', 'rather', 'extremely', 'incredibly', 'so', 'very', 'such', 'am', 'what', 'that',
  'sir', 'man', 'dude', 'buddy', 'pal', 'mate', 'bro', 'honestly', 'again', 'yourself', 'proving',
  'prove', 'proved', 'showing', 'show', 'being', 'easily', 'surely', 'undoubtedly', 'genuinely', 'might', 'may',
]);
/** After these links, "you are (a) ..." is a statement about the reader: a little stronger. */
export const COPULAS = new Set(['are', 'r', 're', 'were', 'be', 'being', 'been', 'am', 'become', 'became', 'remain']);
/** Articles and intensifiers inside the insult phrase: "a TOTAL f*cking moron". */
export const FILLERS = new Set([
  'a', 'an', 'the', 'one', 'of', 'biggest', 'most', 'more', 'bigger', 'greatest', 'worst', 'little',
  'big', 'old', 'total', 'complete', 'absolute', 'utter', 'real', 'pure', 'typical', 'sorry', 'poor',
  'lying', 'dirty', 'stinking', 'stinkin', 'miserable', 'freaking', 'frigging', 'friggin', 'fuckin',
  'bloody', 'damn', 'damned', 'goddamn', 'nothing', 'but', 'certified', 'certifiable', 'raving',
  'blithering', 'drooling', 'mouth', 'breathing', 'sad', 'silly', 'fat', 'bunch', 'pack', 'these',
  'those', 'such', 'kind', 'sort', 'type', 'another', 'bit', 'huge', 'massive', 'first', 'class',
  'grade', 'world', 'prize', 'self', 'righteous', 'entitled', 'partisan', 'hopeless', 'ignorant',
  'arrogant', 'stupid', 'dumb', 'pathetic', 'brainwashed', 'brain', 'dead', 'f', 'ing', 'effing',
  'fing', 'freakin', 'fkn', 'fkin', 'fcking', 'fuckin', 'flipping', 'flaming', 'bleeding', 'stinkin',
  'ole', 'lil', 'right', 'wing', 'left', 'wingnut', 'special', 'new', 'level', 'brand',
]);
export const NEGATIONS = new Set([
  'not', 'no', 'never', "isn't", 'isnt', "aren't", 'arent', "wasn't", 'wasnt', "weren't", 'werent',
  "ain't", 'aint', 'nor', 'hardly', 'neither',
]);
/** "IF you are an idiot ..." is a generalisation more often than an attack. */
export const CONDITIONAL = new Set(['if', 'when', 'unless', 'whether', 'whoever', 'anyone', 'anybody', 'everyone']);
/** "don't BE an idiot", "stop BEING a moron". */
export const IMPERATIVE_BE = new Set(["don't", 'dont', 'stop', 'quit', 'do', 'quit']);
/** Followed by one of these, an adjective after "your" describes a thing, not the reader ("your stupid IDEA"). */
export const CLAUSE_GLUE = new Set(['and', 'or', 'but', 'lol', 'lmao', 'haha', 'you', 'u', 'too', 'as', 'to', 'man', 'dude', 'bro', 'sir']);
