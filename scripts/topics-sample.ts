/**
 * Prints a reproducible random sample of the organisation and place topics of an ingested output, for a
 * human to judge ("would a reader follow this?"):
 *   npm run topics-sample -- <data-dir> [--n 100] [--seed S]
 * The same seed always gives the same draw from the same topic list, so before/after figures compare like
 * with like. Each line says when a person in the people index has the same name, the commonest fault.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Topic { id: string; name: string; kind: string; articles: string[] }
interface Person { name: string; aliases: string[] }

/** mulberry32, as in people-sample.ts: small, seedable, and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value)) throw new Error(`${name} needs a number`);
  return value;
}

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dir) {
  console.error('usage: npm run topics-sample -- <data-dir> [--n 100] [--seed S]');
  process.exit(1);
}
const topics = (JSON.parse(readFileSync(join(dir, 'topics.json'), 'utf8')) as Topic[]).filter((t) => t.kind === 'organisation' || t.kind === 'place');
const people = JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8')) as Person[];
const personNames = new Set(people.map((p) => p.name.toLowerCase()));
const n = option(args, '--n', 100);
const next = random(option(args, '--seed', 1));
const order = topics.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
console.log(`${Math.min(n, topics.length)} of ${topics.length} organisation and place topics from ${dir}`);
order.slice(0, n).forEach((index, k) => {
  const t = topics[index]!;
  const person = personNames.has(t.name.toLowerCase()) ? ' | also a person' : '';
  console.log(`${String(k + 1).padStart(3)}. ${t.name} | ${t.kind} | stories ${t.articles.length} | ${t.articles[0]}${person}`);
});
