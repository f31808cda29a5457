/** Who speaks next: round 14's classes (docs/quotes.md, "Round 14"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { scanNames } from './names.ts';
import { enrichArticle } from './index.ts';
import { makeParsed, ruleSpeakerNames } from './test-utils.ts';

describe('a sentence of reported speech hands the next quotation to its subject', () => {
  it('with a verb of conceding, as with "said that"', () => {
    const story = (verb: string) => [
      'Ferry spokesman Ivo Brennan said: "The crossing should stay shut a while longer."',
      `Mr Saltmarsh ${verb} that the new timetable had caused delays.`,
      '"If you queue at the quay on a Monday you will see it. "But I still want the harbour to grow."',
    ];
    expect(ruleSpeakerNames(story('acknowledged'))).toEqual(['Ivo Brennan', 'Saltmarsh', 'Saltmarsh']);
    expect(ruleSpeakerNames(story('concedes'))).toEqual(['Ivo Brennan', 'Saltmarsh', 'Saltmarsh']);
  });
});

describe('a pronoun the rules cannot resolve ends the last speaker\'s turn', () => {
  it('leaves the run that follows unknown instead of giving it to whoever spoke before', () => {
    const names = ruleSpeakerNames([
      'Sam Kellow said the plan was "more than a slogan". Mr Cato Renn has been premier since 2001.',
      // A paragraph that lost its subject: "he" cannot be told.
      'was pleased with the crowd on Monday. In the closing passage, he declared: "We will finish the bridge by spring.',
      '"Every village on the coast will have a bus by summer.',
      '"And every school will have a library."',
    ]);
    expect(names).toEqual(['Sam Kellow', null, null, null]);
  });
});

describe('"It" opening a sentence takes up the body the sentence before opened with', () => {
  it('a committee named in lower case after its house, not the agency it talks about', () => {
    expect(
      ruleSpeakerNames([
        'A report by the Commons roads and bridges committee called for the Ferry Authority to be closed unless it improved.',
        'The committee reached its view after it found thousands of tickets unpaid. It warned the Ferry Authority might need years to become "fit to sail".',
      ]),
    ).toEqual(['Commons roads and bridges committee']);
  });

  it('a report speaks for the body that wrote it', () => {
    expect(
      ruleSpeakerNames(['A report by the Harbour Users Association found long queues at quays run by the Ferry Authority. It called the service "slow to change".']),
    ).toEqual(['Harbour Users Association']);
  });
});

describe('a radio or television station speaks under its numbered name', () => {
  it('"Radio 4 said" is the station, under the broadcaster\'s name the story gave it', () => {
    expect(ruleSpeakerNames(['Kestrel FM has a new late show.', 'Radio 4 said the programme would "meet the test" of the late slot.'])).toEqual(['Radio 4']);
    expect(
      ruleSpeakerNames(['The late Ivo Marr\'s BBC Radio 4 show is to end.', 'The DJ had hosted it since 1990, ending each night at 2300 GMT.', '"Nobody can replace him," said the radio station.']),
    ).toEqual(['BBC Radio 4']);
  });
});

describe('common-noun acronyms are no bodies', () => {
  it('"the DJ", "2300 GMT" name no organisation; "Channel 5" does', () => {
    expect(scanNames('The DJ hosted it until 2300 GMT every night.').organisations).toEqual([]);
    expect(scanNames('The film is on Channel 5 tonight.').organisations.map((o) => o.name)).toEqual(['Channel 5']);
  });
});

describe('a role the subject is about is not the subject', () => {
  it('"a recent memoir about the governor claims" gives no one the memoir as a role', () => {
    const article = enrichArticle(
      makeParsed([
        'Tom Ardley promised Sam Kellow he would retire after the harvest fair, a recent memoir about the governor claims.',
        'But Mr Ardley changed his mind, according to the book.',
        '"I never heard him say that," Mr Kellow said.',
      ]),
      { speakers: 'rules' },
    );
    expect(article.people.find((p) => p.name === 'Sam Kellow')!.descriptions.some((d) => /\babout\b/.test(d))).toBe(false);
  });
});
