/**
 * A static server of a built site for the browser figures: scripts/static-server.mjs (plain files, no
 * rewrites — like a bucket or CDN) on a free loopback port (or BENCH_PORT), stopped when the measurement is
 * done.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface StaticServer {
  origin: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * BENCH_PORT fixes the port (for a machine shared with others who were given their own ports); otherwise a
 * free one is picked.
 */
export async function startStaticServer(siteDir: string, repoRoot: string): Promise<StaticServer> {
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const child: ChildProcess = spawn(process.execPath, ['scripts/static-server.mjs', siteDir, String(port)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    // It compresses the app's assets before it listens (seconds on a busy machine).
    const timer = setTimeout(() => reject(new Error('static server did not start in 60 s')), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('static server on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`static server exited ${code}`));
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
