/**
 * `npx tsx scripts/bench/lighthouse-medians.ts <site-dir>... [--runs 3]`
 *
 * Lighthouse exactly as the benchmark runs it (lighthouse.ts, mobile preset, scripts/static-server.mjs on
 * BENCH_PORT or a free port), several times on the benchmark's pages of each built site — home, the newest
 * article, the busiest person — and prints the median of each figure, with the load average before and after
 * (the simulated LCP is stable from run to run; performance and TBT follow the machine's load).
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lighthouse } from './lighthouse.ts';
import { pickRoutes } from './routes.ts';
import { startStaticServer } from './server.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  if (positionals.length === 0 || !(runs > 0)) throw new Error('usage: lighthouse-medians.ts <site-dir>... [--runs 3]');
  for (const site of positionals) {
    const siteDir = path.resolve(site);
    const picked = await pickRoutes(siteDir);
    const server = await startStaticServer(siteDir, repoRoot);
    try {
      for (const route of picked.routes.filter((r) => ['home', 'article', 'person'].includes(r.key))) {
        if (!route.path) continue;
        const before = load();
        const results: Array<Record<string, number>> = [];
        for (let i = 0; i < runs; i++) {
          const out = path.join(os.tmpdir(), `lighthouse-medians-${process.pid}.json`);
          const f = await lighthouse(server.origin + route.path, out, repoRoot);
          if (f.value === null || !f.parts) throw new Error(`${route.path}: ${f.note}`);
          results.push(f.parts);
        }
        const m = (key: string) => median(results.map((r) => r[key] ?? NaN));
        const all = (key: string, scale = 1) => results.map((r) => Math.round((r[key] ?? NaN) / scale)).join('/');
        console.log(
          `${path.basename(siteDir)} ${route.key} ${route.path}: performance ${m('performance')} (${all('performance')}), ` +
            `FCP ${Math.round(m('fcpMs'))} ms, LCP ${Math.round(m('lcpMs'))} ms (${all('lcpMs')}), TBT ${Math.round(m('tbtMs'))} ms (${all('tbtMs')}), ` +
            `CLS ${m('cls').toFixed(3)}, a11y/BP/SEO ${m('accessibility')}/${m('bestPractices')}/${m('seo')}; load ${before} → ${load()}`,
        );
      }
    } finally {
      await server.stop();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
