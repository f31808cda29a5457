/** Names behind a body's title and a style, and given names that are also dictionary words: invented people. */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

function analyse(paragraphs: string[]) {
  const article = enrichArticle(makeParsed(paragraphs), { speakers: 'rules' });
  return { people: article.people.map((p) => p.name), speakers: article.quotes.map((q) => q.speaker.name) };
}

describe('a body, its title and a style before the name', () => {
  it('"Dunmore Police Commissioner Sir Jo Doe" names Sir Jo Doe', () => {
    const result = analyse(['New Dunmore Police Commissioner Sir Ivo Tarrant has backed the plan, saying: "It is the only choice we have."']);
    expect(result.people).toContain('Sir Ivo Tarrant');
    expect(result.speakers).toEqual(['Sir Ivo Tarrant']);
  });

  it('a sentence opener before a style is still no title', () => {
    expect(analyse(['Said Mr Roe: "No."']).people).not.toContain('Said Roe');
  });
});

describe('given names that are also dictionary words', () => {
  it('"Warren", "Lewis", "Joy" before a dictionary-word surname', () => {
    const result = analyse([
      'Kestrel Bets spokesman Warren Hedge thinks the race is still "anybody\'s".',
      'Her uncle, Lewis Marsh, told reporters: "We want answers."',
      'Joy Fell, who runs the shop, said it was "a sad day".',
    ]);
    expect(result.people).toEqual(expect.arrayContaining(['Warren Hedge', 'Lewis Marsh', 'Joy Fell']));
    expect(result.speakers).toEqual(['Warren Hedge', 'Lewis Marsh', 'Joy Fell']);
  });
});

describe('given names written with accents', () => {
  it('"José", "Chloé" are known as their plain forms are', () => {
    const result = analyse(['In a letter, Kestrel President José Manuel Tarrant told the chair of the Dunmore Assembly, Chloé Vance, that the board "had no new plan".']);
    expect(result.people).toEqual(expect.arrayContaining(['José Manuel Tarrant', 'Chloé Vance']));
    expect(result.speakers).toEqual(['José Manuel Tarrant']);
  });
});

describe('a band member\'s noun glued before the name (round 17)', () => {
  it('after "the late", "former" or "ex-", a word no list knows before a given name is no part of the name', () => {
    expect(analyse(['The singer admired the late Kestrel Jo Roe, and former Wombat Ann Vell agreed.']).people).toEqual(['Jo Roe', 'Ann Vell']);
    // A given name there opens the name as before.
    expect(analyse(['The singer admired the late Kenneth Jo Roe.']).people).toEqual(['Kenneth Jo Roe']);
  });
});
