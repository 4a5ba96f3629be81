import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './shell.css';

/**
 * Renders the host page: the same heading and column for every subject. The bare page passes no
 * subject; its heading is the baseline of "first provider visible".
 */
export function mountHost(subject?: ReactNode) {
  const root = document.getElementById('root');
  if (!root) throw new Error('bench host: no #root element');
  createRoot(root).render(
    <main className="host">
      <h1 className="host-title">Connect your accounts</h1>
      {subject ? (
        <section className="host-widget" aria-label="Integrations">
          {subject}
        </section>
      ) : null}
    </main>,
  );
}
