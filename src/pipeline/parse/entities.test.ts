import { describe, expect, it } from 'vitest';
import { enrichArticle } from '../enrich/index.ts';
import { decodeEntities } from './entities.ts';
import { parseSource } from './index.ts';

describe('decodeEntities', () => {
  it('decodes decimal, hex and named references', () => {
    expect(decodeEntities('Zo&#235; Marrin, Ren&#xE9;e Dufort and Jos&eacute; Ibarra')).toBe('Zoë Marrin, Renée Dufort and José Ibarra');
    expect(decodeEntities('&lt;b&gt; &amp; &quot;fish&quot; &pound;5 &ndash; &hellip;')).toBe('<b> & "fish" £5 – …');
  });

  it('decodes once: a double-encoded reference keeps one level', () => {
    expect(decodeEntities('&amp;#244;')).toBe('&#244;');
  });

  it('leaves incomplete and unknown references, and ampersands in names, as written', () => {
    for (const text of ['AT&T', 'R&D', 'Marks &amp Spencer', '&notaname;', '&#;', 'fish & chips']) expect(decodeEntities(text)).toBe(text);
  });

  it('never produces controls or broken surrogates; a written line break becomes a space', () => {
    expect(decodeEntities('a&#0;b&#7;c&#xD800;d&#1114112;e')).toBe('a&#0;b&#7;c&#xD800;d&#1114112;e');
    expect(decodeEntities('one&#10;two')).toBe('one two');
    expect(decodeEntities('&#128512;')).toBe('😀');
  });
});

describe('entities at parse time', () => {
  const source = [
    'Caf&eacute; owner Ren&#233;e Dufort backs pier plan',
    '',
    'Ren&#233;e Dufort, who runs a caf&#233; on the Tamsworth quay, said: "We have waited long enough."',
    'Ms Dufort added that the &pound;2m plan was &quot;overdue&quot;.',
  ].join('\n');

  it('decodes the headline and the body before offsets are computed', () => {
    const parsed = parseSource({ source: 'news/pier.txt', text: source, folder: 'news' });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.article.headline).toBe('Café owner Renée Dufort backs pier plan');
    const article = enrichArticle(parsed.article);
    expect(article.people.map((p) => p.name)).toEqual(['Renée Dufort']);
    expect(article.quotes.length).toBe(2);
    for (const quote of article.quotes) {
      const block = article.blocks[quote.block]!;
      const text = block.type === 'paragraph' ? block.text : '';
      // Offsets point into the decoded text: the slice is exactly the quote, with no reference left in it.
      expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.text).not.toMatch(/&[#a-z0-9]+;/i);
    }
    expect(article.quotes.map((q) => q.text)).toEqual(['We have waited long enough.', 'overdue']);
    expect(article.quotes[0]!.speaker.name).toBe('Renée Dufort');
  });
});
