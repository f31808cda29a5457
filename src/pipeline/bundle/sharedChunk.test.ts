import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reactRouterProductionEntry } from './reactRouterBuild';
import { entryImports, isBarrel, sharedChunkName, type GraphModule, type ModuleGraph } from './sharedChunk';

interface Node {
  code?: string;
  exports?: string[];
  imports?: string[];
  dynamic?: string[];
  entry?: boolean;
}

/** A module graph from `id → what it imports`, with importers worked out as rolldown reports them. */
function graphOf(nodes: Record<string, Node>): ModuleGraph {
  const infos = new Map<string, GraphModule>();
  for (const [id, node] of Object.entries(nodes)) {
    infos.set(id, { code: node.code ?? `export const ${id.replace(/\W/g, '_')} = 1;`, exports: node.exports ?? [], importers: [], dynamicImporters: [], isEntry: node.entry === true });
  }
  for (const [id, node] of Object.entries(nodes)) {
    for (const target of node.imports ?? []) (infos.get(target)!.importers as string[]).push(id);
    for (const target of node.dynamic ?? []) (infos.get(target)!.dynamicImporters as string[]).push(id);
  }
  return { getModuleInfo: (id) => infos.get(id) ?? null };
}

const rule = { shareable: /^lib\/|^shared\//, minShareCount: 3, start: /^app\/start$/ };

/** The app's shape: an entry that starts the app and three pages, each a dynamic import. */
const app: Record<string, Node> = {
  'index.html': { entry: true, imports: ['app/main'] },
  'app/main': { imports: ['app/loadFailure'], dynamic: ['app/start'] },
  'app/loadFailure': {},
  'app/start': { imports: ['app/router', 'app/loadFailure'], dynamic: ['pages/a', 'pages/b', 'pages/c'] },
  'app/router': { imports: ['lib/router', 'shared/layout'] },
  'lib/router': {},
  'shared/layout': {},
  'shared/card': {},
  'shared/badge': {},
  'pages/a': { imports: ['shared/card', 'shared/badge', 'lib/router'] },
  'pages/b': { imports: ['shared/card', 'shared/badge', 'pages/a-helper'] },
  'pages/c': { imports: ['shared/card', 'pages/a-helper'] },
  'pages/a-helper': {},
};

describe('sharedChunkName', () => {
  const sharedOf = (nodes: Record<string, Node>) => {
    const name = sharedChunkName(rule);
    const graph = graphOf(nodes);
    return Object.keys(nodes).filter((id) => name(id, graph) === 'shared');
  };

  it('shares all the start uses and what three chunks use, but never what the entry uses', () => {
    expect(sharedOf(app).sort()).toEqual(['app/router', 'lib/router', 'shared/card', 'shared/layout']);
  });

  it('leaves out code fewer chunks use, or that is not in a shareable place', () => {
    const shared = sharedOf(app);
    // Two pages use the badge; three use the helper, which is a page's own code.
    expect(shared).not.toContain('shared/badge');
    expect(shared).not.toContain('pages/a-helper');
    expect(shared).not.toContain('app/start');
    expect(shared).not.toContain('app/loadFailure');
  });

  it('counts a module behind a package index only for importers that name one of its exports', () => {
    const barrel = 'import { useOne } from "./one.js";\nimport { useMany } from "./many.js";\nexport * from "lib/core";\nexport { useOne, useMany };';
    const withBarrel: Record<string, Node> = {
      ...app,
      'app/router': { imports: ['lib/index'], code: 'import { useOne } from "lib"; useOne();' },
      'lib/index': { imports: ['lib/one', 'lib/many'], code: barrel, exports: ['useOne', 'useMany'] },
      'lib/one': { exports: ['useOne'] },
      'lib/many': { exports: ['useMany'] },
      'pages/a': { imports: ['lib/index'], code: 'import { useOne } from "lib";' },
      'pages/b': { imports: ['lib/index'], code: 'import { useOne, useMany } from "lib";' },
      'pages/c': { imports: ['lib/index'], code: 'import { useOne } from "lib";' },
    };
    const shared = sharedOf(withBarrel);
    expect(shared).toContain('lib/one');
    // Every page imports the package, but only one uses useMany: it stays with that page.
    expect(shared).not.toContain('lib/many');
  });
});

describe('isBarrel', () => {
  const require = createRequire(import.meta.url);
  const read = (file: string) => readFileSync(file, 'utf8');
  const packageFile = (name: string, ...parts: string[]) => path.join(path.dirname(require.resolve(`${name}/package.json`)), ...parts);

  it('knows the packages’ indexes the app imports from', () => {
    expect(isBarrel(read(packageFile('@tanstack/react-query', 'build', 'modern', 'index.js')))).toBe(true);
    expect(isBarrel(read(packageFile('@tanstack/query-core', 'build', 'modern', 'index.js')))).toBe(true);
    expect(isBarrel(read(reactRouterProductionEntry(process.cwd())))).toBe(true);
  });

  it('does not take a module with code of its own for one', () => {
    expect(isBarrel(read(packageFile('@tanstack/query-core', 'build', 'modern', 'query.js')))).toBe(false);
    expect(isBarrel('import { a } from "./a.js";\nexport const b = a + 1;')).toBe(false);
    expect(isBarrel('export { a } from "./a.js";\nconsole.log("loaded");')).toBe(false);
    expect(isBarrel(null)).toBe(false);
  });
});

describe('entryImports', () => {
  it('names each chunk an entry chunk imports statically, and nothing for an entry that stands alone', () => {
    const alone = {
      'assets/index.js': { type: 'chunk' as const, fileName: 'assets/index.js', isEntry: true, imports: [] },
      'assets/shared.js': { type: 'chunk' as const, fileName: 'assets/shared.js', isEntry: false, imports: ['assets/index.js'] },
      'assets/index.css': { type: 'asset' as const, fileName: 'assets/index.css' },
    };
    expect(entryImports(alone)).toEqual([]);
    const waiting = { ...alone, 'assets/index.js': { ...alone['assets/index.js'], imports: ['assets/shared.js'] } };
    expect(entryImports(waiting)).toEqual(['assets/index.js → assets/shared.js']);
  });
});
