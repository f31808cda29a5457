/**
 * The page furniture after the article: the external-sites notice, a most-read promo list, sign-in and
 * navigation lines, copyright, browser advice and the region line. Worded for the generator; only the
 * short fixed labels ("Print Sponsor", "Sign in") match what archived pages carry, since the pipeline
 * recognises furniture by them.
 */
import type { Rng } from './prng.ts';

const PROMOS = [
  'Is the four-day week here to stay?',
  'The village that grows its own electricity',
  'How a lost letter found its way home after forty years',
  'Why the harbour seals came back',
  'What happens to old trains?',
  'The quiet rise of the urban beekeeper',
  'Can a town run on rainwater?',
  'The last lighthouse keeper looks back',
];

const REGION_LINE = 'Americas Africa Europe Middle East South Asia Asia Pacific';

export function footerLines(rng: Rng, year: number): string[] {
  const lines = ['Links to other sites are provided for information; their content is not ours'];
  if (rng.chance(0.8)) lines.push(rng.sample(PROMOS, 3).join('\n'));
  lines.push('', 'Sign in', 'BBC navigation');
  lines.push(`Copyright \u00a9 ${year + rng.int(1, 8)} BBC. External sites are the responsibility of their owners.`);
  lines.push(
    'This page is best viewed in a current web browser with style sheets turned on. Older browsers still show ' +
      'the words, but not the layout; updating the browser, or turning style sheets on, gives the full page.',
  );
  lines.push(rng.chance(0.5) ? REGION_LINE : `${REGION_LINE}\n`);
  return lines;
}
