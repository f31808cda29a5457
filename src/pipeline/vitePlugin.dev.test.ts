/**
 * The dev server's wiring (vitePlugin.ts configureServer): a watcher event for an edited story reloads the
 * page once its file shows the edit (phase 1), and once more after the full run (phase 2). A fake Vite
 * server stands in for `vite dev`: the watcher is an event emitter, reloads and log lines are recorded.
 */
import { EventEmitter } from 'node:events';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ResolvedConfig, ViteDevServer } from 'vite';
import { verbatimContent } from './vitePlugin.ts';

const sample = path.resolve(import.meta.dirname, '../../content');

/** Values recorded as they come, and a promise for the n-th. */
class Recorder<T> {
  readonly seen: T[] = [];
  private readonly waiting: Array<{ n: number; resolve: (value: T) => void }> = [];
  push(value: T): void {
    this.seen.push(value);
    for (const w of this.waiting.filter((w) => w.n === this.seen.length)) w.resolve(value);
  }
  nth(n: number): Promise<T> {
    if (this.seen.length >= n) return Promise.resolve(this.seen[n - 1]!);
    return new Promise((resolve) => this.waiting.push({ n, resolve }));
  }
}

describe('vite dev: an edit reloads the page twice, the first time with the edit on its page', () => {
  let root: string;
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('phase 1 reload with the edited story\u2019s file written, then the phase 2 reload', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'verbatim-devserver-'));
    const contentDir = path.join(root, 'content');
    await cp(sample, contentDir, { recursive: true });
    const logs = new Recorder<string>();
    const reloads = new Recorder<string>();
    const config = {
      root,
      base: '/',
      command: 'serve',
      logger: { info: (line: string) => logs.push(line), warn: (line: string) => logs.push(line), error: (line: string) => logs.push(`error ${line}`) },
    } as unknown as ResolvedConfig;
    const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
    const server = {
      watcher,
      ws: { send: (payload: { type: string }) => reloads.push(payload.type) },
      middlewares: { use: () => undefined },
    } as unknown as ViteDevServer;
    const plugin = verbatimContent({ contentDir });
    (plugin.configResolved as (c: ResolvedConfig) => void)(config);
    await (plugin.configureServer as (s: ViteDevServer) => Promise<void>)(server);
    const initial = await logs.nth(1);
    expect(initial).toMatch(/initial: \d+ articles written/);

    const story = path.join(contentDir, 'politics', (await readdir(path.join(contentDir, 'politics'))).find((f) => f.endsWith('.txt'))!);
    const paragraph = 'The harbour trust of Brannock Point will publish its accounts on the first Monday of spring.';
    const lines = (await readFile(story, 'utf8')).split('\n');
    lines.splice(lines.findIndex((l, i) => i > 3 && l.length > 60) + 1, 0, '', paragraph);
    await writeFile(story, lines.join('\n'));
    watcher.emit('change', story);

    expect(await reloads.nth(1)).toBe('full-reload');
    const visible = logs.seen.find((l) => l.includes('edit visible'));
    expect(visible).toContain(path.relative(contentDir, story));
    // At the first reload the story's own file already holds the new paragraph.
    const outDir = path.join(root, '.cache/verbatim/dev-data/articles');
    const files = await Promise.all((await readdir(outDir)).map((f) => readFile(path.join(outDir, f), 'utf8')));
    expect(files.filter((text) => text.includes(paragraph))).toHaveLength(1);

    expect(await reloads.nth(2)).toBe('full-reload');
    expect(logs.seen.at(-1)).toMatch(new RegExp(`${path.basename(story)}: \\d+ articles written`));
    expect(logs.seen.filter((l) => l.startsWith('error'))).toEqual([]);
  }, 60_000);
});
