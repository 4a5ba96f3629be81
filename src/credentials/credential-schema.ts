import { z } from '../zod.js';
import type { ProviderDefinition, ProviderEnvironment, ProviderField } from '../definition/provider-schema.js';
import type { ConnectRequest } from '../contract/contract.js';
import type { MessageCatalogue } from '../i18n/locale-pack.js';
import { en } from '../i18n/messages.js';

/** Valid credential values, as the credential schema outputs them; `credentials` is keyed by the fields' contract keys. */
export type CredentialValues = {
  environment: string;
  credentials: Record<string, string>;
};

/** What the credential form holds: a radio group left without a choice reads as `null`. */
export type CredentialInput = {
  environment: string | null;
  credentials: Record<string, string | null>;
};

export const DEFAULT_MAX_LENGTH = 1000;

// Whitespace, C0/C1 controls, zero-width and bidi-override characters never belong in a token
// and are invisible when pasted.
/**
 * A value without what a copy from a file often brings along: quotation marks around it, and the
 * name of its variable or entry before it (`STRIPE_SECRET_KEY=…`, `api_key: …`).
 */
function alone(value: string): string {
  return value.replace(/^[A-Za-z_][\w.-]*\s*[=:]\s*/u, '').replace(/^["'`“”‘’„«»]+|["'`“”‘’„«»]+$/gu, '');
}

const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u;

/** The field whose value carries the environment prefixes: the first secret field. */
export function prefixedField(definition: ProviderDefinition): ProviderField | undefined {
  if (definition.environments.length === 0) return undefined;
  return definition.fields.find((field) => field.kind === 'secret');
}

/** The environment a token belongs to, by its prefix (the longest matching prefix wins). */
export function environmentForToken(definition: ProviderDefinition, token: string): ProviderEnvironment | undefined {
  const value = token.trim();
  let best: { environment: ProviderEnvironment; length: number } | undefined;
  for (const environment of definition.environments) {
    for (const prefix of environment.tokenPrefixes) {
      if (value.startsWith(prefix) && value.length > prefix.length && prefix.length > (best?.length ?? 0)) {
        best = { environment, length: prefix.length };
      }
    }
  }
  return best?.environment;
}

export type EnvironmentMismatch = { token: ProviderEnvironment; selected: ProviderEnvironment };

/** A label as it goes into a sentence of a left-to-right widget: unchanged (see {@link buildCredentialSchema}'s `isolate`). */
const asIs = (text: string) => text;

/** What the key field says when its key is of another environment than the one chosen. */
export function environmentMismatchMessage(messages: MessageCatalogue, secret: ProviderField, mismatch: EnvironmentMismatch, isolate = asIs): string {
  const { token, selected } = mismatch;
  return messages.environmentMismatch(isolate(token.tokenNoun ?? `${token.label} ${secret.label}`), isolate(selected.label), isolate(token.label));
}

/** A token of one environment while another environment is selected; `undefined` otherwise. */
export function findEnvironmentMismatch(
  definition: ProviderDefinition,
  values: CredentialInput,
): EnvironmentMismatch | undefined {
  const field = prefixedField(definition);
  if (!field) return undefined;
  const selected = definition.environments.find((environment) => environment.id === values.environment);
  const token = environmentForToken(definition, values.credentials[field.key] ?? '');
  if (!selected || !token || token.id === selected.id) return undefined;
  return { token, selected };
}

/** A non-blocking note about a field's value, e.g. that a token is read-only. */
export function hintFor(field: ProviderField, value: string | null | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return field.hints?.find((hint) => trimmed.startsWith(hint.prefix) && trimmed.length > hint.prefix.length)?.message;
}

/** The values a fresh form starts with: no environment chosen, select fields at their default. */
export function defaultCredentialValues(definition: ProviderDefinition): CredentialInput {
  return {
    environment: '',
    credentials: Object.fromEntries(definition.fields.map((field) => [field.key, field.defaultValue ?? ''])),
  };
}

function fieldSchema(
  definition: ProviderDefinition,
  field: ProviderField,
  messages: MessageCatalogue,
  isolate: (text: string) => string,
): z.ZodMiniType<string, string | null> {
  const required = field.required !== false;
  const label = isolate(field.label);
  const max = field.maxLength ?? DEFAULT_MAX_LENGTH;
  const pattern = field.pattern === undefined ? undefined : new RegExp(`^(?:${field.pattern})$`, 'u');
  const optionValues = field.options?.map((option) => option.value);
  const empty = () => (field.kind === 'select' ? messages.chooseOption(label) : messages.required(label));

  // A radio group left with nothing chosen reads as null, not '' (react-hook-form reads it from
  // the page on blur): that too is nothing entered, and says so. An optional select is never a
  // radio group (credential-field.tsx), so null is always a missing choice.
  return z.string({ error: empty }).check(
    z.trim(),
    z.superRefine((value, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
      if (value === '') {
        if (required) fail(empty());
        return;
      }
      if (value.length > max) return fail(messages.tooLong(label, max));
      if (optionValues) {
        if (!optionValues.includes(value)) fail(messages.chooseOption(label));
        return;
      }
      if (pattern && !pattern.test(value) && pattern.test(alone(value))) return fail((messages.pasteAlone ?? en.pasteAlone)(label));
      if (field.kind === 'secret' && INVISIBLE.test(value)) return fail(messages.invisibleCharacters(label));
      const mistake = field.knownMistakes?.find((known) => value.startsWith(known.prefix));
      if (mistake) return fail(mistake.message);
      if (pattern && !pattern.test(value)) {
        fail(field.patternMessage ?? messages.badFormat(isolate(definition.name), label, field.example && isolate(field.example)));
      }
    }),
  );
}

/**
 * Builds the credential form's schema from a provider definition: required fields, length caps,
 * formats, known wrong keys, and the environment/prefix consistency check. Pure: the same
 * definition gives an equivalent schema, and nothing outside is read. `isolate` sets a label, a
 * name or an example apart in the message it goes into: a right-to-left widget passes its own
 * (Unicode's first-strong isolate), so that "Test env." or "Acme Inc." keeps its full stop in an
 * Arabic sentence; by default, text goes in as it is.
 *
 * @example
 * const schema = buildCredentialSchema(stripe);
 * schema.safeParse({ environment: 'test', credentials: { api_key: 'sk_live_…' } });
 * // → an issue on credentials.api_key: "This is a live key, but Test Mode is selected."
 */
export function buildCredentialSchema(definition: ProviderDefinition, messages: MessageCatalogue = en, isolate = asIs) {
  const environmentIds = definition.environments.map((environment) => environment.id);
  // Nothing chosen arrives as '' or, from a radio group left without a choice, as null: any value
  // but an environment's id says what to choose. Worded only when needed: the first
  // Intl.ListFormat of a page costs ≈12 ms (≈50 at CPU ×4), and this schema is built while a click waits.
  const environment: z.ZodMiniType<string, string | null> =
    environmentIds.length === 0
      ? z.string()
      : z.enum(environmentIds, {
          error: () => messages.chooseEnvironment(definition.environments.map((env) => isolate(env.label))),
        });
  const credentials = z.object(
    Object.fromEntries(definition.fields.map((field) => [field.key, fieldSchema(definition, field, messages, isolate)])),
  );
  const secret = prefixedField(definition);

  return z.object({ environment, credentials }).check(
    z.superRefine((values, ctx) => {
      const mismatch = findEnvironmentMismatch(definition, values);
      if (!mismatch || !secret) return;
      ctx.addIssue({
        code: 'custom',
        path: ['credentials', secret.key],
        input: values.credentials[secret.key],
        message: environmentMismatchMessage(messages, secret, mismatch, isolate),
      });
      // First among the issues, so that it is the key's message: the wrong environment says more
      // than a format error of the same key (a live key still being typed is also too short).
      ctx.issues.unshift(...ctx.issues.splice(-1));
    }),
  );
}

export type CredentialSchema = ReturnType<typeof buildCredentialSchema>;

/** The wire body for validated values; `environment` only where the provider has environments. */
export function toConnectRequest(definition: ProviderDefinition, values: CredentialValues): ConnectRequest {
  const credentials: Record<string, string> = {};
  for (const field of definition.fields) {
    const value = values.credentials[field.key];
    if (value) credentials[field.key] = value;
  }
  return definition.environments.length > 0
    ? { provider: definition.id, environment: values.environment, credentials }
    : { provider: definition.id, credentials };
}
