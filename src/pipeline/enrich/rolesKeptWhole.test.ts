/** Roles kept whole rather than cut to their last word: invented people, places and bodies. */
import { describe, expect, it } from 'vitest';
import { analyseSpeakers } from './index.ts';
import { makeParsed } from './test-utils.ts';

function descriptionsOf(paragraph: string, name: string): string[] {
  const { ctx } = analyseSpeakers(makeParsed([paragraph]), { evidence: false });
  return ctx.people.people.find((p) => p.tokens.join(' ') === name)?.descriptions ?? [];
}

describe('a role is not cut to its head noun', () => {
  it('keeps a nationality before the title ("Italian Prime Minister")', () => {
    expect(descriptionsOf('Talks were held with Italian Prime Minister Ivo Tarrant on Monday.', 'Ivo Tarrant')).toEqual(['Italian Prime Minister']);
    expect(descriptionsOf('Fans cheered, with Australian Idol winner Ivo Tarrant taking the prize.', 'Ivo Tarrant')).toEqual(['Australian Idol winner']);
  });

  it('keeps the club after "former", even one a names list knows as a given name', () => {
    expect(descriptionsOf('Former Chelsea captain Peter Vance says the club has changed.', 'Peter Vance')).toEqual(['Former Chelsea captain']);
  });

  it('keeps a participle that qualifies the role noun after the name ("deputy managing director")', () => {
    expect(descriptionsOf('"Order first," says Peter Vance, deputy managing director of Dunmore Oil.', 'Peter Vance')).toEqual(['deputy managing director of Dunmore Oil']);
  });
});
