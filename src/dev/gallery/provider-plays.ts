import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { builtInMessages, type ConnectedAccount, type ConnectHub, type ConnectHubProps, type Messages, type ProviderDefinition } from '../../index.js';
import { action } from './actions.js';
import { MAX_ATTEMPTS } from '../../connect/connect-mutation.js';
import {
  acceptConnect,
  answerHtmlPage,
  failingHeaders,
  failWithServerError,
  neverAnswer,
  NO_TIMEOUT_MS,
  rejectField,
  unavailableThenNoAnswer,
} from './mock-fetch.js';
import type { PlayFunction, StoryObj } from './csf.js';

/**
 * `play` functions for provider stories: they fill the form and press Connect through the DOM,
 * as a user would (Testing Library's `within` and `user-event`, exactly as in Storybook), so a
 * story's state is what the widget really does with the mocked answer.
 */

export type Play = PlayFunction<ConnectHubProps>;
type Credentials = Record<string, string>;

/** Sample credentials for one provider's stories. */
export type ProviderSample = {
  /** Well-formed credentials that pass the browser's checks, by field key. */
  valid: Credentials;
  /** For providers with environments: the environment to select first, and a key of another one. */
  mismatch?: { environment: string; credentials: Credentials };
  /** Credentials of the wrong kind that the browser catches: a known mistake or a bad format. */
  wrongKey?: Credentials;
};

/** The args every story of a host-embedded widget starts from: a mocked backend and logged callbacks. */
export const hostArgs = {
  endpoint: '/api/connect',
  // Pressing Connect in a story that does not set its own transport shows the spinner, then success.
  fetch: acceptConnect({}, 800),
  onClose: action('onClose'),
  onEvent: action('onEvent'),
  onSuccess: action('onSuccess'),
  onError: action('onError'),
} satisfies Partial<ConnectHubProps>;

/** How long a play waits for the widget to answer; generous, for busy CI machines. */
const TIMEOUT = { timeout: 5000 };
/** For a retry: react-query's backoff (up to 600 ms before attempt 2) on top of the answer. */
const RETRY_TIMEOUT = { timeout: 15_000 };
/** As written: French puts narrow no-break spaces before « : », which the default matcher would collapse. */
const AS_WRITTEN = { normalizer: (text: string) => text };

/** The strings the widget shows for the story's `locale` and `messages` args (as the widget resolves them). */
export function storyMessages(args: ConnectHubProps): Messages {
  const english = builtInMessages.en;
  const tag = normalizeTag(args.locale?.trim() || 'en');
  const packs = [...(args.locales ?? []), { locale: 'en', messages: english }];
  const served = (candidate: string) => packs.find((pack) => normalizeTag(pack.locale) === candidate)?.messages;
  const base = served(tag) ?? served(tag.split('-')[0] ?? '') ?? english;
  // English stands in for the strings a pack made before them lacks, as in the widget.
  return { ...english, ...base, ...args.messages };
}

/** "de_CH" → "de-ch": the widget compares tags case-insensitively, `_` as `-`. */
function normalizeTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The parts of a translation (a pack's or a definition's own) that name what a play looks for. */
type TranslatedTexts = {
  name?: string;
  fields?: Record<string, { label?: string; options?: Record<string, { label?: string }> }>;
  environments?: Record<string, { label?: string }>;
};

/**
 * Translations for the story's locale ("de" and "de-CH" for "de-CH"): the story's packs' for this
 * provider, and the definition's own; read structurally.
 */
function translationsFor(provider: ProviderDefinition, args: ConnectHubProps): TranslatedTexts[] {
  if (!args.locale) return [];
  const parts = normalizeTag(args.locale).split('-');
  const applies = (tag: string) => parts.some((_part, index) => parts.slice(0, index + 1).join('-') === normalizeTag(tag));
  const fromPacks = (args.locales ?? []).map((pack): [string, TranslatedTexts | undefined] => [
    pack.locale,
    pack.providers && Object.hasOwn(pack.providers, provider.id) ? pack.providers[provider.id] : undefined,
  ]);
  const own = Object.entries((provider as { translations?: Record<string, TranslatedTexts> }).translations ?? {});
  return [...fromPacks, ...own].flatMap(([tag, texts]) => (texts && applies(tag) ? [texts] : []));
}

/**
 * What the widget may call a provider's parts in the story's locale: the translation when the
 * definition has one, and the definition's own words (so plays work whether or not the widget
 * localises definitions).
 */
function wordsFor(provider: ProviderDefinition, args: ConnectHubProps) {
  const layers = translationsFor(provider, args);
  const candidates = (own: string, pick: (texts: TranslatedTexts) => string | undefined) => [
    ...new Set([...layers.map(pick).filter((text): text is string => Boolean(text)), own]),
  ];
  return {
    name: candidates(provider.name, (texts) => texts.name),
    field: (key: string) => candidates(fieldOf(provider, key).label, (texts) => texts.fields?.[key]?.label),
    option: (key: string, value: string) => {
      const own = fieldOf(provider, key).options?.find((option) => option.value === value)?.label ?? value;
      return candidates(own, (texts) => texts.fields?.[key]?.options?.[value]?.label);
    },
    environment: (id: string) => candidates(environmentOf(provider, id).label, (texts) => texts.environments?.[id]?.label),
  };
}

type Words = ReturnType<typeof wordsFor>;

/**
 * Text as a user reads it: without the isolates (U+2068 … U+2069, invisible) that a right-to-left
 * widget puts around names and labels in its sentences.
 */
function asRead(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2068\u2069]/gu, '');
}

/** Matches an accessible name or label equal to one of `texts`, or to `format` of one of them. */
function oneOf(texts: readonly string[], format: (text: string) => string = (text) => text): (text: string) => boolean {
  const pattern = new RegExp(`^\\s*(?:${texts.map((text) => escapeRegExp(format(text))).join('|')})\\s*$`, 'u');
  return (text) => pattern.test(asRead(text));
}

/**
 * Matches a radio card by the start of its accessible name, which goes on with the card's
 * description (with a space in browsers, none in jsdom).
 */
function startsWithOneOf(texts: readonly string[]): RegExp {
  return new RegExp(`^\\s*(?:${texts.map(escapeRegExp).join('|')})`, 'u');
}

function fieldOf(provider: ProviderDefinition, key: string) {
  const field = provider.fields.find((candidate) => candidate.key === key);
  if (!field) throw new Error(`${provider.name} has no field "${key}".`);
  return field;
}

function environmentOf(provider: ProviderDefinition, id: string) {
  const environment = provider.environments.find((candidate) => candidate.id === id);
  if (!environment) throw new Error(`${provider.name} has no environment "${id}".`);
  return environment;
}

/** The environment a token's prefix belongs to, from the definition's `tokenPrefixes`. */
function environmentOfToken(provider: ProviderDefinition, token: string) {
  return provider.environments.find((environment) => environment.tokenPrefixes.some((prefix) => token.startsWith(prefix)));
}

type User = ReturnType<typeof userEvent.setup>;
type Canvas = ReturnType<typeof within>;

/** Pastes each credential into its field, or picks it, as a user would. */
async function fill(user: User, canvas: Canvas, provider: ProviderDefinition, words: Words, credentials: Credentials) {
  for (const [key, value] of Object.entries(credentials)) {
    const field = fieldOf(provider, key);
    if (field.kind === 'select') {
      const cards = canvas.queryAllByRole('radio', { name: startsWithOneOf(words.option(key, value)) });
      if (cards[0]) await user.click(cards[0]);
      else await user.selectOptions(canvas.getByLabelText(oneOf(words.field(key)), { selector: 'select' }), value);
      continue;
    }
    const input = canvas.getByLabelText(oneOf(words.field(key)), { selector: 'input' });
    await user.clear(input);
    await user.click(input);
    await user.paste(value);
  }
}

function secretInput(canvas: Canvas, provider: ProviderDefinition, words: Words): HTMLElement {
  const secret = provider.fields.find((field) => field.kind === 'secret') ?? provider.fields[0];
  if (!secret) throw new Error(`${provider.name} has no fields.`);
  return canvas.getByLabelText(oneOf(words.field(secret.key)), { selector: 'input' });
}

async function expectInvalid(input: HTMLElement) {
  await waitFor(() => {
    if (input.getAttribute('aria-invalid') !== 'true') throw new Error('The field was not marked invalid.');
  }, TIMEOUT);
}

/**
 * The plays for one provider's stories.
 *
 * @example
 * const play = providerPlays(stripe, { valid: { api_key: 'sk_test_…' } });
 * export const Success: Story = { args: { fetch: acceptConnect() }, play: play.success };
 */
export function providerPlays(provider: ProviderDefinition, sample: ProviderSample) {
  /** What every play starts with: the story's canvas, a user, and the words of its locale. */
  const begin = ({ canvasElement, args }: { canvasElement: HTMLElement; args: ConnectHubProps }) => ({
    canvas: within(canvasElement),
    user: userEvent.setup(),
    messages: storyMessages(args),
    words: wordsFor(provider, args),
  });
  type Scene = ReturnType<typeof begin>;

  const submit =
    (waitForState: (scene: Scene) => Promise<unknown>): Play =>
    async (context) => {
      const scene = begin(context);
      await fill(scene.user, scene.canvas, provider, scene.words, sample.valid);
      await scene.user.click(scene.canvas.getByRole('button', { name: scene.messages.connect }));
      await waitForState(scene);
    };

  /** Connect, then Stop once it shows (the retry hangs): the form says `said`. */
  const stopThenRead = (said: (messages: Messages) => string): Play =>
    submit(async ({ canvas, user, messages }) => {
      await user.click(await canvas.findByRole('button', { name: messages.stop }, RETRY_TIMEOUT));
      await canvas.findByText(said(messages), AS_WRITTEN, TIMEOUT);
    });

  return {
    /** Well-formed credentials, Connect, and the backend's 401 shown on the field. */
    fieldError: submit(({ canvas, words }) => expectInvalid(secretInput(canvas, provider, words))),

    /** An environment selected, then a key of the other one: the message and its switch button. */
    mismatch: (async (context) => {
      const { mismatch } = sample;
      if (!mismatch) throw new Error(`${provider.name}'s sample has no mismatch: it has no environments.`);
      const { canvas, user, messages, words } = begin(context);
      const [radio] = canvas.getAllByRole('radio', { name: startsWithOneOf(words.environment(mismatch.environment)) });
      if (radio) await user.click(radio);
      await fill(user, canvas, provider, words, mismatch.credentials);
      const other = environmentOfToken(provider, Object.values(mismatch.credentials)[0] ?? '');
      if (!other) throw new Error(`${provider.name}'s mismatch key belongs to no environment.`);
      await canvas.findByRole('button', { name: oneOf(words.environment(other.id), messages.switchTo) }, TIMEOUT);
    }) satisfies Play,

    /** A key of the wrong kind, then a click elsewhere: the browser's own check explains what is wrong. */
    wrongKey: (async (context) => {
      if (!sample.wrongKey) throw new Error(`${provider.name}'s sample has no wrong key.`);
      const { canvas, user, words } = begin(context);
      await fill(user, canvas, provider, words, sample.wrongKey);
      await user.click(context.canvasElement.ownerDocument.body);
      await expectInvalid(secretInput(canvas, provider, words));
    }) satisfies Play,

    /** Connect pressed; the backend has not answered yet. */
    submitting: submit(({ canvas, messages }) => canvas.findByRole('button', { name: messages.connecting }, TIMEOUT)),

    /** Connect pressed; the backend failed without naming a field: the message above Connect, and Try again. */
    serverError: submit(({ canvas, messages }) => canvas.findByRole('button', { name: messages.tryAgain }, TIMEOUT)),

    /**
     * Connect pressed while the browser says it is offline: nothing is sent, and the form says so.
     * The page is offline for this play only (plays run one at a time); the message stays until
     * the browser reports that it is back online.
     */
    offline: (async (context) => {
      const { canvas, user, messages, words } = begin(context);
      await fill(user, canvas, provider, words, sample.valid);
      const { navigator } = context.canvasElement.ownerDocument.defaultView ?? window;
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        await user.click(canvas.getByRole('button', { name: messages.connect }));
        await canvas.findByText(messages.offline, AS_WRITTEN, TIMEOUT);
      } finally {
        Reflect.deleteProperty(navigator, 'onLine');
      }
    }) satisfies Play,

    /** Connect pressed on the empty form: each required field, and the environment, says what it needs. */
    required: (async (context) => {
      const { canvas, user, messages, words } = begin(context);
      await user.click(canvas.getByRole('button', { name: messages.connect }));
      const expected = provider.fields
        .filter((field) => field.required !== false && field.defaultValue === undefined)
        .map((field) =>
          field.kind === 'select'
            ? words.field(field.key).map((label) => messages.chooseOption(label))
            : words.field(field.key).map((label) => messages.required(label)),
        );
      if (provider.environments.length > 0) {
        // Each environment's label in the story's locale (the translation first), or all as the definition words them.
        const labels = (pick: (texts: string[]) => string | undefined) =>
          provider.environments.map((environment) => pick(words.environment(environment.id)) ?? environment.label);
        expected.push([messages.chooseEnvironment(labels((texts) => texts[0])), messages.chooseEnvironment(labels((texts) => texts.at(-1)))]);
      }
      for (const texts of expected) {
        await canvas.findByText((_content, element) => element?.getAttribute('role') === 'alert' && texts.includes(asRead(element.textContent)), {}, TIMEOUT);
      }
    }) satisfies Play,

    /** A key pasted while no environment is chosen: its prefix picks the environment, and the form says so. */
    detected: (async (context) => {
      const { canvas, user, messages, words } = begin(context);
      const secret = provider.fields.find((field) => field.kind === 'secret') ?? provider.fields[0];
      const token = secret ? sample.valid[secret.key] : undefined;
      const environment = environmentOfToken(provider, token ?? '');
      if (!secret || token === undefined || !environment) throw new Error(`${provider.name}'s valid sample names no environment by its prefix.`);
      await fill(user, canvas, provider, words, { [secret.key]: token });
      const said = words.environment(environment.id).map((label) => messages.environmentDetected(label));
      await canvas.findByText((_content, element) => element?.tagName === 'P' && said.includes(asRead(element.textContent)), {}, TIMEOUT);
    }) satisfies Play,

    /** Connect pressed; the backend answered 503 and its retry hangs: the form says which attempt it is on, with Stop. */
    retrying: submit(({ canvas, messages }) => canvas.findByText(messages.retrying(2, MAX_ATTEMPTS), AS_WRITTEN, RETRY_TIMEOUT)),

    /** As `retrying`, then Stop pressed: the form is the user's again, and says what Connect does now. */
    stopped: stopThenRead((messages) => messages.stopped),

    /**
     * As `stopped`, on a page without WebCrypto (`crypto.subtle` is undefined outside a secure
     * context: an address on plain HTTP): the same inputs sent again get a new Idempotency-Key, so
     * the form says to check before trying again. WebCrypto is gone for this play only, as the
     * connection is for `offline`'s.
     */
    stoppedMaybeLinked: (async (context) => {
      Object.defineProperty(crypto, 'subtle', { configurable: true, get: () => undefined });
      try {
        await stopThenRead((messages) => messages.stoppedMaybeLinked)(context);
      } finally {
        Reflect.deleteProperty(crypto, 'subtle');
      }
    }) satisfies Play,

    /** Connect pressed; the host's `headers()` failed, so nothing was sent: the alert says to reload, with its button. */
    headersFailed: submit(({ canvas, messages }) => canvas.findByRole('button', { name: messages.reloadPage }, TIMEOUT)),

    /** Connect pressed; the backend answered 500 with an HTML page: the status, and Try again. */
    notJson: submit(async ({ canvas, messages }) => {
      await canvas.findByText(messages.httpStatus(500), AS_WRITTEN, TIMEOUT);
      await canvas.findByRole('button', { name: messages.tryAgain }, TIMEOUT);
    }),

    /** Connect pressed; the backend linked the account: the confirmation. */
    success: submit(({ canvas, messages, words }) =>
      canvas.findByRole('heading', { level: 2, name: oneOf(words.name, messages.successTitle) }, TIMEOUT),
    ),
  };
}

/** The message a backend might send with a 401 for this provider's secret field. */
export function rejectionMessage(provider: ProviderDefinition): string {
  const secret = provider.fields.find((field) => field.kind === 'secret') ?? provider.fields[0];
  return (
    `${provider.name} did not accept this ${secret?.label ?? 'credential'}. ` +
    'It may have been revoked or belong to another account: copy it again, or create a new one.'
  );
}

type ProviderStory = StoryObj<typeof ConnectHub>;

/**
 * The stories every built-in provider has, wired to their mocked answers and plays. A story file
 * still exports each one by name, with its own description above it (CSF reads named exports):
 *
 * @example
 * const stories = providerStories(stripe, { valid: { api_key: 'sk_test_…' } }, { name: 'Acme Inc.' });
 * /** Connect pressed; no answer yet. *\/
 * export const Submitting: Story = stories.Submitting;
 */
export function providerStories(provider: ProviderDefinition, sample: ProviderSample, account: Partial<ConnectedAccount>) {
  const play = providerPlays(provider, sample);
  const secret = provider.fields.find((field) => field.kind === 'secret') ?? provider.fields[0];
  if (!secret) throw new Error(`${provider.name} has no fields.`);
  // Without environments there is nothing to mismatch: the wrong kind of key, the same look, stands in.
  const standsIn = provider.environments.length === 0;
  return {
    Empty: {},
    Required: { play: play.required },
    FieldError: { args: { fetch: rejectField(secret.key, rejectionMessage(provider)) }, play: play.fieldError },
    Mismatch: { play: play.mismatch },
    WrongKey: {
      play: play.wrongKey,
      ...(standsIn && {
        parameters: {
          gallery: { standsInFor: 'mismatch', note: `${provider.name} has no environments: the wrong kind of key stands in for the mismatch.` },
        },
      }),
    },
    Detected: { play: play.detected },
    Submitting: { args: { fetch: neverAnswer(), timeoutMs: NO_TIMEOUT_MS }, play: play.submitting },
    Retrying: { args: { fetch: unavailableThenNoAnswer(), timeoutMs: NO_TIMEOUT_MS }, play: play.retrying },
    Stopped: { args: { fetch: unavailableThenNoAnswer(), timeoutMs: NO_TIMEOUT_MS }, play: play.stopped },
    StoppedMaybeLinked: { name: 'Stopped, maybe linked', args: { fetch: unavailableThenNoAnswer(), timeoutMs: NO_TIMEOUT_MS }, play: play.stoppedMaybeLinked },
    ServerError: { args: { fetch: failWithServerError() }, play: play.serverError },
    NotJson: { name: 'Not JSON', args: { fetch: answerHtmlPage(500) }, play: play.notJson },
    HeadersFailed: { args: { headers: failingHeaders() }, play: play.headersFailed },
    Offline: { play: play.offline },
    Success: { args: { fetch: acceptConnect(account) }, play: play.success },
  } satisfies Record<string, ProviderStory>;
}
