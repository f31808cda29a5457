import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Two built sites: the bundled sample collection served by `vite preview` (as `npm start` does),
 * and the real-corpus collection served by a plain static file server with no rewrite rules.
 */
const corpusBuilt = existsSync('dist-corpus/index.html');
/** Invented articles full of markup (e2e/hostile-content), served like the corpus site. */
const hostileBuilt = existsSync('dist-hostile/index.html');

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'sample', testMatch: /sample\/.*\.spec\.ts/, use: { ...chromium, baseURL: 'http://127.0.0.1:4173' } },
    ...(corpusBuilt
      ? [{ name: 'corpus', testMatch: /corpus\/.*\.spec\.ts/, use: { ...chromium, baseURL: 'http://127.0.0.1:4174' } }]
      : []),
    ...(hostileBuilt
      ? [{ name: 'hostile', testMatch: /hostile\/.*\.spec\.ts/, use: { ...chromium, baseURL: 'http://127.0.0.1:4175' } }]
      : []),
  ],
  webServer: [
    {
      command: 'npx vite preview --port 4173 --strictPort --host 127.0.0.1',
      url: 'http://127.0.0.1:4173/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(corpusBuilt
      ? [
          {
            command: 'node scripts/static-server.mjs dist-corpus 4174',
            url: 'http://127.0.0.1:4174/',
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
    ...(hostileBuilt
      ? [
          {
            command: 'node scripts/static-server.mjs dist-hostile 4175',
            url: 'http://127.0.0.1:4175/',
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
