/** Who speaks: round 24's US classes, read off us-train's errors (docs/quotes.md, "Round 24, US"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe('a name after "said" that opens the clause it reports', () => {
  it('"X (D-Vt.), who backs the mayor, said Z has pushed her to be a "…"" — X, not Z', () => {
    const story = [
      'Tom Bracken, a state senator, drew a crowd of reporters in Harlan on Sunday.',
      'Speaking later on the same show, Sen. Clara Voss (D-Vt.), who has endorsed the mayor, said Bracken has pushed the former mayor to be a "sharper" and "more patient" candidate.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Clara Voss', 'Clara Voss'], ranker: ['Clara Voss', 'Clara Voss'] });
  });
  it('"X, an expert on …, said Mr. Y and the camp had failed to (two apostrophes)" — X', () => {
    const story = [
      'The vote in Ostrava left the Harlan campaign unsettled on Monday.',
      "Frank Lintel, a Republican expert on messaging, said Mr. Carrow and his camp had failed to ''humanize their campaign.''",
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Frank Lintel'], ranker: ['Frank Lintel'] });
  });
  it('"…," said X, a nurse — the inverted attribution still names X', () => {
    const story = ['The clinic in Harlan reopened on Monday.', '"We waited two years for this," said Ada Morrow, a nurse at the clinic.'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ada Morrow'], ranker: ['Ada Morrow'] });
  });
});

describe('a participle after a named reporting clause', () => {
  it('"Mr. Y intends to …, Mr. X said, adding that he … "…"" — X, not Y', () => {
    const story = [
      'The Harlan campaign changed its plans on Friday.',
      'Mr. Bracken intends to give a speech on farm policy this month, Mr. Dorn said, adding that he would also hold events to close his "gap with women."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Dorn'], ranker: ['Dorn'] });
  });
});

describe('a name the finder missed, after the quotation, with a clause only a person takes', () => {
  it('"…," said X, who returned … — unknown, not an organisation called X', () => {
    const story = ['Floods closed the Tarnow road on Friday.', '"All of the region is under threat," said Dumont, who returned to the capital after a visit to the coast.'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: [null], ranker: [null] });
  });
  it('"…," said X, an activist and former detainee — unknown for both paragraphs of the quotation', () => {
    const story = [
      'The count in Ostrava went on into the night.',
      '"She has all but said she will stand over the mayor," said Tarn Oo Lay, an activist and former detainee. "No leader should talk like that."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: [null, null], ranker: [null, null] });
  });
  it('"…," X, the chairman for the county, said — unknown, not an organisation', () => {
    const story = ['The Tarnow party met on Tuesday.', '"He just stopped and asked how we win the county," Will Tarrow, the chairman for the northern county, said of the meeting.'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: [null], ranker: [null] });
  });
  it('"…," said Orbis Pumps, the maker of the pumps — a body in apposition stays a body', () => {
    const story = ['Pump prices rose in Tarnow on Friday.', '"Demand has never been higher," said Orbis Pumps, the maker of the county\'s pumps.'];
    expect(speakerNamesBothModes(story).rules).toEqual(['Orbis Pumps']);
  });
});

describe("a quotation after the last one's own attribution, which names others", () => {
  it('"…," said X, who had backed Sen. Y of Ohio and now gives to Z. then "…" — X again, not Y', () => {
    const story = [
      'Donors in Tarnow are turning to the county races.',
      '"The biggest worry for me is the next court seat," said grain executive Frank Dellamore, who had backed Sen. Mark Ruddle of Ohio and is now giving large sums to local groups.',
      '"If Bracken wins the nomination, plenty of our voters may sit this one out."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Frank Dellamore', 'Frank Dellamore'], ranker: ['Frank Dellamore', 'Frank Dellamore'] });
  });
  it('"…." X warned that … then "…" — a new sentence about X is not the last quotation\'s attribution', () => {
    const story = [
      'Games makers met in Tarnow on Monday.',
      '"Levels will load as you go," said Gerd Vollmar, head of Quillsoft in Europe.',
      '"It is much smarter that way." Mr Armand warned that makers had yet to master the craft of a good plot.',
      '"We have been very bad at letting the machines set our craft."',
    ];
    expect(speakerNamesBothModes(story).rules[2]).not.toBe('Gerd Vollmar');
  });
});

describe('a paragraph that introduces a passage quoted in the next with a colon', () => {
  it('"Governor X released the following statement:" — X, not the speaker before', () => {
    const story = [
      'Carl Dorn, who ran the Lowell docks for thirty years, died on Sunday.',
      '"He never missed a shift," said Tom Bracken, a crane driver.',
      'Governor Ada Morrow released the following statement:',
      '"I offer my condolences to the family and friends of Carl Dorn. I remember working with him on the harbor bill."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Tom Bracken', 'Ada Morrow'], ranker: ['Tom Bracken', 'Ada Morrow'] });
  });
  it('"As the Courier\'s X reported after the council dropped the plan in Lowell:" — X', () => {
    const story = [
      'The dock strike entered its third week on Monday.',
      '"Nobody has talked to us," said Ellen Marsh, a union steward.',
      "As the Courier's Tom Bracken reported after the council appeared to drop the harbor plan in Lowell:",
      '"For example, the council has done almost nothing with the survey it paid for in May."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ellen Marsh', 'Tom Bracken'], ranker: ['Ellen Marsh', 'Tom Bracken'] });
  });
  it('"as the Ledger\'s columnist observed, …:" naming no one — the passage is not the speaker before\'s', () => {
    const story = [
      'The Lowell debate ran late on Tuesday.',
      '"We did well tonight," said Tom Bracken, the mayor.',
      "Still, as the Ledger's long-time columnist observed, the real victor of the evening was the hall itself:",
      '"The clear winner of the night was the network, which ran two lively sessions."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Tom Bracken', null], ranker: ['Tom Bracken', null] });
  });
});

describe('a passive report after the quotation', () => {
  it('"…," Mr X is reported as saying — X, not the speaker before', () => {
    const story = [
      'Software pioneer Mitchell Karvo warned of a legal war at a meeting in Lowell.',
      '"Some of the patents are dubious," said Dr Jeremy Pilbeam of the patent office.',
      '"If pushed to the wall, of course they are going to fight," Mr Karvo is reported as saying.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Jeremy Pilbeam', 'Mitchell Karvo'], ranker: ['Jeremy Pilbeam', 'Mitchell Karvo'] });
  });
});
