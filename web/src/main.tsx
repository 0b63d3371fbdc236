import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app.tsx';
import { startPresenterMode } from '@/features/presenter/hooks/presenter-mode.ts';
import './index.css';

// Before the first paint, so a projected `?present` page never flashes at normal size.
startPresenterMode();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to render into.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
