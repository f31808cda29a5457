import { describe, expect, it } from 'vitest';
import { classifyQuote, isTitleLike } from './quoteKind.ts';

const ctx = (text: string, sentence: string, before: string, attributed = false) => ({ text, sentence, before, attributed });

describe('classifyQuote', () => {
  it('treats a capitalised title after "the album" or "called" as not speech', () => {
    expect(classifyQuote(ctx('Silver Harbour Lights', 'Her album "…" sold well.', 'Her album '))).toBe('other');
    expect(classifyQuote(ctx('Night Owl', 'a film called "…" opened', 'a film called '))).toBe('other');
  });
  it('treats nicknames and coined terms as not speech', () => {
    expect(classifyQuote(ctx('paper tigers', 'the chargers, nicknamed "…", waste power', 'nicknamed '))).toBe('other');
    expect(classifyQuote(ctx('green corridors', 'He runs several "…" for the council.', 'several '))).toBe('other');
  });
  it('keeps short partial quotes in reported speech as speech', () => {
    expect(classifyQuote(ctx('deeply worrying', 'Ms Fenn said the figures were "…".', 'were '))).toBe('speech');
    expect(classifyQuote(ctx('reckless', 'The plan was "…", according to Mr Dale.', 'was '))).toBe('speech');
  });
  it('keeps a short judgement as speech even when its sentence has no speech verb (the report came before)', () => {
    expect(classifyQuote(ctx('lacklustre', 'The rest will put in a "…" performance.', 'a '))).toBe('speech');
    expect(classifyQuote(ctx('severely affected', 'A poor summer "…" demand for ices.', 'summer '))).toBe('speech');
    // A noun phrase in the same place is a term, not a judgement.
    expect(classifyQuote(ctx('digital divide', 'It is part of the "…" across the world.', 'the '))).toBe('other');
    // Code or a web address is nobody's judgement, whatever its last letters.
    expect(classifyQuote(ctx('javascript:window.pwned=1', 'A notice showed an iframe src="…" there.', 'src='))).toBe('other');
  });

  it('keeps long quotations as speech without any verb', () => {
    expect(classifyQuote(ctx('We have never seen anything like it before.', '"…"', ''))).toBe('speech');
  });
  it('recognises title-like phrases', () => {
    expect(isTitleLike('The Long Way Home')).toBe(true);
    expect(isTitleLike('a long way home')).toBe(false);
  });
});
