import { adoptTokenFromUrl } from './api/client';
// Take the token from the login link (#token=…) before anything calls the API: the address is
// cleaned at once (synchronously), the session is awaited before the first render.
const adopted = adoptTokenFromUrl();
import { restoreLastPlace } from './lib/last-place';
// Back to the conference that was open when the app was closed.
restoreLastPlace();

import React from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-500.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-500.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import '@fontsource/be-vietnam-pro/latin-ext-400.css';
import '@fontsource/be-vietnam-pro/latin-ext-500.css';
import '@fontsource/be-vietnam-pro/latin-ext-600.css';
import '@fontsource/be-vietnam-pro/latin-ext-700.css';
// Serif for the print views (Nghị định 30: Times New Roman; Tinos is metric-compatible).
import '@fontsource/tinos/vietnamese-400.css';
import '@fontsource/tinos/vietnamese-700.css';
import '@fontsource/tinos/vietnamese-400-italic.css';
import '@fontsource/tinos/vietnamese-700-italic.css';
import '@fontsource/tinos/latin-400.css';
import '@fontsource/tinos/latin-700.css';
import '@fontsource/tinos/latin-400-italic.css';
import '@fontsource/tinos/latin-700-italic.css';
import './styles/app.css';
import { App } from './App';

void adopted.finally(() => {
  createRoot(document.getElementById('root')!).render(
    <React.StrictMode>
      <App />
    </React.StrictMode>,
  );
});
