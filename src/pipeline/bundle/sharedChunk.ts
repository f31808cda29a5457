/**
 * Which modules of the browser build go in the `shared` chunk (vite.config.ts, rolldown `codeSplitting`).
 * Every first visit loads, besides React DOM and the entry: the app's start (`src/app/start.tsx`: router,
 * layout, query client) and the code three or more chunks use (React Router, TanStack Query, the app's
 * shared components). In one file they compress as one text, ~0.7 KB gzip less than as two
 * (docs/performance.md, "JS on first visit"). Code that only one or two pages use stays with them, and
 * nothing the entry itself imports moves: the entry runs before the first paint and must not wait for the
 * rest.
 *
 * Which chunks use a module is read from the import graph: a chunk starts at the entry or at a dynamically
 * imported module and holds what it imports statically. A package's index (a "barrel" that only re-exports,
 * like `@tanstack/react-query`'s) would make every module behind it look used by whoever imports the
 * package; through a barrel, a module counts as used only by importers that name one of its exports.
 */
import type { Plugin } from 'vite';

/** The part of rolldown's module info this reads. */
export interface GraphModule {
  code: string | null;
  exports: readonly string[];
  importers: readonly string[];
  dynamicImporters: readonly string[];
  isEntry: boolean;
}

export interface ModuleGraph {
  getModuleInfo(id: string): GraphModule | null;
}

export interface SharedChunkRule {
  /** Modules that may be shared when enough chunks use them (libraries and the app's shared folders). */
  shareable: RegExp;
  /** How many chunks must use a shareable module for it to be shared. */
  minShareCount: number;
  /** The module the entry loads to start the app: every page loads it, so all it uses is shared. */
  start: RegExp;
}

/**
 * A `name` function for a rolldown code-splitting group: `'shared'` for a module the rule puts there,
 * `null` for the others (they stay where rolldown puts them).
 */
export function sharedChunkName(rule: SharedChunkRule): (id: string, graph: ModuleGraph) => 'shared' | null {
  let lastGraph: ModuleGraph | null = null;
  let memo = new Map<string, ReadonlySet<string>>();
  return (id, graph) => {
    // One chunking pass reads one graph; a new build (watch mode) starts afresh.
    if (graph !== lastGraph) {
      lastGraph = graph;
      memo = new Map();
    }
    if (rule.start.test(id)) return null;
    let starts = memo.get(id);
    if (!starts) memo.set(id, (starts = chunksUsing(id, graph)));
    const list = [...starts];
    if (list.some((start) => graph.getModuleInfo(start)?.isEntry)) return null;
    if (list.some((start) => rule.start.test(start))) return 'shared';
    return rule.shareable.test(id) && list.length >= rule.minShareCount ? 'shared' : null;
  };
}

/** The chunk starts (the entry, dynamically imported modules) whose static imports use `id`. */
export function chunksUsing(id: string, graph: ModuleGraph): ReadonlySet<string> {
  const starts = new Set<string>();
  // Modules reached from `id` by going up to importers. `names` is set from a barrel up: the exports of
  // the module below the barrel, one of which a module above must name to be using it.
  const queue: Array<{ module: string; names: readonly string[] | null }> = [{ module: id, names: null }];
  const seen = new Set<string>();
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { module, names } = next;
    const key = `${module}\0${names?.join(',') ?? ''}`;
    const info = graph.getModuleInfo(module);
    if (seen.has(key) || !info) continue;
    seen.add(key);
    const barrel = isBarrel(info.code);
    if (!barrel && names && !names.some((name) => namesWord(info.code, name))) continue;
    if (info.isEntry || info.dynamicImporters.length > 0) starts.add(module);
    for (const importer of info.importers) {
      const intoBarrel = isBarrel(graph.getModuleInfo(importer)?.code ?? null);
      queue.push({ module: importer, names: barrel ? (names ?? info.exports) : intoBarrel ? info.exports : null });
    }
  }
  return starts;
}

/** Import and export statements (one or many lines) and what may stand around them in a barrel. */
const REEXPORT_PARTS = [
  /\/\*[\s\S]*?\*\//g,
  /\/\/[^\n]*/g,
  /^\s*["']use \w+["'];?/gm,
  /\b(?:import|export)\s*(?:type\s*)?(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\}|[\w$]+(?:\s*,\s*\{[^}]*\})?)?\s*(?:from\s*)?(?:"[^"]*"|'[^']*')?\s*;?/g,
];

/** Whether a module's code only imports and re-exports (a package's index). */
export function isBarrel(code: string | null): boolean {
  if (!code) return false;
  const rest = REEXPORT_PARTS.reduce((text, part) => text.replace(part, ''), code);
  return rest.trim() === '' && /\bexport\b/.test(code);
}

/** Whether `code` names `name` as a whole word. */
function namesWord(code: string | null, name: string): boolean {
  return code !== null && new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(code);
}

/** What `entryStandsAlone` reads of an output chunk. */
export interface OutputChunkInfo {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  imports?: readonly string[];
}

/**
 * The files an entry chunk imports statically, which the browser must fetch and run before the entry
 * runs. The app's entry runs first (before the first paint) and loads the rest itself, so this is empty;
 * `checkEntryStandsAlone` fails the build otherwise (a chunking change that made the first paint's
 * script wait for the app).
 */
export function entryImports(bundle: Record<string, OutputChunkInfo>): string[] {
  return Object.values(bundle).flatMap((chunk) => (chunk.type === 'chunk' && chunk.isEntry ? (chunk.imports ?? []).map((file) => `${chunk.fileName} → ${file}`) : []));
}

export function checkEntryStandsAlone(): Plugin {
  return {
    name: 'verbatim-entry-stands-alone',
    apply: 'build',
    generateBundle(_options, bundle) {
      const imports = entryImports(bundle as unknown as Record<string, OutputChunkInfo>);
      if (imports.length > 0) this.error(`The entry chunk imports other chunks statically (src/pipeline/bundle/sharedChunk.ts): ${imports.join(', ')}`);
    },
  };
}
