import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { verbatimContent } from './src/pipeline/vitePlugin.ts';
import { writeSite } from './src/pipeline/write/site.ts';

/** The folder of source pages: the bundled sample collection unless CONTENT_DIR says otherwise. */
const contentDir = process.env.CONTENT_DIR ?? 'content';
/** Absolute address the site is published at: canonical URLs, Open Graph tags and the sitemap use it. */
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4173';

export default defineConfig({
  plugins: [
    react(),
    verbatimContent({
      contentDir,
      afterBuild: async ({ outDir, result, config }) => {
        const pages = await writeSite({ outDir, siteUrl, collection: result.collection });
        config.logger.info(`[verbatim] pre-rendered ${pages} pages for ${siteUrl}`);
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Data files are written by the plugin after the bundle; keep the app's own assets apart.
    assetsDir: 'assets',
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
