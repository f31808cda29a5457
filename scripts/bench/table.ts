/**
 * The one table: a row per figure, a column per collection, the target and ✓/✗ beside each judged
 * value. Missing values print as `n/a` with a numbered footnote giving the reason. Markdown, so the
 * same text goes into docs/performance.md.
 */
import type { BenchResults, Figure } from './figures.ts';
import { TARGETS } from './targets.ts';

export const COLLECTION_ORDER = ['sample', 'seed', 'bbc', '10000', '100000'];

interface Row {
  key: string;
  label: string;
  format: (f: Figure) => string;
}

const fixed = (digits: number) => (f: Figure) => (f.value === null ? '' : f.value.toFixed(digits));
const thousands = (f: Figure) => (f.value === null ? '' : Math.round(f.value).toLocaleString('en-GB'));
const visit = (f: Figure) => {
  const p = f.parts ?? {};
  return `${f.value?.toFixed(1)} (JS ${p.js?.toFixed(1)}, data ${p.data?.toFixed(1)}, HTML ${p.html?.toFixed(1)}, CSS ${p.css?.toFixed(1)})`;
};
const lh = (f: Figure) => {
  const p = f.parts ?? {};
  return (
    `${p.performance}/${p.accessibility}/${p.bestPractices}/${p.seo} · LCP ${((p.lcpMs ?? NaN) / 1000).toFixed(2)} s · ` +
    `CLS ${(p.cls ?? NaN).toFixed(3)} · TBT ${Math.round(p.tbtMs ?? NaN)} ms`
  );
};
const visible = (f: Figure) => {
  const p = f.parts;
  return p ? `${f.value?.toFixed(2)} (read ${p.read?.toFixed(2)}, link ${p.link?.toFixed(2)}, write ${p.write?.toFixed(2)})` : fixed(2)(f);
};
const consistent = (f: Figure) => {
  const p = f.parts;
  return p
    ? `${f.value?.toFixed(2)} (visible ${p.visible?.toFixed(2)}, list ${p.list?.toFixed(2)}, link ${p.link?.toFixed(2)}, write ${p.write?.toFixed(2)})`
    : fixed(2)(f);
};

export const ROWS: Row[] = [
  { key: 'articles', label: 'articles', format: thousands },
  { key: 'ingest.cold', label: 'ingest, cold (s)', format: fixed(1) },
  { key: 'ingest.rate', label: 'ingest rate (articles/s)', format: fixed(0) },
  { key: 'ingest.perCore', label: 'ingest rate per core (articles/s)', format: fixed(0) },
  { key: 'ingest.cpu', label: 'ingest, cold CPU user + sys (s)', format: fixed(1) },
  { key: 'ingest.peak', label: 'ingest peak memory (MB)', format: thousands },
  { key: 'rebuild.visible', label: 'rebuild after one edit: edit visible (s, phase 1)', format: visible },
  { key: 'rebuild.consistent', label: 'rebuild after one edit: archive consistent (s, phases 1 + 2)', format: consistent },
  { key: 'build.seconds', label: 'vite build (s)', format: fixed(1) },
  { key: 'build.cpu', label: 'vite build CPU user + sys (s)', format: fixed(1) },
  { key: 'build.size', label: 'build output (MB)', format: fixed(1) },
  { key: 'build.files', label: 'build output (files)', format: thousands },
  { key: 'visit.home', label: 'first visit / (KB gzip)', format: visit },
  { key: 'visit.article', label: 'first visit, an article (KB gzip)', format: visit },
  { key: 'visit.people', label: 'first visit /people (KB gzip)', format: visit },
  { key: 'visit.person', label: 'first visit, busiest person (KB gzip)', format: visit },
  { key: 'visit.topic', label: 'first visit, busiest topic (KB gzip)', format: visit },
  { key: 'filter', label: 'filter by person → results (ms)', format: fixed(0) },
  { key: 'filter.topic', label: 'filter by topic → results (ms)', format: fixed(0) },
  { key: 'search.first', label: 'search, first query → results (ms)', format: fixed(0) },
  { key: 'search.next', label: 'search, next query → results (ms)', format: fixed(0) },
  { key: 'lh.home', label: 'Lighthouse / (perf/a11y/BP/SEO)', format: lh },
  { key: 'lh.article', label: 'Lighthouse article', format: lh },
  { key: 'lh.person', label: 'Lighthouse person', format: lh },
];

export function renderTable(results: BenchResults): string {
  const names = [
    ...COLLECTION_ORDER.filter((n) => results.collections[n]),
    ...Object.keys(results.collections).filter((n) => !COLLECTION_ORDER.includes(n)),
  ];
  const notes: string[] = [];
  const footnote = (text: string) => {
    let i = notes.indexOf(text);
    if (i < 0) i = notes.push(text) - 1;
    return `[${i + 1}]`;
  };
  const lines = [
    `| figure | ${names.join(' | ')} | target |`,
    `|---|${names.map(() => '---:').join('|')}|---|`,
  ];
  for (const row of ROWS) {
    const cells = names.map((name) => {
      const f = results.collections[name]?.figures[row.key];
      if (!f) return '–';
      if (f.value === null) return `n/a ${footnote(f.note ?? 'not measured')}`;
      const target = TARGETS[row.key];
      const met = target?.check(f, name, results, row.key);
      const mark = met === true ? ' ✓' : met === false ? ' ✗' : '';
      const remark = f.note && row.key.startsWith('visit.') && f.note.includes('404') ? ` ${footnote(f.note)}` : '';
      return `${row.format(f)}${mark}${remark}`;
    });
    lines.push(`| ${row.label} | ${cells.join(' | ')} | ${TARGETS[row.key]?.text ?? ''} |`);
  }
  const when = names.map((n) => `${n}: ${results.collections[n]?.measuredAt ?? '?'}`).join('; ');
  const m = results.machine;
  lines.push('', `Machine: ${m.cpus} cores, ${m.memoryGiB} GiB, Node ${m.node} (${m.platform}). Measured ${when}.`);
  if (notes.length > 0) lines.push('', ...notes.map((text, i) => `[${i + 1}] ${text}`));
  return lines.join('\n');
}
