import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of process.argv.slice(2)) {
  const page = await browser.newPage();
  const rows = [];
  page.on('response', async (r) => { if (r.url().endsWith('.js')) { const b = await r.body(); rows.push([r.url().split('/').pop(), (gzipSync(b,{level:6}).length/1024).toFixed(1), (b.length/1024).toFixed(1)]); } });
  await page.goto('http://127.0.0.1:4300' + path, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-app=ready]');
  await page.waitForTimeout(500);
  console.log(path, rows.reduce((a, r) => a + Number(r[1]), 0).toFixed(1));
  for (const r of rows) console.log('  ', r.join('  '));
  await page.close();
}
await browser.close();
