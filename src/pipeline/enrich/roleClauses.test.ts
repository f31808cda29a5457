/** Roles cut to the words that describe the person, and roles not handed to the wrong speaker. */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const rolesOf = (name: string, ...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.find((p) => p.name === name)?.descriptions;

describe('a role phrase ends where another phrase or a clause begins', () => {
  it('a lower-case word that is no role, joined by "and" to a role, belongs to another noun phrase', () => {
    expect(rolesOf('Dan Tarrow', 'Kell hit the post with his kick and fly-half Dan Tarrow then sliced a drop goal.')).toEqual(['fly-half']);
    expect(rolesOf('Ian Vell', 'Labour farms and fisheries spokesman Ian Vell was not impressed.')).toEqual(['Labour farms and fisheries spokesman']);
    expect(rolesOf('Ian Vell', 'Pop singer and songwriter Ian Vell was not impressed.')).toEqual(['Pop singer and songwriter']);
  });

  it('a noun the lexicon also files as a verb stays in the role before its head noun, but a verb before a role does not', () => {
    expect(rolesOf('Marcus Tarrow', 'The mark was bettered only by former world record holder Marcus Tarrow of Tarnmouth.')).toEqual(['former world record holder']);
    expect(rolesOf('Marcus Tarrow', 'The heat was won by record holder Marcus Tarrow.')).toEqual(['record holder']);
    expect(rolesOf('Marcus Tarrow', 'She hopes to meet holder Marcus Tarrow in the final.')).toEqual(['holder']);
  });

  it('an office joined to its department by "to the", "of" or "for" is one role, not the department alone', () => {
    expect(rolesOf('Tom Vell', 'Then Deputy Secretary to the Treasury Tom Vell attacked the plans.')).toEqual(['Deputy Secretary to the Treasury']);
    expect(rolesOf('Tom Vell', 'Both the Primate and Archbishop of Tarnmouth Dr Tom Vell spoke.')).toEqual(['Archbishop of Tarnmouth']);
  });

  it('"aka" before a role joins a stage name to the person, and is no part of the role', () => {
    expect(rolesOf('Tom Vell', 'The Harbour Lights, aka Welsh rapper and songwriter, Tom Vell topped the poll.')).toEqual(['Welsh rapper and songwriter']);
  });

  it('the last word of an appositive the comma closes is its head noun, even one the lexicon files as a verb', () => {
    expect(rolesOf('Ivo Renn', 'Ivo Renn, deputy head of Kestrel Foods\' Nordic retail arm, spoke first.')).toEqual(["deputy head of Kestrel Foods' Nordic retail arm"]);
    expect(rolesOf('Ivo Renn', 'Ivo Renn, secretary of the club, spoke first.')).toEqual(['secretary of the club']);
  });

  it('a field of work in -ing inside the role stays in it ("director of marketing at …")', () => {
    expect(rolesOf('Ivo Renn', '"Orders are up," said Ivo Renn, director of marketing at Kestrel Foods.')).toEqual(['director of marketing at Kestrel Foods']);
    expect(rolesOf('Ivo Renn', 'Ivo Renn, head of ferries, speaking at the fair, was upbeat.')).toEqual(['head of ferries']);
  });

  it('a word the lexicon files as a verb right before the role noun compounds with it ("fund manager")', () => {
    expect(rolesOf('Matt Renn', 'However, Matt Renn, a fund manager at Kestrel Trust said the stake was a first step.')).toEqual(['fund manager at Kestrel Trust']);
  });

  it('a capitalised word joined by "&" ("R&B") stays whole in the role before its head', () => {
    expect(rolesOf('Kyla Venn', 'R&B star Kyla Venn will open the harbour festival.')).toEqual(['R&B star']);
  });

  it('a conjunction opening a clause stays out of the role', () => {
    expect(rolesOf('Ian Vell', 'Ian Vell, the captain of Quayside as they chase the title, was rested.')).toEqual(['captain of Quayside']);
  });
});

describe('a role the text gives right after naming someone', () => {
  it('is not the role of a name that ends an opening clause ("having beaten X, the …")', () => {
    expect(rolesOf('Dario Venn', 'Ivo Tarrant broke clear but, having shrugged off Dario Venn, the Quayside midfielder shot wide.')).toEqual([]);
    expect(rolesOf('Dario Venn', 'Dario Venn, the Quayside midfielder, was booked.')).toEqual(['Quayside midfielder']);
  });


  it('is not held for a speaker the story names later', () => {
    const roles = rolesOf(
      'Lord Tarrow',
      'John Kendal has attacked the ruling by the court on the harbour tolls.',
      'The home secretary argued the tolls were "fair and lawful" and would stay.',
      'On Monday, Lord Tarrow - a senior judge - said: "The tolls break the charter."',
    );
    expect(roles).not.toContain('home secretary');
  });
  it('is not taken from someone the text leaves unnamed on purpose', () => {
    const roles = rolesOf(
      'Kit Harlow',
      'The leaders were blamed. As one furious backbencher said before the vote: "They will cost us the town." Kit Harlow said: "We must hold together."',
    );
    expect(roles ?? []).not.toContain('As one furious backbencher');
    expect(roles ?? []).not.toContain('one furious backbencher');
  });
});

describe('a backbencher', () => {
  it('is a role', () => {
    expect(rolesOf('Kit Harlow', 'Senior Labour backbencher Kit Harlow called for calm.')).toEqual(['Senior Labour backbencher']);
  });
});

describe('a role after a preposition before the comma is another person\'s (round 15)', () => {
  it('gives no role to an ally named after "an ally of the <role>,"', () => {
    expect(rolesOf('Peter Vance', 'Ivo Tarrant passed his shares to Peter Vance. An old ally of the former Quorvan boss, Mr Vance now lives in Oslo.')).toEqual([]);
    expect(rolesOf('Peter Vance', 'Speaking to the harbour minister, Peter Vance said the dock would close.')).toEqual([]);
  });

  it('still gives the role when the name is the appositive of a preposition\'s object further into the sentence', () => {
    expect(rolesOf('Peter Vance', 'The band was spotted by a manager, Peter Vance, in 1979.')).toEqual(['manager']);
    expect(rolesOf('Peter Vance', 'The losses led to the exit of its chairman, Peter Vance.')).toEqual(['chairman']);
  });

  it('still gives the role of "the head of the <body>," and of a plain role before the comma', () => {
    expect(rolesOf('Peter Vance', 'The head of the Tarn Ferry Union, Peter Vance, said the dock would close.')).toEqual(['head of the Tarn Ferry Union']);
    expect(rolesOf('Peter Vance', 'The new harbour minister, Peter Vance, said the dock would close.')).toEqual(['new harbour minister']);
  });
});

describe('a dash ends a role (round 15)', () => {
  it('stops the role at a dash that opens a gloss of the body', () => {
    expect(rolesOf('Peter Vance', '"We will fight on," said Peter Vance, chairman of Save Our Quay - a group opposing the new marina.')).toEqual(['chairman of Save Our Quay']);
  });
});

describe('a verb or a finished phrase before the role noun', () => {
  it('a lower-case word after "to" or "who" is a verb, not part of the role', () => {
    expect(rolesOf('Jory Tamblin', 'A low drive was enough to force home keeper Jory Tamblin into a dive.')).toEqual(['home keeper']);
    expect(rolesOf('Jory Tamblin', 'Quayside, who lost flanker Jory Tamblin early on, rallied late.')).toEqual(['flanker']);
    expect(rolesOf('Jory Tamblin', 'The award went to former minister Jory Tamblin last May.')).toEqual(['former minister']);
    expect(rolesOf('Jory Tamblin', 'The letter was sent to tourism minister Jory Tamblin last May.')).toEqual(['tourism minister']);
  });

  it('a plain noun and "and" before a capitalised qualifier end another phrase', () => {
    expect(rolesOf('Jory Tamblin', 'The game came alive from the whistle and Quayside defender Jory Tamblin went close.')).toEqual(['Quayside defender']);
    expect(rolesOf('Jory Tamblin', 'She met the trade and industry secretary Jory Tamblin on Monday.')).toEqual(['trade and industry secretary']);
  });
});

describe('a definite role before a closing speech verb (round 16)', () => {
  it('is the speaker\'s, not the role of the name before the comma', () => {
    expect(rolesOf('Jory Tamblin', 'A second letter was sent to Jory Tamblin, the men\'s lawyer says.')).toEqual([]);
    // Opening the sentence, the name is the subject and the role its own, the comma after it left out.
    expect(rolesOf('Jory Tamblin', '"We will look into it," Jory Tamblin, a ferry company spokesman said.')).toEqual(['ferry company spokesman']);
    // Closed by a comma, it is the name's appositive.
    expect(rolesOf('Jory Tamblin', 'Jory Tamblin, the men\'s lawyer, says the letter came late.')).toEqual(["men's lawyer"]);
  });
});
