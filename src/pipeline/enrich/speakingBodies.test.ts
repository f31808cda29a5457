import { describe, expect, it } from 'vitest';
import { lastSpeakingBody } from './speakingBodies.ts';

describe('lastSpeakingBody', () => {
  const text = 'Kestrel Lines said the routes lost money. A review found: "Harbour Freight said it would not bid." It said:';
  const names = ['Kestrel Lines', 'Harbour Freight'];
  const open = text.indexOf('"');
  const close = text.lastIndexOf('"');

  it('finds the body that last stands before a verb of saying', () => {
    expect(lastSpeakingBody(text, names, 0, text.length)?.name).toBe('Harbour Freight');
  });

  it('passes over a body whose name and verb stand inside a quotation', () => {
    expect(lastSpeakingBody(text, names, 0, text.length, (at) => at > open && at < close)?.name).toBe('Kestrel Lines');
  });
});
