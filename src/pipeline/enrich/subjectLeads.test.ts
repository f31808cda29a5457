/** Who the subject is when the sentence does not open with the name: invented people. */
import { describe, expect, it } from 'vitest';
import { ruleSpeakerNames as speakers } from './test-utils.ts';

describe('the subject after an opening phrase', () => {
  it('a participle phrase and its comma leave the name after them the subject', () => {
    const story = [
      'The memo came from party adviser Mark Tolley.',
      'Realising his error, Mr Tolley wrote to the reporter, adding that the host, Peter Vance, would laugh.',
      'He said: "Not my finest hour."',
    ];
    expect(speakers(story)).toEqual(['Mark Tolley']);
  });

  it('so does a phrase that opens with a preposition', () => {
    const story = [
      'Peter Vance hosted the talks with Mark Tolley in Dunmore.',
      'In a statement on Monday, Mr Tolley thanked Mr Vance for the welcome.',
      '"We made progress," he said.',
    ];
    expect(speakers(story)).toEqual(['Mark Tolley']);
  });
});

describe('a subject no list can gender, in the sentence of the man named last', () => {
  it('is the likelier "he" than the man named in passing', () => {
    const story = [
      'And Jamie Quell, who had two nominations, paid tribute to the late singer Peter Vance at the ceremony.',
      '"I owe tonight to you," he said.',
    ];
    expect(speakers(story)).toEqual(['Jamie Quell']);
  });

  it('but not when a pronoun of its own sentence showed the name is a "she"', () => {
    const story = [
      'Jamie Quell thanked her coach, Peter Vance, after the race.',
      '"She ran the perfect race," he said.',
    ];
    expect(speakers(story)).toEqual(['Peter Vance']);
  });
});
