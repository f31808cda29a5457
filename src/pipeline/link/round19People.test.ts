/** People round 19, collection-wide: romanised names, team-sheet initials (invented names). */
import { describe, expect, it } from 'vitest';
import { mergePeople } from './people.ts';
import { person, story } from './test-utils.ts';

describe('a given name romanised two ways', () => {
  it('is one person when the roles and the nation agree, whatever the sections', () => {
    const { people } = mergePeople([
      story('one', [person('Yusuf Karimadi', { descriptions: ["Peru's president"] })], 'business'),
      story('two', [person('Yousuf Karimadi', { descriptions: ['Peruvian President'] })], 'tech'),
    ]);
    expect(people).toHaveLength(1);
    expect(people[0]!.articles).toEqual(['one', 'two']);
  });

  it('is one person for a hyphenated and a one-word form with the same patronymic in related stories', () => {
    const { people } = mergePeople([
      story('one', ['Al-Rashid bin Omarli'], 'business'),
      story('two', [person('Alrasheed bin Omarli', { descriptions: ['billionaire investor'] })], 'business'),
    ]);
    expect(people).toHaveLength(1);
  });

  it('stays two with clashing roles, other nations, or short given names', () => {
    expect(
      mergePeople([
        story('one', [person('Yusuf Karimadi', { descriptions: ["Peru's president"] })], 'business'),
        story('two', [person('Yousuf Karimadi', { descriptions: ['Chilean President'] })], 'tech'),
      ]).people,
    ).toHaveLength(2);
    expect(
      mergePeople([
        story('one', [person('Yusuf Karimadi', { descriptions: ['Peruvian striker'] })], 'sport'),
        story('two', [person('Yousuf Karimadi', { descriptions: ['Peruvian banker'] })], 'business'),
      ]).people,
    ).toHaveLength(2);
    expect(mergePeople([story('one', [person('Jan Karimadi', { descriptions: ['striker'] })], 'sport'), story('two', [person('Jon Karimadi', { descriptions: ['striker'] })], 'sport')]).people).toHaveLength(2);
  });
});

describe('a team-sheet initial that fits a player and a coach of one surname', () => {
  it('joins the player', () => {
    const sheet = story('preview', ['M Quellbrook', 'Tam Dorrit'], 'sport');
    const { people, personIdFor } = mergePeople([
      story('report', [person('Mervyn Quellbrook', { descriptions: ['flanker'] }), 'Tam Dorrit'], 'sport'),
      story('talk', [person('Miles Quellbrook', { descriptions: ['Tarnland coach'] }), 'Tam Dorrit'], 'sport'),
      sheet,
    ]);
    expect(personIdFor('preview', 'M Quellbrook')).toBe('mervyn-quellbrook');
    expect(people.map((p) => p.name)).not.toContain('M Quellbrook');
  });

  it('stays apart when both are players or one has no role', () => {
    const twoPlayers = mergePeople([
      story('report', [person('Mervyn Quellbrook', { descriptions: ['flanker'] }), 'Tam Dorrit'], 'sport'),
      story('talk', [person('Miles Quellbrook', { descriptions: ['winger'] }), 'Tam Dorrit'], 'sport'),
      story('preview', ['M Quellbrook', 'Tam Dorrit'], 'sport'),
    ]);
    expect(twoPlayers.personIdFor('preview', 'M Quellbrook')).toBe('m-quellbrook');
    const noRole = mergePeople([
      story('report', [person('Mervyn Quellbrook', { descriptions: ['flanker'] }), 'Tam Dorrit'], 'sport'),
      story('talk', ['Miles Quellbrook', 'Tam Dorrit'], 'sport'),
      story('preview', ['M Quellbrook', 'Tam Dorrit'], 'sport'),
    ]);
    expect(noRole.personIdFor('preview', 'M Quellbrook')).toBe('m-quellbrook');
  });
});

describe('half a role', () => {
  it('is neither role nor description: a kinship word or a membership with no owner', () => {
    const { people } = mergePeople([
      story('one', [person('Bea Tolliver', { descriptions: ['niece'] }), person('Cal Dunmore', { descriptions: ['former member', 'drummer'] })]),
    ]);
    const byName = new Map(people.map((p) => [p.name, p]));
    expect(byName.get('Bea Tolliver')!.descriptions).toEqual([]);
    expect(byName.get('Cal Dunmore')!.descriptions).toEqual(['drummer']);
    expect(byName.get('Cal Dunmore')!.role).toBe('drummer');
  });

  it('keeps a kinship or a membership with its owner', () => {
    const { people } = mergePeople([story('one', [person('Bea Tolliver', { descriptions: ["Ann Tolliver's niece", 'former Lark Rise member'] })])]);
    expect(people[0]!.descriptions).toEqual(["Ann Tolliver's niece", 'former Lark Rise member']);
  });
});

describe('two letters of a given name on a team sheet', () => {
  it('join the one full name of that surname they begin, in related stories', () => {
    const { people } = mergePeople([
      story('report', ['Mirco Bergamo', 'Mauro Bergamo', 'Tam Dorrit'], 'sport'),
      story('sheet', ['Mi Bergamo', 'Ma Bergamo', 'Tam Dorrit'], 'sport'),
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Mauro Bergamo', 'Mirco Bergamo', 'Tam Dorrit']);
  });

  it('stay apart when two full names fit, when the letters are a name of their own, or in unrelated stories', () => {
    expect(mergePeople([story('report', ['Mirco Bergamo', 'Milo Bergamo'], 'sport'), story('sheet', ['Mi Bergamo'], 'sport')]).people).toHaveLength(3);
    expect(mergePeople([story('report', ['Joanna Bergamo'], 'sport'), story('sheet', ['Jo Bergamo'], 'sport')]).people).toHaveLength(2);
    expect(mergePeople([story('report', ['Mirco Bergamo'], 'arts'), story('sheet', ['Mi Bergamo'], 'sport')]).people).toHaveLength(2);
  });
});

describe('the role', () => {
  it('is the fuller of two descriptions that say the same, not one that changes it', () => {
    const fuller = mergePeople([story('one', [person('Li Tarrow', { descriptions: ['Chinese Minister'] })]), story('two', [person('Li Tarrow', { descriptions: ['Chinese Foreign Minister'] })])]);
    expect(fuller.people[0]!.role).toBe('Chinese Foreign Minister');
    const former = mergePeople([story('one', [person('Jo Tarrow', { descriptions: ['governor', 'governor'] })]), story('two', [person('Jo Tarrow', { descriptions: ['former governor'] })])]);
    expect(former.people[0]!.role).toBe('governor');
  });
});

describe('a fuller role', () => {
  it('adds only words of the post, not of the sentence', () => {
    const sentence = mergePeople([story('one', [person('Jo Tarrow', { descriptions: ['fly-half', 'fly-half'] })]), story('two', [person('Jo Tarrow', { descriptions: ['25-year-old fly-half', 'Inspirational fly-half'] })])]);
    expect(sentence.people[0]!.role).toBe('fly-half');
    const post = mergePeople([story('one', [person('Jo Tarrow', { descriptions: ['fly-half', 'fly-half'] })]), story('two', [person('Jo Tarrow', { descriptions: ['Tarnland fly-half'] })])]);
    expect(post.people[0]!.role).toBe('Tarnland fly-half');
  });
});

describe('a romanised given name with "x" for "ks"', () => {
  it('is one person when the two stories name one firm and share a section', () => {
    const { people } = mergePeople([
      story('one', [person('Aleksey Varnov', { descriptions: ['Quorvex chairman'] })], 'business'),
      story('two', [person('Alexei Varnov', { descriptions: ['Quorvex chief'] })], 'business'),
    ]);
    expect(people).toHaveLength(1);
    expect(
      mergePeople([
        story('one', [person('Aleksey Varnov', { descriptions: ['Quorvex chairman'] })], 'business'),
        story('two', [person('Alexei Varnov', { descriptions: ['Tollmark chief'] })], 'business'),
      ]).people,
    ).toHaveLength(2);
  });
});

describe('a role with its firm after a comma', () => {
  it('is still a role', () => {
    const { people } = mergePeople([story('one', [person('Al Rayner', { descriptions: ['senior vice president, Kestrel pumps division'] })])]);
    expect(people[0]!.role).toBe('senior vice president, Kestrel pumps division');
  });
});
