import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './dev-page.css';
import { Playground } from './playground.js';

const root = document.getElementById('root');
if (!root) throw new Error('The dev page needs a #root element.');
createRoot(root).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
