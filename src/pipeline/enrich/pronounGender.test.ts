/** Gender from the text's own pronouns, for names no title or given-name list genders: invented people. */
import { describe, expect, it } from 'vitest';
import { ruleSpeakerNames as speakers } from './test-utils.ts';

describe('a name the lists cannot gender, gendered by its own sentence', () => {
  it('a subject followed by "his" is a "he" later, over a newer name in passing', () => {
    const story = [
      'Kestrel winger Ivo Tarrant has torn a ligament in his ankle and will miss the cup final.',
      'The knock came in a tackle by Dunmore defender Peter Vance on Saturday.',
      'He said: "I knew at once that something had gone."',
    ];
    expect(speakers(story)).toEqual(['Ivo Tarrant']);
  });

  it('a "she" in the sentence makes the name a "she"', () => {
    const story = [
      'Runner Avel Okonjo has pulled out of the relay because she is unwell.',
      'Her team-mate, Mary Vance, will run the last leg on Friday instead.',
      '"I would rather rest now than miss the summer," she said.',
    ];
    expect(speakers(story)).toEqual(['Avel Okonjo']);
  });

  it('a pronoun after another name belongs to nobody in particular: no gender is taken', () => {
    const story = [
      'Kestrel winger Ivo Tarrant praised Peter Vance and his defence on Saturday.',
      'The match report was generous to Vance and to Tarrant.',
      '"We were second best all day," he said.',
    ];
    expect(speakers(story)).toEqual(['Peter Vance']);
  });

  it('a pronoun inside quoted words is not the subject\'s', () => {
    const story = [
      'Kestrel winger Ivo Tarrant said "he let us all down" of the referee.',
      'The match report was kind to the referee, Peter Vance, and to Tarrant.',
      '"I saw what I saw," he said.',
    ];
    expect(speakers(story).at(-1)).toBe('Peter Vance');
  });
});
