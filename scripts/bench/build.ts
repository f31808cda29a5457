/**
 * Build output: `CONTENT_DIR=<dir> npx vite build --outDir .bench/site-<name>` (app bundle, data and any
 * pre-rendered pages), then the total size and number of files of what it wrote.
 */
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Collection } from './collections.ts';
import { figure, na, type Figure } from './figures.ts';
import { loadAverage } from './ingest.ts';
import { runMeasured } from './processes.ts';

export interface BuildFigures {
  seconds: Figure;
  size: Figure;
  files: Figure;
  /** User + system CPU seconds of the whole build (its pipeline, bundling and pre-rendering). */
  cpu: Figure;
  /** Set when the build succeeded and produced an index.html to serve. */
  siteDir: string | null;
}

export async function buildSite(collection: Collection, benchDir: string, repoRoot: string): Promise<BuildFigures> {
  const siteDir = path.join(benchDir, `site-${collection.name}`);
  await rm(siteDir, { recursive: true, force: true });
  const run = await runMeasured('npx', ['vite', 'build', '--outDir', siteDir, '--emptyOutDir'], {
    cwd: repoRoot,
    env: { CONTENT_DIR: collection.contentDir },
    logFile: path.join(benchDir, `build-${collection.name}.log`),
  });
  if (run.code !== 0) {
    const last = run.output.trim().split('\n').filter((l) => /error/i.test(l)).pop() ?? run.output.trim().split('\n').pop() ?? '';
    const reason = `vite build exited ${run.code}: ${last}`.slice(0, 200);
    return { seconds: na(reason, 's'), size: na(reason, 'MB'), files: na(reason), cpu: na(reason, 's'), siteDir: null };
  }
  const report = await readFile(path.join(siteDir, 'data', 'report.json'), 'utf8').then(
    (t) => JSON.parse(t) as { read?: number; written?: number; rejected?: Array<{ reason: string }> },
    () => null,
  );
  if (report && (report.read ?? 0) > 0 && (report.written ?? 0) < (report.read ?? 0) / 2) {
    // Most files rejected: the pipeline is broken (say, mid-edit in the working tree); sizes would mislead.
    const reason = `build wrote only ${report.written} of ${report.read} articles: ${report.rejected?.[0]?.reason ?? '?'}`.slice(0, 200);
    return { seconds: na(reason, 's'), size: na(reason, 'MB'), files: na(reason), cpu: na(reason, 's'), siteDir: null };
  }
  const load = loadAverage();
  const { bytes, files } = await folderSize(siteDir);
  const hasIndex = await stat(path.join(siteDir, 'index.html')).then(() => true, () => false);
  return {
    seconds: figure(run.ms / 1000, 's', { note: run.peakBytes ? `peak ${(run.peakBytes / 1e6).toFixed(0)} MB` : undefined }),
    size: figure(bytes / 1e6, 'MB'),
    files: figure(files, 'files'),
    cpu: run.cpuSeconds === null ? na('no /usr/bin/time', 's') : figure(run.cpuSeconds, 's', { note: `user + sys; ${load}` }),
    siteDir: hasIndex ? siteDir : null,
  };
}

export async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let bytes = 0;
  let files = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { bytes, files };
}
