import { describe, expect, it } from 'vitest';
import type { Quote, Speaker } from '../../content/schema';
import { splitIntoRuns } from './quoteRuns';
import { namesSpeaker, placeSpeakerTags } from './speakerTags';

const person = (name: string): Speaker => ({ name, personId: name.toLowerCase().replace(/\s+/g, '-'), type: 'person' });

/** Quotes at the given words of `text`, with their speakers. */
function quotes(text: string, ...spec: Array<[string, Speaker]>): Quote[] {
  return spec.map(([words, speaker], i) => {
    const start = text.indexOf(words);
    return { id: `q${i + 1}`, text: words, speaker, block: 0, child: null, start, end: start + words.length };
  });
}

const tagsFor = (text: string, qs: Quote[]) => placeSpeakerTags(text, splitIntoRuns(text, qs)).map((t) => [t.quote.id, t.at]);

describe('placeSpeakerTags', () => {
  it('adds no tag when the sentence names the speaker outside the quote', () => {
    const text = '"We sail at dawn," said Ms Orrin. The ferry left at six.';
    expect(tagsFor(text, quotes(text, ['We sail at dawn,', person('Ada Orrin')]))).toEqual([]);
  });

  it('puts the tag after the full stop of a sentence that names nobody ("she said")', () => {
    const text = '"The tide is late," she said. Boats waited.';
    const [tag] = placeSpeakerTags(text, splitIntoRuns(text, quotes(text, ['The tide is late,', person('Ada Orrin')])));
    expect(text.slice(0, tag!.at)).toBe('"The tide is late," she said.');
  });

  it('does not count a name inside the quoted words', () => {
    const text = '"Orrin will decide," he said.';
    const [tag] = placeSpeakerTags(text, splitIntoRuns(text, quotes(text, ['Orrin will decide,', person('Bram Tull')])));
    expect(tag?.at).toBe(text.length);
  });

  it('tags a whole-paragraph quote at its end, and an unknown speaker never', () => {
    const text = '"Nobody told us anything."';
    expect(placeSpeakerTags(text, splitIntoRuns(text, quotes(text, ['Nobody told us anything.', person('Ada Orrin')])))[0]?.at).toBe(text.length);
    expect(placeSpeakerTags(text, splitIntoRuns(text, quotes(text, ['Nobody told us anything.', { name: null, personId: null, type: 'unknown' }])))).toEqual([]);
  });

  it('places a tag straight after its quote when another quote follows in the same sentence', () => {
    const text = 'She called it "a disgrace" and he called it "a start".';
    const placed = placeSpeakerTags(text, splitIntoRuns(text, quotes(text, ['a disgrace', person('Ada Orrin')], ['a start', person('Bram Tull')])));
    expect(placed.map((p) => p.at)).toEqual([text.indexOf('"a disgrace"') + '"a disgrace"'.length, text.length]);
  });

  it('ignores a sentence end inside the quoted words', () => {
    const text = '"Wait. Please," said Orrin.';
    expect(placeSpeakerTags(text, splitIntoRuns(text, quotes(text, ['Wait. Please,', person('Ada Orrin')])))).toEqual([]);
  });
});

describe('namesSpeaker', () => {
  it('matches a person by a capitalised word of their name, whole words only', () => {
    expect(namesSpeaker('said Mr Orrin', 'Ada Orrin')).toBe(true);
    expect(namesSpeaker('said the Orrinsons', 'Ada Orrin')).toBe(false);
    expect(namesSpeaker('the frost came', 'Dagny Frost')).toBe(false);
  });

  it('reads a name in a script without case by its words as written', () => {
    expect(namesSpeaker('she said on Tuesday', 'داليا نور')).toBe(false);
    expect(namesSpeaker('said نور yesterday', 'داليا نور')).toBe(true);
  });

  it('matches an organisation or group in any case, and treats a name with no identifying word as named', () => {
    expect(namesSpeaker('passenger groups said', 'groups', false)).toBe(true);
    expect(namesSpeaker('the harbour board said', 'Harbour Board', false)).toBe(true);
    expect(namesSpeaker('they said', 'the', false)).toBe(true);
  });
});
