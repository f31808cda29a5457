import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect, type ReactNode } from 'react';
import type { SiteSettings } from '../content/schema';
import { SiteSettingsContext } from '../features/layout/siteSettings';

/**
 * The app's tree around its router, one component for the build's render (`renderPage.tsx`) and the
 * browser's (`start.tsx`): hydration needs the same tree on both sides, down to its shape — `useId`'s ids
 * are derived from it, so a sibling added on one side only would give the browser other ids than the
 * served markup holds (an `aria-controls` pointing at nothing).
 */
export function AppTree({ client, settings, onCommit, children }: { client: QueryClient; settings: SiteSettings; onCommit?: () => void; children: ReactNode }) {
  return (
    <StrictMode>
      <SiteSettingsContext value={settings}>
        <QueryClientProvider client={client}>
          <Committed onCommit={onCommit}>{children}</Committed>
        </QueryClientProvider>
      </SiteSettingsContext>
    </StrictMode>
  );
}

/** Calls `onCommit` once the tree is on screen (never on the server); adds nothing to the tree's shape. */
function Committed({ onCommit, children }: { onCommit?: () => void; children: ReactNode }) {
  useEffect(() => onCommit?.(), [onCommit]);
  return children;
}
