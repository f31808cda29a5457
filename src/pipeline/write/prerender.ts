/**
 * Pre-rendered pages: for every article, person and topic, an HTML file at the route's own path
 * (`articles/<id>/index.html` …) with its title, description, canonical URL, Open Graph and Twitter
 * tags, and the page's content rendered in. Links pasted into a chat get a proper preview, deep
 * links work on any static host without rewrite rules, and an article reads with JavaScript off.
 * The app then takes over in the browser.
 *
 * Everything from the articles goes through `escapeHtml`: article text is data, never markup.
 */
import type { Article, ArticleSummary, Block, Person, Quote, Topic } from '../../content/schema.ts';
import { formatCalendarDate, formatUkDate, formatUpdateLine } from '../../features/article/formatDates.ts';
import { splitIntoRuns } from '../../features/article/quoteRuns.ts';

export const SITE_NAME = 'Verbatim';

export interface PageMeta {
  /** Route path, starting with `/` (no trailing slash except the home page). */
  path: string;
  title: string;
  description: string;
  type: 'website' | 'article' | 'profile';
  modified?: string | null;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/** Fills the built index.html with one page's head tags and content. */
export function renderPage(template: string, siteUrl: string, meta: PageMeta, body: string): string {
  const url = `${siteUrl.replace(/\/$/, '')}${meta.path}`;
  const title = meta.path === '/' ? SITE_NAME : `${meta.title} — ${SITE_NAME}`;
  const tags = [
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    `<meta property="og:site_name" content="${SITE_NAME}">`,
    `<meta property="og:type" content="${meta.type}">`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}">`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}">`,
    `<meta property="og:url" content="${escapeHtml(url)}">`,
    ...(meta.modified ? [`<meta property="article:modified_time" content="${escapeHtml(meta.modified)}">`] : []),
    `<meta name="twitter:card" content="summary">`,
    `<meta name="twitter:title" content="${escapeHtml(meta.title)}">`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}">`,
  ].join('\n    ');
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>\n    ${tags}`)
    .replace(/<meta name="description"[^>]*>\s*/, '')
    // The page reads without JavaScript, so the "needs JavaScript" notice is not true here.
    .replace(/<noscript>[\s\S]*?<\/noscript>\s*/, '')
    .replace(/<div id="root"><\/div>|<div id="root">[\s\S]*?<!--\/prerender-->/, `<div id="root">${body}<!--/prerender--></div>`);
}

/** The static chrome around every pre-rendered page: the same landmarks the app draws. */
function frame(main: string): string {
  return (
    `<div class="site static-page"><a class="skip-link" href="#main">Skip to content</a>` +
    `<header class="site-header"><div class="site-header__inner"><a class="site-name" href="/">${SITE_NAME}</a>` +
    `<nav aria-label="Main"><ul class="site-nav"><li><a href="/">Stories</a></li><li><a href="/people">People</a></li>` +
    `<li><a href="/topics">Topics</a></li><li><a href="/search">Search</a></li></ul></nav></div></header>` +
    `<main id="main" class="site-main">${main}</main>` +
    `<footer class="site-footer"><p>Verbatim is a reader for news archives. The bundled sample stories are invented: ` +
    `their people, places and organisations are fictional.</p></footer></div>`
  );
}

function speakerHtml(quote: Quote): string {
  const { speaker } = quote;
  const who =
    speaker.type === 'person' && speaker.personId
      ? `<a href="/people/${speaker.personId}">${escapeHtml(speaker.name ?? 'person')}</a>`
      : speaker.type !== 'unknown' && speaker.name
        ? `<span>${escapeHtml(speaker.name)}</span>`
        : `<span class="speaker-tag__unknown">unknown speaker</span>`;
  return `<span class="speaker-tag" data-speaker-type="${speaker.type}"><span class="visually-hidden">, quote by </span>${who}</span>`;
}

function quotedText(text: string, quotes: Quote[]): string {
  return splitIntoRuns(text, quotes)
    .map((run) =>
      run.kind === 'text'
        ? escapeHtml(run.text)
        : `<span class="quote-run"><span id="${run.quote.id}" class="quote">${escapeHtml(run.text)}</span>${speakerHtml(run.quote)}</span>`,
    )
    .join('');
}

function blockHtml(block: Block, index: number, quotes: Quote[]): string {
  const here = (child: number | null) => quotes.filter((q) => q.block === index && q.child === child);
  switch (block.type) {
    case 'paragraph':
      return `<p class="${block.intro ? 'standfirst' : 'paragraph'}">${quotedText(block.text, here(null))}</p>`;
    case 'crosshead':
      return `<h2 class="crosshead">${escapeHtml(block.quoted ? `‘${block.text}’` : block.text)}</h2>`;
    case 'pullquote': {
      const { speaker } = block;
      const who = speaker.personId
        ? `<a href="/people/${speaker.personId}">${escapeHtml(speaker.name ?? '')}</a>`
        : escapeHtml(speaker.name ?? 'Unknown speaker');
      return `<figure class="pullquote"><blockquote><p>${escapeHtml(block.text)}</p></blockquote><figcaption><cite>${who}</cite></figcaption></figure>`;
    }
    case 'analysis': {
      const headingId = `analysis-${index}`;
      const paragraphs = block.blocks.map((p, child) => `<p>${quotedText(p.text, here(child))}</p>`).join('');
      const role = block.author.role ? `<p class="analysis__role">${escapeHtml(block.author.role)}</p>` : '';
      return `<aside class="analysis" aria-labelledby="${headingId}"><h2 id="${headingId}" class="analysis__author">${escapeHtml(block.author.name)}</h2>${role}${paragraphs}</aside>`;
    }
  }
}

function storyLink(id: string | null, title: string, date: string | null, section: string | null): string {
  const heading = id ? `<a href="/articles/${id}">${escapeHtml(title)}</a>` : escapeHtml(title);
  const meta = [date, section].filter(Boolean).map((s) => escapeHtml(s!)).join(' | ');
  return `<li class="story-link"><p class="story-link__title">${heading}</p>${meta ? `<p class="story-link__meta">${meta}</p>` : ''}</li>`;
}

export function articleDescription(article: Article): string {
  const intro = article.blocks.find((b) => b.type === 'paragraph');
  return intro?.text ?? article.headline;
}

export function renderArticle(article: Article): string {
  const updateLine = article.updated ? formatUpdateLine(article.updated) : null;
  // The same elements in the same order as the app's ArticleHeader, so the headline does not move when
  // the app takes over.
  const header =
    `<header class="article-header">` +
    (article.section ? `<p class="article-header__section">${escapeHtml(article.section)}</p>` : '') +
    `<h1>${escapeHtml(article.headline)}</h1>` +
    (updateLine ? `<p class="update-line">Page last updated at <time datetime="${escapeHtml(article.updated!)}">${escapeHtml(updateLine)}</time></p>` : '') +
    (article.caption || article.imageAlt
      ? `<figure class="lead-media">` +
        (article.imageAlt ? `<p class="lead-media__alt"><span class="lead-media__label">Image:</span> ${escapeHtml(article.imageAlt)}</p>` : '') +
        (article.caption ? `<figcaption class="lead-media__caption">${escapeHtml(article.caption)}</figcaption>` : '') +
        `</figure>`
      : '') +
    `</header>`;
  const body = article.blocks.map((b, i) => blockHtml(b, i, article.quotes)).join('');
  const related = article.related.length
    ? `<aside class="sidebar-group" aria-labelledby="related-heading"><h2 id="related-heading">Related stories</h2><ul class="story-links">${article.related
        .map((r) => storyLink(r.id, r.title, r.date ? formatCalendarDate(r.date) : null, r.section))
        .join('')}</ul></aside>`
    : '';
  const suggested = article.suggested.length
    ? `<aside class="sidebar-group" aria-labelledby="suggested-heading"><h2 id="suggested-heading">More like this</h2><ul class="story-links">${article.suggested
        .map((s) => storyLink(s.id, s.headline, s.updated ? formatUkDate(s.updated) : null, s.section))
        .join('')}</ul></aside>`
    : '';
  return frame(
    `<div class="article-layout"><article class="article">${header}${reserved('Share this story')}<div class="article-body">${body}</div></article>` +
      `<div class="article-sidebar">${related}${suggested}</div></div>`,
  );
}

/**
 * The list pages and the person page are drawn with the app's own elements and classes (StoryCard,
 * StoryListPage, TopicView, PersonView), so that nothing the app draws when it takes over is laid out
 * larger than what the pre-rendered page already painted: the first paint stays the largest contentful
 * paint instead of the app's render becoming a later, larger one.
 */
function storyCard(s: ArticleSummary, heading: 'h2' | 'h3'): string {
  const date = s.updated ? formatUkDate(s.updated) : null;
  const meta =
    date || s.section
      ? `<p class="story-card__meta">` +
        (date && s.updated ? `<time datetime="${escapeHtml(s.updated)}">${escapeHtml(date)}</time>` : '') +
        (date && s.section ? '<span aria-hidden="true"> | </span>' : '') +
        (s.section ? `<span class="story-card__section">${escapeHtml(s.section)}</span>` : '') +
        `</p>`
      : '';
  return (
    `<li><article class="story-card"><${heading} class="story-card__headline"><a href="/articles/${s.id}">${escapeHtml(s.headline)}</a></${heading}>` +
    meta +
    (s.standfirst ? `<p class="story-card__standfirst">${escapeHtml(s.standfirst)}</p>` : '') +
    `</article></li>`
  );
}

/**
 * The place of a control the app draws there (Share, the filter toggle), held by an invisible copy with
 * the same classes: those need JavaScript, and without the space the app's render would move the page.
 */
const reserved = (label: string) => `<div class="share reserved" aria-hidden="true"><span class="button button--quiet">${escapeHtml(label)}</span></div>`;

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** `/`: the first page of the newest-first list, as the app's StoryListPage draws it. */
export function renderHome(stories: ArticleSummary[], total: number): string {
  const shown = total === 0 ? 'No stories match.' : `Showing 1–${stories.length.toLocaleString('en-GB')} of ${count(total, 'story', 'stories')}`;
  return frame(
    `<div class="story-list"><header class="page-header"><h1>All stories</h1>` +
      `<div class="story-list__tools reserved" aria-hidden="true"><span class="button button--quiet filter-toggle">Filter stories</span>` +
      `<div class="share"><span class="button button--quiet">Share this list</span></div></div></header>` +
      `<p class="page-header__count">${shown}</p>` +
      (stories.length ? `<ol class="story-list__items">${stories.map((s) => storyCard(s, 'h2')).join('')}</ol>` : '') +
      `</div>`,
  );
}

/** A topic's stories, as the app's TopicView draws them. */
export function renderStoryList(heading: string, intro: string, stories: ArticleSummary[]): string {
  return frame(
    `<div class="topic-page"><header class="page-header"><h1>${escapeHtml(heading)}</h1>` +
      (intro ? `<p class="page-header__intro">${escapeHtml(intro)}</p>` : '') +
      `${reserved('Share this page')}</header><section aria-labelledby="stories-heading"><h2 id="stories-heading" class="visually-hidden">Stories</h2>` +
      `<ul class="story-list__items">${stories.map((s) => storyCard(s, 'h3')).join('')}</ul></section></div>`,
  );
}

/** A person: who they are, their quotes under the story each comes from, their stories (PersonView). */
export function renderPerson(person: Person, quotes: Array<{ articleId: string; headline: string; quoteId: string; text: string }>, stories: ArticleSummary[]): string {
  const updated = new Map(stories.map((s) => [s.id, s.updated]));
  const groups = new Map<string, { headline: string; items: string[] }>();
  for (const q of quotes) {
    const group = groups.get(q.articleId) ?? { headline: q.headline, items: [] };
    group.items.push(`<li><a class="quote-link" href="/articles/${q.articleId}#${q.quoteId}">“${escapeHtml(q.text)}”</a></li>`);
    groups.set(q.articleId, group);
  }
  const quoteGroups = [...groups].map(([articleId, group]) => {
    const date = updated.get(articleId);
    const label = date ? formatUkDate(date) : null;
    return (
      `<section class="quote-group"><h3 class="quote-group__headline"><a href="/articles/${articleId}">${escapeHtml(group.headline)}</a></h3>` +
      (date && label ? `<p class="quote-group__date"><time datetime="${escapeHtml(date)}">${escapeHtml(label)}</time></p>` : '') +
      `<ul class="quote-group__quotes">${group.items.join('')}</ul></section>`
    );
  });
  const others = person.descriptions.filter((d) => d !== person.role);
  const header =
    `<header class="page-header person-page__header"><p class="page-header__kicker"><a href="/people">People</a></p>` +
    `<h1>${escapeHtml(person.name)}</h1>` +
    (person.role ? `<p class="person-page__role">${escapeHtml(person.role)}</p>` : '') +
    (others.length ? `<p class="person-page__descriptions">Also described as: ${escapeHtml(others.join('; '))}</p>` : '') +
    (person.aliases.length ? `<p class="person-page__aliases">Named as: ${escapeHtml(person.aliases.join(', '))}</p>` : '') +
    `<p class="person-page__counts">${count(person.articles.length, 'story', 'stories')}, ${count(person.quoteCount, 'quote', 'quotes')} — ` +
    `<a href="/?person=${encodeURIComponent(person.id)}">show their stories in the list</a></p>${reserved('Share this page')}</header>`;
  return frame(
    `<div class="person-page">${header}` +
      `<section class="person-page__section" aria-labelledby="quotes-heading"><h2 id="quotes-heading">Quotes</h2>` +
      (quoteGroups.length ? quoteGroups.join('') : `<p class="muted">No direct quotes by ${escapeHtml(person.name)} in these stories.</p>`) +
      `</section><section class="person-page__section" aria-labelledby="stories-heading"><h2 id="stories-heading">Stories</h2>` +
      (stories.length ? `<ul class="story-list__items">${stories.map((s) => storyCard(s, 'h3')).join('')}</ul>` : '<p class="muted">No stories.</p>') +
      `</section></div>`,
  );
}

/** `/people`: the app's header and rows (PeopleIndex), for the first `limit` people. */
export function renderPeopleIndex(people: Person[], limit: number): string {
  const shown = people.slice(0, limit);
  const more = people.length > limit ? `<p>And ${people.length - limit} more: the full index loads with JavaScript.</p>` : '';
  const rows = shown
    .map(
      (p) =>
        `<li class="person-row"><a class="person-row__name" href="/people/${p.id}">${escapeHtml(p.name)}</a>` +
        (p.role ? `<span class="person-row__role">${escapeHtml(p.role)}</span>` : '') +
        `<span class="person-row__counts">${count(p.articles.length, 'story', 'stories')}, ${count(p.quoteCount, 'quote', 'quotes')}</span></li>`,
    )
    .join('');
  return frame(
    `<div class="people-index"><header class="page-header"><h1>People</h1>` +
      `<p class="page-header__intro">Everyone named in the stories, with how often they are quoted.</p></header>` +
      `<p class="people-index__count">${count(people.length, 'person', 'people')}</p>` +
      `<ul class="person-rows">${rows}</ul>${more}</div>`,
  );
}

export function renderTopicsIndex(topics: Topic[]): string {
  return frame(
    `<h1>Topics</h1><ul class="topic-index">${topics
      .map((t) => `<li><a href="/topics/${t.id}">${escapeHtml(t.name)}</a> <span>(${t.articles.length})</span></li>`)
      .join('')}</ul>`,
  );
}

export function renderShell(heading: string, message: string): string {
  return frame(`<h1>${escapeHtml(heading)}</h1><p>${escapeHtml(message)}</p>`);
}
