/**
 * Prints a reproducible random sample of the people index of an ingested output, for a human to
 * judge ("is this a real person, and is the role right?"):
 *   npm run people-sample -- <data-dir> [--n 100] [--seed S]
 * The same seed always gives the same entries, so before/after figures compare like with like.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleArgs, seededSample } from './seededSample.ts';

interface Row { name: string; role: string | null; articles: string[]; quoteCount: number; descriptions: string[] }

const { dir, n, seed } = sampleArgs('people-sample');
const file = join(dir, 'people.json');
const parsed = JSON.parse(readFileSync(file, 'utf8')) as Row[] | { people: Row[] };
const people = Array.isArray(parsed) ? parsed : parsed.people;
console.log(`${Math.min(n, people.length)} of ${people.length} people from ${file}`);
seededSample(people, n, seed).forEach((p, k) => {
  const context = p.descriptions.find((d) => d !== p.role) ?? '';
  console.log(`${String(k + 1).padStart(3)}. ${p.name} | role: ${p.role ?? '-'} | stories ${p.articles.length} quotes ${p.quoteCount}${context ? ` | also: ${context}` : ''}`);
});
