import { describe, expect, it } from 'vitest';
import type { Article, ArticleSummary, Person, PersonQuote, Topic } from '../../content/schema.ts';
import { buildPeopleIndexShards, buildPersonPages, buildTopicPages, buildTopicsIndexShards } from './listShards.ts';
import {
  escapeHtml,
  renderArticle,
  renderHome,
  renderPage,
  renderPagination,
  renderPeopleIndex,
  renderPerson,
  renderTopicPage,
  renderTopicsIndex,
} from './prerender.ts';

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

  it('draws the home list with the app\'s story cards, so the app\'s render is no larger than the first paint', () => {
    const story: ArticleSummary = {
      id: 'harbour-vote-abc123',
      headline: 'Harbour <vote>',
      standfirst: 'The board "voted".',
      updated: '2025-07-15T09:15:00.000Z',
      section: 'World',
      people: [],
      topics: [],
      quoteCount: 1,
    } as unknown as ArticleSummary;
    const html = renderHome([story], 41);
    expect(html).toContain('<h1>All stories</h1>');
    expect(html).toContain('Showing 1–1 of 41 stories');
    expect(html).toContain('<ol class="story-list__items"><li><article class="story-card"><h2 class="story-card__headline">');
    expect(html).toContain('<a href="/articles/harbour-vote-abc123">Harbour &lt;vote&gt;</a>');
    expect(html).toContain('<span class="story-card__section">World</span>');
    expect(html).toContain('<p class="story-card__standfirst">The board &quot;voted&quot;.</p>');
  });

  it('draws a person with the app\'s header and their quotes grouped under each story', () => {
    const person = {
      id: 'mara-quill',
      name: 'Mara <Quill>',
      role: 'harbour master',
      descriptions: ['harbour master', 'a "veteran" sailor'],
      aliases: ['Ms Quill'],
      articles: ['a-1', 'b-2'],
      quoteCount: 3,
    } as unknown as Person;
    const quotes = [
      { articleId: 'b-2', headline: 'Second <b>story</b>', updated: null, quoteId: 'q1', text: 'We sail at dawn' },
      { articleId: 'b-2', headline: 'Second <b>story</b>', updated: null, quoteId: 'q4', text: 'Not a <script> in sight' },
      { articleId: 'a-1', headline: 'First story', updated: null, quoteId: 'q2', text: 'Calm seas' },
    ];
    const [page] = buildPersonPages(person, quotes, []);
    const html = renderPerson(page!);
    expect(html).toContain('<h1>Mara &lt;Quill&gt;</h1><p class="person-page__role">harbour master</p>');
    expect(html).toContain('<p class="person-page__descriptions">Also described as: a &quot;veteran&quot; sailor</p>');
    expect(html).toContain('0 stories, 3 quotes');
    expect(html.match(/class="quote-group"/g)).toHaveLength(2);
    expect(html).toContain('<a href="/articles/b-2">Second &lt;b&gt;story&lt;/b&gt;</a>');
    expect(html).toContain('<a class="quote-link" href="/articles/b-2#q4">“Not a &lt;script&gt; in sight”</a>');
    expect(html).not.toContain('<script>');
  });
});

describe('pre-rendered paged pages', () => {
  const mara: Person = {
    id: 'mara-quill',
    name: 'Mara <Quill>',
    aliases: [],
    descriptions: ['harbour chair'],
    role: 'harbour chair',
    articles: [],
    quoteCount: 5,
  };
  const story = (i: number): ArticleSummary => ({
    id: `made-up-story-${i}`,
    headline: `Made-up story ${i}`,
    updated: null,
    section: null,
    standfirst: 'Invented.',
    people: [],
    topics: [],
    quoteCount: 0,
  });
  const quote = (i: number): PersonQuote => ({
    articleId: `made-up-story-${Math.floor(i / 2)}`,
    headline: `Made-up story ${Math.floor(i / 2)}`,
    updated: '2025-07-15T09:15:00.000Z',
    quoteId: `q${(i % 2) + 1}`,
    text: `Invented <words> ${i}`,
  });
  const pages = buildPersonPages(mara, Array.from({ length: 5 }, (_, i) => quote(i)), Array.from({ length: 3 }, (_, i) => story(i)), 2);

  it('shows a person’s first page only, quotes grouped by story and linking to the quote, and a real link to page 2', () => {
    const html = renderPerson(pages[0]!);
    expect(html).toContain('<h1>Mara &lt;Quill&gt;</h1>');
    expect(html.match(/class="quote-link"/g)).toHaveLength(2);
    expect(html).toContain('<a class="quote-link" href="/articles/made-up-story-0#q2">“Invented &lt;words&gt; 1”</a>');
    expect(html).not.toContain('Invented &lt;words&gt; 2');
    expect(html).toContain('Quotes 1–2 of 5');
    expect(html).toContain('<p class="pagination__status">Page 1 of 3</p>');
    expect(html).toContain('<a href="/people/mara-quill/page/2" rel="next" class="pagination__link">Next page');
    expect(html).not.toContain('rel="prev"');
  });

  it('links a middle page both ways, and says where a shorter list went on the pages past its end', () => {
    expect(renderPerson(pages[1]!)).toContain('<a href="/people/mara-quill" rel="prev"');
    const last = renderPerson(pages[2]!);
    expect(last).toContain('All 3 stories are on the earlier pages.');
    expect(last).toContain('Quotes 5–5 of 5');
    expect(last).not.toContain('rel="next"');
  });

  it('draws no page links for a single page', () => {
    expect(renderPagination('/topics/tides', 1, 1, { previous: 'p', next: 'n' })).toBe('');
    const [only] = buildPersonPages(mara, [quote(0)], [story(0)], 20);
    expect(renderPerson(only!)).not.toContain('pagination');
  });

  it('numbers a topic page’s stories on from the earlier pages, with links to the pages around it', () => {
    const tides: Topic = { id: 'tides', name: 'Tides & Times', kind: 'theme', articles: [] };
    const topicPages = buildTopicPages(tides, Array.from({ length: 5 }, (_, i) => story(i)), 2);
    const html = renderTopicPage(topicPages[1]!);
    expect(html).toContain('<h1>Tides &amp; Times</h1>');
    expect(html).toContain('<ol class="story-list__items" start="3">');
    expect(html).toContain('Showing 3–4 of 5 stories');
    expect(html).toContain('<a href="/topics/tides" rel="prev" class="pagination__link"><span aria-hidden="true">← </span>Newer stories</a>');
    expect(html).toContain('<a href="/topics/tides/page/3" rel="next"');
  });

  it('shows the people index’s most quoted and the topics index’s biggest, saying the rest needs JavaScript', () => {
    const people = ['Ada Voss', 'Bel Orr', 'Cai Lund'].map((name, i) => ({ ...mara, id: `p-${i}`, name, quoteCount: i }));
    const peopleHtml = renderPeopleIndex(buildPeopleIndexShards(people, { topCount: 2 }).index);
    expect(peopleHtml.match(/class="person-row__name"/g)).toHaveLength(2);
    expect(peopleHtml).toContain('<a class="person-row__name" href="/people/p-2">Cai Lund</a>');
    expect(peopleHtml).toContain('3 people');
    expect(peopleHtml).toContain('need JavaScript');
    const topics: Topic[] = ['Arnholt', 'Brae', 'Coll'].map((name, i) => ({ id: name.toLowerCase(), name, kind: 'place', articles: Array(i + 1).fill('x') }));
    const topicsHtml = renderTopicsIndex(buildTopicsIndexShards(topics, { topPerKind: 2 }).index);
    expect(topicsHtml).toContain('<h2>Places</h2>');
    expect(topicsHtml.match(/class="topic-chip"/g)).toHaveLength(2);
    expect(topicsHtml).toContain('And 1 more: the full A–Z list of places needs JavaScript.');
  });
});
