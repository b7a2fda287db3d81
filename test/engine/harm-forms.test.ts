import { describe, expect, it } from 'vitest';
import { judge, rules, spanTexts } from './helpers.ts';

describe('threats beyond "I will kill you"', () => {
  it.each([
    ['incitement against a person', 'Somebody ought to stab him and end this.'],
    ['a death wished on a third person', 'Men like him should be lynched.'],
    ['self-harm with "ur self"', 'just go hang ur self'],
    ['self-harm wished in a conditional', 'Everyone would cheer if you killed yourself.'],
    ['a regret promised', "You'll regret it, mark my words."],
    ['turning up at the door', "I'll show up at your house tonight."],
    ['waiting after work', "I'll be waiting for you outside the pub."],
    ['a mafia-style warning', 'Lovely car you have. Shame if something happened to it.'],
    ['a fire with people inside', 'Torch the whole building down with them still inside.'],
    ['a kicking wished', 'Hope you get your teeth kicked in.'],
    ['a bullet for someone', 'Someone should put a bullet through his skull.'],
    ['a firing squad', 'Line them all up and be done with it.'],
    ['running someone over', 'Somebody should run her over with a bus.'],
    ['stringing someone up', 'That banker must be strung up.'],
    ['a firing squad wished', 'Traitors like that deserve to be lined up and shot.'],
    ['menace combined', 'Say that again and see what happens to you when I find you.'],
    ['an ultimatum with a fate', "Keep mouthing off and you'll end up in the river, pal."],
    ['one more word', 'One more word and you will end up in a grave.'],
    ['incitement against a person pointed at', 'Somebody has to stab that politician, honestly.'],
    ['a house burned down with someone inside', 'Wish a mob would torch her place down with her still inside.'],
    ['a family threatened on a condition', 'If you carry on posting this, your kids will not be safe.'],
    ['accidents for people like the reader', 'Be careful, accidents happen to people like u.'],
    ['a fate on a condition', 'If you show your face here again you will go home in a body bag.'],
    ['waiting at the office, then a dare', "I'll be waiting outside your house, let's see how tough you are then."],
    ['finding where someone lives', "Mark my words, I'll find out where you live."],
    ['a beating wished after another passive', 'Reporters like you ought to be hauled outside and beaten.'],
    ['knowing someone\'s house', 'Careful, I know which house is yours.'],
    ['a grave promised', 'Somebody is going to put u in the grave soon.'],
    ['coming for a family', "We're coming for you and your kids, wait and see."],
    ['a forced hand', "You'd best take that down before I make you take it down."],
    ['a promise to bring it about', "Writers like him get what's coming to them, I will make sure of it."],
  ])('flags %s', (_form, text) => {
    const decision = judge(text);

    expect(decision.outcome).not.toBe('approve');
    expect(decision.reasons[0].category).toBe('threat');
  });

  it.each([
    'The striker was shot down by the critics after the match.',
    "You'll regret not buying the extended warranty, trust me.",
    'Somebody should tell him the meeting moved.',
    'She was told to kill the lights before leaving.',
    'The chef showed up at the market at dawn.',
    'We should run the numbers again.',
    'Press the red button and see what happens to your score.',
    'When I find you a good plumber I will send you the number.',
    "Keep it up and you'll get a raise this year.",
    "Drive like that on black ice and you'll end up in a ditch.",
    'Keep talking and eventually they will listen to you.',
    'We should shoot this scene again tomorrow at dawn.',
    'Someone has to kill this bill in committee.',
    'Your family will not be safe from these energy price rises.',
    'If you keep the receipt you can return the coat.',
    'The driver had to leave in an ambulance after the crash.',
    "I'll be waiting at your office at nine for the interview.",
    'Try again and it should work this time.',
    'Happy new year to you and your family!',
    "You'd better bring a coat, it is freezing.",
    'The old shed should be taken down and burned.',
    'The suspects should be arrested and charged.',
    'Bad landlords get what\'s coming to them eventually.',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });

  it('spans the incitement from the inciter to the target', () => {
    const text = 'Honestly someone should shoot him.';

    expect(spanTexts(text, judge(text), 'threat')).toEqual(['someone should shoot him']);
  });
});

describe('attacks on groups beyond slurs', () => {
  it.each([
    ['a vice pinned on a whole group', 'Immigrants are all criminals, every last one.'],
    ['a burden pinned on a group', 'Elderly people are a burden on the young.'],
    ['a group called ill', 'Gay men are mentally ill and need treatment.'],
    ['keeping a group out', 'Muslims should not be allowed to hold office.'],
    ['a slogan to drive a group out', 'Refugees out!'],
    ['a conspiracy trope', 'Jews control the banks, wake up.'],
    ['summing a person up by faith', 'Typical Jew, always counting pennies.'],
    ['removal after a faith group is named', 'Hindus have no place here, send them all back.'],
    ['a newer slur', 'The muzzies are at it again.'],
  ])('flags %s', (_form, text) => {
    const decision = judge(text);

    expect(decision.outcome).not.toBe('approve');
    expect(decision.reasons[0].category).toBe('identity');
  });

  it.each([
    'Not all immigrants are criminals, most work hard.',
    'Some refugees are criminals, like some locals.',
    'Elderly people are the backbone of our charity.',
    'Illegal immigrants should not be allowed to vote in national elections.',
    'Send them all back to the drawing board, these plans are hopeless.',
    'The people should vote them all out in November.',
    'Muslims are not terrorists.',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });

  it('names the generalisation it found', () => {
    const decision = judge('Gypsies are thieves.');

    expect(rules(decision)).toEqual(['identity.generalising']);
    expect(decision.reasons[0].detail).toBe('Pins a vice on a whole group: "Gypsies are thieves"');
  });
});
