/**
 * Identifiers that are URL-safe, unique and stable across rebuilds.
 */
import { createHash } from 'node:crypto';

/** Lower-case ASCII slug: accents folded, everything else a single hyphen. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}

/**
 * An article's id: its headline's slug plus a short hash of its source path. The hash keeps ids unique
 * when headlines repeat, and stable when other files are added or removed (no first-come numbering).
 */
export function articleId(headline: string, source: string): string {
  const hash = createHash('sha1').update(source).digest('hex').slice(0, 6);
  const slug = slugify(headline) || 'article';
  return `${slug}-${hash}`;
}

export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}
