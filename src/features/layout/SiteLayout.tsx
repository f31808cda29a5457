import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { OfflineNotice } from '../offline/OfflineNotice';
import { LiveAnnouncer } from './announcer';
import { SkipLink } from './SkipLink';

/**
 * The page frame. After a client-side navigation to another page, focus moves to `<main>` so keyboard
 * and screen-reader users start at the new content instead of on the link they just used. (A `#q3` hash
 * is left to the article, which focuses that quote.)
 */
export function SiteLayout({ children }: { children: ReactNode }) {
  const { pathname, hash } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    if (!hash) mainRef.current?.focus({ preventScroll: true });
  }, [pathname, hash]);

  return (
    <>
      <SkipLink />
      <SiteHeader />
      <OfflineNotice />
      <main id="main" ref={mainRef} className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
      <LiveAnnouncer />
    </>
  );
}
