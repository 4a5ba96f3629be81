import { z } from '../zod.js';

const LOCALE_TAG_MESSAGE = 'must be a locale tag such as "fr" or "de-CH"';

/**
 * An object of translatable text that reports a property it does not know (a misspelling, or an
 * attempt to translate an id) instead of dropping it silently.
 */
function translationObject<T extends Parameters<typeof z.strictObject>[0]>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `cannot translate ${issue.keys.map((key) => `"${key}"`).join(', ')}; translatable: ${allowed}`
        : 'must be an object',
  });
}

/** Translations keyed by id, key or option value. */
function translationRecord<T extends Parameters<typeof z.record>[1]>(value: T) {
  return z.record(z.string(), value, { error: 'must be an object' });
}

type Issue = { message: string; path: PropertyKey[] };

/** What {@link translationIssues} reads of a translation. */
type TranslationShape = {
  environments?: Record<string, unknown> | undefined;
  fields?: Record<
    string,
    {
      options?: Record<string, unknown> | undefined;
      knownMistakes?: ReadonlyArray<{ prefix: string }> | undefined;
      hints?: ReadonlyArray<{ prefix: string }> | undefined;
    }
  > | undefined;
};

/** Issues for translations that name an environment, field, option or prefix the definition lacks. */
function translationIssues(definition: {
  environments: ReadonlyArray<{ id: string }>;
  fields: ReadonlyArray<{
    key: string;
    options?: ReadonlyArray<{ value: string }> | undefined;
    knownMistakes?: ReadonlyArray<{ prefix: string }> | undefined;
    hints?: ReadonlyArray<{ prefix: string }> | undefined;
  }>;
  translations?: Record<string, TranslationShape> | undefined;
}): Issue[] {
  const issues: Issue[] = [];
  const environmentIds = definition.environments.map((environment) => environment.id);
  for (const [locale, translation] of Object.entries(definition.translations ?? {})) {
    const at = ['translations', locale];
    for (const id of Object.keys(translation.environments ?? {})) {
      if (!environmentIds.includes(id)) {
        issues.push({ message: `translates an environment "${id}" the provider does not have`, path: [...at, 'environments', id] });
      }
    }
    for (const [key, fieldTranslation] of Object.entries(translation.fields ?? {})) {
      const field = definition.fields.find((candidate) => candidate.key === key);
      if (!field) {
        issues.push({ message: `translates a field "${key}" the provider does not have`, path: [...at, 'fields', key] });
        continue;
      }
      for (const value of Object.keys(fieldTranslation.options ?? {})) {
        if (!field.options?.some((option) => option.value === value)) {
          issues.push({ message: `translates an option "${value}" the field does not have`, path: [...at, 'fields', key, 'options', value] });
        }
      }
      for (const list of ['knownMistakes', 'hints'] as const) {
        fieldTranslation[list]?.forEach((entry, index) => {
          if (!field[list]?.some((own) => own.prefix === entry.prefix)) {
            issues.push({
              message: `translates a ${list === 'hints' ? 'hint' : 'known mistake'} for prefix "${entry.prefix}" the field does not declare`,
              path: [...at, 'fields', key, list, index, 'prefix'],
            });
          }
        });
      }
    }
  }
  return issues;
}

/** What {@link authoringIssues} reads of a guide. */
type GuideShape = ReadonlyArray<{ intro?: string | undefined; scopes?: readonly string[] | undefined; steps: readonly unknown[] }>;

/**
 * Issues with a definition the schema accepts but the widget would show wrong, with no error: what
 * an author used to JavaScript's regex literals writes (a pattern is compiled from its source
 * alone, and a prefix is matched as plain text, so `/^re_…$/` or `^sk_live_` would refuse or miss
 * every key), an SVG logo a browser does not draw (the name's first letter shows instead), and a
 * guide section that is a lone heading. For development only: production bundles drop it.
 */
function authoringIssues(definition: {
  logo: string;
  environments: ReadonlyArray<{ tokenPrefixes: readonly string[] }>;
  fields: ReadonlyArray<{
    pattern?: string | undefined;
    knownMistakes?: ReadonlyArray<{ prefix: string }> | undefined;
    hints?: ReadonlyArray<{ prefix: string }> | undefined;
  }>;
  guide: GuideShape;
  translations?: Record<string, { guide?: GuideShape | undefined }> | undefined;
}): Issue[] {
  const issues: Issue[] = [];
  const plain = (prefix: string, path: PropertyKey[]) => {
    // Only what no key starts with: a leading ^, a backslash, a class, a group or an alternation.
    // A "$", "+" or "*" may be the key's own ("$aact_"); a dot surely is ("SG.").
    if (/^\^|[\\[(|]/.test(prefix)) {
      issues.push({ message: 'is plain text, not a pattern: write the characters a key starts with, as they are', path });
    }
  };
  definition.fields.forEach((field, index) => {
    if (field.pattern !== undefined && /^\/.+\/[a-z]*$/s.test(field.pattern)) {
      issues.push({
        message: 'must be the source alone, without the slashes and flags of a JavaScript regex literal (write a slash the value has as \\/)',
        path: ['fields', index, 'pattern'],
      });
    }
    for (const list of ['knownMistakes', 'hints'] as const) {
      field[list]?.forEach((entry, at) => plain(entry.prefix, ['fields', index, list, at, 'prefix']));
    }
  });
  definition.environments.forEach((environment, index) =>
    environment.tokenPrefixes.forEach((prefix, at) => plain(prefix, ['environments', index, 'tokenPrefixes', at])),
  );

  // A "#" left as it is ends the URL there, and an SVG without its namespace is not drawn. A logo
  // too long is reported on its own.
  const { logo } = definition;
  const [head = '', body] = logo.length <= 65_536 && /^data:image\/svg\+xml[,;]/i.test(logo) ? logo.split(/,(.*)/s) : [];
  if (body !== undefined) {
    let svg = '';
    try {
      svg = /;base64$/i.test(head) ? atob(body) : decodeURIComponent(body);
    } catch {
      // Not decodable here: left to the browser.
    }
    if (body.includes('#')) {
      issues.push({ message: 'has a "#" that is not encoded, where the image would end: encode the SVG with encodeURIComponent', path: ['logo'] });
    } else if (svg && !svg.includes('http://www.w3.org/2000/svg')) {
      issues.push({ message: 'is an SVG without xmlns="http://www.w3.org/2000/svg", which a browser does not draw as an image', path: ['logo'] });
    }
  }

  // A section with no steps shows no list (an intro alone is a section too); one with nothing at
  // all is a lone heading, most likely with its steps left out.
  const guides: Array<{ at: PropertyKey[]; guide: GuideShape }> = [{ at: ['guide'], guide: definition.guide }];
  for (const [locale, translation] of Object.entries(definition.translations ?? {})) {
    if (translation.guide) guides.push({ at: ['translations', locale, 'guide'], guide: translation.guide });
  }
  for (const { at, guide } of guides) {
    guide.forEach((section, index) => {
      if (!section.steps.length && !section.intro && !section.scopes?.length) {
        issues.push({ message: 'has nothing under its title: give it steps, an intro or scopes', path: [...at, index] });
      }
    });
  }
  return issues;
}

// `process.env.NODE_ENV` is left for the host's bundler to replace, as React does.
declare const process: { env: { NODE_ENV?: string } };

/** A field's pattern as the credential schema compiles it, or undefined when it is invalid (reported on its own). */
function fullMatch(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return undefined;
  }
}

/**
 * Every schema of a provider definition, built on first use: building zod schemas takes a few
 * milliseconds, and a page that shows only built-in providers (trusted without a parse) never
 * needs them.
 */
function buildSchemas() {
  const slug = z.string().check(
    z.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be a lowercase slug such as "stripe" or "api_key"'),
  );
  const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
  /** A prefix is matched as it is written: not trimmed, and never empty, which every value would start with. */
  const prefix = z.string().check(z.minLength(1, 'must not be empty'));

  /** A logo is an https URL or an SVG data URL, so nothing is fetched over plain http. */
  const logo = z.string().check(
    z.refine((value) => /^https:\/\//i.test(value) || /^data:image\/svg\+xml[,;]/i.test(value), {
      message: 'must be an https: URL or a data:image/svg+xml URL',
    }),
    // Every screen that shows the provider parses it: a megabyte of data URL costs each of them.
    z.maxLength(65_536, 'must be at most 65,536 characters: host a larger logo and give its https: URL'),
  );

  // With the `u` flag, as the credential schema compiles it: `\_` or `\k<x>` are fine without `u`
  // but throw with it, which would crash the form instead of failing here. Checked on its own, not
  // wrapped in `^(?:…)$`, so that `a)|(?:b` cannot pass and unanchor the wrapped pattern.
  const regexSource = z.string().check(
    z.superRefine((source, ctx) => {
      try {
        new RegExp(source, 'u');
      } catch (error) {
        // The engine's own reason ("Unterminated group"), and the usual cause when only `u` refuses it.
        const reason = error instanceof Error ? error.message.replace(/^.*: /, '') : String(error);
        let withoutU = true;
        try {
          new RegExp(source);
        } catch {
          withoutU = false;
        }
        ctx.addIssue({
          code: 'custom',
          message: `must be a valid regular expression with the u flag (${withoutU ? 'escape only syntax characters, e.g. write _ not \\_' : reason})`,
        });
      }
    }),
  );

  const environmentSchema = z.strictObject({
    /** Contract id sent to the backend as `environment`, e.g. `production`. Never rename. */
    id: slug,
    /** The provider's own word: "Production", "Test Mode", "Sandbox". */
    label: text,
    description: z.optional(text),
    /** Prefixes of the secret field's value that belong to this environment. */
    tokenPrefixes: z.array(prefix),
    /** How a token of this environment is called in messages: "live key", "sandbox token". */
    tokenNoun: z.optional(text),
  });

  const knownMistakeSchema = z.strictObject({
    /** A value starting with this prefix is the wrong kind of credential. */
    prefix,
    message: text,
  });

  const fieldOptionSchema = z.strictObject({ value: text, label: text, description: z.optional(text) });

  const fieldSchema = z.strictObject({
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
    // A whole number through the platform's own check, not z.int(): its number-format schema was
    // 0.35 kB gzip of what loads with the page, for this one property.
    maxLength: z.optional(z.number().check(z.refine(Number.isSafeInteger, { error: 'must be a whole number', abort: true }), z.positive('must be at least 1'))),
    required: z.optional(z.boolean()),
    options: z.optional(z.array(fieldOptionSchema).check(z.minLength(1, 'must have at least one option'))),
    defaultValue: z.optional(z.string()),
  });

  const guideStepSchema = z.strictObject({
    title: text,
    body: z.optional(text),
    bullets: z.optional(z.array(text)),
  });

  const guideSectionSchema = z.strictObject({
    title: text,
    intro: z.optional(text),
    /** Scopes or permissions this section asks for, shown as a list. */
    scopes: z.optional(z.array(text)),
    steps: z.array(guideStepSchema),
  });

  /** A locale tag such as `fr`, `de-CH` or `pt_BR`. */
  const localeTag = z.string().check(z.regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, LOCALE_TAG_MESSAGE));

  /**
   * Translated text of one environment; its `id` and `tokenPrefixes` never change. In languages with
   * grammatical gender, write `tokenNoun` with its indefinite article ("une clé live",
   * "ein Live-Schlüssel") so that messages agree with it; without one, the French and German
   * messages name the environment instead.
   */
  const environmentTranslationSchema = translationObject({
    label: z.optional(text),
    description: z.optional(text),
    tokenNoun: z.optional(text),
  });

  const fieldOptionTranslationSchema = translationObject({ label: z.optional(text), description: z.optional(text) });

  /**
   * Translated text of one field; its `key`, `kind`, `pattern` and limits never change. Known
   * mistakes and hints are matched to the field's own by `prefix`: a translation rewords their
   * messages, it cannot add or remove a check. `options` are keyed by option `value`.
   */
  const fieldTranslationSchema = translationObject({
    label: z.optional(text),
    help: z.optional(text),
    patternMessage: z.optional(text),
    example: z.optional(text),
    knownMistakes: z.optional(z.array(knownMistakeSchema)),
    hints: z.optional(z.array(knownMistakeSchema)),
    options: z.optional(translationRecord(fieldOptionTranslationSchema)),
  });

  /**
   * One locale's text for a provider. Everything is optional and falls back to the definition's own
   * text; `guide`, when given, replaces the whole guide. Environments are keyed by `id`, fields by
   * `key`: contract ids are never translated.
   */
  const providerTranslationSchema = translationObject({
    name: z.optional(text),
    description: z.optional(text),
    warning: z.optional(text),
    guide: z.optional(z.array(guideSectionSchema).check(z.minLength(1, 'must have at least one section'))),
    environments: z.optional(translationRecord(environmentTranslationSchema)),
    fields: z.optional(translationRecord(fieldTranslationSchema)),
  });

  const definition = z
    .strictObject({
      id: slug,
      name: text,
      category: slug,
      logo,
      /** One line, plain text: under the name in the picker and under the heading. */
      description: text,
      /** The callout shown above the guide. */
      warning: text,
      environments: z.array(environmentSchema),
      fields: z.array(fieldSchema).check(z.minLength(1, 'must declare at least one field')),
      guide: z.array(guideSectionSchema).check(z.minLength(1, 'must have at least one section')),
      /**
       * The language its own text is written in, a locale tag (the built-in providers: "en"). Text
       * the widget shows untranslated inside another language is marked as this one, for screen
       * readers; without it, nothing is marked.
       */
      language: z.optional(localeTag),
      /**
       * Text in other languages, by locale tag (`fr`, `de`, `fr-CA`…); applied by `localizeProvider`.
       * @example translations: { fr: { description: 'Paiements et abonnements.' } }
       */
      translations: z.optional(
        z.record(localeTag, providerTranslationSchema, {
          error: (issue) => (issue.code === 'invalid_key' ? LOCALE_TAG_MESSAGE : 'must be an object'),
        }),
      ),
    })
    .check(
      z.superRefine((definition, ctx) => {
        const seen = new Set<string>();
        const secret = definition.fields.findIndex((field) => field.kind === 'secret');
        definition.fields.forEach((field, index) => {
          if (seen.has(field.key)) {
            ctx.addIssue({ code: 'custom', message: `duplicates the key "${field.key}"`, path: ['fields', index, 'key'] });
          }
          seen.add(field.key);
          if (field.kind === 'select' && !field.options) {
            ctx.addIssue({ code: 'custom', message: 'a select field needs options', path: ['fields', index, 'options'] });
          }
          if (field.kind !== 'select' && field.options) {
            ctx.addIssue({ code: 'custom', message: 'only a select field has options', path: ['fields', index, 'options'] });
          }
          const values = field.options?.map((option) => option.value) ?? [];
          values.forEach((value, at) => {
            if (values.indexOf(value) !== at) {
              ctx.addIssue({ code: 'custom', message: `duplicates the value "${value}"`, path: ['fields', index, 'options', at, 'value'] });
            }
          });
          // An optional select also offers the empty choice.
          const allowed = field.required === false ? [...values, ''] : values;
          if (field.options && field.defaultValue !== undefined && !allowed.includes(field.defaultValue)) {
            ctx.addIssue({ code: 'custom', message: 'must be one of the options\' values', path: ['fields', index, 'defaultValue'] });
          }
          // A maximum below the format's own length makes a form no one can submit: a value starts
          // with an environment's prefix (on the secret field) and with its example's text before
          // "…", and an example without "…" that the pattern matches is a value. Checked in
          // development only, where the definition is written: 0.2 kB a host's users need not load.
          const max = field.maxLength;
          if (max && process.env.NODE_ENV !== 'production') {
            const [head = '', ...cut] = field.example?.split('…') ?? [];
            const starts = index === secret ? definition.environments.flatMap((environment) => environment.tokenPrefixes) : [];
            const start = (cut.length ? [...starts, head] : starts).find((prefix) => prefix.length >= max);
            const matches = !cut.length && head.length > max && field.pattern !== undefined && fullMatch(field.pattern)?.test(head);
            if (start !== undefined || matches) {
              ctx.addIssue({
                code: 'custom',
                message: `is ${max}: too short for ${matches ? 'the example, which matches the pattern' : `a value starting with "${start}"`}`,
                path: ['fields', index, 'maxLength'],
              });
            }
          }
        });
        if (definition.environments.length > 0 && !definition.fields.some((field) => field.kind === 'secret')) {
          ctx.addIssue({
            code: 'custom',
            message: 'environments need a secret field whose value carries the prefixes',
            path: ['environments'],
          });
        }
        // A known mistake that every key of an environment starts with would refuse them all.
        definition.fields[secret]?.knownMistakes?.forEach((mistake, at) => {
          const shadowed = definition.environments.flatMap((environment) => environment.tokenPrefixes).find((prefix) => prefix.startsWith(mistake.prefix));
          if (shadowed !== undefined) {
            ctx.addIssue({ code: 'custom', message: `every key starting with "${shadowed}" starts with it too`, path: ['fields', secret, 'knownMistakes', at, 'prefix'] });
          }
        });
        const envIds = new Set<string>();
        const prefixes = new Set<string>();
        definition.environments.forEach((environment, index) => {
          if (envIds.has(environment.id)) {
            ctx.addIssue({ code: 'custom', message: `duplicates the id "${environment.id}"`, path: ['environments', index, 'id'] });
          }
          envIds.add(environment.id);
          // A prefix of two environments would make every key of the second one a mismatch.
          environment.tokenPrefixes.forEach((prefix, at) => {
            if (prefixes.has(prefix)) {
              ctx.addIssue({ code: 'custom', message: `"${prefix}" is another environment's prefix too`, path: ['environments', index, 'tokenPrefixes', at] });
            }
          });
          environment.tokenPrefixes.forEach((prefix) => prefixes.add(prefix));
        });
        // In development only, as the maxLength check above.
        if (process.env.NODE_ENV !== 'production') {
          for (const issue of authoringIssues(definition)) ctx.addIssue({ code: 'custom', ...issue });
        }
        for (const issue of translationIssues(definition)) ctx.addIssue({ code: 'custom', ...issue });
      }),
    );

  return { providerTranslationSchema, definition };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;
function providerSchemas(): ReturnType<typeof buildSchemas> {
  schemas ??= buildSchemas();
  return schemas;
}
function definitionSchema() {
  return providerSchemas().definition;
}
function translationSchema() {
  return providerSchemas().providerTranslationSchema;
}

/**
 * The zod schema of a provider definition, for tools that check definitions themselves
 * ({@link defineProvider} uses it). Pure: a bundle that does not import it does not build it.
 *
 * @example
 * // A CI check over definitions kept as JSON files
 * const result = providerDefinitionSchema.safeParse(JSON.parse(await readFile('acme.json', 'utf8')));
 * if (!result.success) console.error(result.error.issues);
 */
export const providerDefinitionSchema = /* @__PURE__ */ definitionSchema();
/** The zod schema of one locale's text for a provider (see `translations`). */
export const providerTranslationSchema = /* @__PURE__ */ translationSchema();

type Schemas = ReturnType<typeof buildSchemas>;

/**
 * Read-only all the way down: a definition is frozen once checked (see {@link defineProvider}),
 * and an input may be an `as const` literal.
 */
type Frozen<T> = T extends ReadonlyArray<infer Item>
  ? ReadonlyArray<Frozen<Item>>
  : T extends object
    ? { readonly [Key in keyof T]: Frozen<T[Key]> }
    : T;

/** The declarative description of one provider: data only, no code. Frozen: change a copy. */
export type ProviderDefinition = Frozen<z.infer<Schemas['definition']>>;
/** What {@link defineProvider} accepts: a definition before its text is trimmed and its defaults filled. */
export type ProviderDefinitionInput = Frozen<z.input<Schemas['definition']>>;
export type ProviderEnvironment = ProviderDefinition['environments'][number];
export type ProviderField = ProviderDefinition['fields'][number];
export type GuideSection = ProviderDefinition['guide'][number];
export type GuideStep = GuideSection['steps'][number];
export type ProviderTranslation = Frozen<z.infer<Schemas['providerTranslationSchema']>>;
export type EnvironmentTranslation = NonNullable<ProviderTranslation['environments']>[string];
export type FieldTranslation = NonNullable<ProviderTranslation['fields']>[string];

/**
 * Thrown by {@link defineProvider}; `issues` lists every bad property path.
 *
 * @example
 * try {
 *   defineProvider(definitionFromJson);
 * } catch (error) {
 *   if (error instanceof ProviderDefinitionError) report(error.providerId, error.issues);
 * }
 */
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
 * Definitions `defineProvider` has returned: `<ConnectHub>` re-checks every definition it is given
 * (one written by hand may have skipped `defineProvider`), and a catalogue of 1,000 providers
 * should not be parsed again on every mount.
 */
const validated = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A built-in definition, trusted without a parse: it is our own data, checked against the schema
 * by the tests (`src/providers/providers.test.ts`), so a host's page does not run the schema over
 * five definitions while it loads. Frozen and marked as validated, exactly like `defineProvider`'s
 * result. Not public: hosts use {@link defineProvider}.
 */
export function builtInDefinition(definition: ProviderDefinitionInput): ProviderDefinition {
  // Input and output types are the same (its only transform trims text, string to string); the
  // built-ins' text has no surrounding spaces, which the tests check. Their text is English.
  const trusted: ProviderDefinition = { ...definition, language: 'en' };
  validated.add(deepFreeze(trusted));
  return trusted;
}

/**
 * Words for what zod/mini, which ships no messages, would call "Invalid input": a property left
 * out or unknown, a value of the wrong type, one outside its list. The schema's own checks word
 * the rest.
 */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'is required' : `must be of type ${issue.expected}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
  // A misspelt property (`patern`) would otherwise be dropped, and with it the check it names.
  if (issue.code === 'unrecognized_keys') return `unknown property ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  return undefined;
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
export function defineProvider<Id extends string>(
  definition: ProviderDefinitionInput & { readonly id: Id },
): ProviderDefinition & { readonly id: Id } {
  type Defined = ProviderDefinition & { readonly id: Id };
  if (validated.has(definition)) return definition as Defined;
  const result = definitionSchema().safeParse(definition, { error: describeIssue });
  if (result.success) {
    // Frozen, so what was validated is what renders: change a copy (`{ ...stripe, name }`) instead.
    const checked: ProviderDefinition = deepFreeze(result.data);
    validated.add(checked);
    // The id comes back as given: a slug is checked, never trimmed.
    return checked as Defined;
  }
  const raw: unknown = definition;
  const id =
    raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id ? raw.id : '(no id)';
  throw new ProviderDefinitionError(
    id,
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}
