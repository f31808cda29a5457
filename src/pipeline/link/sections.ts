/**
 * Each story's section, decided once the whole collection is known:
 *
 *  1. site.json's `sections` names a folder's section (`{"tech": "Technology"}`), or says the folder is
 *     not one (`{"seed": null}`).
 *  2. A page-text page (an archived news page) names sections in its own furniture: each related-story
 *     line ends with the section that story was filed under. When the folder's name is one of the
 *     sections the collection's pages name, the folder is a section and stands. When it is not (a folder
 *     called `seed`, `inbox` or `2009-scrape` is a place to keep files, not a section), the page takes
 *     the section most of its related stories are filed under (the first of them on a tie).
 *  3. Otherwise the folder's name, nicely cased (`middle-east` → `Middle East`); no folder, no section.
 */
import type { RelatedStory } from '../../content/schema.ts';
import { sectionFromFolder } from '../parse/section.ts';
import { folderOf } from '../read/walk.ts';
import type { SectionNames } from '../read/siteSettings.ts';

export interface SectionInput {
  source: string;
  format: 'page-text' | 'plain';
  related: readonly Pick<RelatedStory, 'section'>[];
}

const fold = (s: string) => s.trim().toLowerCase();

export function resolveSections(articles: readonly SectionInput[], names: SectionNames = {}): Array<string | null> {
  const namedByPages = new Set<string>();
  for (const a of articles) for (const r of a.related) if (r.section) namedByPages.add(fold(r.section));
  return articles.map((article) => {
    const folder = folderOf(article.source);
    const configured = folder !== null && Object.hasOwn(names, folder);
    const fromSettings = configured ? names[folder]! : null;
    if (fromSettings !== null) return fromSettings;
    const fromFolder = configured ? null : sectionFromFolder(folder);
    if (article.format !== 'page-text') return fromFolder;
    if (fromFolder !== null && namedByPages.has(fold(fromFolder))) return fromFolder;
    return sectionOfRelated(article.related) ?? fromFolder;
  });
}

/** The section most of the page's related stories are filed under; the earliest listed on a tie. */
export function sectionOfRelated(related: readonly Pick<RelatedStory, 'section'>[]): string | null {
  const counts = new Map<string, { name: string; count: number; first: number }>();
  related.forEach((r, i) => {
    if (!r.section?.trim()) return;
    const key = fold(r.section);
    const entry = counts.get(key) ?? { name: r.section.trim(), count: 0, first: i };
    entry.count++;
    counts.set(key, entry);
  });
  const best = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first)[0];
  return best?.name ?? null;
}
