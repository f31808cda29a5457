/**
 * `npm run related-figures -- <data-dir>`: how good the computed related stories are on a built
 * collection — the share that are in the article's own section, and how many each article gets.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, ArticleSummary } from '../src/content/schema.ts';
import { dataPaths } from '../src/content/dataPaths.ts';

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: npm run related-figures -- <data-dir>   (e.g. dist-corpus/data or an ingest --out folder)');
  process.exit(2);
}
const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(path.join(dataDir, file), 'utf8')) as T;

const catalog = await readJson<ArticleSummary[]>(dataPaths.catalog);
const sectionOf = new Map(catalog.map((a) => [a.id, a.section]));
let suggestions = 0;
let sameSection = 0;
let fewest = Infinity;
let underThree = 0;
let ownListed = 0;
let ownResolved = 0;
for (const summary of catalog) {
  const article = await readJson<Article>(dataPaths.article(summary.id));
  suggestions += article.suggested.length;
  sameSection += article.suggested.filter((s) => sectionOf.get(s.id) === article.section).length;
  fewest = Math.min(fewest, article.suggested.length);
  if (article.suggested.length < 3) underThree++;
  ownListed += article.related.length;
  ownResolved += article.related.filter((r) => r.id).length;
}
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`articles                         ${catalog.length}`);
console.log(`computed related stories         ${suggestions} (${(suggestions / Math.max(1, catalog.length)).toFixed(2)} per article)`);
console.log(`  in the article's own section   ${pct(sameSection, suggestions)}  (target ≥ 85%)`);
console.log(`  fewest for one article         ${fewest === Infinity ? 0 : fewest}  (target ≥ 3)`);
console.log(`  articles with fewer than 3     ${underThree}`);
console.log(`page's own related list          ${ownListed} listed, ${ownResolved} resolved to collection articles`);
