import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

/** The names the people list of one invented paragraph holds. */
function peopleIn(text: string): string[] {
  return enrichArticle(makeParsed([text])).people.map((p) => p.name);
}

function speakersIn(text: string): Array<string | null> {
  return enrichArticle(makeParsed([text])).quotes.map((q) => q.speaker.name);
}

describe('bodies, papers and parts named like people', () => {
  it('a name whose appositive is headed by a firm, an airline or a club is that body', () => {
    const text = 'Hattie Mac, the region\'s second biggest lender, said profits fell. Hattie Mac shares slid. "It was a hard year," said chief executive Jo Dunmore.';
    expect(peopleIn(text)).toEqual(['Jo Dunmore']);
  });

  it('a body whose appositive names its city or its country before the head noun is that body', () => {
    expect(peopleIn('Torvik Posten, a weekly Oslo newspaper, ran the photograph first. Berit Olsen thanked Torvik Posten.')).toEqual(['Berit Olsen']);
    expect(peopleIn('Lanna Quell, the Dutch broadcaster, refused. Jo Dunmore, a Dutch ferry captain, agreed.')).toEqual(['Jo Dunmore']);
    // A second article starts another phrase: the group is not the man's head noun.
    expect(peopleIn('Jo Dunmore, the man behind the Tarnfield games group which failed, is back.')).toEqual(['Jo Dunmore']);
  });

  it('a person whose appositive only mentions a firm stays a person', () => {
    const text = 'Tom Reedham, the firm\'s chief, said: "We grew." Sue Hartwell, head of the bank, agreed. Chief executive Ola Venn, the company says, will stay.';
    expect(peopleIn(text)).toEqual(['Tom Reedham', 'Sue Hartwell', 'Ola Venn']);
  });

  it('a run ending in a newspaper\'s word is the paper, not the person a player talked to', () => {
    expect(peopleIn('"I will play again," Ole Brandvik told Harbourposten Daily. Later the Tidewater Herald ran the story.')).toEqual(['Ole Brandvik']);
  });

  it('a people or a faith named with an ending is no person ("Sri Lankans", "Roman Catholics")', () => {
    expect(peopleIn('Many New Zealanders and Roman Catholics wrote in. A Sri Lankan spokesman said Sri Lankans were safe. "We are fine," said Ann Colley.')).toEqual(['Ann Colley']);
  });

  it('a dairy, a mining firm or a ballet company is no person', () => {
    expect(peopleIn('Hattie Dairy grew. Bruno Mining grew too. Ballets Lumen toured. "It was a good year," said Ann Colley.')).toEqual(['Ann Colley']);
  });

  it('a word with two capitals before its lower-case letters is a brand', () => {
    expect(peopleIn('Satellite broadcaster TVorra said it grew. "It was a good year," said Ann Colley.')).toEqual(['Ann Colley']);
  });

  it('a firm\'s trade opening the sentence names the firm after it ("Bookmaker …")', () => {
    expect(peopleIn('Bookmaker Tolbrokes said it took more bets. Bookmakers Kessel Hill agreed. "It was busy," said Ann Colley.')).toEqual(['Ann Colley']);
  });

  it('an airline\'s name is no person', () => {
    expect(peopleIn('Air Tolka ordered 30 planes. Aer Kessa, which flies to Cork, did not. "It is a bold move," said Ann Colley.')).toEqual(['Ann Colley']);
  });

  it('a reinsurer ("… Re") and a theme park ("… Towers") are no people', () => {
    expect(peopleIn('Harald Re said claims would rise. Visitors to Benton Towers fell. "It is a bold move," said Ann Colley.')).toEqual(['Ann Colley']);
  });

  it('a described part in a work is a character ("playing scheming card sharp …")', () => {
    expect(peopleIn('Actress Edda Marr had her breakthrough in 1990, playing scheming card sharp Nora Valence in Quay Lights.')).toEqual(['Edda Marr']);
  });

  it('a part in a named work ("played Brookside\'s …") is a character; a country\'s player is an opponent', () => {
    expect(peopleIn("Anna Kelso, who played Brookside's Marie Tolland when the soap began, died on Saturday.")).toEqual(['Anna Kelso']);
    expect(peopleIn("Tim Wallace played Russia's Ivan Tolland on Sunday and lost.")).toEqual(['Tim Wallace', 'Ivan Tolland']);
  });

  it('a described real person in a biopic stays a person ("playing jazz legend …")', () => {
    expect(peopleIn('Tom Fenwick won for playing jazz legend Ray Callow in Callow. Fenwick thanked the director.')).toContain('Ray Callow');
  });

  it('"plays X in the next round" is an opponent, a person', () => {
    const text = 'Ana Luskin, who served well all week, plays Petra Vossel in the next round. Roger Fell plays Greg Tamsin or Helen Marsh next.';
    expect(peopleIn(text)).toEqual(['Ana Luskin', 'Petra Vossel', 'Roger Fell', 'Greg Tamsin', 'Helen Marsh']);
  });

  it('"played top seed X" is an opponent, not a described part', () => {
    expect(peopleIn('Tim Wallace played top seed Roger Fellin on Sunday. "He was too good," Wallace said.')).toContain('Roger Fellin');
  });
});

describe('two unfamiliar words, the second used alone', () => {
  it('is a first name and a surname, and the surname\'s quotes are theirs', () => {
    const text = 'Young prodigy Gael Morvane beat the holder. Roger Fell plays Greg Tamsin in the second round. Morvane, who entered as a late addition, said: "I have never felt calmer on court." "The crowd lifted me all afternoon," he said.';
    expect(peopleIn(text)).toContain('Gael Morvane');
    expect(speakersIn(text)).toEqual(['Gael Morvane', 'Gael Morvane']);
  });

  it('is not a person when a word is an English word, hyphenated in lower case, or doubled', () => {
    const text = 'Bracknell-based Exelio grew. Exelio said it would hire. Bafana Bafana won. Bafana fans sang. Interactive Baftor was given. Baftor was pleased.';
    expect(peopleIn(text)).toEqual([]);
  });
});
