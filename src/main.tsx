import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { whenFirstDataSettled } from './app/prerenderHandoff';
import { createAppRouter, whenRouterReady } from './app/router';
import { createQueryClient } from './data/queryClient';
import { registerServiceWorker } from './features/offline/registerServiceWorker';
import './styles/index.css';

registerServiceWorker();

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Pre-rendered HTML (from the build) stays on screen until the page module and its data are ready,
// instead of being swapped for a loading skeleton and back. Without pre-rendered HTML, the skeleton
// shows at once. A failed load still ends in the app's error state, after the wait.
const prerendered = root.childElementCount > 0;
void whenRouterReady(router)
  .then(() => (prerendered ? whenFirstDataSettled(queryClient, 8000) : undefined))
  .then(() => {
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    );
  });
