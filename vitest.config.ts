/**
 * Test runner config, separate from vite.config.ts so tests never start the content pipeline plugin.
 *
 * Two projects run in one `npx vitest run`:
 *   - node: pipeline / pure-logic tests (`*.test.ts`), no DOM.
 *   - dom:  React component tests (`*.test.tsx`) in jsdom with Testing Library cleanup.
 * A `.test.ts` file that needs a DOM can still opt in with `// @vitest-environment jsdom`.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const ignored = ['**/node_modules/**', '**/dist/**', 'e2e/**'];

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['**/*.test.ts'],
          exclude: ignored,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['**/*.test.tsx'],
          exclude: ignored,
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
