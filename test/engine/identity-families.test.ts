// Identity attacks by family: who the group is (named, by "the <adjective>", by one member,
// or only pointed at), what is said of it, and what must stay approved (policy opinions,
// history, reporting, denials, sympathy, banter). All examples are written for this project.

import { describe, expect, it } from 'vitest';
import { judge, rules, spanTexts } from './helpers.ts';

describe('a vaguely named group: "people like them", "those people", "their kind"', () => {
  it('flags it called vermin and wished wiped out', () => {
    // Prepare
    const text = 'People like them are vermin and should be wiped out.';

    // Act
    const decision = judge(text);

    // Assert
    expect(decision.outcome).toBe('flag');
    expect(rules(decision).sort()).toEqual(['identity.dehumanising.vague-group', 'identity.removal.vague-group']);
    expect(spanTexts(text, decision, 'identity')).toContain('People like them are vermin and should be wiped out');
  });

  it.each([
    ['people like that', 'people like that should be exterminated'],
    ['their kind', 'their kind deserve to be gassed'],
    ['these people', 'these people should all be wiped off the map'],
  ])('flags a call for harm to %s', (_who, text) => {
    expect(rules(judge(text))).toContain('identity.removal.vague-group');
    expect(judge(text).outcome).toBe('flag');
  });

  it.each([
    'Those people are animals, they attacked a nurse on her shift.',
    'their kind are parasites',
  ])('only notes %j: who "those people" are is not said', (text) => {
    const decision = judge(text);

    expect(decision.outcome).toBe('approve');
    expect(rules(decision)).toEqual(['identity.dehumanising.vague-group']);
  });

  it.each([
    'Those people at the council are clowns.',
    'People like them should be ashamed of the state of this road.',
    'That kind of thing should be wiped from the records.',
  ])('leaves %j alone', (text) => {
    expect(judge(text).reasons).toEqual([]);
  });
});

describe('telling someone to go back where they came from', () => {
  it.each([
    'go back to where you came from',
    'Go back where you came from.',
    'if you cant speak english get out of my country',
    'you should go back to your own country',
    'they should all go back where they came from',
    'just go home to your own country mate',
  ])('flags %j', (text) => {
    // Act
    const decision = judge(text);

    // Assert
    expect(decision.outcome).toBe('flag');
    expect(rules(decision)).toContain('identity.exclusion.go-back');
  });

  it.each([
    'When I was homesick I wanted to go back to where I came from.',
    'Press escape to go back to where you came from.',
    'I had to get out of my country when the war started.',
    'We finally go back to our country next summer.',
  ])('leaves %j alone', (text) => {
    expect(rules(judge(text))).not.toContain('identity.exclusion.go-back');
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('groups called animals, disease, plague or invaders', () => {
  it.each([
    ['a nationality', 'romanians are filth', 'romanians are filth'],
    ['"the" and an adjective', 'the homeless are human garbage', 'homeless are human garbage'],
    ['a qualified noun', 'trans ppl are diseased freaks', 'trans ppl are diseased'],
    ['a collective noun before the word', 'mexicans are a swarm of rodents', 'mexicans are a swarm of rodents'],
    ['pests', 'these migrants are locusts', 'migrants are locusts'],
    ['a disease', 'muslims are a cancer on this country', 'muslims are a cancer'],
  ])('flags %s', (_how, text, span) => {
    const decision = judge(text);

    expect(rules(decision)).toContain('identity.dehumanising');
    expect(spanTexts(text, decision, 'identity')).toContain(span);
  });

  it('flags invaders as a vice pinned on the group', () => {
    expect(rules(judge('refugees are invaders'))).toEqual(['identity.generalising']);
  });

  it.each([
    'Refugees are treated like animals in these camps.',
    'Refugees are fleeing a plague of violence.',
    'The report says refugees are often called invaders by the tabloids.',
    'The Nazis said Jews were vermin; that propaganda led to genocide.',
    'Muslims are not animals.',
    'The Irish team were animals in the scrum.',
    'Arsenal fans are scum, every last one of them',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('calls for violence or removal', () => {
  it.each([
    ['sterilised', 'disabled people should be sterilised'],
    ['gassed', 'jews should be gassed'],
    ['culled', 'pensioners are leeches and should be culled'],
    ['rounded up', 'muslims should be rounded up'],
    ['a hope', 'I hope all the gays die'],
  ])('flags a group to be %s', (_how, text) => {
    expect(rules(judge(text))).toContain('identity.removal');
    expect(judge(text).outcome).toBe('flag');
  });

  it.each([
    ['kill all', 'kill all muslims'],
    ['gas the', 'gas the jews'],
    ['wipe out every', 'wipe out every last mexican'],
    ['a group named before', 'bible bashers and catholics are a plague, wipe them out'],
  ])('flags an order to harm: %s', (_how, text) => {
    expect(rules(judge(text))).toContain('identity.removal.call');
    expect(judge(text).outcome).toBe('flag');
  });

  it('flags sending people back after naming them by birth', () => {
    const text = 'Polish builders have ruined this town, send them all back.';

    expect(rules(judge(text))).toEqual(['identity.removal']);
    expect(spanTexts(text, judge(text), 'identity')).toEqual(['send them all back']);
  });

  it.each([
    ['deported', 'women should be deported'],
    ['expelled by order', 'deport every muslim'],
    ['banned from a place', 'ban the poles from our town they ruin everything'],
  ])('flags a group by birth or faith to be %s', (_how, text) => {
    expect(rules(judge(text))).toContain('identity.exclusion');
  });

  it.each([
    'In 1942 many Jews were gassed at Auschwitz.',
    'Jews were expelled from Spain in 1492.',
    'Illegal immigration should be stopped.',
    'Illegals should be rounded up and deported.',
    'We should deport all illegal immigrants.',
    'Men are more likely to die of heart disease.',
    'Kill all the bugs in the code before the release.',
    'We need to kill all the processes before deploying.',
    'The English keeper was awful, shoot the messenger.',
    'kill them all with kindness',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('vices and unfitness pinned on a whole group', () => {
  it.each([
    ['all drunks', 'the irish are all drunks'],
    ['all liars', 'women are all liars'],
    ['all child abusers', 'catholics are all child abusers'],
    ['one member for the group', 'every mexican i ever met was a thief'],
  ])('flags %s', (_how, text) => {
    expect(rules(judge(text))).toContain('identity.generalising');
    expect(judge(text).outcome).toBe('flag');
  });

  it.each([
    'Women are too emotional to be in government.',
    'women are too emotional to lead anything bigger than a bake sale',
    'muslims are too primitive for democracy',
  ])('flags a group declared unfit: %j', (text) => {
    expect(rules(judge(text))).toEqual(['identity.generalising.unfit']);
  });

  it.each([
    ['the kitchen', 'women belong in the kitchen not in parliament'],
    ['a zoo', 'those africans belong in a zoo not in our schools'],
  ])('flags a group told it belongs in %s', (_where, text) => {
    expect(rules(judge(text))).toEqual(['identity.exclusion.belongs-in']);
  });

  it.each([
    'some immigrants commit crimes',
    'Some refugees are criminals, like some locals.',
    'not all men are like that',
    'Not all men are trash.',
    'Women are too often ignored in medicine.',
    'Black people are too often stopped by police.',
    'Elderly people are too frail to travel far.',
    'Disabled kids belong in mainstream schools.',
    'Every immigrant I met was a hard worker.',
    'The myth that immigrants are criminals has been debunked.',
    'The French are better at cooking than us.',
    'The irish are lovely people.',
    'Polish builders did a great job on our extension.',
    'Typical English weather.',
    'The chinese government should be sanctioned.',
    'immigrants shouldnt get a single penny of our healthcare',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('slur words describing a thing or inside an idiom', () => {
  it.each([
    'They live in subhuman conditions.',
    'He has a spastic colon.',
    'Spic and span kitchen, love a clean worktop video',
    'Homo sapiens left Africa long before that.',
    'Someone threw a fag end on the pavement.',
    'He popped out to buy twenty fags.',
  ])('leaves %j alone', (text) => {
    expect(judge(text).reasons).toEqual([]);
  });

  it('still flags the slur outside the idiom', () => {
    expect(rules(judge('you spic and a liar'))).toContain('identity.slur');
  });

  it('still flags a masked slur aimed at someone', () => {
    expect(rules(judge('you d*ke'))).toContain('identity.slur');
  });
});

describe('contempt for a group by birth, faith or sex, said outright', () => {
  it.each([
    'lesbians are disgusting',
    'hindus are inferior, always have been',
    'women are vile creatures',
  ])('flags %j as demeaning by itself', (text) => {
    const decision = judge(text);
    expect(rules(decision)).toContain('identity.demeaning');
    expect(decision.outcome).toBe('flag');
  });

  it.each([
    'The old people in our street are lovely',
    'Refugees are stupid to trust those smugglers, poor souls',
    'Men are disgusting at keeping a bathroom clean, my husband included lol',
  ])('leaves %j approved', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});

describe('a group by birth called sick, and whole groups', () => {
  it('flags a group by sexuality called sick in the head', () => {
    const decision = judge('bisexuals are sick in the head');
    expect(rules(decision)).toContain('identity.demeaning');
    expect(decision.outcome).toBe('flag');
  });

  it('leaves a group sick of something alone', () => {
    expect(judge('Pensioners are sick of being ignored by the council').outcome).toBe('approve');
  });
});

describe('sending a group back', () => {
  it.each([
    'ship them all back on the first plane out',
    'they should go back where they crawled out of',
  ])('flags %j', (text) => {
    const decision = judge(text);
    expect(rules(decision)).toContain('identity.exclusion.go-back');
    expect(decision.outcome).toBe('flag');
  });
});
