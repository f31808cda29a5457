/** Who speaks: round 16's classes, from the third independent review of random quotations (docs/quotes.md, "Round 16"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { ruleSpeakerNames, speakerNamesBothModes } from './test-utils.ts';


describe('a quotation whose own attribution names someone the rules cannot place ends the last speaker\'s run', () => {
  it('a name the name finder does not take, then the run after it', () => {
    const story = [
      'Harbourside coach Piet Varga named his side on Friday. "We are ready for the test," Varga said.',
      '"Ivo has trained twice a day since March," said KK Dravosk, a fund manager with Ardent Capital.',
      '"He may come on late in the game."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Piet Varga', null, null], ranker: ['Piet Varga', null, null] });
  });
  it('a body the text writes as a bare word, and a name after an adjective', () => {
    const firm = ['Banker Ola Stene expects a rate cut. "Demand is weak," she said.', '"Our forecast is unchanged," consultancy 7Wave said in a note.'];
    expect(speakerNamesBothModes(firm)).toEqual({ rules: ['Ola Stene', null], ranker: ['Ola Stene', null] });
    const runner = ['Sprinter Dag Holm won the 60m. "It was a fast race," he said.', '"I am so pleased," a tearful Swift told the radio.'];
    expect(speakerNamesBothModes(runner)).toEqual({ rules: ['Dag Holm', null], ranker: ['Dag Holm', null] });
  });
  it('a definite subject that is a body or a document is no person', () => {
    const story = ['Engineer Rolf Amsel leads the browser team. "We test every release," Mr Amsel said.', 'A standards body disagrees. "The change is rushed," the organisation argued.'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Rolf Amsel', null], ranker: ['Rolf Amsel', null] });
  });
  it('but a subject that names the last speaker, by any name the story gives him, keeps the run', () => {
    const stage = [
      'Singer 9 Volt, real name Tomas Fell, gave money to a choir. "Music saved me," Tomas Fell said.',
      '"I want to give something back," 9 Volt said.',
    ];
    expect(ruleSpeakerNames(stage)).toEqual(['Tomas Fell', 'Tomas Fell']);
    const described = ['Hurdler Mika Lund won in Bergen. "I felt strong," Lund said.', '"The track was perfect," added the 22-year-old.'];
    expect(ruleSpeakerNames(described)).toEqual(['Mika Lund', 'Mika Lund']);
  });
  it('and a sentence that starts after the quotation attributes nothing', () => {
    const story = ['Banker Ola Stene expects a rate cut. She said: "Demand is weak. "Nobody is buying." Analyst Petra Lusk agreed: "It is a slow year."'];
    expect(ruleSpeakerNames(story)).toEqual(['Ola Stene', 'Ola Stene', 'Petra Lusk']);
  });
});

describe('a name, then an apposition that lost its closing comma, then the verb', () => {
  it('is the speaker', () => {
    const story = ['Shares in Kestrel Exchange rose on Monday after it raised its dividend.', '"It is a sweetener for unhappy investors," Mira Solberg, an analyst at Harbour Securities told reporters.'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Mira Solberg'], ranker: ['Mira Solberg'] });
  });
  it('but not through a relative clause', () => {
    const story = ['Shares in Kestrel Exchange rose on Monday.', '"It is a sweetener," Mira Solberg, an analyst who said it would rise, was not surprised.'];
    expect(ruleSpeakerNames(story)).not.toContain('Mira Solberg');
  });
});

describe('"it" means a body that spoke, not the paper it spoke to', () => {
  it('a paper after "told" is whom the words were said to', () => {
    expect(ruleSpeakerNames(['Kestrel Re told the Harbour Post it expected small losses.', 'It said the floods would have a "modest" effect.'])).toEqual(['Kestrel Re']);
  });
  it('a body that spoke with an apposition before its verb is the last body that spoke', () => {
    const story = [
      'Ardley Mutual said its losses were small, the Harbour Post reported. Kestrel Re, a large insurer, said it was still counting.',
      'However, it said the storm damage would make only a "modest" dent in its profits.',
    ];
    expect(ruleSpeakerNames(story)).toEqual(['Kestrel Re']);
  });
  it('a news agency with a French name is a body, so "he" is the economist', () => {
    const story = ['"The impact will be large," Ivo Brenn, chief economist at Kestrel Bank, told Agence Tarvane Presse.', '"It is a tragedy," he said.'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ivo Brenn', 'Ivo Brenn'], ranker: ['Ivo Brenn', 'Ivo Brenn'] });
  });
});


describe('a peer named with his seat', () => {
  it('"Lord Roe of Ardley said" is Lord Roe, before and after the quotation, and past an aside', () => {
    const lead = 'The appeal bench found for the tenants on Thursday.';
    expect(ruleSpeakerNames([lead, 'Lord Roe of Ardley said: "Detention without trial is wrong."'])).toEqual(['Lord Roe']);
    expect(ruleSpeakerNames([lead, 'Lord Roe of Ardley, in his ruling, said: "Detention without trial is wrong."'])).toEqual(['Lord Roe']);
    expect(ruleSpeakerNames([lead, '"Detention without trial is wrong," said Lord Roe of Ardley.'])).toEqual(['Lord Roe']);
  });
});

describe('an attribution before the quotation that names someone the story does not know', () => {
  it('ends the last speaker\'s run', () => {
    const story = [
      'The appeal bench found for the tenants on Thursday. Lord Roe of Ardley said: "Detention without trial is wrong."',
      'In a statement, inmate "B" at Marsh Prison said: "All I want is to see my children again."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Lord Roe', null], ranker: ['Lord Roe', null] });
  });
});

describe('a reporting clause set off by commas names the speaker, not the person the report is about', () => {
  const lead = 'Opposition leader Ivo Brenn attacked the premier, Tomas Ekdal, on Monday.';
  it('"Mr X has failed, he claimed" is not Mr X\'s', () => {
    expect(ruleSpeakerNames([lead, 'Mr Ekdal had the "wrong answer" to every question, he claimed.'])).toEqual(['Ivo Brenn']);
  });
  it('nor the participle after it', () => {
    expect(ruleSpeakerNames([lead, 'Mr Ekdal has failed to fix the schools, he claimed, saying he had the "wrong answer" to every question.'])).toEqual(['Ivo Brenn']);
  });
  it('and the sentence\'s subject is no fallback when no one the pronoun could mean is named', () => {
    expect(ruleSpeakerNames(['Premier Tomas Ekdal has failed to fix the schools, he claimed, saying he had the "wrong answer" to every question.'])).toEqual([null]);
  });
});

describe('words inside what a possessive names as someone\'s words are theirs', () => {
  const lead = 'Councillor Ivo Brenn met the editor, Tomas Ekdal, on Monday.';
  it('"Mr X\'s suggestion that …" and "Mr X\'s promise to …" are Mr X\'s, not the subject\'s', () => {
    expect(ruleSpeakerNames([lead, 'Mr Brenn condemned Mr Ekdal\'s suggestion that burglars should be "given a good hiding".'])).toEqual(['Tomas Ekdal']);
    expect(ruleSpeakerNames([lead, 'Mr Brenn said Mr Ekdal\'s promise to produce a "truly radical" budget was empty.'])).toEqual(['Tomas Ekdal']);
  });
  it('but words that judge the remarks are the judge\'s', () => {
    expect(ruleSpeakerNames([lead, 'Mr Brenn called Mr Ekdal\'s comments "hurtful and crude".'])).toEqual(['Ivo Brenn']);
  });
});

describe('a connective with its comma opens a sentence whose subject is then named', () => {
  it('"However, Jo Roe, head of the union, said …. He said: …" means Jo Roe', () => {
    const story = [
      'Trade minister Tomas Ekdal said the rules would bring in investment. "This is a good day," he said.',
      'However, Ivo Brenn, leader of the Ruritanian Dockers Union, said the deals hurt the country. He said, "Borrowed money builds nothing that lasts."',
    ];
    expect(ruleSpeakerNames(story)).toEqual(['Tomas Ekdal', 'Ivo Brenn']);
  });
});
