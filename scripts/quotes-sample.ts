/**
 * Prints a reproducible random sample of the quotations of an ingested output with the speaker each was
 * given, for a human to judge against the story ("right name, wrong name, or left unknown?"):
 *   npm run quotes-sample -- <data-dir> [--n 100] [--seed S] [--exclude <file listing sources>]
 * Stories already hand-annotated under eval/ are left out (they are scored by `npm run eval`), and so is
 * every source named in the exclude file, one per line (e.g. a set being annotated and kept unseen), so a
 * review of the sample never shows the errors of a yardstick.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sampleArgs, seededSample } from './seededSample.ts';

interface Quote { text: string; speaker: { name: string | null; type: string } }
interface Article { source: string; quotes: Quote[] }

/** Sources (relative to the corpus root, e.g. `bbc-2004-05/tech/001.txt`) that a review must not show. */
function excludedSources(args: string[]): Set<string> {
  const out = new Set<string>();
  for (const folder of ['eval/devset', 'eval/heldout-bbc', 'eval/heldout-bbc-g']) {
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
      out.add((JSON.parse(readFileSync(join(folder, name), 'utf8')) as { file: string }).file);
    }
  }
  const i = args.indexOf('--exclude');
  if (i >= 0) for (const line of readFileSync(args[i + 1]!, 'utf8').split('\n')) if (line.trim()) out.add(line.trim());
  return out;
}

/** True when `source` (relative to the ingested folder, e.g. `tech/001.txt`) ends one of the excluded paths. */
const isExcluded = (source: string, excluded: Set<string>) =>
  [...excluded].some((path) => path === source || path.endsWith(`/${source}`));

const args = process.argv.slice(2).filter((a, i, all) => a !== '--exclude' && all[i - 1] !== '--exclude');
const { dir, n, seed } = sampleArgs('quotes-sample', args);
const excluded = excludedSources(process.argv.slice(2));
const rows: { source: string; quote: Quote }[] = [];
for (const name of readdirSync(join(dir, 'articles')).sort()) {
  const article = JSON.parse(readFileSync(join(dir, 'articles', name), 'utf8')) as Article;
  if (isExcluded(article.source, excluded)) continue;
  for (const quote of article.quotes) rows.push({ source: article.source, quote });
}
console.log(`${Math.min(n, rows.length)} of ${rows.length} quotations from ${dir} (${excluded.size} sources left out)`);
seededSample(rows, n, seed).forEach(({ source, quote }, k) => {
  const who = quote.speaker.name ? `${quote.speaker.type}: ${quote.speaker.name}` : 'unknown';
  const text = quote.text.length > 160 ? `${quote.text.slice(0, 157)}...` : quote.text;
  console.log(`${String(k + 1).padStart(3)}. ${source} | ${who} | ${text}`);
});
