/**
 * The HTML document around a pre-rendered page: title, description, canonical URL, Open Graph and
 * Twitter tags, the page's markup in `#root` and the data it was rendered from, embedded as JSON. The
 * markup itself comes from the app's own components (`src/app/renderPage.tsx`, react-dom/server), so
 * the browser hydrates it instead of drawing the page a second time.
 *
 * Nothing from the content is put in with `String.replace` patterns: the template is cut at fixed
 * markers and the pieces concatenated, so `$&` or `$'` in a headline stay text.
 */
import type { Article } from '../../content/schema.ts';

/** The id of the `<script type="application/json">` holding the page's react-query cache. */
export const PAGE_STATE_ID = 'verbatim-state';

/**
 * Follows the pre-rendered root, so the service worker can cut a page back to the bare app shell
 * (public/sw.js). Outside `#root`: React hydrates the root's children and nothing else.
 */
export const PRERENDER_END = '<!--/prerender-->';

export interface PageMeta {
  /** Route path, starting with `/` (no trailing slash except the home page). */
  path: string;
  title: string;
  description: string;
  type: 'website' | 'article' | 'profile';
  modified?: string | null;
  /** False for the 404 page, which has no address of its own. */
  canonical?: boolean;
}

/** A page rendered by the app's render entry: `#root`'s markup and its data as JSON. */
export interface RenderedMarkup {
  html: string;
  state: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/** JSON that is safe inside `<script type="application/json">`: no `<` can close the tag or open a comment. */
export function scriptJson(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The built index.html cut into the pieces a page is put between (done once per build). */
export interface DocumentTemplate {
  /** Everything before `<title>`. */
  beforeTitle: string;
  /** From after `</title>` to `<div id="root">` inclusive, without the default description and noscript. */
  head: string;
  /** From after the root's `</div>` to `</body>`, where the page's data goes. */
  after: string;
  /** `</body>` and the rest. */
  end: string;
}

export function parseTemplate(template: string): DocumentTemplate {
  const cut = (text: string, start: string, end: string) => {
    const from = text.indexOf(start);
    const to = from < 0 ? -1 : text.indexOf(end, from);
    if (from < 0 || to < 0) throw new Error(`index.html has no ${start}…${end}`);
    return [text.slice(0, from), text.slice(from, to + end.length), text.slice(to + end.length)] as const;
  };
  // The page's own description replaces the default one.
  const description = template.indexOf('<meta name="description"');
  const withoutDescription = description < 0 ? template : template.slice(0, description) + template.slice(template.indexOf('>', description) + 1).replace(/^\s*/, '');
  const [beforeTitle, , afterTitle] = cut(withoutDescription, '<title>', '</title>');
  const [head, , after] = cut(afterTitle, '<div id="root">', '</div>');
  // The page reads without JavaScript, so the "needs JavaScript" notice is not true here.
  let rest = after;
  const noscript = rest.indexOf('<noscript>');
  if (noscript >= 0) rest = rest.slice(0, noscript) + rest.slice(rest.indexOf('</noscript>', noscript) + '</noscript>'.length);
  const body = rest.lastIndexOf('</body>');
  if (body < 0) throw new Error('index.html has no </body>');
  return { beforeTitle, head: `${head}<div id="root">`, after: rest.slice(0, body), end: rest.slice(body) };
}

/**
 * One page's HTML document: the head tags for `meta`, the rendered markup and its data. `siteName` is the
 * collection's (site.json), as the app's header shows it.
 */
export function renderDocument(template: DocumentTemplate, siteUrl: string, siteName: string, meta: PageMeta, page: RenderedMarkup): string {
  // Ids may hold letters of any script (src/content/slug.ts): an absolute URL carries them percent-encoded.
  const url = `${siteUrl.replace(/\/$/, '')}${encodeURI(meta.path)}`;
  const title = meta.path === '/' ? siteName : `${meta.title} — ${siteName}`;
  const tags = [
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    ...(meta.canonical === false ? [] : [`<link rel="canonical" href="${escapeHtml(url)}">`]),
    `<meta property="og:site_name" content="${escapeHtml(siteName)}">`,
    `<meta property="og:type" content="${meta.type}">`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}">`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}">`,
    `<meta property="og:url" content="${escapeHtml(url)}">`,
    ...(meta.modified ? [`<meta property="article:modified_time" content="${escapeHtml(meta.modified)}">`] : []),
    `<meta name="twitter:card" content="summary">`,
    `<meta name="twitter:title" content="${escapeHtml(meta.title)}">`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}">`,
  ].join('\n    ');
  const state = `<script type="application/json" id="${PAGE_STATE_ID}" data-route="${escapeHtml(meta.path)}">${scriptJson(page.state)}</script>\n  `;
  return `${template.beforeTitle}<title>${escapeHtml(title)}</title>\n    ${tags}${template.head}${page.html}</div>${PRERENDER_END}${template.after}${state}${template.end}`;
}

/** A story's description for link previews: its first paragraph, else its headline. */
export function articleDescription(article: Article): string {
  const intro = article.blocks.find((b) => b.type === 'paragraph');
  return intro?.text ?? article.headline;
}
