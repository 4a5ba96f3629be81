import { configure } from '@testing-library/dom';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../dev-page.css';
import './gallery.css';
import { preloadConnectHub } from '../../index.js';
import { Gallery } from './gallery.js';

// A play that cannot find an element says which one in one line, without printing the whole DOM.
configure({
  getElementError: (message) => {
    const error = new Error(message?.split('\n\n')[0] ?? 'Element not found');
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

// Stories show the widget's states with its code loaded: the provider screen's code, which loads
// on demand in a host page, is here before the first story renders.
await preloadConnectHub();

const root = document.getElementById('root');
if (!root) throw new Error('The gallery page needs a #root element.');
createRoot(root).render(
  <StrictMode>
    <Gallery />
  </StrictMode>,
);
