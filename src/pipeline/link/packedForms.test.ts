import { describe, expect, it } from 'vitest';
import { PackedForms } from './topics.ts';

describe('PackedForms: a story theme forms kept between rebuilds, packed', () => {
  it('reads back every form with its count, in the order they were written', () => {
    const forms = new Map([
      ['harbour dues', 3],
      ['ferry timetables', 12],
      ['ferry timetable', 1],
      ['grain silos', 140],
    ]);
    expect([...PackedForms.of(forms)]).toEqual([...forms]);
    // Read twice: the packed form is kept, not used up.
    const packed = PackedForms.of(forms);
    expect([...packed]).toEqual([...packed]);
    expect([...PackedForms.of(new Map())]).toEqual([]);
  });
});
