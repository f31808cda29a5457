/**
 * What quotes-sample.ts draws from: every quotation of an ingested output with its story's source, minus the
 * stories a review must not show (annotated eval sets, a set kept unseen).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Quote { text: string; speaker: { name: string | null; type: string } }
interface Article { source: string; quotes: Quote[] }

/** Sources named in the eval folders' annotation files (`{"file": "bbc-2004-05/tech/001.txt", …}`). */
export function annotatedSources(folders: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const folder of folders) {
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
      out.add((JSON.parse(readFileSync(join(folder, name), 'utf8')) as { file: string }).file);
    }
  }
  return out;
}

/** True when `source` (relative to the ingested folder, e.g. `tech/001.txt`) is, or ends, one of the excluded paths. */
export const isExcluded = (source: string, excluded: ReadonlySet<string>) =>
  excluded.has(source) || [...excluded].some((path) => path.endsWith(`/${source}`));

/** Every quotation of the output in `dir` (its `articles/*.json`, in file-name order) outside `excluded`. */
export function quotationRows(dir: string, excluded: ReadonlySet<string>): { source: string; quote: Quote }[] {
  const rows: { source: string; quote: Quote }[] = [];
  for (const name of readdirSync(join(dir, 'articles')).sort()) {
    const article = JSON.parse(readFileSync(join(dir, 'articles', name), 'utf8')) as Article;
    if (isExcluded(article.source, excluded)) continue;
    for (const quote of article.quotes) rows.push({ source: article.source, quote });
  }
  return rows;
}
