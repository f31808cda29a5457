import { describe, expect, it } from 'vitest';
import { buildTopics, topicKey } from './topics.ts';
import type { TopicInput } from './topics.ts';

const input = (id: string, section: string, names: string[], text = ''): TopicInput => ({
  id,
  section,
  candidates: names.map((name) => ({ name, kind: name.startsWith('Port') ? 'place' : 'organisation' })),
  text,
});

describe('topics', () => {
  it('normalises names so that variants are one topic', () => {
    expect(topicKey('NATO')).toBe(topicKey('Nato'));
    expect(topicKey('the Harbour Board')).toBe(topicKey("Harbour Board's"));
  });

  it('keeps recurring subjects, drops one-offs and junk, and always keeps sections', () => {
    const { topics, topicsFor } = buildTopics([
      input('a', 'Politics', ['Harbour Board', 'Port Ellery', 'the', 'Quill Society']),
      input('b', 'Politics', ['HARBOUR BOARD', 'Port Ellery']),
      input('c', 'Business', ['Harbour Board', '2024']),
    ]);
    const names = topics.map((t) => t.name);
    expect(names).toContain('Harbour Board');
    expect(names).toContain('Port Ellery');
    expect(names).toContain('Business');
    expect(names).not.toContain('Quill Society');
    expect(names).not.toContain('2024');
    expect(names).not.toContain('the');
    const board = topics.find((t) => t.name === 'Harbour Board')!;
    expect(board.articles).toEqual(['a', 'b', 'c']);
    expect(topicsFor('c')).toEqual(['business', 'harbour-board']);
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
  });

  it('finds recurring two-word themes in the text', () => {
    const text = 'the tidal barrage plan and the tidal barrage cost';
    const { topics } = buildTopics([input('a', 'S', [], text), input('b', 'S', [], text), input('c', 'S', [], 'nothing here')]);
    expect(topics.find((t) => t.kind === 'theme')?.name).toBe('tidal barrage');
  });

  it('completes split place names, drops fragments, demonyms and abbreviations', () => {
    const text = 'Traders in New York and at the Harbour and Quay Commission met. Ostlanders cheered at 10:00 GMT.';
    const stories = ['a', 'b', 'c'].map((id) => ({
      id,
      section: null,
      candidates: [
        { name: 'York', kind: 'place' as const },
        { name: 'Quay Commission', kind: 'organisation' as const },
        { name: 'Ostlanders', kind: 'place' as const },
        { name: 'GMT', kind: 'organisation' as const },
      ],
      text,
    }));
    const names = buildTopics(stories).topics.map((t) => t.name);
    expect(names).toEqual(['New York']);
  });

  it('does not make themes of names or job titles', () => {
    const text = 'Mara Quill said the prime minister and the prime minister met Mara Quill about harbour dredging and harbour dredging.';
    const stories = ['a', 'b', 'c'].map((id) => ({ id, section: null, candidates: [], text }));
    const names = buildTopics(stories).topics.map((t) => t.name);
    expect(names).toEqual(['harbour dredging']);
  });
});
