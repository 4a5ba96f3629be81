import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectHub } from '../components/connect-hub.js';
import { connectRequestSchema } from '../contract/contract.js';
import { defineProvider, type ProviderDefinition, type ProviderDefinitionInput } from '../definition/provider-schema.js';
import { builtInProviders, stripe } from '../providers/index.js';
import { buildCredentialSchema, DEFAULT_MAX_LENGTH, findEnvironmentMismatch, toConnectRequest } from './credential-schema.js';

// Property-based tests (SPEC §7 "Content and input"): whatever string reaches a field, the
// credential schema gives a clear result — a human message, or a trimmed, capped value — and never
// throws; and the widget never sends a value the schema refused.

/** Characters that break naive code: controls, bidi overrides, zero-width, lone surrogates, emoji. */
const hostileCharacter = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u0085',
  '\t',
  '\n',
  '\r',
  ' ',
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\udbff',
  '🔑',
  '👨‍👩‍👧',
  'é',
  'e\u0301',
  'ß',
  'İ',
  '"',
  '\\',
  '<',
  '>',
  '&',
);

/** Pieces of real tokens, so generated strings also come close to valid ones. */
const tokenFragment = fc.constantFrom(
  'sk_test_',
  'sk_live_',
  'rk_test_',
  'pk_test_',
  'pk_live_',
  'live_',
  'sandbox_',
  'ra_test_',
  'ra_live_',
  'api-',
  'sdk-',
  'mob-',
  'sct_ro_',
  '3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f',
  'aBcD0123456789xyzXYZaBcD',
);

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: hostileCharacter },
  { weight: 2, arbitrary: tokenFragment },
  { weight: 2, arbitrary: fc.constantFrom('a', 'Z', '0', '9', '_', '-', '=') },
);

/** Any string, biased towards hostile characters and near-valid tokens. */
const hostileString = fc.oneof(
  { weight: 10, arbitrary: fc.array(unit, { maxLength: 40 }).map((parts) => parts.join('')) },
  // A long paste: past every field's length cap.
  { weight: 1, arbitrary: fc.tuple(tokenFragment, unit, fc.integer({ min: DEFAULT_MAX_LENGTH, max: 100_000 })).map(([head, fill, size]) => head + fill.repeat(Math.ceil(size / fill.length))) },
);

/** Hundreds of runs each; the machine running them may be busy. */
const PROPERTY_TIMEOUT_MS = 60_000;

// Whitespace, C0/C1 controls, zero-width and bidi characters: what the schema must never accept in a secret.
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u;

type Values = { environment: string; credentials: Record<string, string> };

function valuesFor(provider: ProviderDefinition): fc.Arbitrary<Values> {
  const environment = fc.oneof(fc.constantFrom('', ...provider.environments.map((env) => env.id)), hostileString);
  const credentials = fc.record(Object.fromEntries(provider.fields.map((field) => [field.key, hostileString])));
  return fc.record({ environment, credentials });
}

/** Every message is words for a person: not empty, not a regular expression, and never the value itself. */
function expectClearMessages(issues: ReadonlyArray<{ message: string }>, input: Values) {
  expect(issues.length).toBeGreaterThan(0);
  for (const { message } of issues) {
    expect(typeof message).toBe('string');
    expect(message.trim().length).toBeGreaterThan(0);
    expect(message.length).toBeLessThan(400);
    expect(message).not.toMatch(/\^|\$\/|\\[dws]|\[A-Z|\(\?:/);
    for (const value of Object.values(input.credentials)) {
      if (value.trim().length >= 16) expect(message).not.toContain(value.trim());
    }
  }
}

/** What a successful parse guarantees: trimmed, capped, no invisible characters in a secret, consistent. */
function expectSendable(provider: ProviderDefinition, data: Values) {
  if (provider.environments.length > 0) {
    expect(provider.environments.map((env) => env.id)).toContain(data.environment);
  }
  expect(findEnvironmentMismatch(provider, data)).toBeUndefined();
  for (const field of provider.fields) {
    const value = data.credentials[field.key] ?? '';
    expect(value).toBe(value.trim());
    expect(value.length).toBeLessThanOrEqual(field.maxLength ?? DEFAULT_MAX_LENGTH);
    if (value === '') expect(field.required).toBe(false);
    if (field.kind === 'secret' && value !== '') expect(value).not.toMatch(INVISIBLE);
    if (field.pattern !== undefined && value !== '') expect(value).toMatch(new RegExp(`^(?:${field.pattern})$`, 'u'));
    if (field.options) {
      if (value !== '') expect(field.options.map((option) => option.value)).toContain(value);
    }
  }
  const body = toConnectRequest(provider, data);
  expect(connectRequestSchema.safeParse(JSON.parse(JSON.stringify(body))).success).toBe(true);
}

describe('buildCredentialSchema, given any string in any field', () => {
  it.each(builtInProviders.map((provider) => [provider.id, provider] as const))(
    '%s: gives a clear message or a trimmed, capped, consistent value, and never throws',
    (_id, provider) => {
      const schema = buildCredentialSchema(provider);
      fc.assert(
        fc.property(valuesFor(provider), (input) => {
          const result = schema.safeParse(input);
          if (result.success) expectSendable(provider, result.data);
          else expectClearMessages(result.error.issues, input);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('accepts a valid key with hostile whitespace around it, trimmed', () => {
    const schema = buildCredentialSchema(stripe);
    const whitespace = fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\ufeff', '\u2028'), { maxLength: 5 }).map((parts) => parts.join(''));
    const body = fc.stringMatching(/^[A-Za-z0-9]{24,99}$/);
    fc.assert(
      fc.property(whitespace, body, whitespace, (before, key, after) => {
        const result = schema.safeParse({ environment: 'test', credentials: { api_key: `${before}sk_test_${key}${after}` } });
        expect(result.success).toBe(true);
        expect(result.data?.credentials.api_key).toBe(`sk_test_${key}`);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

/** Regular-expression source pieces, valid and invalid, with and without the `u` flag. */
const patternAtom = fc.constantFrom(
  'a',
  'Z',
  '0',
  '_',
  '-',
  '.',
  '\\d',
  '\\w',
  '[a-z]',
  '[A-Za-z0-9_-]',
  '[\\w-]',
  '\\-',
  '\\_',
  '\\:',
  '\\p{L}',
  '{2}',
  '{2,4}',
  'x{',
  '?',
  '|',
  '(?:ab)',
  '(',
  ')',
  '[',
  ']',
  '\\',
  '^',
  '$',
  '\\u{1F511}',
  '\\k<a>',
  '(?<a>b)',
);

const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
const label = fc.constantFrom('API Key', 'Token', 'Subdomain', 'Région', 'キー');

const fieldInput = fc.record(
  {
    key: slug,
    label,
    kind: fc.constantFrom('secret', 'text', 'select'),
    pattern: fc.array(patternAtom, { minLength: 1, maxLength: 6 }).map((atoms) => atoms.join('')),
    patternMessage: fc.constant('Use the shape shown in the example.'),
    example: fc.constant('abc_123'),
    maxLength: fc.integer({ min: 1, max: 2000 }),
    required: fc.boolean(),
    options: fc.uniqueArray(fc.record({ value: slug, label }), { minLength: 1, maxLength: 3, selector: (option) => option.value }),
    knownMistakes: fc.array(fc.record({ prefix: fc.oneof(tokenFragment, slug), message: fc.constant('That is the wrong kind of key.') }), { maxLength: 2 }),
    hints: fc.array(fc.record({ prefix: fc.oneof(tokenFragment, slug), message: fc.constant('A read-only token.') }), { maxLength: 1 }),
    defaultValue: slug,
  },
  { requiredKeys: ['key', 'label', 'kind'] },
);

const environmentInput = fc.record({
  id: slug,
  label,
  tokenPrefixes: fc.array(fc.oneof(tokenFragment, slug), { maxLength: 3 }),
});

/** Any definition `defineProvider` accepts (the generator also makes many it must refuse). */
const definitionInput: fc.Arbitrary<ProviderDefinitionInput> = fc
  .record({
    fields: fc.array(fieldInput, { minLength: 1, maxLength: 3 }),
    environments: fc.array(environmentInput, { maxLength: 3 }),
  })
  .map(
    ({ fields, environments }) =>
      ({
        id: 'generated',
        name: 'Generated',
        category: 'testing',
        logo: 'https://generated.example/logo.svg',
        description: 'A generated provider.',
        warning: 'Generated for a property test.',
        environments,
        fields,
        guide: [{ title: 'Get a key', steps: [{ title: 'Copy it' }] }],
      }) as ProviderDefinitionInput,
  );

function tryDefine(input: ProviderDefinitionInput): ProviderDefinition | undefined {
  try {
    return defineProvider(input);
  } catch {
    return undefined;
  }
}

describe('buildCredentialSchema, given any definition defineProvider accepts', () => {
  it('builds a schema, and that schema never throws on any string', () => {
    let accepted = 0;
    fc.assert(
      fc.property(definitionInput, fc.array(hostileString, { minLength: 3, maxLength: 3 }), fc.oneof(fc.constant(''), hostileString), (input, strings, environment) => {
        const provider = tryDefine(input);
        fc.pre(provider !== undefined);
        accepted += 1;
        const schema = buildCredentialSchema(provider);
        const values: Values = {
          environment: provider.environments[0]?.id ?? environment,
          credentials: Object.fromEntries(provider.fields.map((field, index) => [field.key, strings[index] ?? ''])),
        };
        const result = schema.safeParse(values);
        if (result.success) expectSendable(provider, result.data);
        else expectClearMessages(result.error.issues, values);
      }),
      { numRuns: 300, maxSkipsPerRun: 100 },
    );
    // The generator must reach the builder, not only exercise defineProvider's refusals.
    expect(accepted).toBeGreaterThan(50);
  }, PROPERTY_TIMEOUT_MS);
});

describe('defineProvider, given a pattern that compiles only without the u flag', () => {
  // Found by the property above: `\\_` and `\\k<a>` passed defineProvider, then the credential
  // schema (which compiles patterns with `u`) threw a SyntaxError when the provider was opened.
  it.each(['sk\\_[a-z]+', '\\k<a>', 'x{'])('refuses %s, naming the path, so the form never meets it', (pattern) => {
    const input = {
      id: 'acme',
      name: 'Acme',
      category: 'crm',
      logo: 'https://acme.example/logo.svg',
      description: 'Acme.',
      warning: 'Admins only.',
      environments: [],
      fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', pattern }],
      guide: [{ title: 'Get a key', steps: [{ title: 'Copy it' }] }],
    } satisfies ProviderDefinitionInput;
    expect(() => defineProvider(input)).toThrowError(/"acme"[\s\S]*fields\[0\]\.pattern: must be a valid regular expression/);
  });
});

describe('the widget, given any string pasted as the Stripe key', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends exactly what the schema accepts, and for anything else shows a message and sends nothing', async () => {
    const schema = buildCredentialSchema(stripe);
    // The backend refuses everything, so the form stays on screen for the next run.
    const refusal = 'Refused by the test backend.';
    const fetchMock = vi.fn<typeof fetch>(
      async () =>
        new Response(JSON.stringify({ error: { code: 'invalid_request', message: refusal } }), {
          status: 400,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(createElement(ConnectHub, { endpoint: '/api/connect', provider: 'stripe' }));
    fireEvent.click(screen.getByRole('radio', { name: /^Test Mode/ }));
    const input = screen.getByLabelText('API Key');
    const connect = screen.getByRole('button', { name: 'Connect' });
    const outcomes = { sent: 0, refused: 0 };

    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, fc.stringMatching(/^[A-Za-z0-9]{24,40}$/).map((key) => ` sk_test_${key}\n`)), async (value) => {
        const before = fetchMock.mock.calls.length;
        fireEvent.change(input, { target: { value } });
        fireEvent.click(connect);
        // What the field holds: a single-line input drops line breaks from what is pasted into it
        // (HTML's value sanitization), so "a\rb" arrives as "ab". Found by this property.
        const held = (input as HTMLInputElement).value;
        const expected = schema.safeParse({ environment: 'test', credentials: { api_key: held } });
        if (expected.success) {
          await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(before + 1));
          const body = JSON.parse(String(fetchMock.mock.calls[before]?.[1]?.body)) as unknown;
          expect(body).toEqual(toConnectRequest(stripe, expected.data));
          await waitFor(() => expect(connect).toHaveAttribute('data-state', 'idle'));
          expect(screen.getByRole('alert')).toHaveTextContent(refusal);
          outcomes.sent += 1;
        } else {
          const message = expected.error.issues[0]?.message ?? '';
          await waitFor(() => expect(screen.getByText(message)).toBeInTheDocument());
          expect(input).toHaveAttribute('aria-invalid', 'true');
          expect(fetchMock).toHaveBeenCalledTimes(before);
          outcomes.refused += 1;
        }
      }),
      { numRuns: 30 },
    );
    // Both branches ran: the property is not vacuous.
    expect(outcomes.sent).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, PROPERTY_TIMEOUT_MS);
});
