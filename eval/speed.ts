/**
 * `npx tsx eval/speed.ts [limit]`: parse + enrich every BBC article in /work/shared/corpus/bbc-2004-05
 * on one thread and print ms/article for each stage. The ingest budget is 60 s for 2,003 articles on 2
 * worker threads, so enrich should stay around 40 ms/article or less.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSource } from '../src/pipeline/parse/index.ts';
import { DEFAULT_SPEAKER_MODE, enrichArticle, type SpeakerMode } from '../src/pipeline/enrich/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/bbc-2004-05');
if (!existsSync(root)) {
  console.log(`speed: ${root} not found, nothing to measure`);
  process.exit(0);
}
const limit = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? Infinity);
/** `--rules` times the rule sieve alone, otherwise the default (the ranker over the sieve's candidates). */
const mode: SpeakerMode = process.argv.includes('--rules') ? 'rules' : DEFAULT_SPEAKER_MODE;
const files: Array<{ source: string; folder: string; text: string }> = [];
for (const section of readdirSync(root).sort()) {
  for (const name of readdirSync(path.join(root, section)).sort()) {
    if (files.length >= limit) break;
    files.push({ source: `${section}/${name}`, folder: section, text: readFileSync(path.join(root, section, name), 'utf8') });
  }
}
let parseMs = 0;
let enrichMs = 0;
let slowest = { ms: 0, source: '' };
let quotes = 0;
let people = 0;
for (const file of files) {
  const t0 = performance.now();
  const parsed = parseSource({ source: file.source, text: file.text, folder: file.folder });
  const t1 = performance.now();
  parseMs += t1 - t0;
  if (!parsed.ok) continue;
  const article = enrichArticle(parsed.article, { speakers: mode });
  const ms = performance.now() - t1;
  enrichMs += ms;
  if (ms > slowest.ms) slowest = { ms, source: file.source };
  quotes += article.quotes.length;
  people += article.people.length;
}
const n = files.length;
console.log(`${n} articles, speakers by ${mode}: parse ${(parseMs / n).toFixed(2)} ms/article, enrich ${(enrichMs / n).toFixed(2)} ms/article (slowest ${slowest.ms.toFixed(1)} ms, ${slowest.source})`);
console.log(`found ${quotes} speech quotes and ${people} people`);
