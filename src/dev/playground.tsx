import { useCallback, useEffect, useRef, useState } from 'react';
import { builtInProviders, ConnectHub, type ConnectEvent } from '../index.js';
import { fakeProviderBehaviours, fakeProviderExamples } from '../server/testing/fake-provider-tokens.js';
import type { LoggedRequest } from './mock-connect-endpoint.js';
import { mockScenarios, type MockScenario } from './mock-scenarios.js';
import { useUrlState } from './use-url-state.js';

const widths = ['fluid', '320', '360', '480', '768', '1100'] as const;
const themes = ['light', 'dark', 'system'] as const;
const modes = ['inline', 'modal'] as const;
/** Where the host puts the widget: in the page, or inside a settings form of its own (a common admin page). */
const hosts = ['page', 'form'] as const;
const providerIds = ['', ...builtInProviders.map((provider) => provider.id)] as const;
const scenarioIds = mockScenarios.map((scenario) => scenario.id);
/** Where the widget posts: the mock backend, or the reference server (connect-hub/server) with fake providers. */
const backends = [
  { id: 'mock', label: 'Mock backend', endpoint: '/api/connect' },
  { id: 'reference', label: 'Reference server with fake providers', endpoint: '/api/reference/connect' },
] as const;
type Backend = (typeof backends)[number]['id'];
const backendIds = backends.map((backend) => backend.id);

function useRequestLog(endpoint: string) {
  const [requests, setRequests] = useState<LoggedRequest[]>([]);
  // A poll the network drops (the page leaving, the dev server restarting) keeps the log shown
  // until the next one: an uncaught rejection each second would bury the widget's own errors.
  const refresh = useCallback(async () => {
    try {
      const response = await fetch(`${endpoint}/log`, { cache: 'no-store' });
      if (response.ok) setRequests(((await response.json()) as { requests: LoggedRequest[] }).requests);
    } catch {
      // Shown as it was.
    }
  }, [endpoint]);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 1000);
    return () => clearInterval(timer);
  }, [refresh]);
  const clear = async () => {
    await fetch(`${endpoint}/log`, { method: 'DELETE' });
    await refresh();
  };
  return { requests, clear };
}

function statusTone(status: number): string {
  if (status >= 200 && status < 300) return 'ok';
  if (status >= 500 || status === 499) return 'bad';
  return 'warn';
}

/** The playground: a live widget against the dev server's mock connect endpoint, or (`?backend=reference`) the reference server with fake providers. */
export function Playground() {
  const [backend, setBackend] = useUrlState<Backend>('backend', 'mock', backendIds);
  const [scenario, setScenario] = useUrlState<MockScenario>('scenario', 'success', scenarioIds);
  const [provider, setProvider] = useUrlState<string>('provider', '', providerIds);
  const [width, setWidth] = useUrlState<(typeof widths)[number]>('width', 'fluid', widths);
  const [theme, setTheme] = useUrlState<(typeof themes)[number]>('theme', 'light', themes);
  const [mode, setMode] = useUrlState<(typeof modes)[number]>('mode', 'inline', modes);
  const [host, setHost] = useUrlState<(typeof hosts)[number]>('host', 'page', hosts);
  const [hostSubmits, setHostSubmits] = useState(0);
  const [events, setEvents] = useState<ConnectEvent[]>([]);
  const [generation, setGeneration] = useState(0);
  const endpoint = backends.find((option) => option.id === backend)?.endpoint ?? '/api/connect';
  const { requests, clear } = useRequestLog(endpoint);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const restart = () => {
    setEvents([]);
    setGeneration((value) => value + 1);
  };
  // Close and Done start the inline widget over. The focus, on a button that goes away with the old
  // widget, would drop to the page's body: it goes to the widget's region, from where Tab goes on
  // into the fresh widget. Focusable only until it loses the focus, so that a click on the widget's
  // text later does not take the focus to the region.
  const stageRef = useRef<HTMLElement>(null);
  const closeWidget = () => {
    const stage = stageRef.current;
    if (stage) {
      stage.tabIndex = -1;
      stage.addEventListener('blur', () => stage.removeAttribute('tabindex'), { once: true });
      stage.focus();
    }
    restart();
  };

  const widget = (
    <ConnectHub
      key={`${generation}-${provider}-${mode}-${backend}-${host}`}
      mode={mode}
      endpoint={endpoint}
      headers={backend === 'mock' ? { 'X-Mock-Scenario': scenario } : undefined}
      provider={provider || undefined}
      appearance={{ theme }}
      onEvent={(event) => setEvents((list) => [event, ...list].slice(0, 30))}
      onClose={mode === 'modal' ? undefined : closeWidget}
    />
  );

  return (
    <div className="dev-page">
      <header className="dev-topbar">
        <h1 className="dev-brand">
          ConnectHub <span>dev playground</span>
        </h1>
        <p className="dev-hint">
          {backend === 'reference' ? 'Reference server' : 'Mock connect endpoint'}: <code>POST {endpoint}</code>
        </p>
        <nav className="dev-nav" aria-label="Dev page">
          <a href="/" aria-current="page">
            Playground
          </a>
          <a href="/gallery/">Gallery</a>
        </nav>
      </header>
      <main className="dev-layout">
        <section className="dev-stage" aria-label="Widget" ref={stageRef}>
          <div className="dev-frame" data-width={width} data-mode={mode}>
            {host === 'form' ? (
              <form
                className="dev-host-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  setHostSubmits((count) => count + 1);
                }}
              >
                <label className="dev-select">
                  Display name
                  <input name="display" defaultValue="Ada" />
                </label>
                {widget}
                <button type="submit" className="dev-button">
                  Save settings
                </button>
                <p role="status">{hostSubmits > 0 ? `Host form submitted ${hostSubmits} time(s)` : ''}</p>
              </form>
            ) : (
              widget
            )}
          </div>
        </section>
        <aside className="dev-panel" aria-label="Playground controls">
          <fieldset className="dev-group">
            <legend>Backend</legend>
            {backends.map((option) => (
              <label className="dev-radio" key={option.id}>
                <input
                  type="radio"
                  name="backend"
                  value={option.id}
                  checked={backend === option.id}
                  onChange={() => setBackend(option.id)}
                />
                <span>
                  <strong>{option.label}</strong>
                  <small>
                    <code>POST {option.endpoint}</code>
                  </small>
                </span>
              </label>
            ))}
          </fieldset>
          {backend === 'reference' ? (
            <section className="dev-log" aria-labelledby="dev-fake-title">
              <h2 id="dev-fake-title">Fake provider tokens</h2>
              <p className="dev-empty">
                The reference server (<code>connect-hub/server</code>) checks every token with a fake provider. Any
                well-formed token connects, except these; Shortcut write access is required.
              </p>
              <ul className="dev-entries dev-entries-whole" aria-label="Tokens to try">
                {fakeProviderExamples.map((example) => (
                  <li className="dev-entry" key={example.token}>
                    {example.provider}: <code>{example.token}</code> — {example.outcome}
                  </li>
                ))}
              </ul>
              <p className="dev-empty">A word in the token picks the answer (in a UUID token, its first group):</p>
              <ul className="dev-entries dev-entries-whole" aria-label="Words in a token">
                {fakeProviderBehaviours.map((behaviour) => (
                  <li className="dev-entry" key={behaviour.word}>
                    <code>{behaviour.word}</code> or <code>{behaviour.uuidGroup}-…</code> — {behaviour.outcome}
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            <fieldset className="dev-group">
              <legend>Mock backend answers</legend>
              {mockScenarios.map((option) => (
                <label className="dev-radio" key={option.id}>
                  <input
                    type="radio"
                    name="scenario"
                    value={option.id}
                    checked={scenario === option.id}
                    onChange={() => setScenario(option.id)}
                  />
                  <span>
                    <strong>{option.label}</strong>
                    <small>{option.description}</small>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          <div className="dev-row">
            <label className="dev-select">
              Preselected provider
              <select value={provider} onChange={(event) => setProvider(event.target.value)}>
                <option value="">None (show the picker)</option>
                {builtInProviders.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="dev-select">
              Width
              <select value={width} onChange={(event) => setWidth(event.target.value as (typeof widths)[number])}>
                {widths.map((option) => (
                  <option key={option} value={option}>
                    {option === 'fluid' ? 'Fluid' : `${option} px`}
                  </option>
                ))}
              </select>
            </label>
            <label className="dev-select">
              Mode
              <select value={mode} onChange={(event) => setMode(event.target.value as (typeof modes)[number])}>
                {modes.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            </label>
            <label className="dev-select">
              Host
              <select value={host} onChange={(event) => setHost(event.target.value as (typeof hosts)[number])}>
                <option value="page">In the page</option>
                <option value="form">Inside a host form</option>
              </select>
            </label>
            <label className="dev-select">
              Theme
              <select value={theme} onChange={(event) => setTheme(event.target.value as (typeof themes)[number])}>
                {themes.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <button type="button" className="dev-button" onClick={restart}>
            Restart widget
          </button>

          <section className="dev-log" aria-labelledby="dev-log-title">
            <div className="dev-log-head">
              <h2 id="dev-log-title">Requests received</h2>
              <button type="button" className="dev-button" onClick={() => void clear()}>
                Clear
              </button>
            </div>
            {requests.length === 0 ? (
              <p className="dev-empty">No requests yet. Connect a provider to see what the backend receives.</p>
            ) : (
              <ol className="dev-entries" aria-label="Requests, newest first">
                {requests.map((request, index) => (
                  <li key={`${request.at}-${index}`} className="dev-entry">
                    <p className="dev-entry-head">
                      <span className="dev-status" data-tone={statusTone(request.status)}>
                        {request.status}
                      </span>
                      <strong>{request.provider ?? '—'}</strong>
                      {request.environment && <span className="dev-tag">{request.environment}</span>}
                      {backend === 'mock' && <span className="dev-tag">{request.scenario}</span>}
                      <span className="dev-time">{request.durationMs} ms</span>
                    </p>
                    <dl>
                      {Object.entries(request.credentials).map(([key, value]) => (
                        <div key={key}>
                          <dt>{key}</dt>
                          <dd>
                            <code>{value}</code>
                          </dd>
                        </div>
                      ))}
                      {request.idempotencyKey && (
                        <div>
                          <dt>Idempotency-Key</dt>
                          <dd>
                            <code>{request.idempotencyKey}</code>
                          </dd>
                        </div>
                      )}
                    </dl>
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section className="dev-log" aria-labelledby="dev-events-title">
            <h2 id="dev-events-title">onEvent</h2>
            {events.length === 0 ? (
              <p className="dev-empty">No events yet.</p>
            ) : (
              <ol className="dev-events" aria-label="Events, newest first">
                {events.map((event, index) => (
                  <li key={`${event.at}-${index}`}>
                    <code>{JSON.stringify({ ...event, at: undefined })}</code>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </aside>
      </main>
    </div>
  );
}
