/**
 * Lighthouse (mobile preset, its default: simulated slow 4G and a mid-range phone CPU) as a child process
 * against the static server, Debian's Chromium headless. Lighthouse 12 is the last major that runs on
 * Node 20 (13 needs Node 22).
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { CHROMIUM } from './browser.ts';
import { figure, na, type Figure } from './figures.ts';
import { runMeasured } from './processes.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  fcpMs: number;
  cls: number;
  tbtMs: number;
}

interface LighthouseReport {
  runtimeError?: { message?: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}

export async function lighthouse(url: string | null, outFile: string, repoRoot: string, missing = 'no page'): Promise<Figure> {
  if (!url) return na(missing);
  const bin = path.join(repoRoot, 'node_modules/.bin/lighthouse');
  await rm(outFile, { force: true });
  const run = await runMeasured(
    bin,
    [url, '--output=json', `--output-path=${outFile}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { cwd: repoRoot, env: { CHROME_PATH: CHROMIUM }, timeoutMs: 300_000 },
  );
  if (run.code !== 0) return na(`lighthouse exited ${run.code}: ${run.output.trim().split('\n').pop() ?? ''}`.slice(0, 200));
  const report = JSON.parse(await readFile(outFile, 'utf8')) as LighthouseReport;
  if (report.runtimeError?.message) return na(`lighthouse: ${report.runtimeError.message}`.slice(0, 200));
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  const scores: LighthouseScores = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: audit('largest-contentful-paint'),
    fcpMs: audit('first-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbtMs: audit('total-blocking-time'),
  };
  return figure(scores.performance, 'score', { parts: { ...scores } });
}
