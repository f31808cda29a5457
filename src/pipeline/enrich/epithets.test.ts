/** "the 25-year-old", "the Frenchman": a pronoun after an epithet means whom the report is about. Invented people. */
import { describe, expect, it } from 'vitest';
import { ruleSpeakerNames as speakers } from './test-utils.ts';

describe('an epithet opening the sentence before a pronoun', () => {
  it('means the person the report is about, not the subject named last', () => {
    const story = [
      'Kestrel defender Peter Vance has turned down a new contract.',
      "Dunmore boss Mark Tolley is said to admire Vance's form and may bid in January. But the 27-year-old Ulsterman means to stay at the Quay. He added: \"I am happy where I am.\"",
    ];
    expect(speakers(story)).toEqual(['Peter Vance']);
  });

  it('a nationality works as an age does', () => {
    const story = [
      'Peter Vance won the Dunmore open on Sunday, and Vance will now play in the final at Kestrel.',
      'Kestrel coach Mark Tolley thinks Vance can win there. The Frenchman was relaxed. "I have nothing to lose," he said.',
    ];
    expect(speakers(story)).toEqual(['Peter Vance']);
  });

  it('is older news once someone is named after its sentence', () => {
    const story = [
      'Kestrel defender Peter Vance has turned down a new contract. The 25-year-old wants to stay at the Quay.',
      'Dunmore boss Mark Tolley said he would wait. He added: "We can be patient."',
    ];
    expect(speakers(story)).toEqual(['Mark Tolley']);
  });
});
