/**
 * The content of the Hugo site the Hugo comparison builds (`npm run bench:hugo`): one Markdown page per
 * article, a term page per person and topic, the site config with taxonomies and related content. Pure
 * text in, text out, so the conversion is tested on invented articles; scripts/bench/hugo.ts does the I/O.
 */
import type { Block } from '../../src/content/schema.ts';

/** What one Hugo page is made from: the parsed source's text, and Verbatim's people and topics for it. */
export interface HugoArticle {
  id: string;
  headline: string;
  /** ISO instant or null; Hugo sorts lists by it. */
  updated: string | null;
  section: string | null;
  blocks: readonly Block[];
  /** Term ids as Verbatim's ingest wrote them (`article.people`, `article.topics`). */
  people: readonly string[];
  topics: readonly string[];
}

/**
 * The folder (and Hugo section) an article goes in: its section as a slug, `other` without one; never the
 * taxonomies' own folders.
 */
export function sectionDir(section: string | null): string {
  const slug = (section ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === 'people' || slug === 'topics') return `section-${slug}`;
  return slug || 'other';
}

/**
 * Plain text as one Markdown paragraph that renders back to the same words. Backslash-escaped (CommonMark
 * allows it before any ASCII punctuation): everywhere, what Markdown or HTML reads as markup inline, and `{`
 * (Hugo reads `{{<` and `{{%` as shortcodes); at the start, what opens a heading, quote or list. A line break
 * becomes a space, so no later line can open one either.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>&|~{]/g, (c) => `\\${c}`)
    .replace(/^(?:[#>+=-]|\d+(?=[.)]))/, (lead) => (/^\d/.test(lead) ? `${lead}\\` : `\\${lead}`));
}

/** The body: paragraphs, crossheads as `##`, pull quotes as block quotes, an analysis box as a `###` part. */
export function articleBody(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') parts.push(markdownText(block.text));
    else if (block.type === 'crosshead') parts.push(`## ${markdownText(block.text)}`);
    else if (block.type === 'pullquote') parts.push(`> ${markdownText(block.text)}`);
    else {
      parts.push(`### ${markdownText(block.author.name)}`);
      for (const child of block.blocks) parts.push(markdownText(child.text));
    }
  }
  return parts.join('\n\n');
}

/** One article's page: JSON front matter (Hugo reads a file that starts with `{` as such) and the body. */
export function articlePage(article: HugoArticle): string {
  const front = {
    title: article.headline,
    slug: article.id,
    ...(article.updated ? { date: article.updated } : {}),
    people: article.people,
    topics: article.topics,
  };
  return `${JSON.stringify(front, null, 1)}\n\n${articleBody(article.blocks)}\n`;
}

/** A list page's own file (a section's or a term's `_index.md`): gives it the name to show. */
export const listPage = (title: string): string => `${JSON.stringify({ title })}\n`;

/**
 * The site's config. Taxonomies `people` and `topics` hold Verbatim's ids; related content is scored over
 * both (a shared person counts more, as in Verbatim's related lists). No RSS: Verbatim writes no feeds, and
 * Hugo would write one per list page. Sitemap kept: Verbatim writes one.
 */
export function hugoConfig(title: string): string {
  return JSON.stringify(
    {
      baseURL: 'http://localhost:4173/',
      title,
      languageCode: 'en-gb',
      disableKinds: ['RSS'],
      taxonomies: { person: 'people', topic: 'topics' },
      related: {
        includeNewer: true,
        threshold: 80,
        toLower: false,
        indices: [
          { name: 'people', weight: 100 },
          { name: 'topics', weight: 80 },
        ],
      },
    },
    null,
    2,
  );
}
