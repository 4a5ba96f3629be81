import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConnectHub, type ConnectedAccount, type ConnectError, type ConnectEvent } from '../../src/index.js';
import './host.css';

/** What the host's callbacks received, for the test to read (e2e/csp.spec.ts). */
export type HostRecord = { events: ConnectEvent[]; successes: ConnectedAccount[]; errors: Array<Record<string, unknown>> };

const record: HostRecord = { events: [], successes: [], errors: [] };
(window as unknown as { __host: HostRecord }).__host = record;

const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';

function mount(id: string, element: React.ReactNode) {
  const container = document.getElementById(id);
  if (!container) throw new Error(`The CSP fixture page needs #${id}.`);
  createRoot(container).render(<StrictMode>{element}</StrictMode>);
}

const callbacks = {
  onEvent: (event: ConnectEvent) => record.events.push(event),
  onSuccess: (account: ConnectedAccount) => record.successes.push(account),
  // A ConnectError's own properties, as a host would log them.
  onError: (error: ConnectError) => record.errors.push({ ...error, name: error.name, message: error.message, stack: error.stack }),
};

mount('inline', <ConnectHub endpoint="/api/connect" nonce={nonce} onClose={() => {}} {...callbacks} />);
mount('modal', <ConnectHub endpoint="/api/connect" nonce={nonce} mode="modal" provider="shortcut" appearance={{ theme: 'dark' }} {...callbacks} />);
