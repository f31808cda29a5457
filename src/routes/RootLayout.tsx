import { Suspense, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useScrollRestoration } from '../app/scrollRestoration';
import { SiteLayout } from '../features/layout/SiteLayout';
import { RouteErrorBoundary } from './RouteError';

/**
 * Every page: skip link, header, `<main id="main">`, footer; the page itself inside. A page that
 * crashes shows an error view inside the layout. Pages load their modules before the first render and in
 * transitions afterwards, so the Suspense boundary is a safety net that normally never shows.
 */
export function RootLayout({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  useScrollRestoration();
  return (
    <SiteLayout>
      <RouteErrorBoundary resetKey={pathname + search}>
        <Suspense fallback={null}>
          {children}
        </Suspense>
      </RouteErrorBoundary>
    </SiteLayout>
  );
}
