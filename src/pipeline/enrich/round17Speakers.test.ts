/** Who speaks: round 17's classes, from part O's errors once it was scored and merged (docs/quotes.md, "Round 17"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { findAcronyms } from './acronyms.ts';
import type { Mention } from './people.ts';
import { isSubjectMention } from './rules/agents.ts';
import { ruleQuotes, ruleSpeakerNames, speakerNamesBothModes } from './test-utils.ts';


describe('a reporter who says how someone else spoke keeps the words', () => {
  it('"spoke with" a quoted manner is the reporter\'s phrase, and a participle after it is his too', () => {
    const story = [
      'Premier Ida Kask said the miners deserved an apology.',
      'The miners had waited ten years. However, their leader, Oskar Lind - who was sacked in 1994 - said the men were pleased. He said Ms Kask had spoken with "real warmth", adding: "She listened to every one of us."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Oskar Lind', 'Oskar Lind'], ranker: ['Oskar Lind', 'Oskar Lind'] });
  });
  it('a pronoun that opens the sentence is the subject of the participle, not the first name after it', () => {
    const story = ['Actor Lev Dorn was angry with critic Pia Holm.', 'He urged Ms Holm to see the play again, adding in a letter: "We are not making this up for fun."'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Lev Dorn'], ranker: ['Lev Dorn'] });
  });
});

describe('names of bodies', () => {
  it('an initialism inside a name gives its acronym all its letters', () => {
    expect(findAcronyms('The Green Leaf Party and the UK Harbour Party (UKHP) met.').get('UKHP')).toBe('UK Harbour Party');
    const story = ['The Lowland Farmers Union (LFU) and the EU Dairy Council (EUDC) met.', '"Prices will rise," the EUDC said.'];
    expect(ruleSpeakerNames(story)).toEqual(['EU Dairy Council']);
  });
  it('a short form without the initials that open the full name is the full name', () => {
    const story = ['JL Amber Airways, the carrier, is for sale. Staff were told on Monday.', 'Amber Airways said the talks were "going well".'];
    expect(ruleSpeakerNames(story)).toEqual(['JL Amber Airways']);
  });
  it('a spokeswoman of a body whose name goes on past "of"', () => {
    const story = ['"The rules are clear," said a Department of Canals spokeswoman.'];
    expect(ruleSpeakerNames(story)).toEqual(['Department of Canals']);
  });
  it('initials that stand for a body the story names in full, with no brackets pairing them', () => {
    const story = ['Shares in Vantor & Gribble rose after the Ardley Bus Company said it would buy the chain.', '"Trading was firm," VG said. "Sales are up," the ABC said.'];
    expect(ruleSpeakerNames(story)).toEqual(['Vantor & Gribble', 'Ardley Bus Company']);
  });
  it('but not initials that stand for a person', () => {
    const story = ['Radio pair JK and Ned take over the breakfast show on Monday.', '"It is a big day for us," says JK, whose real name is Jake Kemp.'];
    expect(ruleSpeakerNames(story)).not.toContain('Jake Kemp');
  });
  it('a party under one name however the story calls it', () => {
    const story = ['"This budget is a tax on savers," the Tories said.', '"We will vote against it," a Lib Dem spokesman said.', '"It is a fair budget," Labour said.'];
    expect(speakerNamesBothModes(story)).toEqual({
      rules: ['Conservative Party', 'Liberal Democrats', 'Labour Party'],
      ranker: ['Conservative Party', 'Liberal Democrats', 'Labour Party'],
    });
  });
});

describe('review 6: bodies called by a common noun or a short form, and a colon that opens the next quotation', () => {
  it('"the organisation" is the body that opened a sentence just before, not a body named in passing', () => {
    const story = [
      'Registrar Ivo Penn wants new rules, says Tam Roe of Kestrel Bank. VARA, the Union of Valley Registrars, agrees.',
      '"A rushed rule would harm trust," the organisation said in a press release.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['VARA'], ranker: ['VARA'] });
  });
  it('and "the company" the body that last spoke, over one named later in passing', () => {
    const story = ['Kestrel Motors Credit (KMC) lends to drivers. KMC did well in 2004 but Kestrel Motors said profit would fall.', '"We aim to grow again in 2007," the company said.'];
    expect(ruleSpeakerNames(story)).toEqual(['Kestrel Motors']);
  });
  it('one word that opens one body\'s name, and no person\'s, is that body', () => {
    const story = ['A tribunal ruled against the bank Hallam Brocklehurst on Monday.', '"We warned at the outset that the claim was weak," Hallam said in a statement.'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Hallam Brocklehurst'], ranker: ['Hallam Brocklehurst'] });
  });
  it('a name "quoted as saying" with no auxiliary before it is the speaker, not the body that opened the sentence', () => {
    const story = ['Airline Skyvane cut costs. In May, the company said it might move jobs abroad, with Mr Orlov quoted as saying the airline would not remain "all-local".', 'Boss Piet Orlov joined in 2001.'];
    expect(ruleSpeakerNames(story)).toEqual(['Piet Orlov']);
  });
  it('a quotation that ends with a question inside it is not attributed by a colon that opens the next one', () => {
    const story = [
      'Coach Ada Varga joined the camp. "The camp has the right spirit," said Varga. "The longer I can stay, the better. "A short visit is just confusing. The players will ask: \'Who is she?\'" Camp director, Ivo Lund, added: "She has already made a difference."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({
      rules: ['Ada Varga', 'Ada Varga', 'Ada Varga', 'Ivo Lund'],
      ranker: ['Ada Varga', 'Ada Varga', 'Ada Varga', 'Ivo Lund'],
    });
  });
});

describe('review 6: attributions without a plain verb of saying', () => {
  it('"with X branding Y a \'…\'": the one who brands says it', () => {
    const story = ['The Greens are expected to propose cuts, with party chief Jo Amsel branding the levy a "burden on families".'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Jo Amsel'], ranker: ['Jo Amsel'] });
  });
  it('"\'…,\' is the blunt verdict of X" credits X, and the run goes on with X', () => {
    const story = [
      'Premier Ida Kask has told members she is "ready" for another term.',
      '"Voters like the council more than some members do," is the blunt verdict of Tom Varga, who leads the group on Ardley council. The trouble, according to Mr Varga, is the premier herself. "I have a new motto. Keep calm and wait."',
    ];
    expect(ruleSpeakerNames(story)).toEqual(['Ida Kask', 'Tom Varga', 'Tom Varga']);
  });
  it('a lower-case office "of the Commons" before a name leaves the name whole', () => {
    const story = ['Shadow leader of the Commons Martin Penhale said: "This is a fix."'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Martin Penhale'], ranker: ['Martin Penhale'] });
  });
});

describe('part O: who a sentence is about', () => {
  it('a person named after a role that is someone else\'s, between commas, is the subject of the sentence', () => {
    const text = 'The pair were cleared. Pell\'s lawyer, Oskar Lind, reacted angrily to the ruling.';
    const start = text.indexOf('Oskar');
    const mention = { person: 0, start, end: start + 'Oskar Lind'.length, possessive: false } as Mention;
    expect(isSubjectMention(text, mention)).toBe(true);
    const object = 'The pair were cleared. Pell\'s lawyer, a friend of Oskar Lind, spoke.';
    const at = object.indexOf('Oskar');
    expect(isSubjectMention(object, { ...mention, start: at, end: at + 'Oskar Lind'.length })).toBe(false);
  });
  it('a person inside a phrase after a preposition is not the subject of the sentence, but a source after "according to" is', () => {
    const story = ['The campaign website of Senator Ivo Brandt has been closed to foreign visitors "to keep the site safe from attack" since Monday.'];
    expect(ruleSpeakerNames(story)).toEqual([null]);
    const source = ['According to Jo Amsel, head of research at Tarn, the trend has one upside: "Risk is spread."'];
    expect(ruleSpeakerNames(source)).toEqual(['Jo Amsel']);
  });
});

describe('US forms from us-train\'s errors', () => {
  it('a US local office between a place and a name with a middle initial', () => {
    const story = ['Mayor Tom Pike faces calls to quit. "People are angry," said Ardley Alderman Jon C. Ervin, who thinks Pike should go.'];
    expect(ruleSpeakerNames(story)).toEqual(['Jon C Ervin']);
  });
  it('"Mr. X pointed out" after the quotation, over a verb earlier in the paragraph', () => {
    const story = ["That is not enough, said Howard Pell, an analyst at Tarn, who notes the firm has cut costs. ''The shares have not done well,'' Mr. Pell pointed out."];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Howard Pell'], ranker: ['Howard Pell'] });
  });
});

describe('review 7: bodies and non-names', () => {
  it('"A Number 11 spokesman would only add:" is the body with its number', () => {
    const story = ['The Treasury gave no figures. A Number 11 spokesman would only add: "Forecasts are not our business."'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Number 11'], ranker: ['Number 11'] });
  });
  it('a pronoun with its verb worn down ("I\'d") is no body', () => {
    const story = ['Readers wrote in about the vote.', 'I\'d say it is a "when" and not an "if" for the party, and soon at that.'];
    expect(ruleQuotes(story).map((q) => q.speaker.name)).not.toContain("I'd");
  });
});
