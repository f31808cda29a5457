/**
 * Writes the Hugo site for one collection: a page for every article Verbatim's cold ingest wrote (so both
 * sides publish the same stories; sources it rejected, such as duplicates, get none), its headline and
 * paragraphs parsed from the SAME source file by Verbatim's own parser (decode + parse: no NLP), and its
 * people and topics copied from Verbatim's ingest output, because Hugo has no way to find them itself.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../src/content/schema.ts';
import { parseSource } from '../../src/pipeline/parse/index.ts';
import { decodeSource } from '../../src/pipeline/read/decode.ts';
import { folderOf } from '../../src/pipeline/read/walk.ts';
import { HUGO_LAYOUTS } from './hugoLayouts.ts';
import { articlePage, hugoConfig, listPage, sectionDir } from './hugoSite.ts';

export interface Converted {
  pages: number;
  /** Articles whose source could not be read or parsed again (should be none). */
  skipped: string[];
  people: number;
  topics: number;
  seconds: number;
}

/** Runs `work` over `items`, `limit` at a time: 100k files, read and written without exhausting handles. */
async function inBatches<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export async function convertToHugo(contentDir: string, ingestDir: string, siteDir: string, title: string): Promise<Converted> {
  const started = performance.now();
  await rm(siteDir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(HUGO_LAYOUTS)) {
    await mkdir(path.dirname(path.join(siteDir, 'layouts', file)), { recursive: true });
    await writeFile(path.join(siteDir, 'layouts', file), text);
  }
  await writeFile(path.join(siteDir, 'config.json'), hugoConfig(title));

  const articleDir = path.join(ingestDir, 'articles');
  const files = (await readdir(articleDir)).filter((f) => f.endsWith('.json'));
  const people = new Map<string, string>();
  const topics = new Map<string, string>();
  const sections = new Map<string, string>();
  const skipped: string[] = [];
  // One mkdir per section folder, awaited by every writer into it (they run concurrently).
  const made = new Map<string, Promise<unknown>>();
  let pages = 0;
  await inBatches(files, 32, async (file) => {
    const article = JSON.parse(await readFile(path.join(articleDir, file), 'utf8')) as Article;
    for (const c of article.cast ?? []) people.set(c.id, c.name);
    for (const t of article.topicNames ?? []) topics.set(t.id, t.name);
    const decoded = decodeSource(await readFile(path.join(contentDir, article.source)));
    const parsed = decoded.ok ? parseSource({ source: article.source, text: decoded.text, folder: folderOf(article.source) }) : null;
    if (!parsed?.ok) {
      skipped.push(article.source);
      return;
    }
    const dir = sectionDir(article.section);
    sections.set(dir, article.section ?? 'Other');
    const out = path.join(siteDir, 'content', dir);
    if (!made.has(out)) made.set(out, mkdir(out, { recursive: true }));
    await made.get(out);
    const { headline, updated, blocks } = parsed.article;
    await writeFile(
      path.join(out, `${article.id}.md`),
      articlePage({ id: article.id, headline, updated, section: article.section, blocks, people: article.people, topics: article.topics }),
    );
    pages++;
  });
  // Names for the list pages: a term page would otherwise be titled with the id.
  const lists: Array<[string, string]> = [
    ...[...sections].map(([dir, name]): [string, string] => [dir, name]),
    ['people', 'People'],
    ['topics', 'Topics'],
    ...[...people].map(([id, name]): [string, string] => [`people/${id}`, name]),
    ...[...topics].map(([id, name]): [string, string] => [`topics/${id}`, name]),
  ];
  await inBatches(lists, 32, async ([dir, name]) => {
    await mkdir(path.join(siteDir, 'content', dir), { recursive: true });
    await writeFile(path.join(siteDir, 'content', dir, '_index.md'), listPage(name));
  });
  return { pages, skipped, people: people.size, topics: topics.size, seconds: (performance.now() - started) / 1000 };
}
