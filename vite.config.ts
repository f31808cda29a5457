import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { reactRouterProductionEntry, reactRouterTreeShaking } from './src/pipeline/bundle/reactRouterBuild.ts';
import { queryWithoutMutations } from './src/pipeline/bundle/queryWithoutMutations.ts';
import { checkEntryStandsAlone, sharedChunkName } from './src/pipeline/bundle/sharedChunk.ts';
import { smallPreloadHelper } from './src/pipeline/bundle/smallPreloadHelper.ts';
import { verbatimContent } from './src/pipeline/vitePlugin.ts';
import { loadAppRenderer } from './src/pipeline/write/appRenderer.ts';
import { writeSite } from './src/pipeline/write/site.ts';

/** The folder of source pages: the bundled sample collection unless CONTENT_DIR says otherwise. */
const contentDir = process.env.CONTENT_DIR ?? 'content';
/** Absolute address the site is published at: canonical URLs, Open Graph tags and the sitemap use it. */
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4173';

export default defineConfig(({ command }) => ({
  // The browser build reads React Router's production file (src/pipeline/bundle/reactRouterBuild.ts). The
  // build's own pre-render (appRenderer.ts) loads the app with its own config, so it is not affected.
  resolve: command === 'build' ? { alias: [{ find: /^react-router$/, replacement: reactRouterProductionEntry(import.meta.dirname) }] } : {},
  plugins: [
    reactRouterTreeShaking(),
    queryWithoutMutations(),
    smallPreloadHelper(),
    checkEntryStandsAlone(),
    react(),
    verbatimContent({
      contentDir,
      afterBuild: async ({ outDir, dataDir, result, config }) => {
        const renderer = await loadAppRenderer(config.root, dataDir, result.settings);
        const pages = await writeSite({ outDir, siteUrl, collection: result.collection, render: renderer.render, settings: result.settings }).finally(renderer.close);
        config.logger.info(`[verbatim] pre-rendered ${pages} pages for ${siteUrl}`);
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Data files are written by the plugin after the bundle; keep the app's own assets apart.
    assetsDir: 'assets',
    // Every browser the app targets except Safari < 17 supports <link rel="modulepreload">; there the
    // preload is only skipped (the module still loads when imported), so the polyfill's bytes are not
    // worth sending to everyone on every first visit.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The app's start, its shared code and its two libraries (React Router, TanStack Query) in one chunk
        // instead of a dozen small ones: every page loads all of it, and one file compresses better than
        // many (2–3 KB gzip less on every first visit; docs/performance.md). Code that only one or two pages
        // use stays with them, and the entry's own code stays in the entry (src/pipeline/bundle/sharedChunk.ts).
        codeSplitting: {
          groups: [
            {
              name: sharedChunkName({
                shareable: /(src[\\/](features|content|data)[\\/])|(node_modules[\\/](@tanstack|react-router)[\\/])/,
                minShareCount: 3,
                start: /src[\\/]app[\\/]start\.tsx$/,
              }),
              // What the rule leaves out stays out (the entry's own modules above all); see sharedChunk.ts.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
}));
