/**
 * Identifiers that are URL-safe, unique and stable across rebuilds.
 */
import { createHash } from 'node:crypto';
import { slugify } from '../content/slug.ts';

export { slugify } from '../content/slug.ts';

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
