/** Names of firms, works and places that read like people's, told apart by the words around them (thingContext.ts). */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.map((p) => p.name);

describe('a firm named like a person', () => {
  it('is a firm when an investor holds it or its results are reported, wherever the story names it', () => {
    const found = peopleOf('Shares in Pell and Harlan Wicks slid by a tenth on Friday.', 'Harlan Wicks said demand for its kettles had cooled, according to John Orrin.');
    expect(found).not.toContain('Harlan Wicks');
    expect(found).toContain('John Orrin');
    expect(peopleOf("Harlan Wicks's second half profits doubled, said John Orrin.")).toEqual(['John Orrin']);
  });

  it('is a firm when it employs someone or makes goods', () => {
    expect(peopleOf('The heater was fitted by parts maker Edwin Tarrow, and Edwin Tarrow has halted its line.', 'So said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('"It is odd," said Maura Venn, an economist at Gideon Platt. Gideon Platt expects a slower spring.')).toEqual(['Maura Venn']);
    expect(peopleOf("Ivor Crane, Gideon Platt's chief executive, said Gideon Platt would hire.")).toEqual(['Ivor Crane']);
    // A one-word firm after a trade one works at: "the head of research at broker Orrin".
    expect(peopleOf('Maura Venn, the head of research at broker Orrin, said sales were strong. Orrin said it was "a tidy package".')).toEqual(['Maura Venn']);
    // A market analyst named by one word is a research firm; one named in full is a person.
    expect(peopleOf('Teenagers spend more than ever, said market analyst Quorvix.', '"Sales are up," said market analyst Jo Roe.')).toEqual(['Jo Roe']);
    // A producer or an exporter of a commodity is a firm; a film producer is a person.
    expect(peopleOf('Bids came in for Baltic crude producer Tolvanka, which Ivo Renn, a trader, called cheap.')).toEqual(['Ivo Renn']);
    expect(peopleOf('Film producer Tolvanka said the shoot was over.')).toEqual(['Tolvanka']);
  });

  it('keeps a courtesy title that is part of its name out too ("Dr" brands and firms)', () => {
    expect(peopleOf('Its shelves hold brands such as Fizzo Cola, Dr Quibble and Sparko. Dr Quibble sold best, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf("Earnings at the Kenyan drugmaker Dr Pellow's halved. Dr Pellow's has grown on cheap pills, said John Orrin.")).toEqual(['John Orrin']);
  });

  it('is a firm or a brand in a list after a trade, after "which makes", or before "newspaper" or "brands"', () => {
    expect(peopleOf('The group also owns the firms Quorvan and Harlan Wicks, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('Its brands include Fizzo Cola, Harlan Wicks and Sparko, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('Quorvan, which makes Harlan Wicks, grew fast, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('A survey by the Harlan Wicks newspaper was cited by John Orrin.')).toEqual(['John Orrin']);
  });

  it('is a body by a plural or trade head word', () => {
    expect(peopleOf('Tolley Breweries, Vance Broadcasting and the Red Lantern Societies were fined, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('Hallam Town beat Tolley Dons 2-0, said John Orrin.')).toEqual(['John Orrin']);
  });

  it('leaves the people of a group, and a person after a firm and a comma', () => {
    expect(peopleOf('The cross-party group, including Tories Kit Harlow and Ann Vell, backs the plan.')).toEqual(['Kit Harlow', 'Ann Vell']);
    expect(peopleOf('According to bookmaker Quorvan, Kit Harlow is now the favourite.')).toEqual(['Kit Harlow']);
  });

  it('leaves a person whose shares, stake or film-making the story reports', () => {
    expect(peopleOf("Kevin Tolley said he had a stake in the club. Kevin Tolley's shares rose in value.")).toEqual(['Kevin Tolley']);
    expect(peopleOf('Kevin Tolley shares the lead with Ian Roe after three rounds.')).toEqual(['Kevin Tolley', 'Ian Roe']);
    expect(peopleOf('He learnt his trade in films, said film-maker Robert Tolley.')).toEqual(['Robert Tolley']);
    expect(peopleOf("Voters like Kevin Tolley's style in ways Ann Tolley's has never been liked.")).toEqual(['Kevin Tolley', 'Ann Tolley']);
  });
});

describe('a work or a character named like a person', () => {
  it('is a programme before its channel in brackets, wherever the story names it, and a part after "role as", there', () => {
    const found = peopleOf('Known for her role as Kylie Tarrow in the soap Harbour Lane, singer Jo Marr won.', 'Doc Tarn won, beating Jonathan Vance (BBC One) and Tidewater.', 'Jonathan Vance was not mentioned.');
    expect(found).toEqual(['Jo Marr']);
    // A biopic's subject the story also names as a person stays one.
    expect(peopleOf('Ivo Renn won for his role as Kylie Tarrow in a biopic.', 'Singer Kylie Tarrow died in 1990.')).toContain('Kylie Tarrow');
  });

  it('is a work, here, when a possessive name comes before a title and a sequel\'s number; a score is no sequel', () => {
    const found = peopleOf("Kessel Rally 5 was top of the chart. Kevin Tarrow's Harbour Run 2 held on at three.", "Jo Marr's Davis Cup 3-2 win was hailed by coach Tam Doyle.");
    expect(found).not.toContain('Kevin Tarrow');
    expect(found).toEqual(expect.arrayContaining(['Jo Marr', 'Tam Doyle']));
    // A numbered channel is no sequel.
    expect(peopleOf("The prize is given on Kevin Tarrow's Channel 4 show.")).toEqual(['Kevin Tarrow']);
    expect(peopleOf("Kevin Tarrow's Harbour 7/4, a film about a storm, was nominated.")).toEqual(['Kevin Tarrow']);
  });

  it('is a work wherever the story names it, after a year, before a subtitle or a star, or called so', () => {
    expect(peopleOf('She had parts in many films, among them 1961\'s Lorna Vance. Lorna Vance made her name, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('Lorna Vance: The Long Tide won the prize. Lorna Vance was shot in Wales, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('Lorna Vance star Kit Harlow was there. Lorna Vance opens in May, said John Orrin.')).toEqual(['Kit Harlow', 'John Orrin']);
    expect(peopleOf('Their last record had a song called Lorna Vance on it, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('The main character, Lorna Vance, returns in the sequel, said John Orrin.')).toEqual(['John Orrin']);
  });

  it('is a work in a title opening "The … of" and in a list of works, for that mention only', () => {
    expect(peopleOf('His picture The Trial of Lorna Vance opened well, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('Her releases include Tin Hearts, Lorna Vance and Quiet Days, said John Orrin.')).toEqual(['John Orrin']);
    // A list item followed by a possessive is the maker of the next item; a role in a film is an actor's.
    expect(peopleOf("He had roles in Tin Hearts and Kit Harlow's Quiet Days, said John Orrin.")).toEqual(['Kit Harlow', 'John Orrin']);
  });

  it('is a work after a person\'s possessive, before "by" its author, and after "band" or "tale"', () => {
    expect(peopleOf("The villain reminded him of Susan Tarrow's Lorna Vance, said John Orrin.")).toEqual(['Susan Tarrow', 'John Orrin']);
    expect(peopleOf("Quayside's Kit Harlow is injured, said John Orrin.")).toEqual(['Kit Harlow', 'John Orrin']);
    expect(peopleOf('It beat the favourite Lorna Vance by Susan Tarrow, said John Orrin.')).toEqual(['Susan Tarrow', 'John Orrin']);
    expect(peopleOf('Glasgow rock band Lorna Vance won twice. Lorna Vance thanked their fans, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('Her first lead was in the grim tale Lorna Vance, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('Years after The Kit Harlow Tree cemented their fame, they split, said John Orrin.')).toEqual(['John Orrin']);
  });

  it('is a nickname alone in quotation marks, even after a courtesy title', () => {
    expect(peopleOf('He called the minister "Sir Spendalot" at the rally, said John Orrin.')).toEqual(['John Orrin']);
  });

  it('is a work a part is played in, a thing made or a character so described, and a building named after someone', () => {
    expect(peopleOf('He plays a weary sheriff in Lorna Vance, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('She will voice the witch Lorna Vance, which was newly designed for the show, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('He will direct Lorna Vance - a character from a radio sketch - for the channel, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('The dinner is held at the Lorna Vance hotel each spring, said John Orrin.')).toEqual(['John Orrin']);
    // ("played a soldier in Jo Doe's war film": the possessive makes Jo Doe its maker.)
    expect(peopleOf("He played a cook in Kit Harlow's war film, said John Orrin.")).toEqual(['Kit Harlow', 'John Orrin']);
  });

  it('leaves a person described as a character a person', () => {
    expect(peopleOf('A colourful character, Kit Harlow ran the side for a decade.')).toEqual(['Kit Harlow']);
  });
});

describe('a place named like a person', () => {
  it('is a constituency after "MP for", and a ground after a match word and "at"', () => {
    expect(peopleOf('The MP for Tolley Vance said turnout in Tolley Vance was low, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('They lost in the final at Kit Harlow last year, said John Orrin.')).toEqual(['John Orrin']);
  });

  it('is a bay, a mountain, a project or a stadium by its first or last word', () => {
    expect(peopleOf('Ships wait in Tarrow Bay, near Lorna Mountain, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('The Kit Harlow Project and Stade Harlow were both funded, said John Orrin.')).toEqual(['John Orrin']);
    // ("Monte" and "Kit" are given names too.)
    expect(peopleOf('Kit Bay directed the film, said Monte Harlow.')).toEqual(['Kit Bay', 'Monte Harlow']);
  });

  it('is a place after "capital", a house, a pavilion, a harbour or a book by its last word, and a group by a plural nationality', () => {
    expect(peopleOf('It copies a square in the Quorvan capital Tolley Vance, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('Tarrow House and the Vance Pavilion reopened, near Kit Harbour, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('The Tarrow Book said prices rose, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('Officials stopped six Tolley Czechs at the gate, said John Orrin.')).toEqual(['John Orrin']);
    // ("secretary of state Jo Doe" is a person.)
    expect(peopleOf('He wrote to secretary of state Kit Harlow.')).toEqual(['Kit Harlow']);
  });

  it('is a body when a sentence opens with it and ", which", or a bank follows it', () => {
    expect(peopleOf('Sales were weak. Tolley Marsh, which floated in 1985, will cut jobs, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('"It is costly," said Ann Vell from Tolley Marsh investment bank.')).toEqual(['Ann Vell']);
    expect(peopleOf('Kit Harlow, who floated the idea, said no.')).toEqual(['Kit Harlow']);
  });

  it('leaves a person a remark is aimed at', () => {
    expect(peopleOf('Plenty of blame was aimed at Kit Harlow, and John Orrin called it unfair.')).toEqual(['Kit Harlow', 'John Orrin']);
    expect(peopleOf('He shot tamely at Kit Harlow in the last minute.')).toEqual(['Kit Harlow']);
  });
});

describe('hotels, programmes, bands and parts named like people (round 15)', () => {
  it('is a hotel after "the luxury" or "the five-star", wherever the story names it', () => {
    expect(peopleOf('His holdings take in the luxury Peter Vance in Lisbon. Rooms at Peter Vance cost more now, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('Guests of the five-star Mary Tolley in Oporto were moved, said John Orrin.')).toEqual(['John Orrin']);
  });

  it('is a programme or a channel right after a broadcaster with no "the"', () => {
    expect(peopleOf('The prop, who is 31, told BBC Ceri Vance that he will retire, said John Orrin.')).toEqual(['John Orrin']);
    // "told the BBC" ends a clause: the name after it is the next clause's subject.
    expect(peopleOf('Aides told the BBC that Ceri Vance, the harbour minister, would resign.')).toContain('Ceri Vance');
  });

  it('is a band or an ensemble when its name ends in one', () => {
    expect(peopleOf("The Peter Vance Experience's first single sold well, said John Orrin.")).toEqual(['John Orrin']);
  });

  it('is a part when an actor plays that character\'s relative ("a role as X\'s mother Y")', () => {
    expect(peopleOf("Her last work was a cameo role as Peter Vance's mother Mary in the sitcom Tin Plates, said John Orrin.")).toEqual(['John Orrin']);
  });
});

describe('works named like people, with a title word or in apposition (round 15)', () => {
  it('is a work after "a song called", even when a title word opens it', () => {
    expect(peopleOf('His last work was a song called Judge Peter Vance, said John Orrin.')).toEqual(['John Orrin']);
  });

  it('is a work named in apposition to its noun, closing the sentence', () => {
    expect(peopleOf('He played a pirate in a screened pantomime, Mary Tolley. So said John Orrin.')).toEqual(['John Orrin']);
    // Not when the name goes on as the sentence's subject.
    expect(peopleOf('In his new film, Peter Vance plays a pirate.')).toContain('Peter Vance');
  });
});

describe('titles and things whatever title word opens them (round 15)', () => {
  it('is a thing before "category" or "hotel" even after a title word', () => {
    expect(peopleOf('The prize for games went to the King Peter Vance Interactive category, said John Orrin.')).toEqual(['John Orrin']);
  });

  it('is a work after "a song … called" with a few words between, but not after "a film about a man called"', () => {
    expect(peopleOf('The album has a track written for Orrin called Peter Vance. John Orrin liked it.')).toEqual(['John Orrin']);
    expect(peopleOf('It is a film about a farmer called Peter Vance, said John Orrin.')).toContain('Peter Vance');
  });

  it('looks a famous character up with its title word ("King Kong" is not cut to "Kong")', () => {
    expect(peopleOf('The remake of King Kong opens in May, said John Orrin.')).toEqual(['John Orrin']);
  });
});

describe('parts and nicknames (round 15)', () => {
  it('is a part right after an actor\'s name and "as"', () => {
    expect(peopleOf('The prize went to star Peter Vance as teacher Hilda, said John Orrin.')).toEqual(['Peter Vance', 'John Orrin']);
    // A full name there may be the real subject of a biopic: a person.
    expect(peopleOf('The biopic stars Peter Vance as aviator Mary Tolley.')).toEqual(['Peter Vance', 'Mary Tolley']);
    // A possessive after "as" is the person whose post it is.
    expect(peopleOf('The board named Peter Vance as Mary Tolley\'s successor.')).toEqual(['Peter Vance', 'Mary Tolley']);
    // "as well as" lists another person.
    expect(peopleOf('The fans of Peter Vance as well as Mary Tolley were there.')).toEqual(['Peter Vance', 'Mary Tolley']);
  });

  it('is a nickname when a courtesy title stands before a plain word no names list knows', () => {
    expect(peopleOf('He took the Mr Grumpy seat on the panel, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('Mr Vance said the panel was fair.')).toEqual(['Vance']);
  });
});

describe('a titled character before a work noun (round 16)', () => {
  it('is the character the work is about, not a person, for that mention', () => {
    expect(peopleOf('The new Miss Quellby drama returns for a second series in May.')).toEqual([]);
    expect(peopleOf('Fans queued for the latest Inspector Tarrow mystery on Friday.')).not.toContain('Tarrow');
    // The titled form elsewhere is a person.
    expect(peopleOf('Miss Quellby said the new drama was hers.')).toEqual(['Quellby']);
  });
});

describe('a titled part after "<actor> as" (round 16)', () => {
  it('is the part played, not a person, there and elsewhere in the story', () => {
    expect(peopleOf('The show starred former actor Jory Tamblin as Captain Quellby.', '"Captain Quellby and his crew need you," the fans wrote.')).toEqual(['Jory Tamblin']);
    expect(peopleOf('The show starred former actor Jory Tamblin as Mr Quellby, the ruined banker.')).toEqual(['Jory Tamblin']);
  });

  it('is the part when "the <part>," comes between, full name and all', () => {
    expect(peopleOf('The revival will also star Ilsa Marrow as the scheming aunt, Susan Marra.')).toEqual(['Ilsa Marrow']);
  });
});

describe('a news agency named like a person (round 16)', () => {
  it('is a body: its foreign company words say so', () => {
    expect(peopleOf('Agence Martin Presse reported that the talks in Tarnmouth had failed.')).toEqual([]);
    expect(peopleOf('The minister told Agence Martin Presse that the deal was off.')).toEqual([]);
  });
});

describe('a firm of two names before its employee (round 16)', () => {
  it('is no person, the employee after the possessive is', () => {
    expect(peopleOf('"Prices will fall," added Ernst and Quill\'s Susan Marra.')).toEqual(['Susan Marra']);
  });
});

describe('a school named with a possessive (round 16)', () => {
  it('is the school, not a person, for that mention', () => {
    expect(peopleOf("Born in Tarnmouth, she attended Martin Boys' School in nearby Pengarth.")).toEqual([]);
  });

  it('is the hospital, not a person, for that mention', () => {
    expect(peopleOf("He was treated at Susan Marra's Hospital last week.")).toEqual([]);
  });
});

describe('a firm named like a person, then by its last word (round 17)', () => {
  it('is the firm by its surname alone too, unless a person of that surname is named in full', () => {
    expect(peopleOf('Ann Vell told a jury that auditors Arthur Hopkins had approved the accounts.', 'She said Hopkins had given a nod.')).toEqual(['Ann Vell']);
    expect(peopleOf('Ann Vell told a jury that auditors Arthur Hopkins had approved the accounts.', 'Mary Hopkins, a partner, said Hopkins had given a nod.')).toContain('Mary Hopkins');
    // A person's role word before the lone word: the text means someone of that surname.
    expect(peopleOf('Ann Vell told a jury that auditors Arthur Hopkins had approved the accounts.', 'She said composer Hopkins had written the anthem.')).toContain('Hopkins');
  });
});

describe('a station named like a person after "told" (round 17)', () => {
  it('is the station when it ends an attribution after a quotation and no list knows its first word as a given name', () => {
    expect(peopleOf('"We will win the cup," the young captain told Onda Tarnby.')).toEqual([]);
    // A person told something keeps the name.
    expect(peopleOf('"We will win the cup," the young captain told Jo Roe.')).toEqual(['Jo Roe']);
  });
});

describe('a ground or a tournament named like a person (round 17)', () => {
  it('is the venue wherever the text names it, once a match is won or lost "at" it', () => {
    expect(peopleOf('Tom Pell lost in the semi-finals at Marcel Tarrow last May.', 'Marcel Tarrow is where he hopes to win next year, said John Orrin.')).toEqual(['Tom Pell', 'John Orrin']);
    // A possessive after the name is a person's ("won at Jo Roe's stables").
    expect(peopleOf("The colt won at Marcel Tarrow's yard in Kent, said John Orrin.")).toContain('Marcel Tarrow');
  });
});

describe('a firm introduced with "a" and named between commas (round 17)', () => {
  it('is the firm; a name with a speech verb after the comma is someone speaking', () => {
    expect(peopleOf('The chipmaker will partner a small Tarnby-based kettle firm, Quorvan Marsh, to make the devices.')).toEqual([]);
    expect(peopleOf('He joined a small law firm, Jo Roe said.')).toEqual(['Jo Roe']);
  });
});
