import { describe, expect, it } from 'vitest';
import { judge, rules, spanTexts } from './helpers.ts';

// Insults by how they are aimed (who a clause addresses) and by phrase family, each asserting
// the rule that fired; and the civil comments around them that must stay approved.

function expectCaughtBy(text: string, rule: string): void {
  // Act
  const decision = judge(text);

  // Assert
  expect(decision.outcome, text).toBe('flag');
  expect(rules(decision), text).toContain(rule);
}

/** A family of insults: each form flagged by its rule, and the civil comments around it approved. */
function describeFamily(title: string, caught: [form: string, text: string, rule: string][], civil: string[]): void {
  describe(title, () => {
    it.each(caught)('flags %s: %j', (_form, text, rule) => {
      expectCaughtBy(text, rule);
    });

    it.each(civil)('leaves %j alone', (text) => {
      expect(judge(text).outcome).toBe('approve');
    });
  });
}

describe('a name of address anywhere in a clause', () => {
  it.each([
    ['after an order, at the end', 'then get off the internet moron'],
    ['after an order with its object', 'read the article again halfwit'],
    ['after opening words, before a comma', 'first of all idiot, read the article'],
    ['after opening words, before an order', 'ok genius explain that'],
    ['after a retort', 'nice try clown'],
    ['after a retort, before a new clause', 'nice try clown nobody believes your numbers'],
    ['after a filled object', 'zip it clown'],
    ['after "again", before a new clause', 'wrong again pinhead the law changed in 2011'],
    ['at the end of a clause about "you"', "you don't know what you're talking about moron"],
    ['after opening words, before "you"', 'well moron you clearly never read it'],
    ['before "if" and a new clause', 'then get off the internet moron if you cant take a joke'],
    ['after "thanks for nothing"', 'thanks for nothing genius'],
    ['after "sure"', 'sure einstein, the moon landing was faked'],
    ['after "hey", before "if"', 'hey einstein if it is flat where is the edge'],
    ['a pinned-on "Karen" after a dismissal', 'Nobody asked, Karen.'],
    ['at the end of an order', 'put the phone down and read a book dummy'],
  ])('flags %s: %j', (_form, text) => {
    expectCaughtBy(text, 'insult.vocative');
  });

  it.each([
    ['praise with "genius"', 'Genius! Love this idea.'],
    ['"pure genius"', 'Pure genius from the groundsman.'],
    ['"you genius" in thanks', 'You genius, that fixed it, thank you!'],
    ['a genius move', 'Ok genius move by the manager to bring him on.'],
    ['a real Karen', 'Thanks, Karen, good point.'],
    ['a scientist named', 'Einstein was right about this.'],
    ['self-description after a comma', 'Me, the idiot who bought the extended warranty, nodding along.'],
    ['a tool of the trade', 'just use git'],
    ['an order whose object is the word', 'you can git reflog to get it back'],
    ['a verb after "you"', 'you troll the comments every day, dave, and we love you for it'],
    ['an article before the noun', 'So he called you an idiot? Ignore him.'],
    ['a third party as object', 'you can thank the council idiot who approved it'],
  ])('leaves %s alone: %j', (_form, text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('predicate insults about the reader', () => {
  it.each([
    ['an -ly adverb', 'you are intentionally ignorant'],
    ['coordinated names', 'you are a lousy actor and a pathological liar'],
    ['a describing word and a name', 'you are stupid and a liar'],
    ['a describing word about a person', 'you are one sick puppy'],
    ['a sad little man', "you're just a sad little man"],
    ['"sound like" and an intensifier', 'you sound like a complete tool'],
    ['"too ... to"', 'u r clearly too dumb to get it'],
    ['"really are"', 'you really are pathetic'],
    ['a role and its describing word', "you're a terrible writer"],
    ['an adverb pair', 'you seem genuinely delusional'],
    ['a framed word stated', 'are you slow?'],
    ['a framed word with a tag', "you are really slow aren't you"],
    ['"the definition of"', 'you are the definition of a useless keyboard warrior'],
    ['"either ... or"', 'you are either a liar or an idiot'],
    ['"write like"', 'you write like a drunk toddler'],
    ['an apologist', 'you are an apologist for thugs'],
    ['a superlative', 'You are easily the thickest commenter here.'],
  ])('flags %s: %j', (_form, text) => {
    expectCaughtBy(text, 'insult.you');
  });

  it.each([
    ['"and so are you"', 'that reply is brain dead and so are you'],
    ['"as ... as you"', 'that plan is as dim as you are'],
  ])('flags the reader named after the insult, %s: %j', (_form, text) => {
    expectCaughtBy(text, 'insult.like-you');
  });

  it('points at the describing word and the person it describes', () => {
    const text = 'you are one sick puppy';

    expect(spanTexts(text, judge(text), 'insult')).toEqual(['sick puppy']);
  });

  it.each([
    ['a fact corrected', "you're wrong about the tax rate"],
    ['a weak argument', 'your argument is weak'],
    ['a slow reader', 'You are a slow reader? Me too.'],
    ['slow cooking', 'Are you slow cooking the brisket?'],
    ['thick as thieves', 'You two are thick as thieves.'],
    ['a tool user', "you're a tool user like the rest of us"],
    ['a kind person', 'You are a kind person and I appreciate it.'],
    ['an anger slow to come', 'You are slow to anger, which I admire.'],
    ['sympathy', 'You look sick, go home and rest.'],
    ['a hypothetical', "You'd be a fool to turn that offer down."],
  ])('leaves %s alone: %j', (_form, text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('participants insulted in the third person', () => {
  it.each([
    ['an @handle with an underscore', '@mike_r is a complete tool', 'insult.mention'],
    ['an @handle with a dot', '@sandra.k is such a hypocrite', 'insult.mention'],
    ['a first name', 'Janet is clearly an idiot', 'insult.name'],
    ['a handle with digits', 'dave99 is a moron', 'insult.name'],
    ['a handle with an underscore', 'greg_74 is a liar', 'insult.name'],
    ['a name ending in an initial', 'LindaB is pathetic', 'insult.name'],
    ['someone named, then "he\'s"', 'ignore Pete hes an ignoramus', 'insult.name'],
    ['the guy above', 'the guy above is a hack', 'insult.author'],
    ['the poster above me', 'the poster above me is a moron', 'insult.author'],
    ['OP', 'OP is a clown', 'insult.author'],
    ['this guy', 'this guy is an idiot', 'insult.author'],
    ['the author of the blog', 'the author of this blog is a liar', 'insult.author'],
    ['the one in the video', 'the kid in the video is an obnoxious brat', 'insult.author'],
    ['whoever runs the site', 'whoever runs this site is a coward', 'insult.author'],
    ['someone pointed out to the readers', "don't listen to this moron", 'insult.author'],
  ])('flags %s: %j', (_form, text, rule) => {
    expectCaughtBy(text, rule);
  });

  it.each([
    ['a public figure', 'The senator is an idiot.'],
    ['a name that is a word', 'Bill is a stupid name for a bill, the MP joked.'],
    ['a handle praised', 'dave99 is a great poster, always helpful'],
    ['a name with a job', 'Janet is a nurse'],
    ['a name with a good point', 'Janet is clearly right about this'],
    ['this guy praised', 'this guy is a legend'],
    ['the guy above agreed with', 'the guy above is right'],
    ['a product with a number', 'covid19 is a hoax, they say, but it is not'],
    ['the man in the news', 'The man who wrote the letter is a fool, says the mayor.'],
  ])('leaves %s alone: %j', (_form, text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe("insults aimed at the reader's family", () => {
  it.each([
    ['an insult word', 'your kids are probably morons too', 'insult.family'],
    ['an insult after "is"', 'your mom is a whore', 'insult.family'],
    ['shame wished on them', 'your mother must be ashamed', 'insult.phrase.family'],
    ['regret at your birth', 'your parents should have stopped at one', 'insult.phrase.family'],
    ['a saint for putting up with you', 'your husband must be a saint', 'insult.phrase.family'],
  ])('flags %s: %j', (_form, text, rule) => {
    expectCaughtBy(text, rule);
  });

  it.each([
    'your mother is lovely',
    'your kids are adorable',
    'your parents must be proud of you, congrats!',
    'my dad was an idiot about money',
    "Your dad left his keys at the club, tell him.",
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('rhetorical questions that insult', () => {
  it.each([
    'are you high?',
    "don't you have a cross to burn?",
    'did your mom drop you on your head?',
    'is your brain made of pudding?',
    'can you even read?',
    'do you even think before you type?',
    'were you dropped on your head as a baby?',
    'what are you smoking?',
    'who let you near a keyboard?',
    'have you ever had an original thought?',
    'did you even finish high school?',
    'what planet are you from?',
    'are you twelve?',
  ])('flags %j', (text) => {
    expectCaughtBy(text, 'insult.phrase.question');
  });

  it.each([
    'are you serious?',
    'are you coming tonight?',
    'are you high up in the union?',
    'what are you smoking tonight, brisket or ribs?',
    'can you even imagine how hard that was?',
    'do you even lift',
    'did your mom get the flowers?',
    'What planet are you from in the game? I am on Mars.',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('sexual harassment of the reader', () => {
  it.each([
    "I'd bang you",
    'show me your tits',
    'send nudes',
    "i'd hit that",
    'sit on my face',
    'smile more sweetie, you would be prettier',
    "bet you'd like that, wouldn't you babe",
    'whats your number hot stuff',
  ])('flags %j', (text) => {
    expectCaughtBy(text, 'insult.harassment');
  });

  it.each([
    'Thanks babe, see you at dinner.',
    'show me your workings',
    'please send pics of the damage',
    'Sit on my lap, my daughter said, and we read a story.',
    'The banks will screw you over with those fees.',
    'I hit that pothole again',
    'What are you wearing to the wedding?',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('directed phrases by family', () => {
  it.each([
    ['shut up', 'insult.phrase.dismissal'],
    ['nobody asked you', 'insult.phrase.dismissal'],
    ['get lost', 'insult.phrase.dismissal'],
    ['run along now, the grown ups are talking', 'insult.phrase.dismissal'],
    ['you are a complete waste of space', 'insult.phrase.contempt'],
    ['you are a piece of garbage', 'insult.phrase.contempt'],
    ['you disgust me', 'insult.phrase.contempt'],
    ['you have the brain of a goldfish', 'insult.phrase.mockery'],
    ['learn to read', 'insult.phrase.mockery'],
    ['you obviously can\'t read', 'insult.phrase.mockery'],
    ['you have shit for brains', 'insult.phrase.mockery'],
    ["you're not the sharpest tool in the shed", 'insult.phrase.mockery'],
    ['you are as thick as two short planks', 'insult.phrase.mockery'],
    ["I've met rocks smarter than you", 'insult.phrase.mockery'],
    ['f*ck you', 'insult.phrase.obscene'],
    ['stick it up your ass', 'insult.phrase.obscene'],
  ])('flags %j as %s', (text, rule) => {
    expectCaughtBy(text, rule);
  });

  it.each([
    'Shut up and take my money, that keyboard is gorgeous.',
    'Nobody asked for a new roundabout, but here we are.',
    'I had to go back to work after lunch.',
    'You have the patience of a saint.',
    'You have the brain of a scientist.',
    "I can't read this font.",
    'You can\'t read minds, nobody can.',
    'Take a hike up Pen y Fan, the views are amazing.',
    'You did a great piece of work on the report.',
    'The critics will tear you apart if the film flops.',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('the insult lexicon', () => {
  it.each([
    'you twerp', 'you ninny', 'you dullard', 'you scoundrel', 'you simp', 'you chucklehead',
    "you're a dimbulb", 'you are a bootlicker', 'you are a sellout', "you're a sociopath",
    'you are a psychopath', 'you are a parasite', 'you are a leech', 'you are a nincompoop',
    'you are clueless', 'you are delusional', 'you are spineless', 'you are braindead', 'you are vile',
    'you are pitiful', 'you are ignorent', 'ur a fukin moron',
  ])('knows %j', (text) => {
    expectCaughtBy(text, 'insult.you');
  });

  it.each([
    ['a hyphen', "you're a knuckle-dragger"],
    ['a space', "you're a knuckle dragger"],
    ['one word', "you're a knuckledragger"],
  ])('reads a compound typed with %s as one word', (_form, text) => {
    const decision = judge(text);

    expect(rules(decision)).toContain('insult.you');
    expect(decision.reasons[0].detail).toContain('knuckledragger');
  });

  it('needs a firmer frame for a mild word than for a clear one', () => {
    expect(judge('this guy is a hack').outcome).toBe('approve');
    expect(judge('this guy is a complete hack').outcome).toBe('flag');
    expect(judge('this guy is an idiot').outcome).toBe('flag');
  });

  it('reads a framed word only when it is stated of someone', () => {
    expect(judge('you are so dense').outcome).toBe('flag');
    expect(judge('Dense forests cover most of the county.').outcome).toBe('approve');
    expect(judge('my broadband is so slow tonight').outcome).toBe('approve');
  });
});

describe('civil comments around the same words', () => {
  it.each([
    // Criticism of ideas and decisions.
    'this idea is idiotic',
    "the mayor's decision was stupid",
    'The plan is idiotic and the minister knows it.',
    // Self-deprecation.
    'I was an idiot',
    "I'm such a dimwit with maps.",
    'Stupid me, I forgot my password again.',
    // Reported speech.
    'he called the minister a fool',
    'She said the minister was a fool, and he sued.',
    // Banter about teams.
    'United were pathetic in the second half',
    'We were pathetic today, no excuses.',
    'That defence is thick as mud, no offence lads.',
    // Fan chatter.
    'you absolute legend',
    'That was a sick volley from outside the box!',
    'Messi is a monster in the box.',
    'Good game champ, well played out there.',
    // Technical talk.
    'kill -9 the child process if the parent hangs',
    'we need a dummy variable for each month',
    'you can git push after rebasing',
    // Words that contain or look like bad words.
    'Scunthorpe are playing at home on Tuesday.',
    'Mr Cockburn chaired the meeting.',
    'Dickens wrote about the workhouse.',
    'The bitter was off at the pub last night.',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('insults through the grammar people reach for in threads', () => {
  it.each([
    ['a modal chain before "be"', "you've got to be the thickest poster on this board", 'insult.you'],
    ['"have to be"', 'you have to be the most clueless person alive', 'insult.you'],
    ['stretched grammar words', 'you are soooo pathetic', 'insult.you'],
    ['an echo after a person head', 'what a sad little woman you are', 'insult.you'],
    ['"too ... to"', 'you lot are too dense to get the joke', 'insult.you'],
    ['"nice one" before the name', 'nice one moron', 'insult.vocative'],
    ['a vocative before "nobody asked"', 'hey clown, nobody asked', 'insult.vocative'],
    ['a childish name after "such a"', 'quit being such a baby about it', 'insult.imperative'],
    ['"imagine being this"', 'imagine being this ignorant lol', 'insult.imperative'],
    ['a commenter by what they write', 'what sort of imbecile posts this rubbish', 'insult.author'],
    ['a commenter by what they think', 'this clown thinks the moon is a hologram', 'insult.author'],
    ['a short first name', 'Ron is an idiot and always has been', 'insult.name'],
  ])('flags %s: %j', (_form, text, rule) => {
    expectCaughtBy(text, rule);
  });

  it('flags an exclaimed strong insult on its own: "what a moron"', () => {
    // Act
    const decision = judge('what an utter cretin');

    // Assert
    expect(decision.outcome).toBe('flag');
    expect(rules(decision)).toContain('insult.exclaim');
  });

  it('reads a strong insult in a clause that speaks to the reader, weakly', () => {
    // Act
    const alone = judge('you are flat out a moron');
    const withCompany = judge('you are flat out a moron. shut up');

    // Assert
    expect(rules(alone)).toContain('insult.near-you');
    expect(alone.outcome).toBe('approve');
    expect(withCompany.outcome).toBe('flag');
  });

  it.each([
    // Fond teasing: a word of praise before the name.
    'You lucky bastard, front row seats!',
    'you jammy git, three wins in a row',
    'you crazy genius, it worked',
    // Delight, not a dismissal.
    'Shut up!!! No way, congratulations!',
    'oh shut up, that is adorable',
    // A name for a thing after a pause.
    'Worst patch notes ever, absolute garbage',
    // "you" as an object, the name someone else's.
    'Labelling everyone who argues with you a troll is lazy.',
    // Strangers, not commenters.
    'what kind of idiot parks across a dropped kerb',
    'This idiot keeps revving his bike at midnight',
    // Self and wish.
    'What an idiot I was to trust that forecast',
    'imagine being this rich, must be nice',
    'i have to be the slowest runner in the club',
    'you can git reflog to find the lost commit',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('asides, the reader\'s people and comparisons of mind', () => {
  it.each([
    ['an aside before the insult', 'you are without a doubt the most gullible reader here', 'insult.you'],
    ['"my friend" between "you" and "are"', 'you my friend are a complete buffoon', 'insult.you'],
    ['an adverb after the misspelt "you\'re"', 'your obviously a total halfwit', 'insult.your'],
    ['the reader\'s companions', 'you and your moron mates can leave now', 'insult.family'],
    ['a mind called ill', 'you are clearly mentally unstable', 'insult.you'],
    ['a mind compared', 'you are about as sharp as a bag of rocks', 'insult.phrase.mockery'],
    ['a mind measured', 'you have the mental age of a toddler', 'insult.phrase.mockery'],
    ['a whole lot asked what is wrong with them', 'what is wrong with you people', 'insult.phrase.mockery'],
  ])('flags %s: %j', (_form, text, rule) => {
    expectCaughtBy(text, rule);
  });

  it('reads anything smarter than the reader as mockery, weak alone', () => {
    // Act
    const decision = judge('my dog is smarter than you');

    // Assert
    expect(rules(decision)).toContain('insult.phrase.mockery');
    expect(decision.outcome).toBe('approve');
  });

  it.each([
    'she is smarter than you think',
    'You are without a doubt the best host this show has had',
    'your obviously a fan of the band, me too',
    "You're dumb if you think I'd pay that for parking. jk, but it is steep",
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('insults taken back or said of someone else', () => {
  it.each([
    'What a clown, he missed an open goal from two yards',
    'You daft sod, I love you really',
    'shut up Kev, love ya',
    'you big dork, I love this video',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });

  it.each([
    ['British slang for a fool', 'you absolute melt', 'insult.you'],
    ['love for the thing, not the reader', 'I love how you think that is an argument, moron', 'insult.vocative'],
  ])('still flags %s: %j', (_form, text, rule) => {
    expectCaughtBy(text, rule);
  });
});

describeFamily('a commenter insulted through what they wrote or did', [
    ['a verdict on the comment', 'Classic imbecile comment.', 'insult.author'],
    ['behaviour from the reader', 'absolute moron behaviour from you today', 'insult.you'],
    ['someone pointed at after the exclamation', 'what a cretin that guy is', 'insult.author'],
    ['sarcastic congratulations', 'congratulations on being the thickest commenter here', 'insult.you'],
    ['who raised the reader', 'who raised you?', 'insult.phrase.question'],
], [
    'typical troll behaviour, ignore it',
    'Congrats on being picked for the county team!',
    'a troll farm posted most of these',
]);

describeFamily('more dismissals, contempt and mockery phrases', [
    ['a dismissal', 'oh get stuffed', 'insult.phrase.dismissal'],
    ['a whole person as what is wrong', "you're what's wrong with this town", 'insult.phrase.contempt'],
    ['contempt with "sorry ass"', 'you pathetic ass excuse for a journalist', 'insult.phrase.contempt'],
    ['acting like a child, as an order', 'quit moaning like a baby', 'insult.phrase.mockery'],
    ['acting like a child, of the reader', 'you are crying like a little kid', 'insult.phrase.mockery'],
    ['a two-word name typed apart', 'Your a dip shit', 'insult.your'],
    ['a misspelt name', 'you bufoon', 'insult.you'],
], [
    'my toddler was crying like a baby all night',
    "you're the worst at mini golf, I'm even worse",
    'the pin head came off the board',
]);

describe('one insult read twice counts once', () => {
  it('weighs "are you crazy?" by its question alone, and leaves a civil one approved', () => {
    // Act
    const decision = judge('Are you crazy? That bill would gut the pension fund.');

    // Assert
    expect(rules(decision)).toEqual(['insult.phrase.question']);
    expect(decision.outcome).toBe('approve');
  });

  it('weighs "a nasty piece of work" by the phrase, not the mild word inside it', () => {
    // Act
    const decision = judge('You really are a nasty piece of work');

    // Assert
    expect(rules(decision)).toEqual(['insult.phrase.contempt']);
    expect(decision.outcome).toBe('flag');
  });
});

describeFamily('labels thrown at the one answered, and more dismissals', [
    ['a verdict with a political label', 'Typical spineless tory', 'insult.vocative'],
    ['a verdict before what they do', 'just another clueless troll spreading lies', 'insult.vocative'],
    ['a group of readers echoed', 'what a pack of morons you lot are', 'insult.you'],
    ['nobody cares what the reader thinks', 'no one gives a toss what you think', 'insult.phrase.dismissal'],
    ['people like the reader', 'it is folks like you that make me sick', 'insult.phrase.contempt'],
    ['back to school', 'you should go back to school', 'insult.phrase.mockery'],
    ['out of their mind', 'you are clearly out of your tiny mind', 'insult.phrase.mockery'],
], [
    'Another stupid mistake by the council, three years late',
    'typical stupid design from that phone maker',
    'Nobody gives a damn about the bins until they overflow',
    "I'm out of my mind with worry about the bills",
    'We need to go back to school funding levels from 2010',
]);
