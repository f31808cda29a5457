import { describe, expect, it } from 'vitest';
import type { Article } from '../../content/schema.ts';
import { escapeHtml, renderArticle, renderPage } from './prerender.ts';

const template =
  '<!doctype html><html><head><meta charset="UTF-8" /><meta name="description" content="app" /><title>Verbatim</title></head>' +
  '<body><div id="root"></div><noscript>needs JavaScript</noscript><script type="module" src="/assets/index.js"></script></body></html>';

const article: Article = {
  id: 'harbour-vote-abc123',
  source: 'world/harbour.txt',
  format: 'page-text',
  headline: 'Harbour <vote> "decided"',
  updated: '2025-07-15T09:15:00.000Z',
  section: 'World',
  caption: null,
  imageAlt: null,
  blocks: [
    { type: 'paragraph', text: 'The <script>alert(1)</script> board voted "yes to the plan" today.', intro: true },
    { type: 'crosshead', text: 'Next steps', quoted: true },
  ],
  related: [{ title: 'Elsewhere <b>story</b>', date: '2025-07-01', section: 'World', id: null }],
  suggested: [],
  quotes: [
    {
      id: 'q1',
      text: 'yes to the plan',
      speaker: { name: 'Mara Quill', personId: 'mara-quill', type: 'person' },
      block: 0,
      child: null,
      start: 43,
      end: 58,
    },
  ],
  people: ['mara-quill'],
  topics: [],
  wordCount: 12,
};

describe('pre-rendered pages', () => {
  it('escapes everything that comes from an article', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = renderArticle(article);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('marks quotes with their id and speaker link, and draws the update line', () => {
    const html = renderArticle(article);
    expect(html).toContain('<span id="q1" class="quote">&quot;yes to the plan&quot;</span>');
    expect(html).toContain('<a href="/people/mara-quill">Mara Quill</a>');
    expect(html).toContain('09:15 GMT, Tuesday, 15 July 2025 10:15 UK');
    expect(html).toContain('‘Next steps’');
  });

  it('fills the head with title, description, canonical and social tags, and drops the noscript notice', () => {
    const page = renderPage(
      template,
      'https://archive.example/',
      { path: '/articles/harbour-vote-abc123', title: article.headline, description: 'Intro "text"', type: 'article' },
      renderArticle(article),
    );
    expect(page).toContain('<title>Harbour &lt;vote&gt; &quot;decided&quot; — Verbatim</title>');
    expect(page).toContain('<meta property="og:title" content="Harbour &lt;vote&gt; &quot;decided&quot;">');
    expect(page).toContain('<meta name="description" content="Intro &quot;text&quot;">');
    expect(page).not.toContain('content="app"');
    expect(page).toContain('<link rel="canonical" href="https://archive.example/articles/harbour-vote-abc123">');
    expect(page).not.toContain('<noscript>');
    expect(page).toContain('<script type="module" src="/assets/index.js"></script>');
  });
});
