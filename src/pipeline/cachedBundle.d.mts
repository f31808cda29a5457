/** Types of cachedBundle.mjs (plain JavaScript so that scripts/ingest.mjs can run it without a loader). */
export declare const DEFAULT_CACHE_DIR: string;
export declare function cachedBundle(options: { entry: string; prefix: string; cacheDir?: string; keepSourceUrls?: boolean }): Promise<URL>;
