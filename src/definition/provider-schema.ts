import { z } from '../zod.js';

const slug = z.string().check(
  z.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be a lowercase slug such as "stripe" or "api_key"'),
);
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

/** A logo is an https URL or an SVG data URL, so nothing is fetched over plain http. */
const logo = z.string().check(
  z.refine((value) => /^https:\/\//i.test(value) || /^data:image\/svg\+xml[,;]/i.test(value), {
    message: 'must be an https: URL or a data:image/svg+xml URL',
  }),
);

const regexSource = z.string().check(
  z.refine(
    (source) => {
      try {
        new RegExp(source);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'must be a valid regular expression' },
  ),
);

export const environmentSchema = z.object({
  /** Contract id sent to the backend as `environment`, e.g. `production`. Never rename. */
  id: slug,
  /** The provider's own word: "Production", "Test Mode", "Sandbox". */
  label: text,
  description: z.optional(text),
  /** Prefixes of the secret field's value that belong to this environment. */
  tokenPrefixes: z.array(z.string().check(z.minLength(1))),
  /** How a token of this environment is called in messages: "live key", "sandbox token". */
  tokenNoun: z.optional(text),
});

export const knownMistakeSchema = z.object({
  /** A value starting with this prefix is the wrong kind of credential. */
  prefix: z.string().check(z.minLength(1)),
  message: text,
});

export const fieldOptionSchema = z.object({ value: text, label: text, description: z.optional(text) });

export const fieldSchema = z.object({
  /** Contract key in `credentials`, e.g. `api_key`. Never rename. */
  key: slug,
  label: text,
  kind: z.enum(['secret', 'text', 'select']),
  /** Source of a regular expression the trimmed value must match in full. */
  pattern: z.optional(regexSource),
  /** What to say when `pattern` does not match. */
  patternMessage: z.optional(text),
  /** A shape of the value, shown as placeholder, e.g. `sk_test_…`. */
  example: z.optional(text),
  help: z.optional(text),
  /** Known wrong credentials (a Stripe publishable key) and what to say about them. */
  knownMistakes: z.optional(z.array(knownMistakeSchema)),
  /** Notes shown, without blocking, when the value starts with a prefix (a read-only token). */
  hints: z.optional(z.array(knownMistakeSchema)),
  /** Defaults to 1,000 characters; longer input is refused with a message, never sent. */
  maxLength: z.optional(z.int().check(z.positive())),
  required: z.optional(z.boolean()),
  options: z.optional(z.array(fieldOptionSchema).check(z.minLength(1))),
  defaultValue: z.optional(z.string()),
});

export const guideStepSchema = z.object({
  title: text,
  body: z.optional(text),
  bullets: z.optional(z.array(text)),
});

export const guideSectionSchema = z.object({
  title: text,
  intro: z.optional(text),
  /** Scopes or permissions this section asks for, shown as a list. */
  scopes: z.optional(z.array(text)),
  steps: z.array(guideStepSchema),
});

export const providerDefinitionSchema = z
  .object({
    id: slug,
    name: text,
    category: slug,
    logo,
    description: text,
    /** The callout shown above the guide. */
    warning: text,
    environments: z.array(environmentSchema),
    fields: z.array(fieldSchema).check(z.minLength(1, 'must declare at least one field')),
    guide: z.array(guideSectionSchema).check(z.minLength(1, 'must have at least one section')),
  })
  .check(
    z.superRefine((definition, ctx) => {
      const seen = new Set<string>();
      definition.fields.forEach((field, index) => {
        if (seen.has(field.key)) {
          ctx.addIssue({ code: 'custom', message: `duplicates the key "${field.key}"`, path: ['fields', index, 'key'] });
        }
        seen.add(field.key);
        if (field.kind === 'select' && !field.options) {
          ctx.addIssue({ code: 'custom', message: 'a select field needs options', path: ['fields', index, 'options'] });
        }
      });
      if (definition.environments.length > 0 && !definition.fields.some((field) => field.kind === 'secret')) {
        ctx.addIssue({
          code: 'custom',
          message: 'environments need a secret field whose value carries the prefixes',
          path: ['environments'],
        });
      }
      const envIds = new Set<string>();
      definition.environments.forEach((environment, index) => {
        if (envIds.has(environment.id)) {
          ctx.addIssue({ code: 'custom', message: `duplicates the id "${environment.id}"`, path: ['environments', index, 'id'] });
        }
        envIds.add(environment.id);
      });
    }),
  );

/** The declarative description of one provider: data only, no code. */
export type ProviderDefinition = z.infer<typeof providerDefinitionSchema>;
export type ProviderDefinitionInput = z.input<typeof providerDefinitionSchema>;
export type ProviderEnvironment = z.infer<typeof environmentSchema>;
export type ProviderField = z.infer<typeof fieldSchema>;
export type GuideSection = z.infer<typeof guideSectionSchema>;
export type GuideStep = z.infer<typeof guideStepSchema>;

/** Thrown by {@link defineProvider}; `issues` lists every bad property path. */
export class ProviderDefinitionError extends Error {
  override readonly name = 'ProviderDefinitionError';
  readonly providerId: string;
  readonly issues: ReadonlyArray<{ path: string; message: string }>;

  constructor(providerId: string, issues: ReadonlyArray<{ path: string; message: string }>) {
    const list = issues.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n');
    super(`Invalid ConnectHub provider definition "${providerId}":\n${list}`);
    this.providerId = providerId;
    this.issues = issues;
  }
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '') || '(root)';
}

/**
 * Validates a provider definition and returns it typed. Throws a
 * {@link ProviderDefinitionError} naming the provider id and every bad path.
 *
 * @example
 * const acme = defineProvider({
 *   id: 'acme', name: 'Acme', category: 'crm', logo: 'https://acme.example/logo.svg',
 *   description: 'Sync contacts from Acme.', warning: 'Only admins can create keys.',
 *   environments: [],
 *   fields: [{ key: 'api_key', label: 'API Key', kind: 'secret' }],
 *   guide: [{ title: 'Create a key', steps: [{ title: 'Open **Settings → API**' }] }],
 * });
 */
export function defineProvider(definition: ProviderDefinitionInput): ProviderDefinition {
  const result = providerDefinitionSchema.safeParse(definition);
  if (result.success) return result.data;
  const raw: unknown = definition;
  const id =
    raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id ? raw.id : '(no id)';
  throw new ProviderDefinitionError(
    id,
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}
