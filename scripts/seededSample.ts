/**
 * What the hand-judged samples share (people-sample.ts, topics-sample.ts): `<data-dir> [--n N] [--seed S]`
 * from the command line, and a seeded shuffle, so the same seed draws the same entries from the same list
 * and before/after figures compare like with like.
 */

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

/** The data folder and options, or exits with the usage line (`script` is the npm script's name). */
export function sampleArgs(script: string, args = process.argv.slice(2)): { dir: string; n: number; seed: number } {
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dir) {
    console.error(`usage: npm run ${script} -- <data-dir> [--n 100] [--seed S]`);
    process.exit(1);
  }
  return { dir, n: option(args, '--n', 100), seed: option(args, '--seed', 1) };
}

/** The first `n` items of `items` in a seeded random order (Fisher–Yates over their indexes). */
export function seededSample<T>(items: readonly T[], n: number, seed: number): T[] {
  const next = random(seed);
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, n).map((i) => items[i]!);
}
