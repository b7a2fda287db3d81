import { describe, expect, it } from 'vitest';
import { judge, rules, spanTexts } from './helpers.ts';

// Threats by family, each asserting the rule that fired, and the ordinary comments that use
// the same words (sport, films, directions, get-well wishes) that must stay approved.

function expectThreat(text: string, rule: string): void {
  // Act
  const decision = judge(text);

  // Assert
  expect(decision.outcome, text).not.toBe('approve');
  expect(rules(decision), text).toContain(rule);
}

describe('threat families', () => {
  it.each([
    // Locating: the reader can be found.
    ['I know where you live', 'threat.phrase.locating'],
    ['I know where you work, see you Monday', 'threat.phrase.locating'],
    ['we know your address now', 'threat.phrase.locating'],
    ['I know which car is yours', 'threat.phrase.locating'],
    ["I'll show up at your door", 'threat.phrase.locating'],
    ["I'm outside your house right now", 'threat.phrase.locating'],
    // Promises.
    ['watch your back', 'threat.phrase.promise'],
    ['your days are numbered', 'threat.phrase.promise'],
    ["you'll regret this", 'threat.phrase.promise'],
    ['you will pay for that', 'threat.phrase.promise'],
    ['your dead when i find you', 'threat.phrase.promise'],
    ['accidents happen to people who talk like you', 'threat.phrase.promise'],
    ['people have gone missing for less than that', 'threat.phrase.promise'],
    // Coming for the reader.
    ["I'm coming for you", 'threat.phrase.coming'],
    ["I'll hunt you down", 'threat.phrase.coming'],
    ["you can run but you can't hide", 'threat.phrase.coming'],
    // Fate.
    ["you'll leave in an ambulance", 'threat.phrase.fate'],
    ["I'll put you in the hospital", 'threat.phrase.fate'],
    // Harm spelled out.
    ['I will find you and break your legs', 'threat.phrase.harm'],
    ["I'll knock your teeth out", 'threat.phrase.harm'],
    ["I'm going to rip your head off", 'threat.phrase.harm'],
    ["meet me outside and I'll break every bone in your body", 'threat.phrase.harm'],
    ["I'll fuck you up", 'threat.phrase.harm'],
    ['we will drag you out by your hair', 'threat.phrase.harm'],
    ["ill run you over with my truck", 'threat.phrase.harm'],
    // Harm wished.
    ['hope someone shoots you', 'threat.phrase.wish'],
    ['i hope you get stabbed on your way home', 'threat.phrase.wish'],
    ['i wish cancer on people like you', 'threat.phrase.wish'],
    ['hope your family dies in a fire', 'threat.phrase.wish'],
    ['wish the flood had taken you instead', 'threat.phrase.wish'],
    ['would love to see that ref get both his legs broken', 'threat.phrase.wish'],
    ["wouldn't cry if he got run over tomorrow", 'threat.phrase.wish'],
    // Self-harm urged.
    ['hope you get hit by a bus', 'threat.self-harm'],
    ['do us all a favour and die', 'threat.self-harm'],
    ['the world would be better without you', 'threat.self-harm'],
  ])('flags %j as %s', (text, rule) => {
    expectThreat(text, rule);
  });

  it('adds an ultimatum to the fate that follows it', () => {
    // Prepare
    const text = "keep talking and you'll end up in a ditch";

    // Act
    const decision = judge(text);

    // Assert
    expect(decision.outcome).toBe('flag');
    expect(rules(decision)).toEqual(expect.arrayContaining(['threat.phrase.ultimatum', 'threat.phrase.fate']));
  });

  it('adds a warning to a family located', () => {
    const decision = judge("Your kids go to St Mary's, don't they? Be careful.");

    expect(decision.outcome).toBe('flag');
    expect(rules(decision)).toEqual(expect.arrayContaining(['threat.phrase.locating', 'threat.phrase.ultimatum']));
  });

  it('points at the threatening words', () => {
    const text = 'Listen. I will find you and break your legs.';

    expect(spanTexts(text, judge(text), 'threat').sort()).toEqual(['break your legs', 'find you and']);
  });
});

describe('ordinary comments with the same words', () => {
  it.each([
    // Sport.
    'we will beat you on Saturday, mark my words',
    "we're going to smash you 3-0",
    'we will hammer you at home',
    // Films, lyrics, critics.
    'this film will make you scream',
    'the critics will tear you apart if it flops',
    // Help and directions.
    'I will find you a seat near the front',
    "I'll find you the link later",
    'meet me outside the station at six',
    'watch out for cyclists on that bend',
    'be careful on the ice this morning',
    // Good wishes and plain news.
    'hope you get well soon',
    'hope your family is well',
    'I hope the next train is on time for once',
    'he had both his legs broken in the crash in 1998',
    "I wouldn't mind if they raised council tax for the library",
    "you'll regret not buying tickets, it sold out",
    "your kids go to a great school",
    "if I see you at the game I'll buy you a pint",
    "you're next in line at the counter",
    'the world would be better without plastic bags',
    "Shut up, she said, and we all laughed.",
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('threats by promise, fate and incitement, in held-out phrasing', () => {
  it.each([
    ["you'll be sorry you said that", 'threat.phrase.promise'],
    ['you will regret posting this', 'threat.phrase.promise'],
    ["he's going to get what's coming to him, and so are you, what's coming to you is worse", 'threat.phrase.promise'],
    ['somebody needs to teach you a lesson', 'threat.phrase.promise'],
    ["talk like that again and you'll be drinking through a straw", 'threat.phrase.fate'],
    ['i hope a bus would run you over', 'threat.phrase.harm'],
    ['someone ought to shoot every one of them', 'threat.violence'],
    ["I'd love to slap that grin off your face, yours especially", 'threat.violence'],
  ])('flags %j (%s)', (text, rule) => {
    expectThreat(text, rule);
  });

  it('reads "see what happens" as menace only after an ultimatum', () => {
    // Act
    const ultimatum = judge('keep talking and see what happens');
    const waiting = judge("let's just wait and see what happens with the vote");

    // Assert
    expect(rules(ultimatum)).toEqual(expect.arrayContaining(['threat.phrase.ultimatum', 'threat.phrase.coming']));
    expect(ultimatum.outcome).toBe('flag');
    expect(waiting.outcome).toBe('approve');
  });

  it.each([
    'I regret saying yes to the extra shift',
    'the kids will regret skipping revision',
    'My nan will teach you a lesson at bridge',
    'The dentist said I would be eating soup for a week',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('warnings and deserved harm', () => {
  it.each([
    ['you better watch yourself round here', 'threat.phrase.promise'],
    ['that man deserves a bullet', 'threat.phrase.wish'],
    ['you deserve a good kicking', 'threat.phrase.wish'],
  ])('flags %j (%s)', (text, rule) => {
    expectThreat(text, rule);
  });

  it('leaves a threat quoted from a film alone when the sentence goes on after it', () => {
    expect(judge('the hero whispers "I will find you" and the screen goes black').outcome).toBe('approve');
  });
});

describe('self-harm urged, reported by what someone keeps posting', () => {
  it('leaves a report of an account posting "kill yourself" alone', () => {
    expect(judge('Please ban whoever keeps posting "kill yourself" under her videos').outcome).toBe('approve');
  });
});

describe('veiled warnings', () => {
  it('flags a warning made the writer\'s with "better"', () => {
    expectThreat('you had better lock your doors at night', 'threat.phrase.promise');
  });

  it.each([
    'Keep your doors locked tonight, two cars were broken into on our road',
    'careful driving home, the bypass is flooded',
  ])('leaves a neighbour\'s advice alone: %j', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});
