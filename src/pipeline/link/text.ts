/**
 * Plain-text helpers for collection-wide linking: the words of an article, as terms that say
 * what it is about (stop words and short words dropped, simple plurals folded).
 */
import type { Block } from '../../content/schema.ts';

export const STOP_WORDS = new Set(
  `a about above according across after again against ago all almost along already also although always am among an and another any anyone
  anything are around as at away back be became because become been before being below between both but by can cannot could did do does
  doing done down during each either else even ever every few first for former from further get gets getting given go going gone got had
  has have having he her here hers herself him himself his how however i if in including into is it its itself just last later least less
  like made make makes making many may me might more most mr mrs ms much must my myself near need never new next no nor not now of off
  often on once one only or other others our ours out over own part per perhaps put rather really said same say saying says second see
  seen set several she should since so some something still such take taken than that the their them themselves then there these they
  thing things think third this those though three through thus time times to told too two under until up upon us use used very via
  want was way we week weeks well went were what when where whether which while who whom whose why will with within without would year
  years yet you your yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april june
  july august september october november december added told says bbc news people told added including around told however
  just told still much make like also back get going come came told us uk per cent`
    .split(/\s+/)
    .filter(Boolean),
);

/** All the prose of an article, block by block (analysis boxes included). */
export function articleText(headline: string, blocks: Block[]): string {
  const parts = [headline];
  for (const block of blocks) {
    if (block.type === 'analysis') parts.push(...block.blocks.map((b) => b.text));
    else parts.push(block.text);
  }
  return parts.join('\n');
}

/** Lower-case content words, with a naive plural fold so "rate" and "rates" count together. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[a-z][a-z'-]{2,}/g)) {
    let word = match[0].replace(/'s$/, '').replace(/^-+|-+$/g, '');
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) word = word.slice(0, -1);
    out.push(word);
  }
  return out;
}
