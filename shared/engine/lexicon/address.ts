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
  'either', 'neither', 'both',
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
  'ole', 'lil', 'right', 'wing', 'left', 'wingnut', 'special', 'new', 'level', 'brand', 'definition',
  'epitome', 'embodiment',
]);
export const NEGATIONS = new Set([
  'not', 'no', 'never', "isn't", 'isnt', "aren't", 'arent', "wasn't", 'wasnt', "weren't", 'werent',
  "ain't", 'aint', 'nor', 'hardly', 'neither',
]);
/** "IF you are an idiot ..." is a generalisation more often than an attack. */
export const CONDITIONAL = new Set(['if', 'when', 'unless', 'whether', 'whoever', 'anyone', 'anybody', 'everyone']);
/** "don't BE an idiot", "stop BEING a moron". */
export const IMPERATIVE_BE = new Set(["don't", 'dont', 'stop', 'quit', 'do', 'imagine']);
/** Followed by one of these, an adjective after "your" describes a thing, not the reader ("your stupid IDEA"). */
export const CLAUSE_GLUE = new Set(['and', 'or', 'but', 'lol', 'lmao', 'haha', 'you', 'u', 'too', 'as', 'to', 'man', 'dude', 'bro', 'sir']);

/** Words that intensify a name: "a COMPLETE tool" says it as firmly as "you ARE a tool". */
export const INTENSIFIERS = new Set([
  'complete', 'total', 'absolute', 'utter', 'real', 'such', 'biggest', 'greatest', 'worst', 'certified',
  'certifiable', 'raving', 'blithering', 'massive', 'huge', 'colossal', 'prize', 'proper', 'right',
  'fucking', 'fuckin', 'freaking', 'frigging', 'bloody', 'damn', 'goddamn', 'one',
]);

/** The reader's family, as in "your MOM is a ...", "your KIDS are probably ... too". */
export const FAMILY = new Set([
  'mom', 'mum', 'mother', 'mama', 'momma', 'mommy', 'mummy', 'ma', 'dad', 'father', 'daddy', 'pa',
  'parents', 'parent', 'kids', 'kid', 'children', 'child', 'son', 'sons', 'daughter', 'daughters',
  'wife', 'husband', 'hubby', 'girlfriend', 'boyfriend', 'gf', 'bf', 'sister', 'sisters', 'brother',
  'brothers', 'family', 'grandma', 'granny', 'gran', 'grandmother', 'grandpa', 'grandad', 'granddad',
  'grandfather', 'aunt', 'auntie', 'uncle', 'cousin', 'folks', 'spouse', 'missus', 'mrs', 'sis', 'bro',
]);

/** Words for a person ("this GUY", "a sad little MAN"), the head of a phrase about someone. */
export const PERSON_NOUNS = new Set([
  'guy', 'guys', 'man', 'men', 'woman', 'women', 'bloke', 'dude', 'person', 'people', 'lady', 'girl',
  'boy', 'kid', 'fella', 'fellow', 'chap', 'individual', 'human', 'being', 'creature', 'specimen',
  'soul', 'puppy', 'excuse', 'example',
]);

/** People by what they do, as in "you are a lousy ACTOR", "a terrible WRITER". */
export const ROLE_NOUNS = new Set([
  'writer', 'actor', 'actress', 'reporter', 'journalist', 'commenter', 'commentator', 'poster',
  'debater', 'thinker', 'reader', 'driver', 'parent', 'mother', 'father', 'teacher', 'player',
  'lawyer', 'doctor', 'scientist', 'author', 'blogger', 'speller', 'liar', 'human', 'citizen',
  'politician', 'worker', 'student', 'christian', 'american', 'journo', 'host', 'presenter',
]);

/** Who wrote or runs what is being commented on, or commented before: "the AUTHOR is ...". */
export const PARTICIPANT_NOUNS = new Set([
  'author', 'writer', 'poster', 'commenter', 'commentor', 'op', 'blogger', 'vlogger', 'youtuber',
  'mod', 'mods', 'moderator', 'moderators', 'admin', 'admins', 'uploader', 'streamer', 'reviewer',
]);

/**
 * Common given names: a participant named by first name ("Janet is clearly an idiot"). Names
 * that public figures go by in political threads are left out: "Joe is a liar" is about a
 * president more often than about a commenter.
 */
export const GIVEN_NAMES = new Set([
  'james', 'john', 'robert', 'michael', 'mike', 'william', 'bill', 'david', 'dave', 'richard', 'rich',
  'joseph', 'thomas', 'tom', 'charles', 'charlie', 'chris', 'daniel', 'dan', 'danny',
  'matthew', 'matt', 'anthony', 'mark', 'steven', 'steve', 'paul', 'andrew', 'andy', 'josh',
  'kevin', 'brian', 'george', 'ed', 'eddie', 'tim', 'jason', 'jeff', 'ryan', 'jacob', 'gary',
  'nick', 'eric', 'jon', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'ben', 'sam', 'greg',
  'frank', 'alex', 'ray', 'pete', 'peter', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'adam',
  'henry', 'doug', 'zach', 'kyle', 'carl', 'keith', 'roger', 'terry', 'sean', 'phil', 'ian', 'neil',
  'gavin', 'craig', 'darren', 'lee', 'wayne', 'barry', 'kev', 'baz', 'gaz', 'dean', 'liam', 'jim',
  'jimmy', 'mary', 'patricia', 'pat', 'jennifer', 'jen', 'jenny', 'linda', 'elizabeth', 'liz',
  'barbara', 'susan', 'sue', 'jessica', 'jess', 'sarah', 'karen', 'lisa', 'betty', 'margaret',
  'maggie', 'sandra', 'ashley', 'kim', 'emily', 'donna', 'michelle', 'carol', 'amanda', 'dorothy',
  'melissa', 'deborah', 'debbie', 'stephanie', 'rebecca', 'becky', 'sharon', 'laura', 'cynthia',
  'kathleen', 'kathy', 'kate', 'amy', 'angela', 'shirley', 'anna', 'brenda', 'pamela', 'pam', 'emma',
  'nicole', 'helen', 'samantha', 'katie', 'christine', 'debra', 'rachel', 'carolyn', 'janet',
  'catherine', 'maria', 'heather', 'diane', 'julie', 'joyce', 'victoria', 'kelly', 'christina',
  'lauren', 'joan', 'evelyn', 'judy', 'megan', 'cheryl', 'andrea', 'hannah', 'jacqueline', 'jackie',
  'martha', 'gloria', 'tracy', 'tracey', 'sophie', 'claire', 'chloe', 'gemma', 'tina', 'wendy',
  // Short and British, Irish and South Asian forms commenters often go by.
  'bob', 'bobby', 'rick', 'ricky', 'ron', 'ronnie', 'tony', 'fred', 'ted', 'ken', 'kenny', 'nigel',
  'colin', 'trevor', 'graham', 'simon', 'martin', 'stuart', 'stu', 'marcus', 'luke', 'nathan', 'jake',
  'connor', 'rhys', 'lewis', 'harry', 'ollie', 'jamie', 'declan', 'sean', 'ciaran', 'niall', 'raj',
  'ravi', 'omar', 'ahmed', 'priya', 'fiona', 'nina', 'sara', 'zoe', 'jade', 'leah', 'alice', 'lucy',
  'ellie', 'beth', 'mandy', 'tanya', 'carla', 'sally', 'derek', 'clive', 'malcolm', 'howard', 'vince',
]);

/** Orders that open a clause: "GET off the internet, moron", "READ the article, idiot". */
export const IMPERATIVE_VERBS = new Set([
  'go', 'get', 'read', 'learn', 'try', 'look', 'listen', 'stop', 'shut', 'grow', 'keep', 'stay', 'put',
  'pick', 'take', 'give', 'make', 'let', 'do', "don't", 'dont', 'quit', 'move', 'run', 'sit', 'stand',
  'wake', 'calm', 'chill', 'relax', 'think', 'educate', 'google', 'check', 'explain', 'tell', 'show',
  'prove', 'answer', 'name', 'find', 'come', 'leave', 'log', 'delete', 'crawl', 'stick', 'bite',
  'kiss', 'eat', 'suck', 'piss', 'sod', 'bugger', 'zip', 'pipe', 'spare', 'cry', 'enjoy', 'carry',
  'use', 'watch', 'pay', 'mind', 'deal', 'open', 'close', 'sign', 'turn', 'back', 'jog',
  'walk', 'drop', 'grab', 'cite', 'source', 'study', 'research', 'wise', 'man', 'toughen', 'lighten',
  'simmer', 'settle', 'hush', 'beat', 'scram', 'shoo', 'skedaddle', 'buzz', 'bog', 'naff', 'pull',
]);

/** An object or particle after a verb: a bare name after one is the reader ("zip IT, clown"). */
export const OBJECT_WORDS = new Set([
  'it', 'me', 'us', 'up', 'off', 'out', 'down', 'away', 'again', 'already', 'yet', 'now', 'then',
  'here', 'there', 'too', 'lol', 'lmao', 'haha', 'though', 'anyway', 'home', 'outside', 'back',
  'along', 'over', 'later', 'once', 'sometime', 'nothing',
]);

/** Determiners and possessives: a name after one is a thing talked about ("the idiot"). */
export const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'his', 'her', 'their', 'our', 'its',
  'your', 'ur', 'some', 'any', 'every', 'each', 'no', 'another', 'which', 'what', 'whose', 'one',
  'such', 'yer', 'every', 'all',
]);
