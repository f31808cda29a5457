// Lint: typescript-eslint's recommended rules (it needs TypeScript 6, hence the pinned compiler)
// and the React hooks rules, which catch the bugs that types cannot.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'dist.*', 'node_modules', '.cache', 'docs/schema', 'test-results', 'playwright-report', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The pipeline/app boundary (docs/architecture.md): the pipeline imports the shared pure code in
  // src/content and, from the app, only its render entry; the app never imports the pipeline; src/content
  // imports neither. Tests may build their fixtures with the pipeline.
  {
    files: ['src/pipeline/**/*.{ts,tsx,mjs}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(app/(?!renderPage(\\.tsx)?$)|app$|data|features|routes|styles|main)',
              message: 'The pipeline imports only src/content and src/app/renderPage.tsx (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/{app,data,features,routes}/**/*.{ts,tsx}', 'src/main.tsx'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '(^|/)pipeline(/|$)', message: 'The app never imports the pipeline: shared pure code goes in src/content.' }],
          // The app draws its own links and routes (docs/performance.md, "JS on first visit"): React Router's
          // would put their code back in every first visit, and `useParams` is empty outside `useRoutes`.
          paths: [
            { name: 'react-router', importNames: ['Link', 'NavLink'], message: 'Use Link/NavLink from features/layout/Link.' },
            { name: 'react-router', importNames: ['useParams', 'Outlet', 'useRoutes', 'Routes', 'Route'], message: 'Pages are drawn by app/router.tsx; read params with usePageParams (app/pageParams.ts).' },
            // The browser build's QueryClient has an always-empty mutation cache (data/noMutations.ts).
            { name: '@tanstack/react-query', importNames: ['useMutation', 'useIsMutating', 'useMutationState', 'MutationCache', 'MutationObserver'], message: 'The app has no mutations: the browser build leaves the mutation cache out (data/noMutations.ts).' },
            // …and no infinite-query behaviour (data/noInfiniteQueries.ts): lists read fixed-size page files.
            {
              name: '@tanstack/react-query',
              importNames: ['useInfiniteQuery', 'useSuspenseInfiniteQuery', 'usePrefetchInfiniteQuery', 'infiniteQueryOptions', 'InfiniteQueryObserver'],
              message: 'The app has no infinite queries: the browser build leaves their behaviour out (data/noInfiniteQueries.ts).',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        ...['infiniteQuery', 'fetchInfiniteQuery', 'prefetchInfiniteQuery', 'ensureInfiniteQueryData'].map((property) => ({
          property,
          message: 'The app has no infinite queries: the browser build leaves their behaviour out (data/noInfiniteQueries.ts).',
        })),
      ],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./', message: 'src/content is shared pure code: it imports nothing from the app or the pipeline.' }] }],
    },
  },
);
