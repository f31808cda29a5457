/** Who speaks: round 24's US classes, read off us-train's errors (docs/quotes.md, "Round 24, US"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe('a name after "said" that opens the clause it reports', () => {
  it('"X (D-Vt.), who backs the plan, said Z has forced its authors to be "…"" — X, not Z', () => {
    const story = [
      'Tom Bracken, a state senator, drew a crowd of reporters in Harlan on Sunday.',
      'At a town hall that evening, Sen. Clara Voss (D-Vt.), who backs the harbor plan, said Bracken has forced the plan\'s authors to be "clearer" and "far more careful" with money.',
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
  it('"Mr. Y plans …, Mr. X said, adding that he … "…"" — X, not Y', () => {
    const story = [
      'The Harlan campaign changed its plans on Friday.',
      'Mr. Bracken plans two visits to the grain towns in May, Mr. Dorn said, adding that he hoped the trips would mend the "rift with the growers."',
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
      '"Her party treats the ballot as a formality," said Tarn Oo Lay, an activist and former detainee. "Voters deserve better than that."',
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
  it('"…," said X, who once funded Sen. Y of Ohio and now sends money to Z. then "…" — X again, not Y', () => {
    const story = [
      'Donors in Tarnow are turning to the county races.',
      '"What keeps me up at night is the harbor vote," said grain trader Frank Dellamore, who once funded Sen. Mark Ruddle of Ohio and now sends his money to county groups.',
      '"Should Bracken carry the county, half my customers will move their boats south."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Frank Dellamore', 'Frank Dellamore'], ranker: ['Frank Dellamore', 'Frank Dellamore'] });
  });
  it('"…." X warned that … then "…" — a new sentence about X is not the last quotation\'s attribution', () => {
    const story = [
      'Games makers met in Tarnow on Monday.',
      '"Levels will load as you go," said Gerd Vollmar, head of Quillsoft in Europe.',
      '"Players will barely notice the wait." Mr Armand warned that studios still wrote thin and hurried plots.',
      '"Too often our tools decide what kind of story we tell."',
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
      '"Lowell has lost one of its steadiest hands. Carl taught me half of what I know about the harbor."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Tom Bracken', 'Ada Morrow'], ranker: ['Tom Bracken', 'Ada Morrow'] });
  });
  it('"As the Courier\'s X reported once the council seemed to shelve the plan in Lowell:" — X', () => {
    const story = [
      'The dock strike entered its third week on Monday.',
      '"Nobody has talked to us," said Ellen Marsh, a union steward.',
      "As the Courier's Tom Bracken reported once the council seemed to shelve the harbor plan in Lowell:",
      '"Months on, the survey the council bought in May sits unread in a drawer."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ellen Marsh', 'Tom Bracken'], ranker: ['Ellen Marsh', 'Tom Bracken'] });
  });
  it('"as the Ledger\'s columnist observed, …:" naming no one — the passage is not the speaker before\'s', () => {
    const story = [
      'The Lowell debate ran late on Tuesday.',
      '"We did well tonight," said Tom Bracken, the mayor.',
      "Still, as the Ledger's long-time columnist observed, the real victor of the evening was the hall itself:",
      '"Ratings for the two evenings beat every forecast the station had made."',
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
