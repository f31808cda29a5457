import { describe, expect, it } from 'vitest';
import type { Quote } from '../../content/schema.ts';
import type { LocalPerson } from '../types.ts';
import { mergePeople } from './people.ts';
import { person } from './test-utils.ts';

const quote = (name: string): Quote => ({ id: 'q1', text: 'x', speaker: { name, personId: null, type: 'person' }, block: 0, child: null, start: 0, end: 1 });

describe('mergePeople', () => {
  it('merges the same full name across articles, with descriptions deduped and the commonest as role', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'b-story', people: [person('Mara Quill', { descriptions: ['harbour master'], mentions: ['Mara Quill', 'Ms Quill'] })], quotes: [quote('Mara Quill')], blocks: [] },
      { articleId: 'a-story', people: [person('Mara Quill', { descriptions: ['Harbour master', 'port chief'] })], quotes: [quote('Mara Quill'), quote('Mara Quill')], blocks: [] },
    ]);
    expect(people).toEqual([
      { id: 'mara-quill', name: 'Mara Quill', aliases: ['Ms Quill'], descriptions: ['harbour master', 'port chief'], role: 'harbour master', articles: ['a-story', 'b-story'], quoteCount: 3 },
    ]);
    expect(personIdFor('a-story', 'Mara Quill')).toBe('mara-quill');
    expect(personIdFor('a-story', 'Nobody')).toBeNull();
  });

  it('merges a surname-only person only when one person in the collection has that surname', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'one', people: [person('Tobias Wren'), person('Ilsa Marrow')], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Wren', { mentions: ['Mr Wren'] }), person('Ilsa Marrow')], quotes: [], blocks: [] },
    ]);
    expect(people).toHaveLength(2);
    expect(personIdFor('two', 'Wren')).toBe('tobias-wren');
  });

  it('never merges different people who share a surname, and leaves an ambiguous surname alone', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'one', people: [person('Paul Kessel')], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Anna Kessel')], quotes: [], blocks: [] },
      { articleId: 'three', people: [person('Kessel')], quotes: [], blocks: [] },
    ]);
    expect(people.map((p) => p.name)).toEqual(['Anna Kessel', 'Kessel', 'Paul Kessel']);
    expect(new Set(people.map((p) => p.id)).size).toBe(3);
    expect(personIdFor('three', 'Kessel')).toBe('kessel');
  });

  it('does not merge a surname across genders', () => {
    const { people } = mergePeople([
      { articleId: 'one', people: [person('Paul Orme', { gender: 'male' })], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Orme', { gender: 'female', mentions: ['Ms Orme'] })], quotes: [], blocks: [] },
    ]);
    expect(people).toHaveLength(2);
  });

  it('treats a knight with and without his style as one person, named in full', () => {
    const { people } = mergePeople([
      { articleId: 'one', people: [person('Sir Hugo Pell')], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Hugo Pell')], quotes: [], blocks: [] },
    ]);
    expect(people.map((p) => p.name)).toEqual(['Sir Hugo Pell']);
  });

  it('makes ids unique when different people slug the same', () => {
    const { people } = mergePeople([
      { articleId: 'one', people: [person('Jo Ann Lee')], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Jo-Ann Lee')], quotes: [], blocks: [] },
    ]);
    expect(people.map((p) => p.id).sort()).toEqual(['jo-ann-lee', 'jo-ann-lee-2']);
  });

  it('is deterministic whatever the input order', () => {
    const a = { articleId: 'a', people: [person('Zed Amos'), person('Bea Cole')], quotes: [], blocks: [] };
    const b = { articleId: 'b', people: [person('Bea Cole', { descriptions: ['chair'] })], quotes: [], blocks: [] };
    expect(mergePeople([a, b]).people.map((p) => p.id)).toEqual(mergePeople([b, a]).people.map((p) => p.id));
  });

  it('gives the fuller form of a role that says little alone ("champion" → "Commonwealth 100m champion")', () => {
    const { people } = mergePeople([
      { articleId: 'one', people: [person('Tova Brisk', { descriptions: ['champion'] })], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Tova Brisk', { descriptions: ['champion', 'Commonwealth 100m champion'] })], quotes: [], blocks: [] },
      { articleId: 'three', people: [person('Ivo Marr', { descriptions: ['manager', 'caretaker manager'] }), person('Ivo Marr', { descriptions: ['manager'] })], quotes: [], blocks: [] },
    ]);
    expect(people.find((p) => p.name === 'Tova Brisk')!.role).toBe('Commonwealth 100m champion');
    // A role that says what someone does stays the commonest form.
    expect(people.find((p) => p.name === 'Ivo Marr')!.role).toBe('manager');
  });

  it('prefers what a person is to a relation to someone else ("counterpart", "fellow …") as the role', () => {
    const { people } = mergePeople([
      { articleId: 'one', people: [person('Mara Quill', { descriptions: ['counterpart Minister'] })], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Mara Quill', { descriptions: ['Brackland Foreign Minister'] })], quotes: [], blocks: [] },
      { articleId: 'three', people: [person('Ilsa Marrow', { descriptions: ['fellow board director'] })], quotes: [], blocks: [] },
    ]);
    expect(people.find((p) => p.name === 'Mara Quill')!.role).toBe('Brackland Foreign Minister');
    expect(people.find((p) => p.name === 'Ilsa Marrow')!.role).toBe('fellow board director');
  });

  it('never makes a count the role ("19 member"), but a year-led title is one', () => {
    const { people } = mergePeople([
      {
        articleId: 'one',
        people: [person('Tobias Wren', { descriptions: ['19 member'] }), person('Ilsa Marrow', { descriptions: ['1998 Commonwealth champion'] })],
        quotes: [],
        blocks: [],
      },
    ]);
    expect(people.find((p) => p.name === 'Tobias Wren')!.role).toBeNull();
    expect(people.find((p) => p.name === 'Ilsa Marrow')!.role).toBe('1998 Commonwealth champion');
  });

  it('never makes an age the role, even when it is the only description', () => {
    const { people } = mergePeople([{ articleId: 'one', people: [person('Tobias Wren', { descriptions: ['51-year-old'] })], quotes: [], blocks: [] }]);
    expect(people[0]!.role).toBeNull();
    expect(people[0]!.descriptions).toEqual(['51-year-old']);
  });
});

describe('mergePeople and team sheets', () => {
  it('joins an initial-and-surname form to the one full-named person with that initial', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'one', people: [person('Joss Manse'), person('Pia Manse', { gender: 'female' })], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('J Manse', { listedOnly: true })], quotes: [], blocks: [] },
    ]);
    expect(people.map((p) => p.name)).toEqual(['Joss Manse', 'Pia Manse']);
    expect(personIdFor('two', 'J Manse')).toBe('joss-manse');
  });

  it('keeps an initial form apart when two people fit it, and on its own when none does', () => {
    const { people } = mergePeople([
      { articleId: 'one', people: [person('Joss Manse'), person('Jed Manse')], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('J Manse', { listedOnly: true }), person('R Tellig', { listedOnly: true })], quotes: [], blocks: [] },
    ]);
    expect(people.map((p) => p.name)).toEqual(['J Manse', 'Jed Manse', 'Joss Manse', 'R Tellig']);
  });

  it('joins a team-sheet form one letter off the full name a story of it gives in prose', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'preview', people: [person('Brannock Quellan', { gender: 'male' }), person('B Quelland', { listedOnly: true })], quotes: [], blocks: [] },
      { articleId: 'report', people: [person('B Quelland', { listedOnly: true })], quotes: [], blocks: [] },
      // No story gives the full name beside the form: no evidence of a slip.
      { articleId: 'derby', people: [person('Torvin Ashgrove')] , quotes: [], blocks: [] },
      { articleId: 'cup', people: [person('T Ashgrave', { listedOnly: true })], quotes: [], blocks: [] },
    ]);
    expect(personIdFor('preview', 'B Quelland')).toBe('brannock-quellan');
    expect(personIdFor('report', 'B Quelland')).toBe('brannock-quellan');
    expect(personIdFor('cup', 'T Ashgrave')).toBe('t-ashgrave');
    expect(people.map((p) => p.name)).toEqual(['Brannock Quellan', 'T Ashgrave', 'Torvin Ashgrove']);
  });

  it('joins an initial form that two people fit to the one whose stories it shares or whose team-mates it names', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'derby', people: [person('Jory Tarne', { gender: 'male' }), person('J Tarne', { listedOnly: true }), person('Kell Upson')], quotes: [], blocks: [] },
      { articleId: 'cup', people: [person('J Tarne', { listedOnly: true }), person('Kell Upson')], quotes: [], blocks: [] },
      { articleId: 'relay', people: [person('Jessa Tarne', { gender: 'female' })], quotes: [], blocks: [] },
      { articleId: 'final', people: [person('J Tarne', { listedOnly: true }), person('R Blay', { listedOnly: true })], quotes: [], blocks: [] },
    ]);
    expect(personIdFor('derby', 'J Tarne')).toBe('jory-tarne');
    expect(personIdFor('cup', 'J Tarne')).toBe('jory-tarne');
    // Nothing ties this team sheet to either Tarne: it stays its own entry.
    expect(personIdFor('final', 'J Tarne')).toBe('j-tarne');
    expect(people.find((p) => p.id === 'jory-tarne')!.articles).toEqual(['cup', 'derby']);
  });

  it('joins an initial form to the full name its own story gives, though another person elsewhere fits it', () => {
    const { personIdFor } = mergePeople([
      { articleId: 'match', people: [person('Orrin Pellow', { gender: 'male' }), person('O Pellow', { listedOnly: true }), person('Kell Upson')], quotes: [], blocks: [] },
      { articleId: 'tour', people: [person('Osric Pellow', { gender: 'male' }), person('Kell Upson')], quotes: [], blocks: [] },
    ]);
    expect(personIdFor('match', 'O Pellow')).toBe('orrin-pellow');
  });

  it('keeps a team sheet initial apart from the one fitting full name when its stories are all of another section and share no one', () => {
    const { personIdFor } = mergePeople([
      { articleId: 'club-night', section: 'Arts', people: [person('Jarvis Quorn Tellig', { gender: 'male' }), person('Ada Brisk')], quotes: [], blocks: [] },
      { articleId: 'trials', section: 'Sport', people: [person('J Tellig', { listedOnly: true }), person('R Blay', { listedOnly: true })], quotes: [], blocks: [] },
      // The same initial in a sheet of the full name's own section still joins it.
      { articleId: 'gala', section: 'Arts', people: [person('J Tellig', { listedOnly: true })], quotes: [], blocks: [] },
    ]);
    expect(personIdFor('trials', 'J Tellig')).toBe('j-tellig');
    expect(personIdFor('gala', 'J Tellig')).toBe('jarvis-quorn-tellig');
  });

  it('reads an Italian "dal" as a particle of a team sheet surname', () => {
    const { personIdFor } = mergePeople([
      { articleId: 'preview', people: [person('Dario dal Tellig', { gender: 'male' })], quotes: [], blocks: [] },
      { articleId: 'preview', people: [person('D dal Tellig', { listedOnly: true })], quotes: [], blocks: [] },
    ]);
    expect(personIdFor('preview', 'D dal Tellig')).toBe('dario-dal-tellig');
  });

  it('reads a surname with its particle: "De Vries" alone and "R de Vries" on a team sheet are Rolf de Vries', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'derby', people: [person('Rolf de Vries', { gender: 'male' }), person('Kell Upson'), person('Ivo Marr')], quotes: [], blocks: [] },
      { articleId: 'cup', people: [person('R de Vries', { listedOnly: true }), person('Kell Upson'), person('Ivo Marr')], quotes: [], blocks: [] },
      { articleId: 'recap', people: [person('De Vries', { gender: 'male', mentions: ['De Vries'] }), person('Kell Upson')], quotes: [], blocks: [] },
    ]);
    expect(personIdFor('cup', 'R de Vries')).toBe('rolf-de-vries');
    expect(personIdFor('recap', 'De Vries')).toBe('rolf-de-vries');
    expect(people.map((p) => p.name)).toEqual(['Ivo Marr', 'Kell Upson', 'Rolf de Vries']);
  });

  it('leaves out a bare surname from a list that matches no one person, but indexes one that does', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'one', people: [person('Tobin Quorvan'), person('Dane Ostrow')], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Quorvan', { listedOnly: true }), person('Brisco', { listedOnly: true }), person('Dane Ostrow')], quotes: [], blocks: [] },
      { articleId: 'three', people: [person('Brisco', { listedOnly: true })], quotes: [], blocks: [] },
    ]);
    expect(people.map((p) => p.name)).toEqual(['Dane Ostrow', 'Tobin Quorvan']);
    expect(personIdFor('two', 'Quorvan')).toBe('tobin-quorvan');
    expect(personIdFor('two', 'Brisco')).toBeNull();
  });
});

describe('mergePeople roles', () => {
  it('takes as role only a description with a role word', () => {
    const { people } = mergePeople([
      { articleId: 'one', people: [person('Raj Tamm', { descriptions: ['Carnegie Quill', 'Carnegie Quill', 'robotics professor'] })], quotes: [], blocks: [] },
    ]);
    expect(people[0]!.role).toBe('robotics professor');
    expect(people[0]!.descriptions).toContain('Carnegie Quill');
  });

  it('prefers a fuller description holding a bare role word ("leader") over the bare word, however often it comes', () => {
    const { people } = mergePeople([
      { articleId: 'one', people: [person('Ida Venn', { descriptions: ['leader', 'leader', 'Harbour Party leader'] })], quotes: [], blocks: [] },
    ]);
    expect(people[0]!.role).toBe('Harbour Party leader');
  });

  it('gives a kinship word as role only with its owner ("Varrow\'s son", never a bare "third husband")', () => {
    const { people } = mergePeople([
      { articleId: 'one', people: [person('Tomas', { descriptions: ['son', 'son', "Varrow's son"] }), person('Eli Brandt', { descriptions: ['third husband', 'younger brother'] })], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Eli Brandt', { descriptions: ['third husband', 'harbour master'] })], quotes: [], blocks: [] },
    ]);
    expect(people.find((p) => p.name === 'Tomas')!.role).toBe("Varrow's son");
    expect(people.find((p) => p.name === 'Eli Brandt')!.role).toBe('harbour master');
    // A capitalised owner: the firm or the family.
    const firm = mergePeople([{ articleId: 'one', people: [person('Ada Roe', { descriptions: ['Kestrel Films partner'] })], quotes: [], blocks: [] }]);
    expect(firm.people[0]!.role).toBe('Kestrel Films partner');
  });
});

describe('mergePeople and namesakes', () => {
  const story = (articleId: string, section: string, people: LocalPerson[]) => ({ articleId, section, people, quotes: [], blocks: [] });

  it('does not join a titled surname to another story\'s person merely by surname', () => {
    const { people, personIdFor } = mergePeople([
      story('court', 'Arts', [person('Kessa Vane', { gender: 'female', descriptions: ['cellist'] }), person('Orla Finch')]),
      story('vote', 'Politics', [person('Vane', { gender: 'female', mentions: ['Ms Vane'] }), person('Bram Ellery')]),
    ]);
    expect(personIdFor('vote', 'Vane')).not.toBe(personIdFor('court', 'Kessa Vane'));
    expect(people.map((p) => p.name)).toEqual(['Bram Ellery', 'Kessa Vane', 'Orla Finch', 'Vane']);
  });

  it('joins a titled surname when the stories share a section or another person', () => {
    const bySection = mergePeople([
      story('court', 'Arts', [person('Kessa Vane', { gender: 'female' })]),
      story('gig', 'Arts', [person('Vane', { gender: 'female', mentions: ['Ms Vane'] })]),
    ]);
    expect(bySection.personIdFor('gig', 'Vane')).toBe('kessa-vane');
    const byPerson = mergePeople([
      story('court', 'Arts', [person('Kessa Vane', { gender: 'female' }), person('Orla Finch')]),
      story('vote', 'Politics', [person('Vane', { gender: 'female', mentions: ['Ms Vane'] }), person('Orla Finch')]),
    ]);
    expect(byPerson.personIdFor('vote', 'Vane')).toBe('kessa-vane');
  });

  it('joins a titled surname to the namesake its context covers far more than any other, and only then', () => {
    const coverage = (leader: number, other = 1) => [
      ...Array.from({ length: leader }, (_, i) => story(`pm-${i}`, 'Politics', [person('Edvin Harrow', { gender: 'male' })])),
      ...Array.from({ length: other }, (_, i) => story(`police-${i}`, 'Politics', [person('Sir Olaf Harrow', { gender: 'male' })])),
      story('gig', 'Arts', [person('Lars Harrow', { gender: 'male' })]),
      story('budget', 'Politics', [person('Harrow', { gender: 'male', mentions: ['Mr Harrow'] })]),
    ];
    expect(mergePeople(coverage(12)).personIdFor('budget', 'Harrow')).toBe('edvin-harrow');
    // Five times the stories of any other is lead enough (a president in 25 stories, a namesake in 4).
    expect(mergePeople(coverage(15, 3)).personIdFor('budget', 'Harrow')).toBe('edvin-harrow');
    expect(mergePeople(coverage(15, 4)).personIdFor('budget', 'Harrow')).toBe('harrow');
    // Three stories against one is no clear lead: the titled surname stays its own entry.
    expect(mergePeople(coverage(3)).personIdFor('budget', 'Harrow')).toBe('harrow');
  });

  it('joins a team-sheet surname only to a player whose stories share team-mates with it', () => {
    const alone = mergePeople([
      story('tour', 'Sport', [person('Jory Marsk'), person('Tane Ruru')]),
      story('derby', 'Sport', [person('Marsk', { listedOnly: true }), person('Cully', { listedOnly: true })]),
    ]);
    expect(alone.personIdFor('derby', 'Marsk')).toBeNull();
    expect(alone.people.find((p) => p.id === 'jory-marsk')!.articles).toEqual(['tour']);
    const mates = mergePeople([
      story('tour', 'Sport', [person('Jory Marsk'), person('Tane Ruru')]),
      story('derby', 'Sport', [person('Marsk', { listedOnly: true }), person('Tane Ruru')]),
    ]);
    expect(mates.personIdFor('derby', 'Marsk')).toBe('jory-marsk');
  });

  it('keeps bare surnames of unrelated stories apart, and together in one section', () => {
    const { people } = mergePeople([
      story('liner', 'Travel', [person('Orsay', { descriptions: ['Captain'] })]),
      story('gala', 'Arts', [person('Orsay', { descriptions: ['dancer'] })]),
      story('ballet', 'Arts', [person('Orsay')]),
    ]);
    expect(people.map((p) => [p.id, p.articles])).toEqual([
      ['orsay', ['ballet', 'gala']],
      ['orsay-2', ['liner']],
    ]);
  });

  it('splits a sportsman from a namesake of another field, with a stable id for each', () => {
    const { people, personIdFor } = mergePeople([
      story('derby', 'Sport', [person('Corin Lathe'), person('Tane Ruru')]),
      story('cup', 'Sport', [person('Corin Lathe'), person('Tane Ruru')]),
      story('budget', 'Politics', [person('Corin Lathe', { descriptions: ['party chairman'] }), person('Ilsa Marrow')]),
      story('poll', 'Politics', [person('Corin Lathe', { descriptions: ['chairman'] }), person('Ilsa Marrow')]),
      story('vote', 'Politics', [person('Corin Lathe'), person('Ilsa Marrow')]),
    ]);
    const lathes = people.filter((p) => p.name === 'Corin Lathe');
    expect(lathes.map((p) => [p.id, p.articles, p.role])).toEqual([
      ['corin-lathe', ['budget', 'poll', 'vote'], 'party chairman'],
      ['corin-lathe-sport', ['cup', 'derby'], null],
    ]);
    expect(personIdFor('derby', 'Corin Lathe')).toBe('corin-lathe-sport');
    expect(personIdFor('vote', 'Corin Lathe')).toBe('corin-lathe');
  });

  it('keeps a politician named in a sport story one person when anything ties the stories', () => {
    const politics = [
      story('budget', 'Politics', [person('Corin Lathe', { descriptions: ['sports minister'] }), person('Ilsa Marrow')]),
      story('poll', 'Politics', [person('Corin Lathe', { descriptions: ['minister'] })]),
    ];
    const sharedPerson = mergePeople([...politics, story('stadium', 'Sport', [person('Corin Lathe'), person('Ilsa Marrow')])]);
    expect(sharedPerson.people.filter((p) => p.name === 'Corin Lathe')).toHaveLength(1);
    const sharedRole = mergePeople([...politics, story('stadium', 'Sport', [person('Corin Lathe', { descriptions: ['minister'] })])]);
    expect(sharedRole.people.filter((p) => p.name === 'Corin Lathe')).toHaveLength(1);
    const noRoleElsewhere = mergePeople([
      story('derby', 'Sport', [person('Corin Lathe', { descriptions: ['striker'] })]),
      story('gadget', 'Tech', [person('Corin Lathe')]),
    ]);
    expect(noRoleElsewhere.people).toHaveLength(1);
  });

  it('never joins a team-sheet surname on surnames in common alone: a club sheet is no international squad', () => {
    const listed = { listedOnly: true };
    const squad = story('squad', 'Sport', [person('Jory Marsk'), person('Cully', listed), person('Brane', listed), person('Oskin', listed)]);
    const clubSheet = story('derby', 'Sport', [person('Marsk', listed), person('Cully', listed), person('Brane', listed), person('Oskin', listed)]);
    expect(mergePeople([squad, clubSheet]).personIdFor('derby', 'Marsk')).toBeNull();
    // A team-mate named in full in both stories still ties them.
    const withMate = story('derby', 'Sport', [person('Marsk', listed), person('Cully', listed), person('Tane Ruru')]);
    expect(mergePeople([story('squad', 'Sport', [person('Jory Marsk'), person('Tane Ruru')]), withMate]).personIdFor('derby', 'Marsk')).toBe('jory-marsk');
  });

  it('joins a team-sheet surname to the player a story puts next to the club the sheet lists him for', () => {
    const listed = { listedOnly: true };
    const withText = (articleId: string, people: LocalPerson[], text: string) => ({ ...story(articleId, 'Sport', people), blocks: [{ type: 'paragraph' as const, text }] });
    const profile = withText('profile', [person('Jory Marsk'), person('Ilsa Marrow')], 'Quayside lock Jory Marsk is fit again, said Ilsa Marrow.');
    const sheet = (club: string) =>
      withText('derby', [person('Brane', listed), person('Cully', listed), person('Marsk', listed)], `Tolley won at home. ${club}: Brane; Cully, Marsk, Oskin. Replacements: Pell, Quint.`);
    expect(mergePeople([profile, sheet('Quayside')]).personIdFor('derby', 'Marsk')).toBe('jory-marsk');
    // Another club's sheet: no join.
    expect(mergePeople([profile, sheet('Harbourside')]).personIdFor('derby', 'Marsk')).toBeNull();
  });

  it('counts a team-sheet initial that joined its player as a team-mate named in the sheet\'s story', () => {
    const listed = { listedOnly: true };
    const { personIdFor } = mergePeople([
      story('club', 'Sport', [person('Jory Marsk'), person('Sam Brane')]),
      story('derby', 'Sport', [person('Marsk', listed), person('S Brane', listed)]),
    ]);
    expect(personIdFor('derby', 'S Brane')).toBe('sam-brane');
    expect(personIdFor('derby', 'Marsk')).toBe('jory-marsk');
  });

  it('joins a team-sheet surname through the team-mates another sheet joined, whatever the input order', () => {
    const stories = [
      story('club', 'Sport', [person('Tobias Wren'), person('Ilsa Marrow')]),
      story('sheet-one', 'Sport', [person('Wren', { listedOnly: true }), person('Ilsa Marrow'), person('Dane Ostrow')]),
      story('sheet-two', 'Sport', [person('Wren', { listedOnly: true }), person('Dane Ostrow')]),
    ];
    for (const order of [stories, [...stories].reverse()]) {
      const { personIdFor } = mergePeople(order);
      expect(personIdFor('sheet-one', 'Wren')).toBe('tobias-wren');
      expect(personIdFor('sheet-two', 'Wren')).toBe('tobias-wren');
    }
  });
});

describe('mergePeople and a relative named by the given name alone', () => {
  const story = (articleId: string, section: string, people: LocalPerson[]) => ({ articleId, section, people, quotes: [], blocks: [] });

  it('joins a lone given name to the family member of that given name the related stories name in full', () => {
    const stories = [
      story('premiere', 'Arts', [person('Tobias Stallworth', { descriptions: ['actor'] }), person('Ilsa Marrow')]),
      story('evicted', 'Arts', [person('Marta Stallworth'), person('Tobias', { descriptions: ['actor'] })]),
    ];
    expect(mergePeople(stories).personIdFor('evicted', 'Tobias')).toBe('tobias-stallworth');
    // Stories of another section that share no one: a namesake's family, no join.
    const elsewhere = [stories[0]!, story('budget', 'Politics', [person('Marta Stallworth'), person('Tobias')])];
    expect(mergePeople(elsewhere).personIdFor('budget', 'Tobias')).toBe('tobias');
  });
});

describe('mergePeople and peerages', () => {
  const story = (articleId: string, people: LocalPerson[], section = 'Politics') => ({ articleId, people, quotes: [], blocks: [], section });

  it('joins a peer to the birth name when the stories share another person, and names the entry in full', () => {
    const { people, personIdFor } = mergePeople([
      story('one', [person('Colin Tolley', { descriptions: ['former harbour minister'], gender: 'male' }), person('Ann Penhale')]),
      story('two', [person('Lord Tolley', { gender: 'male' }), person('Ann Penhale')]),
    ]);
    expect(people.map((p) => p.name)).toEqual(['Ann Penhale', 'Colin Tolley']);
    expect(personIdFor('two', 'Lord Tolley')).toBe('colin-tolley');
  });

  it('joins a peer to the one person written as that peer in their own stories, of several with the surname', () => {
    const { personIdFor } = mergePeople([
      story('one', [person('Colin Tolley', { mentions: ['Colin Tolley', 'Lord Tolley'] })]),
      story('two', [person('Anna Tolley', { descriptions: ['MP'] })]),
      story('three', [person('Lord Tolley')]),
    ]);
    expect(personIdFor('three', 'Lord Tolley')).toBe('colin-tolley');
  });

  it('keeps a peer apart from a namesake the stories do not tie to him (the section is not enough)', () => {
    const { people, personIdFor } = mergePeople([
      story('one', [person('Colin Tolley', { descriptions: ['shadow minister'] }), person('Ann Penhale')]),
      story('two', [person('Lord Tolley', { descriptions: ['judge'] }), person('Rhys Kember')]),
    ]);
    expect(people).toHaveLength(4);
    expect(personIdFor('two', 'Lord Tolley')).toBe('lord-tolley');
  });

  it('never reads a team sheet initial as a peer ("L Tolley" is no "Lord Tolley")', () => {
    const { personIdFor } = mergePeople([
      story('one', [person('Lord Tolley', { descriptions: ['judge'] })], 'Sport'),
      story('two', [person('L Tolley', { listedOnly: true })], 'Sport'),
    ]);
    expect(personIdFor('two', 'L Tolley')).not.toBe(personIdFor('one', 'Lord Tolley'));
  });
});

describe('mergePeople and a listed surname the prose also writes (round 16)', () => {
  const story = (articleId: string, section: string, people: LocalPerson[]) => ({ articleId, section, people, quotes: [], blocks: [] });
  const listed = (name: string, inProse = false) => person(name, inProse ? { listedOnly: true, inProse } : { listedOnly: true });

  it('joins the one full name whose stories share surnames with it, as a name in prose does', () => {
    const preview = story('preview', 'Sport', [person('Milo Brisco', { descriptions: ['striker'] }), person('Tellig'), person('Dorrit'), person('Halvey')]);
    const report = story('report', 'Sport', [listed('Brisco', true), listed('Tellig'), listed('Dorrit'), listed('Halvey')]);
    expect(mergePeople([preview, report]).personIdFor('report', 'Brisco')).toBe('milo-brisco');
    // A sheet's surname alone needs a team-mate named in full; with none to join, no lone "Brisco" entry.
    const sheet = story('report', 'Sport', [listed('Brisco'), listed('Tellig'), listed('Dorrit'), listed('Halvey')]);
    expect(mergePeople([preview, sheet]).personIdFor('report', 'Brisco')).toBeNull();
    expect(mergePeople([report]).people).toEqual([]);
  });

  it('does not join on the section alone, unless the prose gives that full name; another given name rules it out', () => {
    const profile = story('profile', 'Sport', [person('Milo Brisco', { descriptions: ['manager'] })]);
    const report = story('report', 'Sport', [listed('Brisco', true), listed('Tellig')]);
    expect(mergePeople([profile, report]).personIdFor('report', 'Brisco')).toBeNull();
    const withName = (name: string) => story('report', 'Sport', [person('Brisco', { listedOnly: true, inProse: true, proseFullNames: [name] }), listed('Tellig')]);
    expect(mergePeople([profile, withName('Milo Brisco')]).personIdFor('report', 'Brisco')).toBe('milo-brisco');
    const preview = story('preview', 'Sport', [person('Milo Brisco'), person('Tellig'), person('Dorrit'), person('Halvey')]);
    const other = story('report', 'Sport', [person('Brisco', { listedOnly: true, inProse: true, proseFullNames: ['Ally Brisco'] }), listed('Tellig'), listed('Dorrit'), listed('Halvey')]);
    expect(mergePeople([preview, other]).personIdFor('report', 'Brisco')).toBeNull();
  });
});

describe('mergePeople and an Italian "Lo" surname (round 16)', () => {
  it('reads "A Lo Varra" as a sheet initial of the full-named "Aldo Lo Varra"', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'one', section: 'Sport', people: [person('Aldo Lo Varra', { descriptions: ['prop'] })], quotes: [], blocks: [] },
      { articleId: 'two', section: 'Sport', people: [person('A Lo Varra', { listedOnly: true })], quotes: [], blocks: [] },
    ]);
    expect(personIdFor('two', 'A Lo Varra')).toBe('aldo-lo-varra');
    expect(people.map((p) => p.name)).toEqual(['Aldo Lo Varra']);
  });
});
