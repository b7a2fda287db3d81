// Words that readers and fans write independently, in the same breath and often word for
// word: function words, reactions, greetings and what a comment thread is about ("first!",
// "who's here in 2025", "love this song", "happy birthday Sam", "RIP legend"). The same short
// text from several people within a minute is a campaign only when it says something beyond
// these ("Vote for Zorg!", "sign the petition").

export const CHATTER_WORDS = new Set([
  // Function words.
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', "it's", 'is', 'are', 'was', 'were',
  'be', 'been', 'am', 'i', "i'm", 'im', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'u', 'ur',
  'he', 'she', 'they', 'them', 'his', 'her', 'their', 'who', 'whos', "who's", 'what', 'whats',
  "what's", 'when', 'where', 'why', 'how', 'here', 'there', 'now', 'still', 'so', 'very', 'too',
  'just', 'really', 'much', 'more', 'most', 'all', 'any', 'anyone', 'anybody', 'everyone',
  'everybody', 'some', 'one', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from',
  'with', 'by', 'about', 'as', 'if', 'not', 'no', 'yes', 'yeah', 'yep', 'yup', 'ya', 'ok', 'okay',
  'do', 'does', 'did', "don't", 'dont', 'can', 'could', 'would', 'will', 'should', 'have', 'has',
  'had', 'get', 'got', 'go', 'going', 'gonna', 'wanna', "let's", 'lets', 'let', 'come', 'up',
  'again', 'ever', 'never', 'always', 'than', 'then', 'else', 'other', 'same', 'also', "can't",
  'cant', "won't", 'wont', "didn't", 'didnt', 'only', 'even', 'every', 'since', 'after', 'before',
  'later', 'ago', 'tho', 'though', 'please', 'pls', 'plz', 'want', 'need', 'needed', 'know', 'think',
  'feel', 'see', 'look', 'looks', 'say', 'keep', 'stop', 'make', 'made', 'imagine',
  // Reactions.
  'lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hehe', 'omg', 'wow', 'woah', 'whoa', 'yay',
  'nice', 'cool', 'great', 'good', 'better', 'best', 'bad', 'worse', 'worst', 'awesome', 'amazing',
  'beautiful', 'perfect', 'lovely', 'sweet', 'epic', 'legend', 'legendary', 'goat', 'fire', 'lit',
  'banger', 'masterpiece', 'iconic', 'classic', 'underrated', 'love', 'loved', 'loving', 'like',
  'liked', 'miss', 'missed', 'agree', 'agreed', 'true', 'facts', 'exactly', 'real', 'mood', 'vibes',
  'literally', 'honestly', 'seriously', 'totally', 'absolutely', 'well', 'said', 'done', 'point',
  'spot', 'right', 'wrong', 'sad', 'funny', 'cute', 'wholesome', 'chills', 'goosebumps', 'crying',
  'tears', 'smile', 'happy', 'glad', 'proud', 'wait', 'finally', 'early', 'late', 'slaps', 'hits',
  'hit', 'hard', 'different', 'deserves', 'deserve', 'views', 'likes', 'dislike', 'disliking',
  'million', 'billion', 'childhood', 'nostalgia', 'memories',
  // Greetings and occasions.
  'hi', 'hello', 'hey', 'hiya', 'thanks', 'thank', 'thx', 'ty', 'sharing', 'birthday', 'bday',
  'congrats', 'congratulations', 'merry', 'christmas', 'new', 'year', 'years', 'rip', 'peace',
  'welcome', 'bye', 'morning', 'night', 'evening', 'today', 'tonight', 'day', 'days', 'week',
  'guys', 'people', 'friends', 'fam', 'bro', 'man', 'dude',
  // What a thread is about.
  'first', 'second', 'third', 'last', 'watching', 'watched', 'watch', 'listening', 'listen',
  'back', 'song', 'songs', 'video', 'videos', 'vid', 'music', 'track', 'album', 'part',
  'episode', 'ep', 'movie', 'film', 'show', 'live', 'post', 'article', 'read', 'game', 'match',
  'team', 'win', 'won', 'goal', 'play', 'played', 'season', 'old', 'times', 'time', 'ref',
  // Confirming a problem ("same bug on Firefox", "works on my machine", "site is down for me").
  'bug', 'bugs', 'issue', 'issues', 'problem', 'problems', 'error', 'errors', 'works', 'working',
  'work', 'worked', 'fixed', 'fix', 'broken', 'down', 'crash', 'crashes', 'crashed', 'update',
  'updated', 'site', 'app', 'machine', 'version', 'either',
]);
