// A deliberately plain static file server (no rewrites, no SPA fallback), like a bucket or CDN:
// proves that deep links work from the built files alone. Unknown paths get the site's 404.html.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

const [root = 'dist', port = '4174'] = process.argv.slice(2);
const base = path.resolve(root);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json', '.png': 'image/png',
};

async function resolveFile(urlPath) {
  const target = path.join(base, decodeURIComponent(urlPath));
  if (target !== base && !target.startsWith(base + path.sep)) return null;
  const info = await stat(target).catch(() => null);
  if (info?.isFile()) return target;
  if (info?.isDirectory()) {
    const index = path.join(target, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

createServer(async (req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  let file = await resolveFile(urlPath);
  let status = 200;
  if (!file) {
    status = 404;
    file = await resolveFile('/404.html');
  }
  if (!file) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(status, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(Number(port), '127.0.0.1', () => console.log(`static server on http://127.0.0.1:${port} for ${base}`));
