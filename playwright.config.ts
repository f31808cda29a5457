import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Two built sites: the bundled sample collection served by `vite preview` (as `npm start` does),
 * and the real-corpus collection served by a plain static file server with no rewrite rules.
 */
const corpusBuilt = existsSync('dist-corpus/index.html');
/** Invented articles full of markup (e2e/hostile-content), served like the corpus site. */
const hostileBuilt = existsSync('dist-hostile/index.html');
/**
 * The three servers listen on E2E_PORT, E2E_PORT+1 and E2E_PORT+2 (4173-4175 unless set), so two checkouts
 * on one machine can run their end-to-end tests at once without one reusing the other's server.
 */
const basePort = Number(process.env.E2E_PORT ?? 4173);
const [samplePort, corpusPort, hostilePort] = [basePort, basePort + 1, basePort + 2];

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
    { name: 'sample', testMatch: /sample\/.*\.spec\.ts/, use: { ...chromium, baseURL: `http://127.0.0.1:${samplePort}` } },
    ...(corpusBuilt
      ? [{ name: 'corpus', testMatch: /corpus\/.*\.spec\.ts/, use: { ...chromium, baseURL: `http://127.0.0.1:${corpusPort}` } }]
      : []),
    ...(hostileBuilt
      ? [{ name: 'hostile', testMatch: /hostile\/.*\.spec\.ts/, use: { ...chromium, baseURL: `http://127.0.0.1:${hostilePort}` } }]
      : []),
  ],
  webServer: [
    {
      command: `npx vite preview --port ${samplePort} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${samplePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(corpusBuilt
      ? [
          {
            command: `node scripts/static-server.mjs dist-corpus ${corpusPort}`,
            url: `http://127.0.0.1:${corpusPort}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
    ...(hostileBuilt
      ? [
          {
            command: `node scripts/static-server.mjs dist-hostile ${hostilePort}`,
            url: `http://127.0.0.1:${hostilePort}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
