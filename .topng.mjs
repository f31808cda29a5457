import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [src, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1700, height: 570 } });
await p.setContent(`<body style="margin:0"><img src="data:image/jpeg;base64,${readFileSync(src).toString('base64')}"></body>`);
await p.screenshot({ path: out });
await b.close();
