/**
 * People recall and precision on US news against automatic (silver) CoreNLP PERSON entities:
 *   npx tsx scripts/people-us-silver.ts [train|dev] [--limit N]
 * A rough yardstick for the name finder on American text, not a gold score: the silver entities were never
 * checked by anyone and have their own errors. A silver person is keyed by surname (the last word of a
 * PERSON run); it is found when a predicted person's name or a mention ends in that word. A predicted
 * person is right when its surname ends some PERSON run of the article. Tune on train; dev is for reporting.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enrichArticle } from '../src/pipeline/enrich/index.ts';
import { parseSource } from '../src/pipeline/parse/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const split = process.argv[2] === 'dev' ? 'dev' : 'train';
const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Infinity;
const silverDir = path.join(shared, 'silver/polnear-us-2016', split);
if (!existsSync(silverDir)) {
  console.log(`no silver annotations at ${silverDir}`);
  process.exit(0);
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['\u2019]s$/, '').toLowerCase();
const surnameOf = (name: string) => fold(name.trim().split(/\s+/).pop() ?? '');

/** Surnames of the PERSON runs in a silver token file (consecutive PERSON tokens, one run each). */
function silverSurnames(tsv: string): Set<string> {
  const surnames = new Set<string>();
  let run: string[] = [];
  let lastEnd = -1;
  const flush = () => {
    if (run.length > 0) surnames.add(fold(run[run.length - 1]!));
    run = [];
  };
  for (const line of tsv.split('\n')) {
    const [start, end, token, , entity] = line.split('\t');
    if (entity !== 'PERSON' || token === undefined) {
      flush();
      continue;
    }
    if (Number(start) > lastEnd + 1) flush();
    if (/^\p{L}/u.test(token)) run.push(token);
    lastEnd = Number(end);
  }
  flush();
  return surnames;
}

let silverTotal = 0;
let silverFound = 0;
let predictedTotal = 0;
let predictedRight = 0;
let articles = 0;
for (const file of readdirSync(silverDir).filter((f) => f.endsWith('.tsv')).sort()) {
  if (articles >= limit) break;
  const name = file.replace(/\.tsv$/, '');
  const textPath = path.join(shared, 'corpus/polnear-us-2016', split, `${name}.txt`);
  if (!existsSync(textPath)) continue;
  const parsed = parseSource({ source: `${split}/${name}.txt`, text: readFileSync(textPath, 'utf8'), folder: split });
  if (!parsed.ok) continue;
  articles++;
  const people = enrichArticle(parsed.article).people;
  const silver = silverSurnames(readFileSync(path.join(silverDir, file), 'utf8'));
  const predicted = new Set(people.flatMap((p) => [p.name, ...p.mentions].map(surnameOf)));
  silverTotal += silver.size;
  for (const s of silver) if (predicted.has(s)) silverFound++;
  predictedTotal += people.length;
  for (const p of people) if (silver.has(surnameOf(p.name))) predictedRight++;
}
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(`us-${split} silver people (${articles} articles): R ${pct(silverFound, silverTotal)} (${silverFound}/${silverTotal}) P ${pct(predictedRight, predictedTotal)} (${predictedRight}/${predictedTotal})`);
