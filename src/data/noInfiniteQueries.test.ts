import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isQueryInfiniteBehavior } from '../pipeline/bundle/queryWithoutMutations';
import { infiniteQueryBehavior } from './noInfiniteQueries';

const require = createRequire(import.meta.url);
const queryCoreDir = path.join(path.dirname(require.resolve('@tanstack/query-core/package.json')), 'build', 'modern');
const importersOfBehavior = readdirSync(queryCoreDir)
  .filter((file) => file.endsWith('.js'))
  .filter((file) => /from "\.\/infiniteQueryBehavior\.js"/.test(readFileSync(path.join(queryCoreDir, file), 'utf8')));

describe('the infinite-query behaviour the browser build gives Query', () => {
  it('replaces Query’s import only, the one that runs the behaviour', () => {
    // A query-core upgrade that runs the behaviour from somewhere new must fail here, not in a reader's browser.
    expect(importersOfBehavior.sort()).toEqual(['infiniteQueryObserver.js', 'query.js']);
    expect(isQueryInfiniteBehavior('./infiniteQueryBehavior.js', path.join(queryCoreDir, 'query.js'))).toBe(true);
    expect(isQueryInfiniteBehavior('./infiniteQueryBehavior.js', path.join(queryCoreDir, 'infiniteQueryObserver.js'))).toBe(false);
    expect(isQueryInfiniteBehavior('./retryer.js', path.join(queryCoreDir, 'query.js'))).toBe(false);
  });

  it('is asked for only by a query made as an infinite one', () => {
    const calls = [...readFileSync(path.join(queryCoreDir, 'query.js'), 'utf8').matchAll(/.*infiniteQueryBehavior\(.*/g)].map((m) => m[0]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/#queryType === "infinite" \? infiniteQueryBehavior\(/);
  });

  it('says plainly what is missing if it is ever asked for', () => {
    expect(() => infiniteQueryBehavior()).toThrow(/Infinite queries are not part of the browser build/);
  });
});
