/**
 * The whole pipeline over a content folder: list → (decode → parse → enrich, per file, cached by
 * content hash, in worker threads when many) → link → write. Keeps its caches between runs, so
 * the dev server rebuilds after an edit by processing only the changed file, linking from the last
 * link's state (related stories re-scored only where they can change) and serialising only what
 * changed; the output is the same as a cold build's (incremental.test.ts).
 *
 * The dev server rebuilds in two phases (devRebuild.ts): `edited(paths)` writes the edited stories' own
 * files from the last link's state in a fraction of a second ("the edit visible"), then `run()` brings the
 * rest of the archive to what a cold build writes ("the archive consistent").
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestReport, SiteSettings } from '../content/schema.ts';
import { readSiteFile } from './read/siteSettings.ts';
import { byCodeUnit, couldBeSource, listContent, relativeSource, type ContentListing } from './read/walk.ts';
import { readSource, readSources } from './read/readSource.ts';
import { processFile, type FileResult } from './processFile.ts';
import { MIN_FILES_FOR_WORKERS, runInWorkers, workerCount } from './pool.ts';
import { linkCollectionFrom, type LinkedCollection, type LinkState } from './link/index.ts';
import { rejectDuplicates } from './link/duplicates.ts';
import { renderOutput, type PageMemo } from './write/render.ts';
import { writeAtomically, writeFiles, type OutputHashes, type WriteStats } from './write/files.ts';
import { articleFile } from './write/render.ts';
import { linkEdited, peopleByName } from './link/edited.ts';
import type { Article, Person, Topic } from '../content/schema.ts';
import { contentHash } from './ids.ts';
import { checkOutDir, checkOverlap, lockOutDir } from './write/outDir.ts';
import type { EnrichedArticle } from './types.ts';
import { keepUnreadable, type KeptArticle } from './keepUnreadable.ts';
import { packArticle } from './packedBlocks.ts';

export interface IngestOptions {
  contentDir: string;
  outDir: string;
  /** Worker threads for cold runs; 0 processes everything in this thread. */
  workers?: number;
  /** Write into a non-empty folder that is not a Verbatim output (`--force`). */
  force?: boolean;
  /**
   * The last complete output, when it is not `outDir` (a site build writes a new folder, then swaps it in):
   * where articles of sources that cannot be read this time are kept from (keepUnreadable.ts).
   */
  previousOutDir?: string;
  /** Write `.br` and `.gz` copies beside the JSON files (the built site: hosts serve them as they are). */
  precompress?: boolean;
  /**
   * Keep what the next run needs to link and write incrementally (the dev server, default). A one-off run
   * (the CLI, a site build) says false: the per-article caches would only add to its peak memory.
   */
  rebuilds?: boolean;
  /**
   * Every change to the content folder is reported through `edited()` (the dev server's watcher). A run after
   * changes that were all edits of published stories then takes the last run's listing and stats only the
   * edited files, instead of listing and statting the whole folder (seconds at 100,000 files). Any other
   * change reported, or none trusted yet, and the run lists everything as usual.
   */
  changesReported?: boolean;
}

export interface IngestResult {
  report: IngestReport;
  /**
   * In a one-off run (`rebuilds: false`) each article's `blocks` hold only its first paragraph: the rest was
   * written to its file and let go (packedBlocks.ts). What a site build reads afterwards is all there.
   */
  collection: LinkedCollection;
  /** The collection's site.json over the defaults (site name, description, footer). */
  settings: SiteSettings;
  stats: WriteStats;
  timings: { listMs: number; processMs: number; linkMs: number; writeMs: number; totalMs: number };
  /** Resident memory (MB) after each stage: where a large archive's memory goes. */
  memoryMb: { listed: number; processed: number; linked: number; written: number };
  processed: number;
  cached: number;
  /** Articles whose source could not be read (permission, I/O …) and whose last published version was kept. */
  kept: KeptArticle[];
  /** Whether the link started from the last run's state, and how many stories' related lists were scored. */
  link: { mode: 'full' | 'incremental'; rescored: number; peopleReused: boolean };
}

/** The first phase of a dev rebuild (`Pipeline.edited`): the edited stories' files, or why it was not done. */
export type EditedResult =
  | { done: true; articles: Article[]; written: string[]; timings: { readMs: number; linkMs: number; writeMs: number; totalMs: number } }
  | { done: false; reason: string };

export class Pipeline {
  private readonly fileCache = new Map<string, FileResult>();
  /** Hash of every file the last run wrote: what the next run compares against. */
  private lastOutput: OutputHashes | undefined;
  private codeVersion: Promise<string> | undefined;
  /** Per source path: its size and times when last read, and the cache key its bytes had then. */
  private readonly keyByStamp = new Map<string, { stamp: string; key: string }>();
  /**
   * What the last successful link left for the next (link/index.ts), with the code version it was made
   * by. Dropped when a run fails or the code changes: the next link is then a full one.
   */
  private linkState: { state: LinkState; version: string; frozen: Frozen } | undefined;
  /** Person and topic page files as last rendered, with what they were made from (render.ts). */
  private readonly pageMemo: PageMemo = new Map();
  /** The source → id map of the manifest the last run wrote (files.ts, previousSources). */
  private lastSources: Readonly<Record<string, string>> | undefined;
  /** The last complete run's listing of the content folder (kept only with `changesReported`). */
  private lastListing: ContentListing | undefined;
  /**
   * Sources `edited()` took as edits of published stories since that listing; null once a change came that it
   * did not take (an addition, a removal, a file that is no source …): the next run lists the folder.
   */
  private editedSince: Set<string> | null = null;

  constructor(private readonly options: IngestOptions) {}

  /**
   * One run: refuses an out dir that overlaps the content folder or holds someone else's files, and holds
   * the out dir's lock while it writes (a second run at once fails with OutDirError naming the first).
   */
  async run(): Promise<IngestResult> {
    return (await this.runUnlessStale(() => false))!;
  }

  /**
   * A run that gives up, returning null, when `stale()` says so at one of its checkpoints (after reading and
   * parsing; after the link, before anything is written): the dev server asks for a new run when an edit
   * arrives during one. What a stopped run leaves is sound: its parses are cached, a link that completed
   * hands on its state, and the output and its remembered hashes are untouched.
   */
  async runUnlessStale(stale: () => boolean): Promise<IngestResult | null> {
    // The overlap check comes before the lock (taking it creates the folder); whose files the folder holds is
    // judged once the lock is ours: another run may be writing there right now, and its half-written output
    // (no manifest yet) is not someone else's files — that run is what a second one must be told about.
    await checkOverlap(this.options.contentDir, this.options.outDir);
    const release = await lockOutDir(this.options.outDir);
    try {
      await checkOutDir(this.options.contentDir, this.options.outDir, this.options.force || this.lastOutput !== undefined);
      return await this.runLocked(stale);
    } catch (error) {
      // A run that failed may have left its state half-updated and some files written: the next one links
      // from scratch and compares its output with the files on disk, not with what this run meant to write.
      this.linkState = undefined;
      this.lastOutput = undefined;
      this.pageMemo.clear();
      this.lastListing = undefined;
      this.lastSources = undefined;
      throw error;
    } finally {
      await release();
    }
  }

  /** Each source's stamp: the last run's, but stat'ed again for the edited ones (and any the last run had none for). */
  private async stampsAfter(sources: ContentListing['sources'], edited: ReadonlySet<string>): Promise<Array<string | undefined>> {
    const again = sources.filter((entry) => edited.has(entry.source) || !this.keyByStamp.has(entry.source));
    const fresh = await statSources(again);
    const stampOf = new Map(again.map((entry, i) => [entry.source, fresh[i]]));
    return sources.map((entry) => (stampOf.has(entry.source) ? stampOf.get(entry.source) : this.keyByStamp.get(entry.source)!.stamp));
  }

  /**
   * The first phase of a dev rebuild: given the files the watcher saw change, when each is an edit of a story
   * the last run published (no addition, removal or rejection; same headline, format and related lines),
   * parses only those, links them against the last link's state (linkEdited) and writes only their article
   * files. Nothing else is read, listed or written; the link state is left for the full run that follows
   * (which reuses these parses and overwrites whatever the full link decides differently). Otherwise
   * `{ done: false, reason }` and nothing is written: the full run alone does it.
   */
  async edited(paths: readonly string[]): Promise<EditedResult> {
    // Until edited() has taken a change as an edit of a published story, the next run may not trust its listing.
    const trusted = this.editedSince;
    this.editedSince = null;
    const result = await this.editedStories(paths);
    const changed = paths.map((p) => relativeSource(this.options.contentDir, path.resolve(p)));
    // A file beside the stories that is no source (an editor's swap file) belongs in the report's ignored
    // list: phase 1 is still used for the story, but the next run lists the folder again.
    if (result.done && trusted && changed.every(couldBeSource)) {
      for (const source of changed) trusted.add(source);
      this.editedSince = trusted;
    }
    return result;
  }

  private async editedStories(paths: readonly string[]): Promise<EditedResult> {
    const started = performance.now();
    const last = this.linkState;
    const output = this.lastOutput;
    if ((this.options.rebuilds ?? true) === false || this.options.precompress) return { done: false, reason: 'no rebuild caches kept (a one-off run, or an archive too large for the heap)' };
    if (!last || !output) return { done: false, reason: 'no complete run to start from' };
    const version = await (this.codeVersion ??= pipelineCodeVersion());
    if (last.version !== version) return { done: false, reason: 'the pipeline code changed' };
    const changed = [...new Set(paths.map((p) => relativeSource(this.options.contentDir, path.resolve(p))))].sort(byCodeUnit);
    if (changed.includes('site.json')) return { done: false, reason: 'site.json changed (names and sections of every story)' };
    // An editor's swap and backup files (".story.txt.swp", "story.txt~") change only the report's list of
    // ignored files: the full run that follows sees to that, and they hold up no story's page.
    const sources = changed.filter(couldBeSource);
    if (sources.length === 0) return { done: false, reason: 'no story among the changed files' };
    const edits: Array<{ source: string; result: FileResult }> = [];
    for (const source of sources) {
      const id = last.frozen.idBySource.get(source);
      if (id === undefined) return { done: false, reason: `${source} is not a published story (an addition, or not a source)` };
      const read = await readSource(path.join(this.options.contentDir, source));
      if (!read.ok) return { done: false, reason: `${source} could not be read (${read.reason})` };
      const key = fileCacheKey(version, source, read.bytes);
      let result = this.fileCache.get(key);
      if (!result) this.fileCache.set(key, (result = processFile(source, read.bytes)));
      if (result.kind !== 'article') return { done: false, reason: `${source} is no longer a story (${result.reason})` };
      edits.push({ source, result });
    }
    const read = performance.now();
    const byName = peopleByName(last.frozen.people);
    const articles: Article[] = [];
    for (const { source, result } of edits) {
      if (result.kind !== 'article') continue;
      const before = last.state.articles.get(last.frozen.idBySource.get(source)!);
      if (!before) return { done: false, reason: `${source} was not linked last time` };
      if (before.from === result.article) continue;
      const linked = linkEdited(result.article, before, byName);
      if (!linked.ok) return { done: false, reason: `${source}: ${linked.reason}` };
      articles.push(linked.article);
    }
    const linkedAt = performance.now();
    const written: string[] = [];
    if (articles.length > 0) {
      const release = await lockOutDir(this.options.outDir);
      try {
        const peopleById = new Map(last.frozen.people.map((p) => [p.id, p]));
        const topicsById = new Map(last.frozen.topics.map((t) => [t.id, t]));
        for (const article of articles) {
          const [file, text, hash] = articleFile(article, peopleById, topicsById);
          if (output.get(file) === hash) continue;
          await writeAtomically(path.join(this.options.outDir, file), text);
          // The next run compares with what is on disk now: a file this phase wrote is rewritten by the full
          // run whenever its own rendering differs (and only then).
          output.set(file, hash);
          written.push(file);
        }
      } finally {
        await release();
      }
    }
    const done = performance.now();
    return {
      done: true,
      articles,
      written,
      timings: { readMs: read - started, linkMs: linkedAt - read, writeMs: done - linkedAt, totalMs: done - started },
    };
  }

  private async runLocked(stale: () => boolean): Promise<IngestResult | null> {
    const started = performance.now();
    const edits = this.options.changesReported && this.lastListing ? this.editedSince : null;
    const listing = edits && this.lastListing ? this.lastListing : await listContent(this.options.contentDir);
    const { sources, failed } = listing;
    const ignored = [...listing.ignored];
    // Read first: a broken settings file stops the run before any work is done.
    const { settings, sections: sectionNames } = await readSiteFile(this.options.contentDir);
    const version = await (this.codeVersion ??= pipelineCodeVersion());
    // A file whose size and times are those of the last run is not read again (as make and rsync
    // decide): at 100,000 files, re-reading and re-hashing everything is seconds of a rebuild.
    // Only the edited files, when every change since the last listing was reported as an edit (changesReported).
    const stamps = edits ? await this.stampsAfter(sources, edits) : await statSources(sources);
    const unchanged: Array<{ source: string; key: string }> = [];
    const toRead = sources.filter((entry, i) => {
      const known = this.keyByStamp.get(entry.source);
      const stamp = stamps[i];
      if (stamp && known?.stamp === stamp && this.fileCache.has(known.key)) {
        unchanged.push({ source: entry.source, key: known.key });
        return false;
      }
      return true;
    });
    // Reading never throws: a file that vanished or cannot be read becomes a rejection, not a crash.
    const loaded = await readSources(toRead);
    const unreadable = [...failed, ...loaded.flatMap((l) => (l.ok ? [] : [{ source: l.source, reason: l.reason, ...(l.code ? { code: l.code } : {}) }]))];
    const read = loaded.flatMap((l) =>
      l.ok ? [{ source: l.source, bytes: l.bytes, key: fileCacheKey(version, l.source, l.bytes) }] : [],
    );
    const stampOf = new Map(sources.map((entry, i) => [entry.source, stamps[i]]));
    this.keyByStamp.clear();
    for (const f of [...unchanged, ...read]) {
      const stamp = stampOf.get(f.source);
      if (stamp) this.keyByStamp.set(f.source, { stamp, key: f.key });
    }
    const files = [...unchanged, ...read.map(({ source, key }) => ({ source, key }))];
    const listed = performance.now();
    const listedMb = residentMb();

    const misses = read.filter((f) => !this.fileCache.has(f.key));
    // Only the files to process keep their bytes, and only until they are processed (or, in workers, sent):
    // the jobs hold the only reference to them.
    read.length = 0;
    loaded.length = 0;
    const keys = misses.map((f) => f.key);
    const jobs = misses.map(({ source, bytes }) => ({ source, bytes }));
    misses.length = 0;
    const threads = this.options.workers ?? workerCount();
    const remember = this.options.rebuilds ?? true;
    // A one-off run holds each story's body as bytes until its file is written (packedBlocks.ts); the dev
    // server keeps objects, which its rebuilds compare and reuse.
    const pack = !remember;
    const fresh = jobs.length >= MIN_FILES_FOR_WORKERS && threads > 0 ? await runInWorkers(jobs, threads, { pack }) : processHere(jobs, pack);
    jobs.length = 0;
    keys.forEach((key, i) => this.fileCache.set(key, fresh[i]!));
    // The cache holds them from here (and, in a one-off run, lets them go after the link).
    fresh.length = 0;
    const processedCount = keys.length;
    const live = new Set(files.map((f) => f.key));
    for (const key of this.fileCache.keys()) if (!live.has(key)) this.fileCache.delete(key);
    const results = rejectDuplicates(
      [
        ...files.map((f) => this.fileCache.get(f.key)!),
        ...unreadable.map((u): FileResult => ({ kind: 'rejected', source: u.source, reason: u.reason, warnings: [] })),
      ].sort((a, b) => byCodeUnit(a.source, b.source)),
    );
    const processed = performance.now();
    const processedMb = residentMb();
    if (remember && stale()) return null;

    const report = buildReport(results, ignored);
    const enriched = results.flatMap((r): EnrichedArticle[] => (r.kind === 'article' ? [r.article] : []));
    const previousLink = this.linkState?.version === version ? this.linkState.state : undefined;
    // Taken before the link uses it: only a run that completes hands its state on.
    this.linkState = undefined;
    const link = linkCollectionFrom(enriched, { sectionNames, remember, consume: !remember }, previousLink);
    const collection = link.collection;
    const frozen = (): Frozen => ({
      idBySource: new Map(collection.articles.map((a) => [a.source, a.id])),
      people: collection.people,
      topics: collection.topics,
    });
    if (remember && stale()) {
      // The link is sound whatever is on disk; the write's memory (lastOutput, pageMemo) still is what is there.
      if (link.state) this.linkState = { state: link.state, version, frozen: frozen() };
      return null;
    }
    if (!remember) {
      // A one-off run: the enriched articles are not needed past the link (the linked ones hold what is
      // written), and keeping them through the write stage is a third of its memory at 100,000 stories.
      enriched.length = 0;
      results.length = 0;
      this.fileCache.clear();
      this.keyByStamp.clear();
    }
    // A source that could not be read for a passing reason keeps its last published article (with a warning).
    const kept = await keepUnreadable(this.options.previousOutDir ?? this.options.outDir, unreadable, collection);
    for (const k of kept) {
      report.warnings.push({ source: k.source, line: null, message: `could not be read (${k.reason}): its last published version is kept` });
    }
    const linked = performance.now();
    const linkedMb = residentMb();

    const idBySource = Object.fromEntries(collection.articles.map((a) => [a.source, a.id]));
    const { stats, hashes } = await writeFiles(
      this.options.outDir,
      // A memo's unchanged files carry no text, so no compressed copies could be made of them: a run that
      // precompresses (a site build, a one-off run) renders every file.
      renderOutput(collection, report, this.lastOutput, remember && !this.options.precompress ? this.pageMemo : undefined),
      this.lastOutput,
      idBySource,
      { precompress: this.options.precompress, ...(this.lastOutput && this.lastSources ? { previousSources: this.lastSources } : {}) },
    );
    this.lastOutput = hashes;
    this.lastSources = remember ? idBySource : undefined;
    if (link.state && remember) this.linkState = { state: link.state, version, frozen: frozen() };
    if (this.options.changesReported && failed.length === 0) {
      // A folder that could not be listed is listed again next time, whatever is reported.
      this.lastListing = listing;
      this.editedSince = new Set();
    } else {
      this.lastListing = undefined;
      this.editedSince = null;
    }
    const written = performance.now();

    return {
      report,
      collection,
      settings,
      stats,
      processed: processedCount,
      cached: files.length - processedCount,
      kept,
      link: { mode: link.mode, rescored: link.rescored, peopleReused: link.peopleReused },
      memoryMb: { listed: listedMb, processed: processedMb, linked: linkedMb, written: residentMb() },
      timings: {
        listMs: listed - started,
        processMs: processed - listed,
        linkMs: linked - processed,
        writeMs: written - linked,
        totalMs: written - started,
      },
    };
  }
}

/** What the first phase of a rebuild links an edited story with, besides the link state: the last link's result. */
interface Frozen {
  idBySource: Map<string, string>;
  people: Person[];
  topics: Topic[];
}

/** A file's parse and enrich result is reused while the pipeline's code, its path and its bytes are the same. */
function fileCacheKey(version: string, source: string, bytes: Uint8Array): string {
  return contentHash(`${version}\0${source}\0${contentHash(bytes)}`);
}

const STAT_CONCURRENCY = 64;

/** Processes the jobs in this thread, letting each job's bytes go once it is done (`pack`: see runInWorkers). */
function processHere(jobs: Array<{ source: string; bytes: Uint8Array }>, pack: boolean): FileResult[] {
  return jobs.map((job, i) => {
    const result = processFile(job.source, job.bytes);
    jobs[i] = { source: job.source, bytes: new Uint8Array(0) };
    return pack && result.kind === 'article' ? { ...result, article: packArticle(result.article) } : result;
  });
}

function residentMb(): number {
  return Math.round(process.memoryUsage.rss() / 1e6);
}

/** Size, modification and change time of each source (undefined where stat fails: that file is read). */
async function statSources(sources: ReadonlyArray<{ absolute: string }>): Promise<Array<string | undefined>> {
  const stamps: Array<string | undefined> = new Array(sources.length);
  let next = 0;
  const lane = async () => {
    while (next < sources.length) {
      const i = next++;
      const info = await stat(sources[i]!.absolute, { bigint: true }).catch(() => undefined);
      stamps[i] = info?.isFile() ? `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}` : undefined;
    }
  };
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, sources.length) }, lane));
  return stamps;
}

export function buildReport(results: FileResult[], ignored: IngestReport['ignored']): IngestReport {
  const report: IngestReport = { read: results.length, written: 0, rejected: [], ignored, warnings: [] };
  for (const result of results) {
    if (result.kind === 'article') report.written++;
    else report.rejected.push({ source: result.source, reason: result.reason });
    for (const w of result.warnings) report.warnings.push({ source: result.source, line: w.line, message: w.message });
  }
  return report;
}

/**
 * A hash of the pipeline's own source, so cached per-file results are dropped when the code that
 * produced them changes.
 */
async function pipelineCodeVersion(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // features/article holds the date rules the parser shares with the app (formatDates.ts).
  const roots = [here, path.join(here, '..', 'content'), path.join(here, '..', 'features', 'article')];
  const parts: string[] = [];
  for (const root of roots) {
    const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const file of files) parts.push(file.slice(root.length), await readFile(file, 'utf8'));
  }
  return contentHash(parts.join('\0'));
}
