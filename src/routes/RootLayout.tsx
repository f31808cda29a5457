import { Outlet, ScrollRestoration } from 'react-router';
import { SiteLayout } from '../features/layout/SiteLayout';

/** Every page: skip link, header, `<main id="main">`, footer; the page itself in the outlet. */
export function RootLayout() {
  return (
    <SiteLayout>
      <Outlet />
      <ScrollRestoration />
    </SiteLayout>
  );
}
