/**
 * Prints a reproducible random sample of the organisation and place topics of an ingested output, for a
 * human to judge ("would a reader follow this?"):
 *   npm run topics-sample -- <data-dir> [--n 100] [--seed S]
 * The same seed always gives the same draw from the same topic list, so before/after figures compare like
 * with like. Each line says when a person in the people index has the same name, the commonest fault.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleArgs, seededSample } from './seededSample.ts';

interface Topic { id: string; name: string; kind: string; articles: string[] }
interface Person { name: string; aliases: string[] }

const { dir, n, seed } = sampleArgs('topics-sample');
const topics = (JSON.parse(readFileSync(join(dir, 'topics.json'), 'utf8')) as Topic[]).filter((t) => t.kind === 'organisation' || t.kind === 'place');
const people = JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8')) as Person[];
const personNames = new Set(people.map((p) => p.name.toLowerCase()));
console.log(`${Math.min(n, topics.length)} of ${topics.length} organisation and place topics from ${dir}`);
seededSample(topics, n, seed).forEach((t, k) => {
  const person = personNames.has(t.name.toLowerCase()) ? ' | also a person' : '';
  console.log(`${String(k + 1).padStart(3)}. ${t.name} | ${t.kind} | stories ${t.articles.length} | ${t.articles[0]}${person}`);
});
