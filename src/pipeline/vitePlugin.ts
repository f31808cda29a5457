/**
 * Vite plugin: runs the content pipeline for `vite dev` (watching the content folder and
 * rebuilding what changed) and for `vite build` (writing the data next to the built app).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import type { Plugin, ResolvedConfig } from 'vite';
import { Pipeline, type IngestResult } from './ingest.ts';
import { DevRebuilder } from './devRebuild.ts';
import { checkOutDir } from './write/outDir.ts';
import { checkReplaceable, discardBuild, nextDirFor, recoverSite, swapIntoPlace } from './write/siteSwap.ts';
import { devData, previewRoutes, precompressedFiles } from './serveMiddleware.ts';
import { readSiteSettings } from './read/siteSettings.ts';
import { siteSettingsMeta } from '../content/siteSettings.ts';
import { escapeHtml } from './write/prerender.ts';
import { inlineEntryCss } from './bundle/inlineEntryCss.ts';
import { listContent } from './read/walk.ts';
import { devMemoryPlan } from './devMemory.ts';

export interface VerbatimPluginOptions {
  /** The folder of source pages. */
  contentDir: string;
  /** Runs after the data is written in a build (pre-rendering pages, sitemap …). */
  afterBuild?: (context: { outDir: string; dataDir: string; result: IngestResult; config: ResolvedConfig }) => Promise<void>;
}

const DEV_DATA_DIR = '.cache/verbatim/dev-data';

/**
 * The built site runs only its own scripts and styles and talks only to its own origin: article
 * text is data, and even if markup slipped through, nothing inline or foreign would run. The entry
 * stylesheet is inlined in each page (bundle/inlineEntryCss.ts) and allowed by its hash, not by
 * 'unsafe-inline'.
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The basic slices (scripts/fonts/slices.ts: ASCII and news punctuation, 7–12 KB each) of the faces every
 * first screen uses; scripts/fonts/fonts.test.ts checks this list against the slices marked `preload`.
 */
export const PRELOADED_FONTS = ['source-serif-4-basic-400-normal-', 'source-serif-4-basic-700-normal-', 'source-sans-3-basic-400-normal-', 'source-sans-3-basic-700-normal-'];

export function verbatimContent(options: VerbatimPluginOptions): Plugin {
  let config: ResolvedConfig;
  const contentDir = path.resolve(options.contentDir);
  /** A build writes into `next` and swaps it into `final` only once complete (siteSwap.ts). */
  let swap: { final: string; next: string; complete: boolean } | undefined;

  return {
    name: 'verbatim-content',
    config(user, env) {
      if (env.command !== 'build' || env.isPreview || user.build?.watch) return;
      const root = path.resolve(user.root ?? process.cwd());
      const final = path.resolve(root, user.build?.outDir ?? 'dist');
      swap = { final, next: nextDirFor(final), complete: false };
      // Vite empties its outDir first: that is now the build's own new folder, never the last good site.
      return { build: { outDir: swap.next, emptyOutDir: true } };
    },
    configResolved(resolved) {
      config = resolved;
    },

    async configureServer(server) {
      const outDir = path.resolve(config.root, DEV_DATA_DIR);
      // The rebuild caches only when they fit this process's heap (devMemory.ts): a dev server out of heap dies.
      // A missing content folder counts as empty here; the first run reports it.
      const { sources } = await listContent(contentDir).catch(() => ({ sources: [] }));
      const plan = devMemoryPlan(sources.length, await estimatedTotalSize(sources), getHeapStatistics().heap_size_limit);
      if (plan.message) config.logger.warn(`[verbatim] ${plan.message}`, { timestamp: true });
      // Every change reaches the pipeline through the watcher below (edited()), so a rebuild after edits of
      // published stories need not list the whole folder again (ingest.ts, changesReported).
      const pipeline = new Pipeline({ contentDir, outDir, rebuilds: plan.rebuilds, changesReported: true });
      const log = (line: string) => config.logger.info(`[verbatim] ${line}`, { timestamp: true });
      // Two phases per edit (devRebuild.ts): the edited story's page first, then the rest of the archive. The
      // page is reloaded after each: after phase 1 it shows the edit, after phase 2 everything it links to
      // (related lists, people, topics, search, lists) agrees with a cold build.
      const rebuilder = new DevRebuilder(pipeline, {
        visible: (result, paths) => {
          log(`${paths.map((p) => path.relative(contentDir, p)).join(', ')}: edit visible (${result.written.length} files) in ${Math.round(result.timings.totalMs)} ms; the rest of the archive follows`);
          server.ws.send({ type: 'full-reload' });
        },
        skipped: (reason) => log(`full rebuild: ${reason}`),
        consistent: (result, why) => {
          logResult(result, config, why);
          if (why !== 'initial') server.ws.send({ type: 'full-reload' });
        },
        failed: (error, phase) => config.logger.error(`[verbatim] rebuild (phase ${phase}) failed: ${error instanceof Error ? error.message : String(error)}`),
      });
      rebuilder.start();
      let timer: NodeJS.Timeout | undefined;
      const burst = new Set<string>();
      server.watcher.add(contentDir);
      const onChange = (file: string) => {
        const absolute = path.resolve(file);
        if (!absolute.startsWith(contentDir + path.sep)) return;
        burst.add(absolute);
        clearTimeout(timer);
        // Editors write in bursts: wait for the burst to end, then rebuild once.
        timer = setTimeout(() => {
          const paths = [...burst];
          burst.clear();
          rebuilder.changed(paths, paths.map((p) => path.relative(contentDir, p)).join(', '));
        }, 80);
      };
      // Folders too: a folder added or removed is no edit of a story, so the next run lists everything.
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange).on('addDir', onChange).on('unlinkDir', onChange);
      server.middlewares.use(devData(config.base, outDir, () => rebuilder.ready()));
    },

    // `vite preview` (what `npm start` serves): each route's own pre-rendered page, a 404 for a missing
    // file, a 400 for a malformed address (serveMiddleware.ts).
    configurePreviewServer(server) {
      const built = path.resolve(config.root, config.build.outDir);
      server.middlewares.use(precompressedFiles(built, config.base));
      server.middlewares.use(previewRoutes(built, config.base));
    },

    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        // The collection's name, description and footer, for the app to read at start (no request, no
        // flash of a default name) and for the pre-rendered pages, which start from this file.
        const settings = await readSiteSettings(contentDir);
        html = html
          .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(settings.name)}</title>`)
          .replace(/<meta name="description" content="[^"]*"/, () => `<meta name="description" content="${escapeHtml(settings.description)}"`)
          .replace(/<noscript>[^<]*<\/noscript>/, () => `<noscript>${escapeHtml(settings.name)} needs JavaScript to show the stories.</noscript>`)
          .replace('</head>', () => `  ${siteSettingsMeta(settings)}\n  </head>`);
        // CSP only in the built site: the dev server injects inline scripts of its own (hot reload).
        if (config.command !== 'build') return html;
        // The faces every page's first screen uses, preloaded so that they are usually in before the first
        // paint and the swap from the metric-matched fallback (fonts.css) moves nothing.
        const fonts = Object.keys(context.bundle ?? {}).filter((file) => PRELOADED_FONTS.some((face) => path.basename(file).startsWith(face)));
        const preloads = fonts.map((file) => `<link rel="preload" href="${config.base}${file}" as="font" type="font/woff2" crossorigin>`).join('\n    ');
        if (preloads) html = html.replace('</head>', () => `  ${preloads}\n  </head>`);
        // The entry stylesheet into the head: the first paint then needs the HTML alone.
        const stylesheets = new Map<string, string>();
        for (const [file, output] of Object.entries(context.bundle ?? {})) {
          if (output.type === 'asset' && file.endsWith('.css')) {
            stylesheets.set(file, typeof output.source === 'string' ? output.source : Buffer.from(output.source).toString('utf8'));
          }
        }
        const inlined = inlineEntryCss(html, stylesheets, config.base);
        html = inlined.html;
        const csp = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlined.styleHashes)}" />`;
        // After the charset declaration, which must come first.
        return /<meta charset[^>]*>/i.test(html)
          ? html.replace(/<meta charset[^>]*>/i, (charset) => `${charset}\n    ${csp}`)
          : html.replace('<head>', (head) => `${head}\n    ${csp}`);
      },
    },

    // `--outDir content` would replace the sources with the site, and `--outDir` at someone else's folder
    // would remove their files in the swap. Refuse both before anything is written.
    async buildStart() {
      if (config.command !== 'build') return;
      await checkOutDir(contentDir, path.resolve(config.root, config.build.outDir), true);
      if (!swap) return;
      await checkOutDir(contentDir, swap.final, true);
      await recoverSite(swap.final);
      await checkReplaceable(swap.final);
    },

    async writeBundle() {
      if (config.command !== 'build') return;
      const outDir = path.resolve(config.root, config.build.outDir);
      const dataDir = path.join(outDir, 'data');
      // Sources that cannot be read this time keep their article from the site being replaced.
      const previousOutDir = swap ? path.join(swap.final, 'data') : undefined;
      const result = await runAndLog(new Pipeline({ contentDir, outDir: dataDir, ...(previousOutDir ? { previousOutDir } : {}), precompress: true, rebuilds: false }), config, 'build');
      for (const k of result.kept) config.logger.warn(`[verbatim] ${k.source} could not be read (${k.reason}): its last published version is kept`);
      await options.afterBuild?.({ outDir, dataDir, result, config });
      if (swap) swap.complete = true;
    },

    // A build phase that throws never reaches closeBundle: remove what it may have started.
    async buildEnd(error) {
      if (error && swap) await discardBuild(swap.next);
    },

    // Called after the output is written, and also when writing failed: only a complete build is swapped in.
    async closeBundle() {
      if (!swap) return;
      if (!swap.complete) {
        await discardBuild(swap.next);
        return;
      }
      await swapIntoPlace(swap.next, swap.final);
      config.logger.info(`[verbatim] site complete: ${path.relative(config.root, swap.final) || swap.final}`, { timestamp: true });
    },
  };
}

async function runAndLog(pipeline: Pipeline, config: ResolvedConfig, why: string): Promise<IngestResult> {
  const result = await pipeline.run();
  logResult(result, config, why);
  return result;
}

/**
 * The sources' total size, estimated from an evenly spaced sample of at most 500 of them: the first run
 * stats every source anyway, and doing it twice at start-up costs seconds on a 100k archive while the
 * memory estimate only needs the mean size. (A file that cannot be stat'ed counts nothing: the run reports it.)
 */
async function estimatedTotalSize(sources: ReadonlyArray<{ absolute: string }>): Promise<number> {
  if (sources.length === 0) return 0;
  const step = Math.max(1, sources.length / 500);
  const sample: Array<{ absolute: string }> = [];
  for (let i = 0; i < sources.length; i += step) sample.push(sources[Math.floor(i)]!);
  const sizes = await Promise.all(sample.map((s) => stat(s.absolute).then((info) => info.size, () => 0)));
  return (sizes.reduce((a, b) => a + b, 0) / sample.length) * sources.length;
}

function logResult(result: IngestResult, config: ResolvedConfig, why: string): void {
  const { report, timings } = result;
  config.logger.info(
    `[verbatim] ${why}: ${report.written} articles written, ${report.rejected.length} rejected, ` +
      `${result.processed} processed, ${result.cached} cached in ${Math.round(timings.totalMs)} ms`,
    { timestamp: true },
  );
}
