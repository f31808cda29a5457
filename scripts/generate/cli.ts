/**
 * `npm run generate -- --articles N --out DIR [--seed S] [--people P]`
 * Writes N synthetic articles in the page-text format; the same seed always gives the same bytes.
 */
import path from 'node:path';
import { generateCollection } from './generate.ts';
import { parseCli, runMain } from '../cliArgs.ts';

const usage = 'usage: npm run generate -- --articles N --out DIR [--seed S] [--people P]';

async function main(): Promise<number> {
  const values = parseCli(
    {
      articles: { type: 'string', short: 'n' },
      out: { type: 'string', short: 'o' },
      seed: { type: 'string', default: 'verbatim' },
      people: { type: 'string' },
    },
    usage,
  );
  if (typeof values === 'number') return values;
  const articles = Number(values.articles);
  const people = values.people === undefined ? undefined : Number(values.people);
  if (!values.out || !Number.isInteger(articles) || articles < 0) {
    console.error(usage);
    return 2;
  }
  if (people !== undefined && (!Number.isInteger(people) || people < 1)) {
    console.error(`--people takes a positive whole number, not "${values.people}"`);
    return 2;
  }
  const outDir = path.resolve(values.out);
  const summary = await generateCollection({
    articles,
    outDir,
    seed: values.seed,
    ...(people === undefined ? {} : { people }),
    onProgress: (done) => console.log(`  ${done} articles`),
  });
  const folders = Object.entries(summary.perFolder)
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
  console.log(
    `wrote ${summary.articles} articles (${(summary.bytes / 1e6).toFixed(1)} MB) to ${outDir} ` +
      `in ${(summary.ms / 1000).toFixed(1)} s (seed "${values.seed}")\n  ${folders}`,
  );
  return 0;
}

runMain(main);
