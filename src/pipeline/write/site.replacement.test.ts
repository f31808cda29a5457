/**
 * Article text is data: characters that mean something to String.prototype.replace (`$'`, `$&`, `$$`,
 * `$1`, `` $` ``) reach the written HTML files as the very characters written, and the page around them
 * is not duplicated. Tested on the files writeSite writes, whatever renders them.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curlyQuotes } from '../../content/typography.ts';
import { inventedCollection } from '../../test/inventedCollection.ts';
import { escapeHtml } from './prerender.ts';
import { renderFromCollection } from '../../test/renderRoute.ts';
import { writeSite } from './site.ts';

const template =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><meta name="description" content="app" /><title>Verbatim</title></head>' +
  '<body><div id="root"></div><noscript>This site needs JavaScript.</noscript><script type="module" src="/assets/index.js"></script></body></html>';

const HEADLINE = "Quay toll rises to $1 as $' and $& signs baffle Brackwater";
const PARAGRAPH = "Harbourmaster Ilse Dornvale said the board priced the pass at $$5, then $` and $<fee>, and wrote $' on the gate.";

let outDir = '';
const page = (route: string) => readFile(path.join(outDir, route, 'index.html'), 'utf8');

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'verbatim-dollar-'));
  await writeFile(path.join(outDir, 'index.html'), template);
  const collection = inventedCollection(2);
  const story = collection.articles[0]!;
  story.headline = HEADLINE;
  story.blocks = [{ type: 'paragraph', text: PARAGRAPH, intro: true }];
  story.quotes = [];
  collection.topics[0]!.name = 'Tolls $& fees';
  collection.people[0]!.name = "Una $' Pell";
  await writeSite({ outDir, siteUrl: 'https://archive.example', collection, render: renderFromCollection(collection) });
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

/** The page shell appears once: nothing of the template was pasted back in by a replacement pattern. */
function expectOneDocument(html: string): void {
  for (const once of ['<!doctype html>', '<html lang="en">', '<head>', '</head>', '<body>', '<div id="root">', '<!--/prerender-->', '</body>', '</html>']) {
    expect(html.split(once).length - 1, once).toBe(1);
  }
  expect(html.match(/<title>/g)).toHaveLength(1);
  expect(html.match(/<script type="module"/g)).toHaveLength(1);
  expect(html.match(/<script type="application\/json"/g)).toHaveLength(1);
}

/** Text as react-dom/server escapes it. */
const asText = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]!);
/** Text the app sets with typographic quotes (`'` → `’`), as rendered. */
const asRendered = (text: string) => asText(curlyQuotes(text));

describe('pre-rendered pages with replacement patterns in the text', { timeout: 30_000 }, () => {
  it('writes the article page with its headline and paragraph exactly as written', async () => {
    const html = await page('articles/made-up-story-0');
    expectOneDocument(html);
    expect(html).toContain(`<title>${escapeHtml(HEADLINE)} — Verbatim</title>`);
    expect(html).toContain(`<meta property="og:title" content="${escapeHtml(HEADLINE)}">`);
    expect(html).toContain(`<meta name="description" content="${escapeHtml(PARAGRAPH)}">`);
    expect(html).toContain(`>${asRendered(HEADLINE)}</h1>`);
    expect(html).toContain(`>${asRendered(PARAGRAPH)}</p>`);
  });

  it('writes the pages that list the story, the person and the topic intact', async () => {
    for (const route of ['', 'topics/tides', 'people/una-pell', 'topics']) {
      const html = await page(route);
      expectOneDocument(html);
    }
    expect(await page('')).toContain(`>${asText(HEADLINE)}</a>`);
    expect(await page('people/una-pell')).toContain(`>${asText("Una $' Pell")}</h1>`);
    expect(await page('topics/tides')).toContain(`>${asText('Tolls $& fees')}</h1>`);
  });
});
