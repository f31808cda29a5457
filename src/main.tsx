import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter, whenRouterReady } from './app/router';
import { createQueryClient } from './data/queryClient';
import { registerServiceWorker } from './features/offline/registerServiceWorker';
import './styles/index.css';

registerServiceWorker();

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Pre-rendered HTML (from the build) stays on screen until the page module is ready, instead of being
// swapped for a loading shell and back.
void whenRouterReady(router).then(() => {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
});
