import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConnectHub } from '../../index.js';
import { cjkPacks } from './cjk-packs.js';
import './fixture-page.css';
import { parseFixtureParams, stageName, type FixtureParams, type HostId } from './hosts.js';

/**
 * Tailwind v4's preflight.css is a source file: its `--theme(--name, fallback)` calls are resolved
 * by Tailwind's compiler. A host page gets the fallbacks (the default fonts), so use those.
 */
function resolveThemeCalls(css: string): string {
  return css.replace(/--theme\(\s*--[\w-]+\s*,\s*([^)]*?)\s*\)/g, '$1');
}

/** Each host's global stylesheets, loaded only for that host (`?raw`: the file's text, untouched). */
const hostStylesheets: Record<HostId, () => Promise<string[]>> = {
  plain: async () => [],
  rtl: async () => [],
  tailwind: async () => [resolveThemeCalls((await import('tailwindcss/preflight.css?raw')).default)],
  // Bootstrap's reboot, and the full framework for its element and attribute rules, as hosts load it.
  bootstrap: async () => [
    (await import('bootstrap/dist/css/bootstrap-reboot.css?raw')).default,
    (await import('bootstrap/dist/css/bootstrap.min.css?raw')).default,
  ],
  'root-10px': async () => [(await import('./hosts/root-10px.css?raw')).default],
  'hostile-globals': async () => [(await import('./hosts/hostile-globals.css?raw')).default],
};

/**
 * Adds the host's stylesheets at the end of <body>, after the widgets: later in document order
 * than the widget's own <style>, so the host wins every tie of specificity (the harder case).
 */
async function addHostStyles(host: HostId): Promise<void> {
  for (const css of await hostStylesheets[host]()) {
    const style = document.createElement('style');
    style.dataset.hostCss = host;
    style.textContent = css;
    document.body.append(style);
  }
}

/** A bit of the host page in its own style, below the widgets: shows that the host's CSS is on. */
function HostSample({ host }: { host: HostId }) {
  return (
    <div id="host-sample">
      <h2>Host page: {host}</h2>
      <p>
        Host text with <a href="#host-sample">a link</a> and <strong>bold</strong> words.
      </p>
      <ul>
        <li>A host list item</li>
      </ul>
      <label htmlFor="host-sample-input">A host label</label>
      <input id="host-sample-input" type="text" placeholder="A host input" />
      <button type="button" className="btn btn-primary">
        A host button
      </button>
    </div>
  );
}

function Fixture({ host, states, widths, locale }: FixtureParams) {
  return (
    <article className="host-article">
      {states.map((state) => (
        <div key={state} className="fixture-row">
          {widths.map((width) => (
            <section key={width} className="fixture-stage" data-width={width} aria-label={stageName(state, width)}>
              <ConnectHub
                endpoint="/api/connect"
                provider={state === 'provider' ? 'stripe' : undefined}
                dir={host === 'rtl' ? 'rtl' : undefined}
                locale={locale}
                locales={locale && cjkPacks}
              />
            </section>
          ))}
        </div>
      ))}
      <HostSample host={host} />
    </article>
  );
}

const container = document.getElementById('fixture');
if (!container) throw new Error('The host fixture page needs a #fixture element.');
const params = parseFixtureParams(window.location.search);
document.documentElement.dataset.host = params.host;
document.title = `ConnectHub · host ${params.host}`;

void addHostStyles(params.host).then(() => {
  createRoot(container).render(
    <StrictMode>
      <Fixture {...params} />
    </StrictMode>,
  );
  document.documentElement.dataset.fixtureReady = 'true';
});
