/**
 * Network of a benchmark page: the host's own origin passes; @stackone/hub's API
 * (https://api.stackone.com) and connect-hub's connect endpoint are answered from fixtures; every
 * other request is aborted. Every subject's context gets the same routes, so the interception
 * overhead is the same for all.
 */
import { BUILT_INS, catalogueEntries } from './catalogue.mjs';

export const STACKONE_API = 'https://api.stackone.com';

const builtInById = new Map(BUILT_INS.map((entry) => [entry.id, entry]));

/** `GET /hub/connectors`: one active integration per catalogue entry, in catalogue order. */
function stackoneIntegrations(size) {
  return {
    integrations: catalogueEntries(size).map((entry) => ({
      active: true,
      name: entry.name,
      provider: entry.id,
      type: entry.category,
      version: '1',
      authentication_config_key: 'api_key',
      environment: 'production',
      integration_id: `int_${entry.id}`,
      logo_url: entry.logo,
    })),
  };
}

/** `GET /hub/connectors/:integration_id`: a custom connector with the template's secret field. */
function stackoneConnector(size, integrationId) {
  const entry = catalogueEntries(size).find((candidate) => `int_${candidate.id}` === integrationId);
  if (!entry) return undefined;
  const template = builtInById.get(entry.template);
  return {
    config: {
      key: entry.id,
      name: entry.name,
      type: 'custom',
      configFields: [
        {
          type: 'password',
          key: template.field.key,
          label: template.field.label,
          required: true,
          readOnly: false,
          secret: true,
          placeholder: template.field.example || undefined,
          description: `Your ${entry.name} ${template.field.label}.`,
        },
      ],
      configNotices: [],
      assets: { icon: entry.logo },
      support: { description: entry.description },
    },
    hub_settings: { configured_webhook_events: {}, project_settings: {} },
  };
}

const json = (route, status, body) =>
  route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body), headers: { 'access-control-allow-origin': '*' } });

/**
 * Installs the routes on a browser context. `size` is the catalogue size of the session; `log`
 * collects what was requested (for the run's sanity checks).
 */
export async function installRoutes(context, { origin, size, log = [] }) {
  // The connectors list is the same for every request of a session: build it once.
  let integrations;
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith('/api/')) return route.continue();
    log.push(`${request.method()} ${url.origin}${url.pathname}`);
    if (url.origin === origin && url.pathname === '/api/connect' && request.method() === 'POST') {
      const body = request.postDataJSON();
      return json(route, 200, { account: { id: 'acc_bench', provider: body.provider, environment: body.environment } });
    }
    if (url.origin === STACKONE_API) {
      if (request.method() === 'OPTIONS') {
        return route.fulfill({
          status: 204,
          headers: {
            'access-control-allow-origin': '*',
            'access-control-allow-headers': '*',
            'access-control-allow-methods': 'GET, POST, PATCH, DELETE',
          },
        });
      }
      if (!request.headers()['x-hub-session-token']) return json(route, 401, { message: 'no session token' });
      const path = url.pathname;
      if (request.method() === 'GET' && path === '/hub/settings') return json(route, 200, { enabled_features: [] });
      if (request.method() === 'GET' && path === '/hub/connectors') {
        integrations ??= stackoneIntegrations(size);
        return json(route, 200, integrations);
      }
      const connector = /^\/hub\/connectors\/([^/]+)$/.exec(path);
      if (request.method() === 'GET' && connector) {
        const body = stackoneConnector(size, decodeURIComponent(connector[1]));
        return body ? json(route, 200, body) : json(route, 404, { statusCode: 404, message: 'not found' });
      }
      if (request.method() === 'POST' && path === '/hub/accounts') {
        const body = request.postDataJSON();
        return json(route, 200, { id: 'acc_bench', provider: String(body?.integration_id ?? '').replace(/^int_/, '') });
      }
    }
    return route.abort('blockedbyclient');
  });
  return log;
}
