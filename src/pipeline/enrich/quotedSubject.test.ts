/**
 * Who a quotation is said of is not who says it, and clause shapes that hide the subject: invented people
 * and places.
 */
import { describe, expect, it } from 'vitest';
import { analyseSpeakers } from './index.ts';
import { personName } from './people.ts';
import { makeParsed, ruleSpeakerNames as speakers } from './test-utils.ts';

describe('a name that runs straight into a quotation', () => {
  const intro = 'In court, Halvard Ross denied that he had pushed his deputy Tomas Belling to change the books.';

  it('is what the quoted words are said of: a later "he" means someone else', () => {
    expect(speakers([intro, 'Mr Belling "took the decisions on the accounts," he told the jury.'])).toEqual(['Halvard Ross']);
  });

  it('is no subject for a participle later in the sentence', () => {
    const story = [intro, 'Mr Belling "took the decisions," he told the jury, saying his deputy had "a fine head for figures".'];
    expect(speakers(story)).toEqual(['Halvard Ross', 'Halvard Ross']);
  });

  it('gives the ranker no "subject of the sentence" answer either', () => {
    const { ctx, findings } = analyseSpeakers(makeParsed([intro, 'Mr Belling "took the decisions on the accounts," he told the jury.']), { evidence: true });
    const subject = findings[0]!.evidence!.rules.find((r) => r.rule === 'subject of the sentence')?.guess;
    const named = subject?.type === 'person' ? personName(ctx.people.people[subject.person]!) : null;
    expect(named).not.toBe('Tomas Belling');
  });

  it('after "said" is not an inverted attribution', () => {
    const story = ['The row grew on Monday.', 'However, Greta Voss, the editor, said Mr Peel "should keep out of it".'];
    expect(speakers(story)).toEqual(['Greta Voss']);
  });
});

describe('a relative clause too long to skip by length alone', () => {
  it('leaves its antecedent the subject of the verb after it, not the name that ends it', () => {
    const story = [
      'However, Harlan Voss, who was forced to say sorry last year for a column in the paper he edits about fans mourning the death of the goalkeeper Ken Dobby, said Mr Peel "should keep out of it".',
      '"I do not see why he has to join in," the editor told the radio.',
    ];
    expect(speakers(story)).toEqual(['Harlan Voss', 'Harlan Voss']);
  });
});

describe('an apposition that lost its closing comma', () => {
  it('"Jo Roe, a Kestrel Air spokesman told": the person named is the speaker, not the airline', () => {
    const story = ['"We are looking at every option we have," Jonas Wexley, a Kestrel Air spokesman told the BBC.'];
    expect(speakers(story)).toEqual(['Jonas Wexley']);
  });

  it('a name that is the object of the clause before stays out: "Police held Jo Roe, a spokesman said"', () => {
    const story = ['Police held Jonas Wexley on Monday.', '"We are looking at every option," the pilot Jonas Wexley\'s lawyer, a Kestrel Air spokesman said.'];
    expect(speakers(story)).not.toContain('Jonas Wexley');
  });
});

describe('a name right after a quotation, then long appositions', () => {
  it('is the speaker when the speech verb follows them', () => {
    const story = ['The Kestrel Disc Association met in Ardley.', '"We need more room," Jo Roe, from the Kestrel company\'s Ardley laboratory, one of the format\'s pioneers, told the BBC.'];
    expect(speakers(story)).toEqual(['Jo Roe']);
  });

  it('is not when the quotation ends its sentence: the name opens new narration', () => {
    const story = ['Ivo Brown hailed Ann Pell as "the finest cook in Ardley". Jo Roe, 79, who came to Ardley for the fair, said the dish was fine.'];
    expect(speakers(story)).not.toEqual(['Jo Roe']);
  });
});
