import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { config as configureZod } from 'zod/v4/core';
import { routes } from './app/routes';
import './styles.css';

// The deployed Content-Security-Policy has no 'unsafe-eval' (deploy/prevent-pathway/security-headers.conf).
// Without this, zod probes for `new Function` on its first parse, and the CSP reports the probe.
configureZod({ jitless: true });

const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
