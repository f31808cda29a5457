/**
 * Prints a reproducible random sample of the people index of an ingested output, for a human to
 * judge ("is this a real person, and is the role right?"):
 *   npm run people-sample -- <data-dir> [--n 100] [--seed S]
 * The same seed always gives the same entries, so before/after figures compare like with like.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Row { name: string; role: string | null; articles: string[]; quoteCount: number; descriptions: string[] }

/** mulberry32: small, seedable, and the same on every machine. */
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
  console.error('usage: npm run people-sample -- <data-dir> [--n 100] [--seed S]');
  process.exit(1);
}
const file = join(dir, 'people.json');
const parsed = JSON.parse(readFileSync(file, 'utf8')) as Row[] | { people: Row[] };
const people = Array.isArray(parsed) ? parsed : parsed.people;
const n = option(args, '--n', 100);
const next = random(option(args, '--seed', 1));
const order = people.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
console.log(`${Math.min(n, people.length)} of ${people.length} people from ${file}`);
order.slice(0, n).forEach((index, k) => {
  const p = people[index]!;
  const context = p.descriptions.find((d) => d !== p.role) ?? '';
  console.log(`${String(k + 1).padStart(3)}. ${p.name} | role: ${p.role ?? '-'} | stories ${p.articles.length} quotes ${p.quoteCount}${context ? ` | also: ${context}` : ''}`);
});
