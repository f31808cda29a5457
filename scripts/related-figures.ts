/**
 * `npm run related-figures -- <data-dir>`: how good the computed related stories are on a built
 * collection — the share that are in the article's own section, how many each article gets, how many
 * share no person and no topic with the story (they rest on words alone), and how many lists hold the
 * same report twice (a near-duplicate of the story, or two near-duplicates of each other).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, ArticleSummary } from '../src/content/schema.ts';
import { dataPaths } from '../src/content/dataPaths.ts';
import { isNearDuplicate, sketch, type Sketch } from '../src/pipeline/link/nearDuplicates.ts';
import { articleText } from '../src/pipeline/link/text.ts';

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
const articles = new Map<string, Article>();
for (const summary of catalog) articles.set(summary.id, await readJson<Article>(dataPaths.article(summary.id)));
const topicKinds = new Map((await readJson<Array<{ id: string; kind: string }>>(dataPaths.topics)).map((t) => [t.id, t.kind]));
const sketches = new Map<string, Sketch>();
const sketchOf = (a: Article) => {
  let known = sketches.get(a.id);
  if (!known) sketches.set(a.id, (known = sketch(articleText(a.headline, a.blocks))));
  return known;
};
let wordsAlone = 0;
let nearDuplicateLists = 0;
for (const summary of catalog) {
  const article = articles.get(summary.id)!;
  const others = article.suggested.map((s) => articles.get(s.id)).filter((a): a is Article => a !== undefined);
  const subjects = new Set([...article.people, ...article.topics.filter((t) => topicKinds.get(t) !== 'section')]);
  wordsAlone += others.filter((o) => !o.people.some((p) => subjects.has(p)) && !o.topics.some((t) => subjects.has(t))).length;
  const listed = [article, ...others];
  const twice = listed.some((a, i) => listed.slice(i + 1).some((b) => isNearDuplicate(sketchOf(a), sketchOf(b))));
  if (twice) nearDuplicateLists++;
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
console.log(`  sharing no person or topic      ${pct(wordsAlone, suggestions)}  (linked by words alone)`);
console.log(`lists holding one report twice   ${nearDuplicateLists}  (near-duplicates, shingle similarity ≥ 0.5)`);
console.log(`page's own related list          ${ownListed} listed, ${ownResolved} resolved to collection articles`);
