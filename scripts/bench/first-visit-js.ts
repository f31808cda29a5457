/**
 * `npx tsx scripts/bench/first-visit-js.ts <siteDir>`: the gzip size of the JavaScript (and the rest) a
 * first visit to each kind of route loads, measured in the browser as `npm run bench` does, for a built
 * site alone (no ingest, no Lighthouse). The goal: JS ≤ 100 KB gzip on every route.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstVisit, launchBrowser } from './browser.ts';
import { pickRoutes } from './routes.ts';
import { startStaticServer } from './server.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const siteDir = path.resolve(process.argv[2] ?? 'dist');
const server = await startStaticServer(siteDir, repoRoot);
const browser = await launchBrowser();
try {
  const { routes } = await pickRoutes(siteDir);
  for (const route of routes) {
    const result = await firstVisit(browser, server.origin, route);
    console.log(`${route.label.padEnd(20)} ${JSON.stringify(result)}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
