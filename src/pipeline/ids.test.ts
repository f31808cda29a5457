import { describe, expect, it } from 'vitest';
import { articleId, slugify } from './ids.ts';

describe('slugify', () => {
  it('folds accents, drops apostrophes and joins words with single hyphens', () => {
    expect(slugify("Café owner's £5 'deal' — agreed!")).toBe('cafe-owners-5-deal-agreed');
  });
  it('cuts long text at a word boundary', () => {
    const slug = slugify('one two three four five six seven eight nine ten eleven twelve thirteen', 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith('-')).toBe(false);
    expect('one two three four five six seven'.replace(/ /g, '-').startsWith(slug)).toBe(true);
  });
});

describe('articleId', () => {
  it('is URL-safe, stable and distinct for repeated headlines', () => {
    const a = articleId('Storm hits coast', 'world/a.txt');
    expect(a).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(articleId('Storm hits coast', 'world/a.txt')).toBe(a);
    expect(articleId('Storm hits coast', 'world/b.txt')).not.toBe(a);
  });
  it('has an id even when the headline has no letters', () => {
    expect(articleId('!!!', 'x.txt')).toMatch(/^article-[0-9a-f]{6}$/);
  });
});
