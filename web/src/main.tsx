import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyTheme, storedTheme, themeFromUrl } from './lib/theme.ts';
import './styles.css';

// Before the first paint, so a dark-theme user never sees a light flash.
applyTheme(themeFromUrl() ?? storedTheme());

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
