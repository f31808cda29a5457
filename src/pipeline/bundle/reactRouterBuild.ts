/**
 * Build-time adjustments to React Router so the browser bundle carries only what the app uses. All are
 * about bytes on every first visit (docs/performance.md, "JS on first visit"); none changes what the
 * router does.
 *
 * 1. Its package sends every `import` to the development build (`dist/development`), whose only difference
 *    from `dist/production` is `ENABLE_DEV_WARNINGS = true`: console warnings and their long messages.
 *    The browser build reads the production file instead (`reactRouterProductionEntry`).
 * 2. Its components are made with `React.forwardRef(…)` and `React.memo(…)` and then named
 *    (`Form.displayName = "Form"`), both at the top level of its one big module. A bundler must assume a call
 *    or a property write there has side effects, so `Form`, `Link` with its prefetching, `NavLink` and
 *    everything they call stay in the bundle even when nothing imports them (~1.5 KB gzip). The transform
 *    marks those calls pure, as React's own builds mark theirs, and drops the `displayName` lines (names for
 *    React DevTools only), so the unused ones can be dropped. For the same reason the data router's error
 *    boundary (`RenderErrorBoundary.contextType = …`, with the redirect and error-response decoding behind
 *    it, ~1 KB gzip) gets its `contextType` inside the class.
 * 3. The messages of its checks (`invariant`, `warning`: "useHref() may be used only in the context of a
 *    <Router> component." and ~20 more) become one short line (~0.6 KB gzip); see `withShortMessages`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The file `import 'react-router'` should read in a production browser build. */
export function reactRouterProductionEntry(root: string): string {
  const require = createRequire(path.join(root, 'package.json'));
  const packageJson = require.resolve('react-router/package.json');
  return path.join(path.dirname(packageJson), 'dist', 'production', 'index.mjs');
}

/** Top-level `var X = React3.forwardRef(` / `React3.memo(` / `React3.createContext(`. */
const UNMARKED_FACTORY = /^(var [\w$]+ = )(React\d*\.(?:forwardRef|memo|createContext)\()/gm;
/** Top-level `X.displayName = "…";` */
const DISPLAY_NAME = /^[\w$]+\.displayName = "[^"\n]*";$/gm;

/** Top-level `X.contextType = Y;` after a class `X`. */
const CONTEXT_TYPE = /^([\w$]+)\.contextType = ([\w$]+);$/gm;

/**
 * The source with its component factories marked pure, its `displayName` lines removed, and each
 * `X.contextType = Y` written into class `X` as `static contextType = Y` (the same property, set when the
 * class is made: the class alone, unused, can then be dropped with what it calls).
 */
export function treeShakableReactRouter(code: string): string {
  let out = code.replace(UNMARKED_FACTORY, '$1/* @__PURE__ */ $2').replace(DISPLAY_NAME, '');
  for (const [line, name = '', context = ''] of [...out.matchAll(CONTEXT_TYPE)]) {
    const head = new RegExp(`^(var ${name.replace(/\$/g, '\\$')} = class extends [\\w$.]+ \\{)$`, 'm');
    if (!head.test(out)) continue;
    out = out.replace(line, '').replace(head, `$1\n  static contextType = ${context};`);
  }
  return out;
}

/** Applies `treeShakableReactRouter` and `withShortMessages` to React Router's ES module files in the browser build. */
export function reactRouterTreeShaking(): Plugin {
  return {
    name: 'verbatim-react-router-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]react-router[\\/]dist[\\/]production[\\/][^\\/]+\.mjs$/.test(id)) return null;
      const shakable = treeShakableReactRouter(code);
      return { code: withShortMessages(shakable, this.parse(shakable) as unknown as SyntaxNode), map: null };
    },
  };
}

/** What `withShortMessages` reads of an ESTree syntax tree. */
export interface SyntaxNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** React Router's checks and their message argument: `invariant(cond, message)`, `warningOnce(key, cond, message)`. */
const MESSAGE_ARGUMENT: Record<string, number> = { invariant: 1, invariant2: 1, warning: 1, warningOnce: 2 };
/** Said instead: the full text is in React Router's development build, by the same name. */
export const SHORT_MESSAGE = 'React Router: a check failed (its development build says which)';

/**
 * The source with the message of each of React Router's checks (`invariant`, `warning`) replaced by
 * `SHORT_MESSAGE`. They fire only on a programming mistake (a hook outside a router, a malformed path),
 * which the app's tests and its development build (which keeps them) would show; the reader never sees
 * one (an error on a page shows "This page hit an unexpected problem."). The checks themselves stay.
 */
export function withShortMessages(code: string, program: SyntaxNode): string {
  const messages: SyntaxNode[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object' || typeof (node as SyntaxNode).type !== 'string') return;
    const syntax = node as SyntaxNode;
    if (syntax.type === 'CallExpression') {
      const callee = syntax.callee as SyntaxNode & { name?: string };
      const index = callee.type === 'Identifier' && callee.name !== undefined ? MESSAGE_ARGUMENT[callee.name] : undefined;
      const message = index === undefined ? undefined : (syntax.arguments as SyntaxNode[])[index];
      if (message && isText(message)) messages.push(message);
    }
    for (const [key, value] of Object.entries(syntax)) if (key !== 'type' && value && typeof value === 'object') visit(value);
  };
  visit(program);
  let out = code;
  for (const message of messages.sort((a, b) => b.start - a.start)) out = out.slice(0, message.start) + JSON.stringify(SHORT_MESSAGE) + out.slice(message.end);
  return out;
}

/** Text or a name: a string, a template or a `+` of them, made of names and properties (no call in it). */
function isText(node: SyntaxNode): boolean {
  switch (node.type) {
    case 'Identifier':
    case 'MemberExpression':
      return true;
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number';
    case 'TemplateLiteral':
      return (node.expressions as SyntaxNode[]).every(isText);
    case 'BinaryExpression':
      return node.operator === '+' && isText(node.left as SyntaxNode) && isText(node.right as SyntaxNode);
    default:
      return false;
  }
}
