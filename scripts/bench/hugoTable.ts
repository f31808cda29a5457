/**
 * The Hugo comparison's table: for each collection, Verbatim's cold ingest, Verbatim's vite build (the
 * full site: it runs the same cold ingest inside, then bundles and pre-renders) and Hugo's build, each with
 * wall and CPU seconds, peak memory, files and MB written. Verbatim's rows come from the bench's own results
 * (.bench/results.json); a figure not measured there prints n/a with the reason.
 */
import type { CollectionResult, Figure } from './figures.ts';

/** One build measured by the runner: Hugo's, or the size of Verbatim's ingest output. */
export interface Measured {
  seconds: number;
  cpu: number | null;
  peakMB: number | null;
  files: number;
  mb: number;
  /** How it was measured (runs, load average). */
  note: string;
}

export interface HugoResult {
  name: string;
  measuredAt: string;
  articles: number;
  hugoVersion: string;
  /** Hugo's median build, or why there is none. */
  hugo: Measured | { missing: string };
  /** Files and MB in Verbatim's ingest output folder (the bench does not record them). */
  ingestOutput: { files: number; mb: number } | null;
  pages: number;
  htmlFiles: number | null;
}

const num = (v: number | null | undefined, digits: number) =>
  v === null || v === undefined ? 'n/a' : v.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const value = (f: Figure | undefined) => (f && f.value !== null ? f.value : null);
const why = (f: Figure | undefined) => (f ? (f.value === null ? `n/a: ${f.note ?? '?'}` : (f.note ?? '')) : 'not measured by `npm run bench`');
/** The vite build's peak memory, kept in its time's note by build.ts ("peak 1234 MB"). */
const buildPeak = (f: Figure | undefined) => {
  const m = f?.note ? /peak (\d+) MB/.exec(f.note) : null;
  return m ? Number(m[1]) : null;
};

export function comparisonTable(verbatim: Record<string, CollectionResult | undefined>, hugo: readonly HugoResult[]): string {
  const lines = [
    '| collection | build | wall (s) | CPU user + sys (s) | peak memory (MB) | files | MB | notes |',
    '|---|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const h of hugo) {
    const v = verbatim[h.name]?.figures ?? {};
    const label = `${h.name} (${h.articles.toLocaleString('en-GB')} articles)`;
    lines.push(
      `| ${label} | Verbatim ingest, cold | ${num(value(v['ingest.cold']), 1)} | ${num(value(v['ingest.cpu']), 1)} | ${num(value(v['ingest.peak']), 0)} | ` +
        `${num(h.ingestOutput?.files, 0)} | ${num(h.ingestOutput?.mb, 1)} | ${why(v['ingest.cold'])} |`,
      `| | Verbatim ingest + vite build | ${num(value(v['build.seconds']), 1)} | ${num(value(v['build.cpu']), 1)} | ${num(buildPeak(v['build.seconds']), 0)} | ` +
        `${num(value(v['build.files']), 0)} | ${num(value(v['build.size']), 1)} | ${why(v['build.cpu'])} |`,
      'missing' in h.hugo
        ? `| | Hugo ${h.hugoVersion} | n/a | n/a | n/a | n/a | n/a | ${h.hugo.missing} |`
        : `| | Hugo ${h.hugoVersion} | ${num(h.hugo.seconds, 1)} | ${num(h.hugo.cpu, 1)} | ${num(h.hugo.peakMB, 0)} | ${num(h.hugo.files, 0)} | ${num(h.hugo.mb, 1)} | ${h.hugo.note} |`,
    );
  }
  const when = hugo.map((h) => `${h.name}: Hugo ${h.measuredAt}, Verbatim ${verbatim[h.name]?.measuredAt ?? 'not measured'}`).join('; ');
  return `${lines.join('\n')}\n\nMeasured ${when}.`;
}
