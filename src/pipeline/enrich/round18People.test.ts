/** People round 18: the sixth people review's classes (invented sentences and names). */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people;
const rolesOf = (name: string, ...paragraphs: string[]) => peopleOf(...paragraphs).find((p) => p.name === name)?.descriptions;

describe('roles', () => {
  it('a day word before a paper and a press role is the first word of the paper', () => {
    expect(rolesOf('Jo Tarrow', 'The memoir, by Sunday Gazette journalist Jo Tarrow, came out in May.')).toEqual(['Sunday Gazette journalist']);
    expect(rolesOf('Jo Tarrow', 'On Sunday Transport Minister Jo Tarrow spoke.')).toEqual(['Transport Minister']);
  });

  it('a relation word before a capitalised title is left out of the role', () => {
    expect(rolesOf('Ivo Renn', 'She hopes to see her Ruritanian counterpart Minister Ivo Renn soon.')).toEqual(['Ruritanian Minister']);
  });

  it('lower-case words after a preposition and "the" are a lead-in, not part of the role', () => {
    expect(rolesOf('Dan Kell', 'In the pack Tarn-Vale Herons forward Dan Kell gets a start.')).toEqual(['Tarn-Vale Herons forward']);
    expect(rolesOf('Dan Kell', 'In the race former Tarn Vale champion Dan Kell came third.')).toEqual(['former Tarn Vale champion']);
    expect(rolesOf('Dan Kell', 'It was left to the fly-half Dan Kell.')).toEqual(['fly-half']);
  });

  it('two capitalised words joined by "and" before a role are one name, not a title coordinated before it', () => {
    expect(rolesOf('Tom Vell', 'Last week Quiet Nights and Tides star Tom Vell attacked the plans.')).toEqual(['Quiet Nights and Tides star']);
    expect(rolesOf('Tom Vell', 'Work and Pensions Secretary Tom Vell opened the debate.')).toEqual(['Work and Pensions Secretary']);
    expect(rolesOf('Tom Vell', 'The Harbour Diary and comedian Tom Vell spoke.')).toEqual(['comedian']);
    // A place before "and" ends a phrase of its own.
    expect(rolesOf('Tom Vell', 'She saw Ann Roe in Leeds and Tarnland Minister Tom Vell in York.')).toEqual(['Tarnland Minister']);
  });

  it('a year after a preposition of time dates the sentence and is no part of the role', () => {
    expect(rolesOf('Ned Tarrow', 'Back in 1993 former drummer Ned Tarrow fell ill on tour.')).toEqual(['former drummer']);
    expect(rolesOf('Bill Tarrow', 'The 1998 Open champion Bill Tarrow lost.')).toEqual(['1998 Open champion']);
  });

  it('a post held "until" a past time is a former one', () => {
    expect(rolesOf('Tom Vell', 'Tom Vell, the head of Kestrel Records until last year, said sales were down.')).toEqual(['former head of Kestrel Records']);
    expect(rolesOf('Tom Vell', 'Tom Vell, the head of Kestrel Records, said sales were down.')).toEqual(['head of Kestrel Records']);
  });

  it('a nationality the story contradicts for the person named last is someone else\'s', () => {
    const live = ['In the last rubber Dan Kell of the USA faces the home side.', 'There is a pause as Kell argues about a call. The Ruritanian captain walks on court as well.'];
    expect(rolesOf('Dan Kell', ...live)).toEqual([]);
    const same = ['In the last rubber Dan Kell of Ruritania faces the visitors.', 'There is a pause as Kell argues about a call. The Ruritanian captain walks on court as well.'];
    expect(rolesOf('Dan Kell', ...same)).toEqual(['Ruritanian captain']);
  });
});

describe('names', () => {
  it('a band of dictionary words in a list of performers is not confirmed by the people beside it', () => {
    const names = peopleOf('The charity single will also feature Ann Brodie, Velvet Lantern and Tom Vell.').map((p) => p.name);
    expect(names).toEqual(['Ann Brodie', 'Tom Vell']);
  });

  it('given names an editor put in round brackets before a surname complete the name', () => {
    const names = peopleOf('"They can always bring on (Jon Ivo) Tarrasen," the coach said.', 'Tarrasen has scored twice.').map((p) => p.name);
    expect(names).toEqual(['Jon Ivo Tarrasen']);
    // A nation after a seeded player, a substitute's minute: no brackets of an editor.
    expect(peopleOf('Seeds: 1 Tim Vellacott (Tarnland) 2 Jo Rennick (Ruritania).').map((p) => p.name)).toEqual(['Tim Vellacott', 'Jo Rennick']);
  });

  it('a titled part after "<actor> as his <job>" is the character', () => {
    const names = peopleOf('The cast includes Tom Vell as the hero\'s uncle and Ann Brodie as his piano teacher Mrs Quillan.', 'Mrs Quillan is strict.').map((p) => p.name);
    expect(names).toEqual(['Tom Vell', 'Ann Brodie']);
  });

  it('a name with a possessive in a list after a plural trade of shops is a shop', () => {
    expect(peopleOf('It owns shops such as Tellamy\'s and Peter Hallam\'s.').map((p) => p.name)).toEqual([]);
  });

  it('a name between a work noun\'s comma and a clause about the work is the work\'s title', () => {
    expect(peopleOf('He took a darker part in his next film, Donnie Tarrasco, where he played a spy.', 'Tarrasco did well.').map((p) => p.name)).toEqual([]);
    expect(peopleOf('In the film, Jo Rennick, 45, plays a spy.').map((p) => p.name)).toEqual(['Jo Rennick']);
  });

  it('the real name behind a one-word stage name the text confirms as a person is that person, not a second one', () => {
    expect(peopleOf('Reggae singer Quazzla was fined.', 'Quazzla, whose real name is Marvin Tellamy, has made 20 albums.').map((p) => p.name)).toEqual(['Quazzla']);
    expect(peopleOf('Singer Quazzla said the band would tour.', 'It was formed by Paul Tellamy (Quazzla, vocals) and Ann Brodie (bass).').map((p) => p.name)).toEqual(['Quazzla', 'Ann Brodie']);
    // A stage name the finder does not confirm leaves the real name as the only entry.
    expect(peopleOf('Quazzla, whose real name is Marvin Tellamy, has made 20 albums.').map((p) => p.name)).toEqual(['Marvin Tellamy']);
  });
});
