import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { reactRouterProductionEntry, SHORT_MESSAGE, treeShakableReactRouter, withShortMessages, type SyntaxNode } from './reactRouterBuild';

const productionDir = path.dirname(reactRouterProductionEntry(process.cwd()));
/** React Router's production module files, as the browser build reads them. */
const productionFiles = ['index.mjs', ...[...readFileSync(reactRouterProductionEntry(process.cwd()), 'utf8').matchAll(/from "\.\/([\w-]+\.mjs)"/g)].map((m) => m[1]!)];
const shorten = (code: string) => withShortMessages(code, parseAst(code) as unknown as SyntaxNode);

describe('treeShakableReactRouter', () => {
  it('writes a class’s contextType into the class, so the class alone can be dropped', () => {
    const code = ['var Boundary = class extends React2.Component {', '  render() {}', '};', 'Boundary.contextType = SomeContext;', 'var other = 1;'].join('\n');
    const out = treeShakableReactRouter(code);
    expect(out).not.toMatch(/^Boundary\.contextType/m);
    expect(out).toContain('var Boundary = class extends React2.Component {\n  static contextType = SomeContext;\n  render() {}');
    // The class still gets the same property when it is made.
    const React2 = { Component: class {} };
    const made = new Function('React2', 'SomeContext', `${out}\nreturn Boundary;`)(React2, 'ctx') as { contextType: unknown };
    expect(made.contextType).toBe('ctx');
  });

  it('leaves no top-level contextType write in React Router’s production files', () => {
    for (const file of productionFiles) {
      const out = treeShakableReactRouter(readFileSync(path.join(productionDir, file), 'utf8'));
      expect(out, file).not.toMatch(/^[\w$]+\.contextType = /m);
      expect(out, file).not.toMatch(/^[\w$]+\.displayName = /m);
    }
  });
});

describe('withShortMessages', () => {
  it('replaces the message of each check, and keeps the check', () => {
    const code = [
      'function invariant(value, message) { if (value === false || value == null) throw new Error(message); }',
      'function warning(cond, message) { if (!cond) console.warn(message); }',
      'var hint = "a long explanation of a mistake";',
      'function use(ok, fine, where, path) {',
      '  invariant(ok, `useThing() may be used only inside <Thing> (${where}).`);',
      '  warning(fine, "Path " + path.name + " will be read differently");',
      '  warning(fine, hint);',
      '  invariant(ok, makeMessage(where));',
      '}',
    ].join('\n');
    const out = shorten(code);
    expect(out).not.toContain('may be used only inside');
    expect(out).not.toContain('will be read differently');
    expect(out).toContain(`warning(fine, ${JSON.stringify(SHORT_MESSAGE)})`);
    // A message made by a call is left alone: the call might do more than make text.
    expect(out).toContain('invariant(ok, makeMessage(where))');
    expect(out.match(new RegExp(SHORT_MESSAGE.replace(/[()]/g, '\\$&'), 'g'))).toHaveLength(3);
    const check = new Function(`${out}\nreturn invariant;`)() as (value: unknown, message: string) => void;
    expect(() => check(null, SHORT_MESSAGE)).toThrow(SHORT_MESSAGE);
  });

  it('shortens React Router’s own checks and leaves code that parses', () => {
    // The module holding the hooks (useLocation's check says where it may be used).
    const file = productionFiles.find((name) => readFileSync(path.join(productionDir, name), 'utf8').includes('function useLocation('))!;
    const source = treeShakableReactRouter(readFileSync(path.join(productionDir, file), 'utf8'));
    const out = shorten(source);
    expect(source).toContain('may be used only in the context of a <Router> component.');
    expect(out).not.toContain('may be used only in the context of a <Router> component.');
    expect(out.split(JSON.stringify(SHORT_MESSAGE)).length - 1).toBeGreaterThan(20);
    expect(() => parseAst(out)).not.toThrow();
  });
});
