import { describe, expect, it } from 'vitest';
import { mergePeople } from './people.ts';
import { oneEditApart } from './spellingVariants.ts';
import { person, story } from './test-utils.ts';


describe('oneEditApart', () => {
  it('holds for a changed, added, dropped or swapped letter', () => {
    expect(oneEditApart('tanabe', 'tanape')).toBe(true);
    expect(oneEditApart('follett', 'follet')).toBe(true);
    expect(oneEditApart('follet', 'follett')).toBe(true);
    expect(oneEditApart('touati', 'toutai')).toBe(true);
    expect(oneEditApart('marrow', 'marrow')).toBe(true);
  });

  it('fails for two edits', () => {
    expect(oneEditApart('tanabe', 'tanbea')).toBe(false);
    expect(oneEditApart('kessel', 'kestrel')).toBe(false);
    expect(oneEditApart('abc', 'cba')).toBe(false);
  });
});

describe('spelling variants in the people index', () => {
  it('joins a full name written with and without its surname particle', () => {
    const { people } = mergePeople([
      story('one', ['Ivo de Tarrant']),
      story('two', ['Ivo de Tarrant']),
      story('three', ['Ivo Tarrant']),
    ]);
    expect(people.map((p) => p.name)).toEqual(['Ivo de Tarrant']);
    expect(people[0]!.aliases).toContain('Ivo Tarrant');
  });

  it('joins a surname written with a hyphen and with a space', () => {
    const { people, personIdFor } = mergePeople([
      story('one', ['Kirsty Lloyd Webb']),
      story('two', ['Kirsty Lloyd Webb']),
      story('three', ['Kirsty Lloyd-Webb']),
    ]);
    expect(people.map((p) => p.name)).toEqual(['Kirsty Lloyd Webb']);
    expect(people[0]!.aliases).toContain('Kirsty Lloyd-Webb');
    expect(personIdFor('three', 'Kirsty Lloyd-Webb')).toBe('kirsty-lloyd-webb');
  });

  it('joins a one-letter slip of a surname to the spelling more stories use, in related stories', () => {
    const { people } = mergePeople([story('one', ['Akira Tanabe']), story('two', ['Akira Tanabe']), story('three', ['Akira Tanabbe'])]);
    expect(people.map((p) => p.name)).toEqual(['Akira Tanabe']);
    expect(people[0]!.articles).toEqual(['one', 'three', 'two']);
  });

  it('joins a one-letter slip of a first name no list knows, but not two given names', () => {
    const slip = mergePeople([story('one', ['Kirsty Morrowell']), story('two', ['Kirsty Morrowell']), story('three', ['Kirtsy Morrowell'])]);
    expect(slip.people.map((p) => p.name)).toEqual(['Kirsty Morrowell']);
    const twoNames = mergePeople([story('one', ['Natalie Morrowell']), story('two', ['Natalie Morrowell']), story('three', ['Nathalie Morrowell'])]);
    expect(twoNames.people).toHaveLength(2);
  });

  it('joins a familiar and a formal given name ("Ted", "Edward") when the stories share a person', () => {
    const shared = mergePeople([story('one', ['Sir Edward Quillane', 'Mara Tolley']), story('two', ['Sir Edward Quillane']), story('three', ['Ted Quillane', 'Mara Tolley'])]);
    expect(shared.people.map((p) => p.name)).toEqual(['Mara Tolley', 'Sir Edward Quillane']);
    expect(shared.people[1]!.aliases).toContain('Ted Quillane');
    // A short surname too ("Coe").
    const short = mergePeople([story('one', ['Edward Coe', 'Mara Tolley']), story('two', ['Ted Coe', 'Mara Tolley'])]);
    expect(short.people.map((p) => p.name)).toEqual(['Edward Coe', 'Mara Tolley']);
    // Spanish and Italian forms too ("Rafa", "Rafael").
    const spanish = mergePeople([story('one', ['Rafael Quintero', 'Mara Tolley']), story('two', ['Rafa Quintero', 'Mara Tolley'])]);
    expect(spanish.people.map((p) => p.name)).toEqual(['Mara Tolley', 'Rafael Quintero']);
    // One story writing both forms means one person, not two ("Freddie" in readers' letters about "Frederick").
    const oneStory = mergePeople([story('one', ['Frederick Quillane', 'Freddie Quillane'])]);
    expect(oneStory.people.map((p) => p.name)).toEqual(['Frederick Quillane']);
    const greek = mergePeople([story('one', ['Konstantinos Varelis', 'Mara Tolley']), story('two', ['Kostas Varelis', 'Mara Tolley'])]);
    expect(greek.people).toHaveLength(2);
    // A section alone is no evidence for a familiar form: a singer and a midfielder can share one.
    const sectionOnly = mergePeople([story('one', ['James Quillane']), story('two', ['Jim Quillane'])]);
    expect(sectionOnly.people).toHaveLength(2);
  });

  it('joins two listed given names one letter apart only when the stories share a person', () => {
    const shared = mergePeople([story('one', ['Katharine Quillane-Orme', 'Mara Tolley']), story('two', ['Katharine Quillane-Orme']), story('three', ['Katherine Quillane-Orme', 'Mara Tolley'])]);
    expect(shared.people.map((p) => p.name)).toEqual(['Katharine Quillane-Orme', 'Mara Tolley']);
    expect(shared.people[0]!.articles).toEqual(['one', 'three', 'two']);
    // A letter added or dropped, not only changed.
    const added = mergePeople([story('one', ['Mathew Quillane-Orme', 'Mara Tolley']), story('two', ['Mathew Quillane-Orme']), story('three', ['Matthew Quillane-Orme', 'Mara Tolley'])]);
    expect(added.people.map((p) => p.name)).toEqual(['Mara Tolley', 'Mathew Quillane-Orme']);
    const slip = mergePeople([story('one', ['Malcolm Quillane-Orme']), story('two', ['Malcolm Quillane-Orme']), story('three', ['Malcom Quillane-Orme'])]);
    expect(slip.people.map((p) => p.name)).toEqual(['Malcolm Quillane-Orme']);
    // The section alone is no evidence: two women of one surname may have these names.
    const sectionOnly = mergePeople([story('one', ['Katharine Quillane-Orme']), story('two', ['Katherine Quillane-Orme'])]);
    expect(sectionOnly.people).toHaveLength(2);
    // Names a list gives different genders are two people ("Christian" and "Christina").
    const genders = mergePeople([story('one', ['Christian Quillane', 'Mara Tolley']), story('two', ['Christina Quillane', 'Mara Tolley'])]);
    expect(genders.people).toHaveLength(3);
  });

  it('joins two listed given names one letter apart when the stories share the section and a role word, however common the surname', () => {
    const many = Array.from({ length: 8 }, (_, i) => story(`other-${i}`, [`${['Alun', 'Bryn', 'Carys', 'Dai', 'Emyr', 'Ffion', 'Gethin', 'Huw'][i]!} Quillane`]));
    const minister = (name: string, role: string) => person(name, { descriptions: [role] });
    const sameRole = mergePeople([...many, story('one', [minister('Katharine Quillane', 'harbours minister')]), story('two', [minister('Katherine Quillane', 'former harbours minister')])]);
    expect(sameRole.people.filter((p) => /^Kath/.test(p.name)).map((p) => p.articles)).toEqual([['one', 'two']]);
    // Another role, or another section, is no such evidence.
    const otherRole = mergePeople([story('one', [minister('Katharine Quillane', 'harbours minister')]), story('two', [minister('Katherine Quillane', 'painter')])]);
    expect(otherRole.people).toHaveLength(2);
    const otherSection = mergePeople([story('one', [minister('Katharine Quillane', 'harbours minister')]), story('two', [minister('Katherine Quillane', 'minister')], 'news')]);
    expect(otherSection.people).toHaveLength(2);
  });

  it('joins a familiar and a formal given name with a role word and a section in common, and not with another role', () => {
    const minister = (name: string, role: string) => person(name, { descriptions: [role] });
    const sameRole = mergePeople([story('one', [minister('Christopher Vantley', 'ferries minister')]), story('two', [minister('Chris Vantley', 'junior ferries minister')])]);
    expect(sameRole.people.map((p) => p.name)).toEqual(['Christopher Vantley']);
    const otherRole = mergePeople([story('one', [minister('Christopher Vantley', 'ferries minister')]), story('two', [minister('Chris Vantley', 'drummer')])]);
    expect(otherRole.people).toHaveLength(2);
  });

  it('joins one name with and without its hyphen even where one story writes both', () => {
    const { people } = mergePeople([story('one', ['Orla Brannock Tysse', 'Orla Brannock-Tysse']), story('two', ['Orla Brannock-Tysse']), story('three', ['Orla Brannock-Tysse'])]);
    expect(people.map((p) => p.name)).toEqual(['Orla Brannock-Tysse']);
    expect(people[0]!.articles).toEqual(['one', 'three', 'two']);
  });

  it('does not join familiar forms of a surname many people in the collection share', () => {
    const squads = Array.from({ length: 8 }, (_, i) => story(`squad-${i}`, [`${['Alun', 'Bryn', 'Carys', 'Dai', 'Emyr', 'Ffion', 'Gethin', 'Huw'][i]!} Quillane`, 'Mara Tolley']));
    const { people } = mergePeople([...squads, story('one', ['Stephen Quillane', 'Mara Tolley']), story('two', ['Steve Quillane', 'Mara Tolley'])]);
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['Stephen Quillane', 'Steve Quillane']));
  });

  it('finds the joined person by the slip\'s bare surname too', () => {
    const { personIdFor } = mergePeople([
      story('one', ['Akira Tanabe']),
      story('two', ['Akira Tanabe']),
      story('three', ['Akira Tanabbe', person('Tanabbe', { mentions: ['Mr Tanabbe'] })]),
      story('four', [person('Tanabbe', { mentions: ['Mr Tanabbe'] }), 'Akira Tanabe']),
    ]);
    expect(personIdFor('three', 'Akira Tanabbe')).toBe('akira-tanabe');
    expect(personIdFor('four', 'Tanabbe')).toBe('akira-tanabe');
  });

  it('keeps apart stories that share no context, stories that use both spellings, and clashing genders', () => {
    const apart = mergePeople([story('one', ['Akira Tanabe'], 'sport'), story('two', ['Akira Tanabe'], 'sport'), story('three', ['Akira Tanabbe'], 'business')]);
    expect(apart.people.map((p) => p.name)).toEqual(['Akira Tanabbe', 'Akira Tanabe']);
    const both = mergePeople([story('one', ['Akira Tanabe', 'Akira Tanabbe']), story('two', ['Akira Tanabe'])]);
    expect(both.people).toHaveLength(2);
    const genders = mergePeople([story('one', [person('Sam Tanabe', { gender: 'male' })]), story('two', [person('Sam Tanabbe', { gender: 'female' })])]);
    expect(genders.people).toHaveLength(2);
  });

  it('keeps apart surnames that are both real names, short surnames, and a different first letter', () => {
    const { people } = mergePeople([
      story('one', ['Owen Davis']),
      story('two', ['Owen Davies']),
      story('three', ['Lena Hall']),
      story('four', ['Lena Hill']),
      story('five', ['Tom Kerrigan']),
      story('six', ['Tom Berrigan']),
    ]);
    expect(people).toHaveLength(6);
  });
});

describe('one person across stories: a given name one letter apart, a middle name (round 17)', () => {
  it('joins two listed given names one letter apart before a surname no list knows, in one section', () => {
    const one = mergePeople([story('one', ['Johan Vardeck', 'Ian Pell'], 'sport'), story('two', ['Johann Vardeck', 'Tom Quiller'], 'sport')]);
    expect(one.people.filter((p) => p.name.endsWith('Vardeck'))).toHaveLength(1);
    // A surname a list knows is a family's: two such given names may be two of its people.
    const two = mergePeople([story('one', ['Johan Parker', 'Ian Pell'], 'sport'), story('two', ['Johann Parker', 'Tom Quiller'], 'sport')]);
    expect(two.people.filter((p) => p.name.endsWith('Parker'))).toHaveLength(2);
    const apart = mergePeople([story('one', ['Johan Vardeck', 'Ian Pell'], 'sport'), story('two', ['Johann Vardeck', 'Tom Quiller'], 'business')]);
    expect(apart.people.filter((p) => p.name.endsWith('Vardeck'))).toHaveLength(2);
  });

  it('joins a name with and without a middle name when the stories share someone and no roles clash', () => {
    const { people } = mergePeople([story('one', ['Ramon Quilez', 'Ian Pell']), story('two', ['Ramon Alvaro Quilez', 'Ian Pell']), story('three', ['Ramon Alvaro Quilez'])]);
    expect(people.filter((p) => p.name.includes('Quilez')).map((p) => p.name)).toEqual(['Ramon Alvaro Quilez']);
  });

  it('leaves them apart with clashing roles, a middle initial, two middle names to choose from, or nothing shared', () => {
    const singer = person('Jo Lee Varrow', { descriptions: ['jazz musician'] });
    const comic = person('Jo Varrow', { descriptions: ['comic actor'] });
    expect(mergePeople([story('one', [singer, 'Ian Pell']), story('two', [comic, 'Ian Pell'])]).people).toHaveLength(3);
    expect(mergePeople([story('one', ['George W Quilez', 'Ian Pell']), story('two', ['George Quilez', 'Ian Pell'])]).people).toHaveLength(3);
    expect(mergePeople([story('one', ['Jo Ann Varrow', 'Ian Pell']), story('two', ['Jo Beth Varrow', 'Ian Pell']), story('three', ['Jo Varrow', 'Ian Pell'])]).people).toHaveLength(4);
    expect(mergePeople([story('one', ['Ramon Quilez', 'Ian Pell'], 'sport'), story('two', ['Ramon Alvaro Quilez', 'Tom Quiller'], 'business')]).people).toHaveLength(4);
  });
});
