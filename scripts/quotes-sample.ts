/**
 * Prints a reproducible random sample of the quotations of an ingested output with the speaker each was
 * given, for a human to judge against the story ("right name, wrong name, or left unknown?"):
 *   npm run quotes-sample -- <data-dir> [--n 100] [--seed S] [--exclude <file listing sources>]
 * Stories already hand-annotated under eval/ are left out (they are scored by `npm run eval`), and so is
 * every source named in the exclude file, one per line (e.g. a set being annotated and kept unseen), so a
 * review of the sample never shows the errors of a yardstick.
 */
import { readFileSync } from 'node:fs';
import { sampleArgs, seededSample } from './seededSample.ts';
import { annotatedSources, quotationRows } from './quotesSampleRows.ts';

const argv = process.argv.slice(2);
const at = argv.indexOf('--exclude');
const args = at < 0 ? argv : [...argv.slice(0, at), ...argv.slice(at + 2)];
const { dir, n, seed } = sampleArgs('quotes-sample', args);
const excluded = annotatedSources(['eval/devset', 'eval/heldout-bbc', 'eval/heldout-bbc-g']);
if (at >= 0) for (const line of readFileSync(argv[at + 1]!, 'utf8').split('\n')) if (line.trim()) excluded.add(line.trim());
const rows = quotationRows(dir, excluded);
console.log(`${Math.min(n, rows.length)} of ${rows.length} quotations from ${dir} (${excluded.size} sources left out)`);
seededSample(rows, n, seed).forEach(({ source, quote }, k) => {
  const who = quote.speaker.name ? `${quote.speaker.type}: ${quote.speaker.name}` : 'unknown';
  const text = quote.text.length > 160 ? `${quote.text.slice(0, 157)}...` : quote.text;
  console.log(`${String(k + 1).padStart(3)}. ${source} | ${who} | ${text}`);
});
