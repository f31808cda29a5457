/**
 * Pre-rendered pages: for every article, person and topic, an HTML file at the route's own path
 * (`articles/<id>/index.html` …) with its title, description, canonical URL, Open Graph and Twitter
 * tags, and the page's content rendered in. Links pasted into a chat get a proper preview, deep
 * links work on any static host without rewrite rules, and an article reads with JavaScript off.
 * The app then takes over in the browser.
 *
 * Everything from the articles goes through `escapeHtml`: article text is data, never markup.
 */
import type { Article, ArticleSummary, Block, PeopleIndex, PersonPage, Quote, TopicPage, TopicsIndex } from '../../content/schema.ts';
import { groupQuotesByStory } from '../../features/people/groupQuotesByStory.ts';
import { pagedPath } from '../../features/layout/pagedPath.ts';
import { TOPIC_KIND_LABELS } from '../../features/topics/topicKinds.ts';
import { formatCalendarDate, formatUkDate, formatUpdateLine } from '../../features/article/formatDates.ts';
import { splitIntoRuns } from '../../features/article/quoteRuns.ts';
import type { SiteSettings } from '../../content/schema.ts';
import { DEFAULT_SITE_SETTINGS } from '../../content/siteSettings.ts';

/** Where `renderPage` writes the collection's site name and footer into the chrome `frame` draws. */
const SITE_NAME_SLOT = '<!--site-name-->';
const SITE_FOOTER_SLOT = '<!--site-footer-->';

/** The footer the app's SiteFooter draws: the description, then the collection's own paragraphs. */
export function footerHtml(settings: SiteSettings): string {
  return [settings.description, ...settings.footer].map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}

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
export function renderPage(template: string, siteUrl: string, meta: PageMeta, body: string, settings: SiteSettings = DEFAULT_SITE_SETTINGS): string {
  const url = `${siteUrl.replace(/\/$/, '')}${meta.path}`;
  const SITE_NAME = settings.name;
  const title = meta.path === '/' ? SITE_NAME : `${meta.title} — ${SITE_NAME}`;
  const tags = [
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    `<meta property="og:site_name" content="${escapeHtml(SITE_NAME)}">`,
    `<meta property="og:type" content="${meta.type}">`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}">`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}">`,
    `<meta property="og:url" content="${escapeHtml(url)}">`,
    ...(meta.modified ? [`<meta property="article:modified_time" content="${escapeHtml(meta.modified)}">`] : []),
    `<meta name="twitter:card" content="summary">`,
    `<meta name="twitter:title" content="${escapeHtml(meta.title)}">`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}">`,
  ].join('\n    ');
  // Replacements that carry article text are functions: a string replacement would read `$'`, `$&`,
  // `$$` … in the text as patterns and paste parts of the template into the page.
  const head = `<title>${escapeHtml(title)}</title>\n    ${tags}`;
  // Article text is escaped, so it cannot hold the slots: only frame's own markers are replaced.
  const filled = body.replace(SITE_NAME_SLOT, () => escapeHtml(SITE_NAME)).replace(SITE_FOOTER_SLOT, () => footerHtml(settings));
  const root = `<div id="root">${filled}<!--/prerender--></div>`;
  return template
    .replace(/<meta name="description"[^>]*>\s*/, '')
    // The page reads without JavaScript, so the "needs JavaScript" notice is not true here.
    .replace(/<noscript>[\s\S]*?<\/noscript>\s*/, '')
    .replace(/<div id="root"><\/div>|<div id="root">[\s\S]*?<!--\/prerender-->/, () => root)
    .replace(/<title>[^<]*<\/title>/, () => head);
}

/** The static chrome around every pre-rendered page: the same landmarks the app draws. */
function frame(main: string): string {
  return (
    `<div class="site static-page"><a class="skip-link" href="#main">Skip to content</a>` +
    `<header class="site-header"><div class="site-header__inner"><a class="site-name" href="/">${SITE_NAME_SLOT}</a>` +
    `<nav aria-label="Main"><ul class="site-nav"><li><a href="/">Stories</a></li><li><a href="/people">People</a></li>` +
    `<li><a href="/topics">Topics</a></li><li><a href="/search">Search</a></li></ul></nav></div></header>` +
    `<main id="main" class="site-main">${main}</main>` +
    `<footer class="site-footer"><div class="site-footer__inner">${SITE_FOOTER_SLOT}</div></footer></div>`
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
      `<div class="sort-control"><span>Sort</span><select tabindex="-1" disabled aria-label="Sort"><option>Newest first (undated last)</option></select></div>` +
      `<div class="share"><span class="button button--quiet">Share this list</span></div></div></header>` +
      `<p class="page-header__count">${shown}</p>` +
      (stories.length ? `<ol class="story-list__items">${stories.map((s) => storyCard(s, 'h2')).join('')}</ol>` : '') +
      `</div>`,
  );
}


function storyCards(stories: readonly ArticleSummary[], headingLevel: 2 | 3): string {
  return stories.map((s) => storyCard(s, headingLevel === 2 ? 'h2' : 'h3')).join('');
}

/**
 * The app's Pagination as plain links: each page of a person or topic is its own pre-rendered file, so
 * these work with JavaScript off. Nothing for a single page.
 */
export function renderPagination(base: string, page: number, pageCount: number, labels: { previous: string; next: string }): string {
  if (pageCount <= 1) return '';
  const previous = page > 1 ? `<a href="${escapeHtml(pagedPath(base, page - 1))}" rel="prev" class="pagination__link"><span aria-hidden="true">← </span>${labels.previous}</a>` : '<span></span>';
  const next = page < pageCount ? `<a href="${escapeHtml(pagedPath(base, page + 1))}" rel="next" class="pagination__link">${labels.next}<span aria-hidden="true"> →</span></a>` : '<span></span>';
  return `<nav class="pagination" aria-label="Pages">${previous}<p class="pagination__status">Page ${page} of ${pageCount}</p>${next}</nav>`;
}

/** "Quotes 21–40 of 225". */
function range(noun: string, page: number, pageSize: number, shown: number, total: number): string {
  const first = (page - 1) * pageSize + 1;
  return `${noun} ${first.toLocaleString('en-GB')}–${(first + shown - 1).toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`;
}

/** A topic's page n: its stories on this page (the same file the app reads), numbered on, and page links. */
export function renderTopicPage(data: TopicPage): string {
  const { topic, page, pageCount, pageSize, total, stories } = data;
  const first = (page - 1) * pageSize + 1;
  const showing =
    pageCount > 1 && stories.length > 0
      ? `<p class="page-header__count">Showing ${first.toLocaleString('en-GB')}–${(first + stories.length - 1).toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} stories</p>`
      : '';
  return frame(
    `<div class="topic-page"><header class="page-header"><p class="page-header__kicker"><a href="/topics">Topics</a> · ${TOPIC_KIND_LABELS[topic.kind].one}</p>` +
      `<h1>${escapeHtml(topic.name)}</h1><p class="page-header__intro">${count(total, 'story', 'stories')}</p>${showing}</header>` +
      `<ol class="story-list__items" start="${first}">${storyCards(stories, 3)}</ol>` +
      `${renderPagination(`/topics/${topic.id}`, page, pageCount, { previous: 'Newer stories', next: 'Older stories' })}</div>`,
  );
}

function dateLine(updated: string | null): string {
  return updated ? `<p class="quote-group__date"><time datetime="${escapeHtml(updated)}">${escapeHtml(formatUkDate(updated) ?? '')}</time></p>` : '';
}

/** A person's page n: who they are, this page's quotes by story (each linking to the quote) and stories. */
export function renderPerson(data: PersonPage): string {
  const { person, page, pageCount, pageSize, quoteTotal, storyTotal, quotes, stories } = data;
  const base = `/people/${person.id}`;
  const paged = pageCount > 1;
  const elsewhere = (total: number, one: string, many: string) =>
    `<p class="muted">All ${count(total, one, many)} are on the earlier pages.</p>`;
  const quoteGroups = groupQuotesByStory(quotes)
    .map(
      (group) =>
        `<section class="quote-group"><h3 class="quote-group__headline"><a href="/articles/${group.articleId}">${escapeHtml(group.headline)}</a></h3>` +
        dateLine(group.updated) +
        `<ul class="quote-group__quotes">${group.quotes
          .map((q) => `<li><a class="quote-link" href="/articles/${q.articleId}#${q.quoteId}">“${escapeHtml(q.text)}”</a></li>`)
          .join('')}</ul></section>`,
    )
    .join('');
  const quotesHtml =
    quoteTotal === 0
      ? `<p class="muted">No direct quotes by ${escapeHtml(person.name)} in these stories.</p>`
      : quotes.length === 0
        ? elsewhere(quoteTotal, 'quote', 'quotes')
        : `${paged ? `<p class="person-page__range">${range('Quotes', page, pageSize, quotes.length, quoteTotal)}</p>` : ''}${quoteGroups}`;
  const storiesHtml =
    storyTotal === 0
      ? '<p class="muted">No stories.</p>'
      : stories.length === 0
        ? elsewhere(storyTotal, 'story', 'stories')
        : `${paged ? `<p class="person-page__range">${range('Stories', page, pageSize, stories.length, storyTotal)}</p>` : ''}` +
          `<ul class="story-list__items">${storyCards(stories, 3)}</ul>`;
  const others = person.descriptions.filter((d) => d !== person.role);
  // The header as the app's PersonPage draws it (role, other descriptions, aliases, counts, Share's place).
  const header =
    `<header class="page-header person-page__header"><p class="page-header__kicker"><a href="/people">People</a></p>` +
    `<h1>${escapeHtml(person.name)}</h1>` +
    (person.role ? `<p class="person-page__role">${escapeHtml(person.role)}</p>` : '') +
    (others.length ? `<p class="person-page__descriptions">Also described as: ${escapeHtml(others.join('; '))}</p>` : '') +
    (person.aliases.length ? `<p class="person-page__aliases">Named as: ${escapeHtml(person.aliases.join(', '))}</p>` : '') +
    `<p class="person-page__counts">${count(storyTotal, 'story', 'stories')}, ${count(person.quoteCount, 'quote', 'quotes')} — ` +
    `<a href="/?person=${encodeURIComponent(person.id)}">show their stories in the list</a></p>${reserved('Share this page')}</header>`;
  return frame(
    `<div class="person-page">${header}` +
      `<section class="person-page__section" aria-labelledby="quotes-heading"><h2 id="quotes-heading">Quotes</h2>${quotesHtml}</section>` +
      `<section class="person-page__section" aria-labelledby="stories-heading"><h2 id="stories-heading">Stories</h2>${storiesHtml}</section>` +
      `${renderPagination(base, page, pageCount, { previous: 'Previous page', next: 'Next page' })}</div>`,
  );
}

/**
 * `/people` as its first view: the letter counts and the most quoted (people-index.json). The letters
 * and the name filter need the app, so the letters are plain text here.
 */
export function renderPeopleIndex(index: PeopleIndex): string {
  const rows = index.top
    .map(
      (p) =>
        `<li class="person-row"><a class="person-row__name" href="/people/${p.id}">${escapeHtml(p.name)}</a>` +
        `${p.role ? `<span class="person-row__role">${escapeHtml(p.role)}</span>` : ''}` +
        `<span class="person-row__counts">${count(p.stories, 'story', 'stories')}, ${count(p.quotes, 'quote', 'quotes')}</span></li>`,
    )
    .join('');
  const letters = index.letters.map((l) => `<li><span>${escapeHtml(l.letter)}</span></li>`).join('');
  return frame(
    `<div class="people-index"><header class="page-header"><h1>People</h1><p class="page-header__intro">Everyone named in the stories, with how often they are quoted.</p></header>` +
      `<p class="people-index__count">${count(index.total, 'person', 'people')}</p>` +
      `<div class="letter-bar"><ul>${letters}</ul></div>` +
      `<section class="letter-group"><h2 class="letter-group__heading">Most quoted</h2><ul class="person-rows">${rows}</ul>` +
      (index.total > index.top.length ? `<p class="people-index__more">Everyone else is in the A–Z index and the name filter, which need JavaScript.</p>` : '') +
      `</section></div>`,
  );
}

/** `/topics` as its first view: each kind's biggest topics (topics-index.json). */
export function renderTopicsIndex(index: TopicsIndex): string {
  const groups = index.kinds
    .map(({ kind, count: n, top }) => {
      const label = TOPIC_KIND_LABELS[kind].many;
      const rest = n - top.length;
      const chips = top
        .map((t) => `<li><a class="topic-chip" href="/topics/${t.id}">${escapeHtml(t.name)} <span class="topic-chip__count">${t.count}</span></a></li>`)
        .join('');
      const more = rest > 0 ? `<p class="topics-index__more">And ${count(rest, 'more', 'more')}: the full A–Z list of ${label.toLowerCase()} needs JavaScript.</p>` : '';
      return `<section class="topics-index__group"><h2>${label}</h2><ul class="topic-chips">${chips}</ul>${more}</section>`;
    })
    .join('');
  return frame(
    `<div class="topics-index"><header class="page-header"><h1>Topics</h1><p class="page-header__intro">Sections, recurring themes, places and organisations across the stories.</p></header>${groups}</div>`,
  );
}

export function renderShell(heading: string, message: string): string {
  return frame(`<h1>${escapeHtml(heading)}</h1><p>${escapeHtml(message)}</p>`);
}
