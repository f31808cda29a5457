import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { verbatimContent } from './src/pipeline/vitePlugin.ts';

/** The folder of source pages: the bundled sample collection unless CONTENT_DIR says otherwise. */
const contentDir = process.env.CONTENT_DIR ?? 'content';

export default defineConfig({
  plugins: [react(), verbatimContent({ contentDir })],
  build: {
    target: 'es2022',
    // Data files are written by the plugin after the bundle; keep the app's own assets apart.
    assetsDir: 'assets',
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
