/**
 * Two build-time adjustments to React Router so the browser bundle carries only what the app uses. Both are
 * about bytes on every first visit (docs/performance.md, "JS on first visit"); neither changes what the
 * router does.
 *
 * 1. Its package sends every `import` to the development build (`dist/development`), whose only difference
 *    from `dist/production` is `ENABLE_DEV_WARNINGS = true`: console warnings and their long messages.
 *    The browser build reads the production file instead (`reactRouterProductionAlias`).
 * 2. Its components are made with `React.forwardRef(…)` and `React.memo(…)` and then named
 *    (`Form.displayName = "Form"`), both at the top level of its one big module. A bundler must assume a call
 *    or a property write there has side effects, so `Form`, `Link` with its prefetching, `NavLink` and
 *    everything they call stay in the bundle even when nothing imports them (~1.5 KB gzip). The transform
 *    marks those calls pure, as React's own builds mark theirs, and drops the `displayName` lines (names for
 *    React DevTools only), so the unused ones can be dropped.
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

/** The source with its component factories marked pure and its `displayName` lines removed. */
export function treeShakableReactRouter(code: string): string {
  return code.replace(UNMARKED_FACTORY, '$1/* @__PURE__ */ $2').replace(DISPLAY_NAME, '');
}

/** Applies `treeShakableReactRouter` to React Router's ES module files in the browser build. */
export function reactRouterTreeShaking(): Plugin {
  return {
    name: 'verbatim-react-router-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]react-router[\\/]dist[\\/]production[\\/][^\\/]+\.mjs$/.test(id)) return null;
      return { code: treeShakableReactRouter(code), map: null };
    },
  };
}
