/** The speaker sieve, one rule per test, on invented sentences. */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed, ruleQuotes } from './test-utils.ts';

function speakers(paragraphs: string[]) {
  return ruleQuotes(paragraphs).map((q) => [q.text, q.speaker.name, q.speaker.type]);
}

describe('speaker sieve', () => {
  it('`"…," said X` and `"…," X said`', () => {
    expect(speakers(['"The bridge is safe," said Tomas Verlaine.', '"It will open on Monday," Verlaine said.'])).toEqual([
      ['The bridge is safe,', 'Tomas Verlaine', 'person'],
      ['It will open on Monday,', 'Tomas Verlaine', 'person'],
    ]);
  });

  it('`X said: "…"` and `he added: "…"` with the pronoun resolved by gender', () => {
    const result = speakers([
      'Harbour master Ines Corvo met Mr Pell Okafor on Tuesday.',
      'Mr Okafor said: "We were not consulted about the new berths."',
      'Ms Corvo added: "Every berth was offered to local crews first."',
      '"Nobody was left out," she said.',
    ]);
    expect(result.map((r) => r[1])).toEqual(['Pell Okafor', 'Ines Corvo', 'Ines Corvo']);
  });

  it('`X told …` and speech verbs in other forms', () => {
    expect(speakers(['Mr Brannock told reporters: "The vote was fair."', 'Dr Elsa Morrow, who leads the clinic, warned it was "far too late".']))
      .toEqual([
        ['The vote was fair.', 'Brannock', 'person'],
        ['far too late', 'Elsa Morrow', 'person'],
      ]);
  });

  it('`according to X` and passives credit the agent', () => {
    const result = speakers([
      'The scheme is "a shambles", according to the Riverside Tenants Union.',
      'Her remarks were described as "reckless" by the Coastal Fishing Federation (CFF).',
    ]);
    expect(result).toEqual([
      ['a shambles', 'Riverside Tenants Union', 'organisation'],
      ['reckless', 'Coastal Fishing Federation', 'organisation'],
    ]);
  });

  it('the subject of the clause that works a fragment in', () => {
    expect(speakers(['Mr Jorund Aske welcomed the ruling as "long overdue" on Friday.'])).toEqual([['long overdue', 'Jorund Aske', 'person']]);
  });

  it('an unnamed spokesperson for a named body is the body', () => {
    expect(speakers(['A spokeswoman for the Vantry Water Board said: "Supplies are normal."'])).toEqual([
      ['Supplies are normal.', 'Vantry Water Board', 'organisation'],
    ]);
  });

  it('groups speak as the group word', () => {
    expect(speakers(['"This is a tax on the poor," critics said.'])).toEqual([['This is a tax on the poor,', 'critics', 'group']]);
  });

  it('descriptions resolve through the roles the article gives people', () => {
    const result = speakers([
      'Our correspondent, Lena Hartwick, was in the square.',
      'The crowd was calm, says our correspondent.',
      '"People here simply want the power back," says our correspondent.',
    ]);
    expect(result).toEqual([['People here simply want the power back,', 'Lena Hartwick', 'person']]);
  });

  it('paragraphs of an unclosed quotation keep their speaker, and chains take a later attribution', () => {
    const result = enrichArticle(
      makeParsed(['"The first paragraph stays open.', '"The second one closes," said Mr Dorrit Vale.', '"And a third follows."']),
      // The sieve's chain (the ranker, retrained on parts A–F, leaves a chain's first piece unknown below
      // its threshold: on the dev set the chain was right for only one in five of the pieces it withholds).
      { speakers: 'rules' },
    ).quotes;
    expect(result.map((q) => [q.speaker.name, q.unclosed ?? false])).toEqual([
      ['Dorrit Vale', true],
      ['Dorrit Vale', false],
      ['Dorrit Vale', false],
    ]);
  });

  it('stays unknown when no rule is confident', () => {
    expect(speakers(['The sign on the gate read "closed until further notice" all week.'])).toEqual([]);
    expect(speakers(['"Nobody knows what happens next."'])).toEqual([['Nobody knows what happens next.', null, 'unknown']]);
  });

  it('records block, child and offsets that slice the block text', () => {
    const article = enrichArticle(
      makeParsed([
        'Intro line.',
        { type: 'analysis', author: { name: 'Ona Brisk', role: 'Science correspondent Ona Brisk' }, blocks: [{ type: 'paragraph', text: 'The lab said the result was "a surprise to everyone".' }] },
      ]),
    );
    const q = article.quotes[0]!;
    expect([q.id, q.block, q.child]).toEqual(['q1', 1, 0]);
    const box = article.blocks[1]!;
    expect(box.type === 'analysis' && box.blocks[0]!.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('maps a pull quote to the person named in the article', () => {
    const article = enrichArticle(
      makeParsed(['Mayor Ruth Anselm opened the bridge.', { type: 'pullquote', text: 'We built this together', speaker: { name: 'Ruth Anselm', personId: null, type: 'person' } }]),
    );
    const pull = article.blocks[1]!;
    expect(pull.type === 'pullquote' && pull.speaker.name).toBe('Ruth Anselm');
  });

  it('a pronoun prefers the subject over a name mentioned later in the sentence', () => {
    const result = speakers([
      'Mr Tarek Osei, who left the board in May, said that Mr Lorn Bexley would stay on.',
      '"The accounts are in good order," he said.',
    ]);
    expect(result).toEqual([['The accounts are in good order,', 'Tarek Osei', 'person']]);
  });

  it('a pronoun after a paragraph that lost its subject stays unknown', () => {
    const result = speakers(['Mr Cato Renn has been manager since 2001.', 'was pleased with the draw on Monday.', '"We can beat anyone," he said.']);
    expect(result).toEqual([['We can beat anyone,', null, 'unknown']]);
  });

  it('`"…." X added: "…"` credits X with the quotation before too', () => {
    const result = speakers(['His advice was simple: "Save the money." Mr Ewan Dunmore added: "Spend it later."']);
    expect(result.map((r) => r[1])).toEqual(['Ewan Dunmore', 'Ewan Dunmore']);
  });

  it('a definite description nobody carries yet points back to the last subject', () => {
    const result = speakers(['Health minister Iris Pemberton visited the ward.', '"Waiting lists are falling," the Dunmore MP told reporters.']);
    expect(result).toEqual([['Waiting lists are falling,', 'Iris Pemberton', 'person']]);
  });

  it('a role that speaks before its owner is named goes to the person named next', () => {
    const article = enrichArticle(makeParsed(["Valdoria's trade envoy says talks will resume.", '"We are ready," said Oskar Lindahl.']));
    expect(article.people.find((p) => p.name === 'Oskar Lindahl')!.descriptions).toContain("Valdoria's trade envoy");
  });
});

describe('who is talked about, who speaks (round 9)', () => {
  it('the subject of a passive verb of praise is talked about, not speaking', () => {
    expect(speakers(['Director Im Bo-ra, who has made 60 films, was praised for her "bold use of colour".'])[0]?.[2]).toBe('unknown');
    // The active form still credits the subject.
    expect(speakers(['Director Im Bo-ra, who has made 60 films, hailed the jury\'s "remarkable courage".'])[0]?.[1]).toBe('Im Bo-ra');
  });

  it('a speaker named last in an inverted attribution is the one a later "he wrote" means', () => {
    const result = speakers([
      'Sir Anton Hale drew up the plan. He was briefed on Monday.',
      '"The timetable is wrong," said the chairman of the schools committee, Labour MP Rhys Calder.',
      'His worry was the exams. "Pupils deserve better," he wrote in a weekly paper.',
    ]);
    expect(result.map((r) => r[1])).toEqual(['Rhys Calder', 'Rhys Calder']);
  });
});

describe('a quotation introduced by another name (round 9)', () => {
  it('is not the subject named earlier in the sentence, even when the name finder missed the speaker', () => {
    expect(speakers(['But when asked if Ned Arlo would stay next season, Quarrie said: "I truly expect so."'])[0]?.[1]).not.toBe('Ned Arlo');
    // The same person introducing it keeps the credit.
    expect(speakers(['Ned Arlo scored twice, and Arlo said: "It was fine."'])[0]?.[1]).toBe('Ned Arlo');
  });
});
