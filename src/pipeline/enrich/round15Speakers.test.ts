/** Who speaks: round 15's classes, from an independent review of a random sample (docs/quotes.md, "Round 15"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed, rankedSpeakerNames, ruleSpeakerNames } from './test-utils.ts';
import type { Mention } from './people.ts';
import { isSubjectLead, isSubjectMention } from './rules/agents.ts';
import { withShortForms } from './shortForms.ts';


describe('an official of a body the text names speaks for it', () => {
  const story = [
    'Ruritania says its loans are safe. Its finance minister, Anton Brask, said the plan was on track. "We will repay every loan by the spring," he said.',
    'Lenders were less sure. "The reserves are thin and the harvest was poor," said a Westbury Fund official.',
    '"Another bad year would undo it," the official added.',
  ];
  it('after the quotation, and as "the official" afterwards, in both modes', () => {
    expect(ruleSpeakerNames(story)).toEqual(['Anton Brask', 'Westbury Fund', 'Westbury Fund']);
    expect(rankedSpeakerNames(story)).toEqual(['Anton Brask', 'Westbury Fund', 'Westbury Fund']);
  });
  it('before the quotation too', () => {
    expect(ruleSpeakerNames(['Mayor Ilse Varga opened the bridge on Monday.', 'But a Harbour Board official replied: "The bridge cannot carry lorries."'])).toEqual(['Harbour Board']);
  });
  it('but an official spokesman is a spokesman, and a nationality is no body', () => {
    expect(ruleSpeakerNames(['Premier Tomas Ekdal visited the port.', '"The talks went well," said Mr Ekdal\'s official spokesman.'])).toEqual(["Mr Ekdal's official spokesman"]);
    expect(ruleSpeakerNames(['Premier Tomas Ekdal visited the port.', '"The talks went badly," said a Ruritanian official.'])).toEqual([null]);
  });
});

describe('a speaker the text leaves unnamed is not the last one it named', () => {
  const story = [
    'Grain trader Ada Morrow said prices would rise. "We expect a poor crop," she said.',
    '"Nobody knows what the weather will do," said one senior broker.',
    '"It could go either way."',
  ];
  it('the quotation and the run after it stay unknown, in both modes', () => {
    expect(ruleSpeakerNames(story)).toEqual(['Ada Morrow', null, null]);
    expect(rankedSpeakerNames(story)).toEqual(['Ada Morrow', null, null]);
  });
  it('also with the unnamed speaker before the quotation', () => {
    const names = ruleSpeakerNames(['Grain trader Ada Morrow said prices would rise. "We expect a poor crop," she said.', 'One local farmer told the paper: "My barns are already empty."']);
    expect(names).toEqual(['Ada Morrow', null]);
  });
  it('but a sentence that starts after the quotation does not attribute it', () => {
    const names = ruleSpeakerNames(['Grain trader Ada Morrow said: "We expect a poor crop. "Prices will rise." A senior broker said the market was calm.']);
    expect(names).toEqual(['Ada Morrow', 'Ada Morrow']);
  });
});

describe('a title names the holder of that office, not of a shadow or deputy one', () => {
  it('"the foreign secretary" after the shadow foreign secretary spoke', () => {
    const names = ruleSpeakerNames([
      'Foreign Secretary Hal Dunmore said the talks would go on. "We are not giving up," he said.',
      'Shadow foreign secretary Pia Larkin said the ministry had lost its way. "This is drift," she said.',
      'But the foreign secretary insisted: "Nobody has failed here."',
    ]);
    expect(names).toEqual(['Hal Dunmore', 'Pia Larkin', 'Hal Dunmore']);
  });
  it('and the holder of one office is not taken for the holder of another', () => {
    const names = ruleSpeakerNames([
      'The city council has asked the mayor to say sorry over his remarks.',
      'Governor Rhoda Pike is among those calling for an apology, but the mayor has refused.',
      'The mayor accused a reporter of chasing him to a "private dinner" last week.',
    ]);
    expect(names).toEqual([null]);
  });
});

describe('a name after a verb of saying is its object, not the sentence\'s subject', () => {
  it('leaves the fragment to the unnamed subject, not the person accused', () => {
    const names = ruleSpeakerNames(['Ivo Brennan runs the ferry line.', 'The harbour master accused Ivo Brennan, of the Daily Courier, of "sinking the ferry plan" at a public meeting.']);
    expect(names).toEqual([null]);
  });
});

describe('a role phrase does not take up a person holding another office', () => {
  it('"but the mayor" after a governor was named gives the governor no second office', () => {
    const story = ['Governor Rhoda Pike is among those calling for an apology, but the mayor has refused to give one.'];
    const people = enrichArticle(makeParsed(story), { speakers: 'rules' }).people;
    expect(people.find((p) => p.name === 'Rhoda Pike')?.descriptions).toEqual(['Governor']);
  });
});

describe('"according to" a source who passes on words someone else said', () => {
  it('credits the speaker the clause names, not the source', () => {
    const names = ruleSpeakerNames([
      'Media analyst Lars Quist has written a book on the company.',
      'According to Mr Quist, chief executive Nell Ortiz said the firm was "looking at every studio in the market".',
    ]);
    expect(names).toEqual(['Nell Ortiz']);
  });
});

describe('a paper that quotes someone "as saying" passes on their words', () => {
  it('credits the one quoted, not the paper', () => {
    expect(ruleSpeakerNames(['"The harbour will reopen in May," the Kestrel Gazette quoted Mayor Ilse Varga as saying.'])).toEqual(['Ilse Varga']);
  });
});

describe('a clause opened by a conjunction after the quotation is no attribution', () => {
  it('"had \'caused a storm\' when he said …" is not the man\'s own phrase', () => {
    const names = ruleSpeakerNames([
      'Harbour Minister Jo Ruddle spoke to port staff on Monday.',
      'Earlier this week, the Kestrel Gazette newspaper said Mr Ruddle had "caused a storm" when he told the quay the ferries ran late.',
    ]);
    expect(names).toEqual(['Kestrel Gazette']);
  });
});

describe('a firm called by its short name or by its kind of business', () => {
  it('"Kestrel said" and "the airline" after "Kestrel Airlines"', () => {
    const names = ruleSpeakerNames([
      'Shares in Kestrel Airlines have fallen on a loss warning.',
      'Kestrel also said that, without cuts, it could be "many millions of pounds" down next year.',
      'The airline said it was "talking to every union".',
    ]);
    expect(names).toEqual(['Kestrel Airlines', 'Kestrel Airlines']);
  });
});

describe('a subject introduced by its title: the name after it is the sentence\'s subject', () => {
  it('a title with a preposition inside it ("Chief Secretary to the Admiralty") is no prepositional phrase', () => {
    expect(isSubjectLead('But Chief Secretary to the Admiralty ')).toBe(true);
    expect(isSubjectLead('Minister for Harbours ')).toBe(true);
    // A preposition that is no title's still makes the name its object.
    expect(isSubjectLead('With ')).toBe(false);
  });
  it('a name in apposition to the role opening the sentence', () => {
    const text = 'Talks failed. The Attorney General, Lord Fenwick, has issued no guidance to police.';
    const start = text.indexOf('Lord');
    const mention = { person: 0, start, end: start + 'Lord Fenwick'.length, possessive: false } as Mention;
    expect(isSubjectMention(text, mention)).toBe(true);
    const object = 'Police met the Attorney General, Lord Fenwick, on Monday.';
    const at = object.indexOf('Lord');
    expect(isSubjectMention(object, { ...mention, start: at, end: at + 'Lord Fenwick'.length })).toBe(false);
  });
  it('and "he said" after such a sentence means them', () => {
    const names = ruleSpeakerNames([
      'Campaigner Ivo Brennan said the trail was laid by hand. "Aniseed is all we drag across the moor," he said.',
      'The Attorney General, Lord Fenwick, has given wardens no advice yet about riders who flout the ban on the moor. He said he would consult the wardens "in the near term" to decide.',
    ]);
    expect(names).toEqual(['Ivo Brennan', 'Lord Fenwick']);
  });
});

describe('a firm named in full, then by its first word', () => {
  it('each later first word is a mention of the firm, a dictionary word only inside a sentence', () => {
    const text = 'Shares in Tarvane Holdings fell. The Ardley Quay scheme is late. Tarvane will appeal. Shares in Beacon Group rose. Beacon said it was pleased, and the Beacon board agreed.';
    const orgs = [
      { name: 'Tarvane Holdings', start: text.indexOf('Tarvane'), end: text.indexOf('Tarvane') + 16 },
      { name: 'Ardley Quay', start: text.indexOf('Ardley'), end: text.indexOf('Ardley') + 11 },
      { name: 'Beacon Group', start: text.indexOf('Beacon'), end: text.indexOf('Beacon') + 12 },
    ];
    const added = withShortForms(text, orgs).filter((o) => !orgs.includes(o));
    expect(added.map((o) => [o.name, text.slice(o.start, o.end)])).toEqual([
      ['Tarvane Holdings', 'Tarvane'],
      ['Beacon Group', 'Beacon'],
    ]);
    expect(added[1]!.start).toBe(text.lastIndexOf('Beacon'));
  });
});

describe('a short form in brackets after a name', () => {
  it('makes the name a body\'s', () => {
    expect(ruleSpeakerNames(['The Ardley Guild of Millers (AGM) said it was "worried by the talk" of higher rates.'])).toEqual(['Ardley Guild of Millers']);
  });
});

describe('a person\'s statement', () => {
  it('"Mr Crosby\'s statement said" is his own words, not an organisation called "Mr Crosby"', () => {
    const names = ruleSpeakerNames(['Party strategist Lyle Crosby has denied the claims.', 'Mr Crosby\'s statement said: "I have never met the man."']);
    expect(names).toEqual(['Lyle Crosby']);
  });
});

describe('company words of other languages', () => {
  it('make a firm, not a person', () => {
    const article = enrichArticle(makeParsed(['Ardley Boerse said it would raise its offer for the exchange.']), { speakers: 'rules' });
    expect(article.people.map((p) => p.name)).not.toContain('Ardley Boerse');
  });
});

describe('a charity named with "Aid", "Concern" or "Relief"', () => {
  it('is a body, not a person', () => {
    const article = enrichArticle(
      makeParsed(['Firms are leaving the coast, a report says.', 'Grace Aid has called on firms not to "walk away from the coast". Its head of policy, Ivo Brennan, said the towns needed jobs.']),
      { speakers: 'rules' },
    );
    expect(article.people.map((p) => p.name)).toEqual(['Ivo Brennan']);
    expect(article.quotes.map((q) => [q.speaker.type, q.speaker.name])).toEqual([['organisation', 'Grace Aid']]);
  });
});
