import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import {
  useForm,
  useFormState,
  useWatch,
  type FieldError,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from 'react-hook-form';
import type { ConnectedAccount } from '../contract/contract.js';
import type { ProviderDefinition, ProviderField } from '../definition/provider-schema.js';
import { ConnectError } from '../connect/connect-error.js';
import { connectMutationOptions, MAX_ATTEMPTS, sealSubmission } from '../connect/connect-mutation.js';
import { submissionKey } from '../connect/idempotency-key.js';
import {
  buildCredentialSchema,
  defaultCredentialValues,
  environmentForToken,
  environmentMismatchMessage,
  hintFor,
  prefixedField,
  toConnectRequest,
  type CredentialInput,
  type CredentialValues,
} from '../credentials/credential-schema.js';
import { browserSaysOffline } from './online.js';
import { useServerMarkup } from './use-server-markup.js';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect.js';
import { useLatest } from './use-latest.js';
import { RichText } from './rich-text.js';
import { ChoiceGroup, MAX_CARD_OPTIONS, OwnText } from './choice-group.js';
import { FieldTextLanguage, useConnectHub } from './connect-hub-context.js';
import { SecretInput } from './secret-input.js';

/**
 * Whether an answer ends the submission: a 4xx the backend gives for it, and keeps for its key.
 * Not a timeout (408) or a throttle (429), which the backend runs again; not the same key still
 * being processed (409 `request_in_progress`); not a 401 without a field, about the user's session
 * rather than the key, given before the backend looks at the submission (an earlier attempt of
 * it may have linked the account).
 */
function isRefusal(error: ConnectError): boolean {
  const status = error.status ?? 0;
  if (status < 400 || status >= 500 || status === 408 || status === 429) return false;
  if (error.code === 'request_in_progress') return false;
  return !(status === 401 && error.field === undefined);
}

/** While the form is being sent: its fields keep what was sent, so the answer is about what shows. */
const Sending = createContext(false);

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

/**
 * Focuses the radio the user chose in a group, or its first radio while none is chosen.
 * react-hook-form's `setFocus` and `setError` always focus the first one, which a screen reader
 * would then read as the choice.
 */
function focusChoice(form: HTMLFormElement | null, name: string) {
  const radios = form?.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`) ?? [];
  const chosen = [...radios].find((radio) => radio.checked) ?? radios[0];
  chosen?.focus();
}

function FieldMessage({
  id,
  error,
  lang,
  children,
}: {
  id: string;
  error: FieldError | undefined;
  /** The provider's text language, when the message is the provider's own text. */
  lang?: string | undefined;
  children?: ReactNode;
}) {
  if (!error?.message) return null;
  return (
    <div className="ch-field-error">
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
        <path d="M8 4.6v4M8 10.9v.2" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <div>
        {/* The message alone: an action beside it (Switch to …) is neither announced with it nor part of the field's description. */}
        <p id={id} role="alert" lang={lang}>
          {error.message}
        </p>
        {children}
      </div>
    </div>
  );
}

function CredentialInput({
  field,
  id,
  registration,
  error,
  describedByIds,
}: {
  field: ProviderField;
  id: string;
  registration: UseFormRegisterReturn;
  error: FieldError | undefined;
  describedByIds: string | undefined;
}) {
  const { messages } = useConnectHub('CredentialInput');
  const lang = useFieldLanguage(field)((own) => own.options);
  const sending = useContext(Sending);
  const common = {
    ...registration,
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedByIds,
    'aria-required': field.required !== false,
  } as const;
  if (field.kind === 'select') {
    return (
      // The default also in server markup, where no option would otherwise be selected and the
      // browser would show the first it may choose until the page hydrates. A select cannot be
      // read-only: disabled while sending (the focus is never on it then: Enter in it sends nothing).
      <select {...common} className="ch-input ch-select" defaultValue={field.defaultValue ?? ''} disabled={sending || undefined}>
        {/* Empty until chosen: the optional one can be emptied again; the required one prompts. */}
        {field.required === false ? (
          <option value="" />
        ) : (
          <option value="" disabled hidden>
            {messages.choosePrompt}
          </option>
        )}
        {field.options?.map((option) => (
          <option key={option.value} value={option.value} lang={lang}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  if (field.kind === 'secret') {
    return <SecretInput {...common} readOnly={sending} label={field.label} placeholder={field.example} />;
  }
  return (
    <input
      {...common}
      readOnly={sending}
      className="ch-input"
      type="text"
      defaultValue={field.defaultValue}
      placeholder={field.example}
      autoComplete="off"
      spellCheck={false}
      autoCorrect="off"
      autoCapitalize="off"
    />
  );
}

type Form = UseFormReturn<CredentialInput, unknown, CredentialValues>;

/** Whether a field the focus leaves holds nothing yet: an empty box, or a choice with none chosen. */
function isEmpty(target: EventTarget): boolean {
  // By tag, not `instanceof`: the widget may render into another document (an iframe).
  const field = target as Partial<HTMLInputElement>;
  if (field.tagName === 'INPUT' && field.type === 'radio') {
    return !field.form?.querySelector(`input[type="radio"][name="${field.name}"]:checked`);
  }
  return (field.tagName === 'INPUT' || field.tagName === 'SELECT') && field.value?.trim() === '';
}

/**
 * The language of a piece of a field's text where it is not the widget's: `piece` reads it from the
 * field as shown and as the host gave it.
 */
function useFieldLanguage(field: ProviderField) {
  const languageOf = useContext(FieldTextLanguage);
  return (piece: (own: ProviderField) => unknown) =>
    languageOf((definition) => {
      const own = definition.fields.find((candidate) => candidate.key === field.key);
      return own && piece(own);
    });
}

/** The environments' own text, as one piece: translated together. */
function environmentText(definition: ProviderDefinition): string {
  return definition.environments.map((environment) => `${environment.label}\n${environment.description ?? ''}`).join('\n');
}

/** The messages a field's definition words itself: its format message, known mistakes and hints. */
function ownMessages(field: ProviderField): Array<string | undefined> {
  return [field.patternMessage, ...[...(field.knownMistakes ?? []), ...(field.hints ?? [])].map((own) => own.message)];
}

/**
 * Reward early, punish late: while the user types in a field, its error may go away but neither
 * appears nor changes until the focus leaves the field or the form is submitted. A `live` error (a
 * key of another environment) shows at once: it is the one a keystroke can settle.
 */
function useErrorWhileTyping(error: FieldError | undefined, submitCount: number, live: string | undefined) {
  // Set from the first keystroke until the field is left or the form submitted: the error shown
  // then, or undefined once it has gone (it does not come back while the user types). A ref, not
  // state: the first keystroke changes nothing on the screen, and costs no render of its own.
  const typing = useRef<{ submitCount: number; shown: FieldError | undefined } | null>(null);
  const [, showAsIs] = useReducer((renders: number) => renders + 1, 0);
  // From before a submission or a reset (the count goes back to 0 on `pagehide`): over.
  if (typing.current && typing.current.submitCount !== submitCount) typing.current = null;
  const current = typing.current;
  // The live error itself, not any error the field holds while the values say it is due: the
  // check of the keystroke that brings it comes a moment after the values.
  const isLive = live !== undefined && error?.message === live;
  const stillHolds = Boolean(error && current?.shown && error.message === current.shown.message);
  const shown = !current || isLive || stillHolds ? error : undefined;
  // Gone once, gone until the typing ends (the same inputs always write the same here).
  if (current?.shown && !stillHolds && !isLive) current.shown = undefined;

  // The typing ends when the focus leaves the field. Heard on its document, ahead of the form's
  // own handling of blur, which keeps some blurs from the field (see the form's onBlurCapture).
  const stopListening = useRef<(() => void) | null>(null);
  useEffect(() => () => stopListening.current?.(), []);
  const typed = (field: EventTarget) => {
    if (typing.current) return;
    typing.current = { submitCount, shown };
    stopListening.current?.();
    const document = (field as Node).ownerDocument;
    const left = (event: FocusEvent) => {
      // The event's own target: heard on the document, it names the shadow host of a field in a shadow root.
      if (event.composedPath()[0] !== field) return;
      stopListening.current?.();
      typing.current = null;
      showAsIs();
    };
    document?.addEventListener('focusout', left, true);
    stopListening.current = () => {
      document?.removeEventListener('focusout', left, true);
      stopListening.current = null;
    };
  };
  return { shown, typed };
}

/**
 * One field as the user sees it: a radio group for a short select, else label, help, input, hint
 * and error. Presentational: the containers below subscribe to the form state it shows.
 */
function FieldView({
  field,
  id,
  formId,
  form,
  error: found,
  submitCount,
  live,
  hint,
  errorActions,
}: {
  field: ProviderField;
  id: string;
  formId: string | undefined;
  form: Form;
  error: FieldError | undefined;
  /** The form's, so that a submission shows each field's error as it is. */
  submitCount: number;
  /** The message of an error that shows at once, while the user types (a key of another environment). */
  live?: string | undefined;
  /** Shown while the field shows no error. */
  hint: string | undefined;
  errorActions?: ReactNode;
}) {
  const { messages } = useConnectHub('CredentialForm');
  const languageOf = useFieldLanguage(field);
  const labelLang = languageOf((own) => own.label);
  const helpLang = languageOf((own) => own.help);
  const { shown: error, typed } = useErrorWhileTyping(found, submitCount, live);
  const sending = useContext(Sending);
  const registered = form.register(`credentials.${field.key}`);
  const registration: UseFormRegisterReturn & { form: string | undefined } = {
    ...registered,
    form: formId,
    // A choice from a select is made at once, not typed.
    ...(field.kind !== 'select' && {
      onChange: (event) => {
        typed(event.target);
        return registered.onChange(event);
      },
    }),
  };
  // A message the provider's definition words (its format message, a known mistake, a hint), not
  // the widget: in the language of those messages.
  const ownLang = languageOf((own) => ownMessages(own).join('\n'));
  const ownError = error?.message && ownMessages(field).includes(error.message) ? ownLang : undefined;
  // Radio cards cannot be cleared once chosen: an optional choice is a select with an empty option.
  if (field.kind === 'select' && field.required !== false && field.options && field.options.length <= MAX_CARD_OPTIONS) {
    return (
      <ChoiceGroup
        legend={<OwnText lang={labelLang}>{field.label}</OwnText>}
        options={field.options}
        optionsLang={languageOf((own) => own.options)}
        registration={registration}
        invalid={Boolean(error)}
        describedBy={describedBy(error && `${id}-error`, field.help && `${id}-help`)}
        defaultValue={field.defaultValue}
        locked={sending}
      >
        {field.help && (
          <p className="ch-help ch-help-after" id={`${id}-help`} lang={helpLang}>
            <RichText text={field.help} />
          </p>
        )}
        <FieldMessage id={`${id}-error`} error={error} lang={ownError} />
      </ChoiceGroup>
    );
  }
  return (
    <div className="ch-field">
      <label className="ch-label" htmlFor={id}>
        <OwnText lang={labelLang}>{field.label}</OwnText>
        {field.required === false && <span className="ch-optional"> ({messages.optional})</span>}
      </label>
      {field.help && (
        <p className="ch-help" id={`${id}-help`} lang={helpLang}>
          <RichText text={field.help} />
        </p>
      )}
      <CredentialInput
        field={field}
        id={id}
        registration={registration}
        error={error}
        describedByIds={describedBy(error && `${id}-error`, !error && hint && `${id}-hint`, field.help && `${id}-help`)}
      />
      <p className="ch-hint" id={`${id}-hint`} role="status" lang={ownLang}>
        {error ? '' : (hint ?? '')}
      </p>
      <FieldMessage id={`${id}-error`} error={error} lang={ownError}>
        {errorActions}
      </FieldMessage>
    </div>
  );
}

/**
 * A field that subscribes to its own error and hint only, so a keystroke re-renders this field
 * (not the form), and only when what it shows changes.
 */
function CredentialField({ field, id, formId, form }: { field: ProviderField; id: string; formId: string | undefined; form: Form }) {
  const name = `credentials.${field.key}` as const;
  const { errors, submitCount } = useFormState({ control: form.control, name, exact: true });
  const hint = useWatch({
    control: form.control,
    name,
    exact: true,
    disabled: !field.hints?.length,
    compute: (value) => hintFor(field, value),
  });
  const error = errors.credentials?.[field.key];
  return <FieldView field={field} id={id} formId={formId} form={form} error={error} submitCount={submitCount} hint={hint} />;
}

/**
 * The field whose prefix tells the environment. While none is chosen, a recognisable prefix picks
 * it; once one is chosen it never changes silently: a token of another environment is an error
 * with a button that switches.
 */
function PrefixedSecretField({
  provider,
  field,
  id,
  formId,
  form,
  onDetected,
  onSwitch,
}: {
  provider: ProviderDefinition;
  field: ProviderField;
  id: string;
  formId: string | undefined;
  form: Form;
  onDetected: (environmentLabel: string | null) => void;
  onSwitch: (environmentId: string) => void;
}) {
  const { messages } = useConnectHub('CredentialForm');
  const { control, setValue, trigger } = form;
  const path = `credentials.${field.key}` as const;
  const { errors, touchedFields, isSubmitted, submitCount } = useFormState({ control, name: path, exact: true });
  // A server error stays until the user edits the value (reValidateMode replaces it then);
  // re-validating it here would wipe the backend's message the moment it arrives.
  const error = errors.credentials?.[field.key];
  const hasClientError = Boolean(error && error.type !== 'server');
  const touched = Boolean(touchedFields.credentials?.[field.key]);
  // An untouched field that shows an error is re-validated here as the user types (below).
  const revalidateEachKeystroke = hasClientError && !touched && !isSubmitted;

  // What this field shows and does depends on the token only through these: a keystroke that
  // changes none of them does not re-render it (react-hook-form still validates the keystroke,
  // and the field re-renders when its error changes). The environments are the definition's own
  // objects, so an unchanged one compares equal at once.
  const { environment, tokenEnvironment, mismatch, hint, token } = useWatch({
    control,
    name: [path, 'environment'],
    exact: true,
    compute: ([value, selected]) => {
      // The token's environment, read once: the mismatch is that environment while another is chosen.
      const tokenEnvironment = environmentForToken(provider, value ?? '');
      const chosen = provider.environments.some((candidate) => candidate.id === selected);
      return {
        environment: selected,
        tokenEnvironment,
        mismatch: chosen && tokenEnvironment?.id !== selected ? tokenEnvironment : undefined,
        hint: hintFor(field, value),
        token: revalidateEachKeystroke ? value : undefined,
      };
    },
  });

  const selected = mismatch && provider.environments.find((candidate) => candidate.id === environment);
  const liveMessage = mismatch && selected ? environmentMismatchMessage(messages, field, { token: mismatch, selected }) : undefined;

  const lastEnvironment = useRef(environment);
  useEffect(() => {
    const environmentChanged = lastEnvironment.current !== environment;
    lastEnvironment.current = environment;
    if (tokenEnvironment && !environment) {
      setValue('environment', tokenEnvironment.id, { shouldValidate: true, shouldDirty: true });
      onDetected(tokenEnvironment.label);
      return;
    }
    // "Test Mode selected to match your key" holds only while the key is of that environment.
    if (tokenEnvironment?.id !== environment) onDetected(null);
    // A keystroke in a touched (or submitted) field is re-validated by react-hook-form itself
    // (reValidateMode): validating it again here would run the whole schema twice per keystroke.
    if (!environmentChanged && (touched || isSubmitted)) return;
    if ((tokenEnvironment && tokenEnvironment.id !== environment) || hasClientError) void trigger(path);
    // `token` is set only while each keystroke needs re-validating: it re-runs this then.
  }, [tokenEnvironment, token, environment, path, setValue, trigger, onDetected, hasClientError, touched, isSubmitted]);
  return (
    <FieldView
      field={field}
      id={id}
      formId={formId}
      form={form}
      error={error}
      submitCount={submitCount}
      live={liveMessage}
      hint={hint}
      errorActions={
        mismatch && (
          <button type="button" className="ch-button ch-switch" data-variant="secondary" onClick={() => onSwitch(mismatch.id)}>
            {messages.switchTo(mismatch.label)}
          </button>
        )
      }
    />
  );
}

/** The environment as radio cards, with the note that a token's prefix picked it. */
function EnvironmentField({
  provider,
  id,
  formId,
  form,
  detected,
  onPick,
}: {
  provider: ProviderDefinition;
  id: string;
  formId: string | undefined;
  form: Form;
  detected: string | null;
  onPick: () => void;
}) {
  const { messages } = useConnectHub('CredentialForm');
  const languageOf = useContext(FieldTextLanguage);
  const { errors } = useFormState({ control: form.control, name: 'environment', exact: true });
  const error = errors.environment;
  const sending = useContext(Sending);
  return (
    <ChoiceGroup
      locked={sending}
      legend={messages.environmentLegend}
      options={provider.environments.map((option) => ({ value: option.id, label: option.label, description: option.description }))}
      optionsLang={languageOf(environmentText)}
      registration={{ ...form.register('environment', { onChange: onPick }), form: formId }}
      invalid={Boolean(error)}
      describedBy={describedBy(error && `${id}-environment-error`, detected ? `${id}-detected` : undefined)}
    >
      <p className="ch-detected" id={`${id}-detected`} role="status">
        {detected ? messages.environmentDetected(detected) : ''}
      </p>
      <FieldMessage id={`${id}-environment-error`} error={error} />
    </ChoiceGroup>
  );
}

/**
 * The credential form for one provider: environment, fields and Connect. Validation comes from
 * {@link buildCredentialSchema}; submission from the connect mutation. The form itself reads no
 * form state: each field subscribes to its own, so typing re-renders one field.
 */
export function CredentialForm({
  provider,
  onConnected,
}: {
  provider: ProviderDefinition;
  onConnected: (account: ConnectedAccount, environment: string | undefined) => void;
}) {
  const hub = useConnectHub('CredentialForm');
  const { messages, emit, reportError } = hub;
  const id = useId();
  const schema = useMemo(() => buildCredentialSchema(provider, messages), [provider, messages]);
  const secret = useMemo(() => prefixedField(provider), [provider]);
  const form = useForm<CredentialInput, unknown, CredentialValues>({
    // The schema has no async checks, so it runs with `parse`: the resolver's promise chain
    // through `parseAsync` cost ≈2 ms of each keystroke at CPU ×4.
    resolver: zodResolver(schema, undefined, { mode: 'sync' }),
    defaultValues: defaultCredentialValues(provider),
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  const { handleSubmit, setValue, trigger, setError, reset } = form;

  const hubRef = useLatest(hub);
  const abortRef = useRef<AbortController | null>(null);
  const emptyValues = useRef(defaultCredentialValues(provider));
  useEffect(() => {
    const controller = new AbortController();
    abortRef.current = controller;
    return () => {
      // Unmounting cancels the request in flight and any pending retry, and drops the secret.
      controller.abort();
      reset(emptyValues.current);
    };
  }, [reset]);

  const mutation = useMutation(
    useMemo(
      () =>
        connectMutationOptions(() => ({
          headers: hubRef.current.getHeaders(),
          fetch: hubRef.current.getFetch(),
          timeoutMs: hubRef.current.timeoutMs,
          messages: hubRef.current.messages,
          signal: abortRef.current?.signal ?? AbortSignal.abort(),
        })),
      [],
    ),
  );

  const formRef = useRef<HTMLFormElement>(null);
  const connectRef = useRef<HTMLButtonElement>(null);
  const inFlight = useRef(false);
  const [formError, setFormError] = useState<ConnectError | null>(null);
  // How many errors the form has shown: each one a new alert, even with the same words.
  const [shownErrors, setShownErrors] = useState(0);
  const showError = (error: ConnectError) => {
    setFormError(error);
    setShownErrors((count) => count + 1);
  };
  const [detected, setDetected] = useState<string | null>(null);
  const clearDetected = useCallback(() => setDetected(null), []);

  const switchEnvironment = useCallback(
    (environmentId: string) => {
      setValue('environment', environmentId, { shouldDirty: true, shouldTouch: true });
      setDetected(null);
      void trigger(['environment', ...(secret ? [`credentials.${secret.key}` as const] : [])]);
      focusChoice(formRef.current, 'environment');
    },
    [secret, setValue, trigger],
  );

  const submit = handleSubmit(async (values) => {
    if (inFlight.current) return;
    setFormError(null);
    const body = toConnectRequest(provider, values);
    const context = { provider: provider.id, environment: body.environment };
    if (browserSaysOffline()) {
      const error = new ConnectError({ code: 'offline', message: messages.offline });
      showError(error);
      emit('error', { ...context, code: error.code });
      reportError(error);
      return;
    }
    inFlight.current = true;
    // One logical submission, one key: reused when the same inputs are sent again, new when they change.
    const idempotencyKey = await submissionKey(hub.submissionKeys, provider.id, JSON.stringify([hub.endpoint, body]));
    // Back, Close or the host took the form away meanwhile: nothing is sent, and nothing said.
    if (abortRef.current?.signal.aborted) {
      inFlight.current = false;
      return;
    }
    emit('submit', context);
    mutation.mutate(
      sealSubmission({
        endpoint: hub.endpoint,
        body,
        idempotencyKey,
        secrets: provider.fields.filter((field) => field.kind === 'secret').map((field) => body.credentials[field.key] ?? ''),
      }),
      {
        onSuccess: (account) => {
          hub.submissionKeys.delete(provider.id);
          reset(defaultCredentialValues(provider));
          onConnected(account, body.environment);
        },
        onError: (error) => {
          // A refusal is the backend's final answer, which it keeps for this key: the same inputs
          // again (the user may have fixed the key's permissions) are a new submission. Other
          // failures leave open whether the account was linked: the key stays.
          if (isRefusal(error)) hub.submissionKeys.delete(provider.id);
          emit('error', { ...context, code: error.code });
          reportError(error);
          const field = error.field;
          if (field === 'environment' && provider.environments.length > 0) {
            setError('environment', { type: 'server', message: error.message });
            focusChoice(formRef.current, 'environment');
          } else if (field && provider.fields.some((candidate) => candidate.key === field)) {
            setError(`credentials.${field}`, { type: 'server', message: error.message }, { shouldFocus: true });
          } else {
            showError(error);
          }
        },
        onSettled: () => {
          inFlight.current = false;
        },
      },
    );
    // An alert about the last submission goes once the form's own errors say what to fix first.
  }, () => setFormError(null));

  // A page left for another comes back from the back/forward cache as it was: not with the key.
  // Emptied now, not in a later render: once `pagehide` has run, the page may be frozen.
  useEffect(() => {
    const forget = () =>
      flushSync(() => {
        reset(emptyValues.current);
        setDetected(null);
        setFormError(null);
      });
    window.addEventListener('pagehide', forget);
    return () => window.removeEventListener('pagehide', forget);
  }, [reset]);

  useEffect(() => {
    if (!formError || formError.code !== 'offline') return;
    const clear = () => setFormError(null);
    window.addEventListener('online', clear);
    return () => window.removeEventListener('online', clear);
  }, [formError]);

  const pending = mutation.isPending;
  const retrying = pending && mutation.failureCount > 0;
  // A press on Connect first blurs the field, and the error that blur shows pushes Connect down
  // before the release, so the click would miss it. Connect validates every field anyway: that
  // one blur is left alone.
  const pressingConnect = useRef(false);
  // In server-rendered HTML, until the page hydrates, a press on Connect (or Enter) would submit
  // the form natively: a GET of the page with the key in its URL. A disabled default button
  // submits nothing, not even on Enter.
  const beforeHydration = useServerMarkup();
  // In server markup, each control names the widget's form: rendered inside a host's own <form>,
  // the page's HTML parser drops the nested one, and until hydration the key would belong to the
  // host's form (its Save would send it). A `form` naming no form belongs to none. Not after
  // hydration: two widgets hydrated in separate roots can have the same ids.
  const formId = beforeHydration ? `${id}-form` : undefined;
  // React hears `submit` at its root, but inside a host's own <form> the event stops at the forms:
  // React never heard it, and the browser submitted the widget's form itself, a GET of the page
  // with the key in its URL. A listener on the form itself always hears it.
  // A password manager may fill a field without an input event, and react-hook-form would not
  // know what the user sees in it: Connect sends what the fields hold.
  const submitAsShown = () => {
    for (const field of provider.fields) {
      const name = `credentials.${field.key}` as const;
      const element = formRef.current?.elements.namedItem(name);
      // By tag, not `instanceof`: the widget may render into another document (an iframe).
      const shown = element && 'tagName' in element && element.tagName === 'INPUT' ? (element as HTMLInputElement).value : undefined;
      if (shown !== undefined && shown !== (form.getValues(name) ?? '')) setValue(name, shown, { shouldDirty: true });
    }
    return submit();
  };
  const submitRef = useLatest(submitAsShown);
  useIsomorphicLayoutEffect(() => {
    const element = formRef.current;
    if (!element) return;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      void submitRef.current();
    };
    element.addEventListener('submit', onSubmit);
    return () => element.removeEventListener('submit', onSubmit);
  }, []);

  return (
    <form
      ref={formRef}
      id={formId}
      className="ch-form"
      noValidate
      aria-labelledby={`${id}-title`}
      aria-busy={pending}
      onBlurCapture={(event) => {
        // Before the first Connect, leaving a field still empty (tabbing through the form to see
        // what it asks) says nothing: "Enter your API Key." would talk over the next field's name.
        if (pressingConnect.current || (!form.formState.isSubmitted && isEmpty(event.target))) event.stopPropagation();
        pressingConnect.current = false;
      }}
    >
      <h3 className="ch-subtitle" id={`${id}-title`}>
        {messages.formTitle(provider.name)}
      </h3>

      <Sending.Provider value={pending}>
        {provider.environments.length > 0 && (
          <EnvironmentField provider={provider} id={id} formId={formId} form={form} detected={detected} onPick={clearDetected} />
        )}

        {provider.fields.map((field) =>
          field.key === secret?.key ? (
            <PrefixedSecretField
              key={field.key}
              provider={provider}
              field={field}
              id={`${id}-${field.key}`}
              formId={formId}
              form={form}
              onDetected={setDetected}
              onSwitch={switchEnvironment}
            />
          ) : (
            <CredentialField key={field.key} field={field} id={`${id}-${field.key}`} formId={formId} form={form} />
          ),
        )}
      </Sending.Provider>

      {formError && (
        // Keyed by the error: the same message again (Connect pressed again while offline) is a new
        // alert, which a screen reader announces; the text changing in place would be silent.
        <div className="ch-alert" data-code={formError.code} key={shownErrors}>
          {/* The message alone: its button is not read out as part of it. */}
          <p role="alert">{formError.message}</p>
          {/* Offline: the message says to press Connect once back. The host's headers() failed:
              the message says to reload the page, which trying again would not do. */}
          {formError.code === 'headers' ? (
            <button type="button" className="ch-button" data-variant="secondary" onClick={() => window.location.reload()}>
              {messages.reloadPage}
            </button>
          ) : (
            formError.code !== 'offline' && (
              <button
                type="button"
                className="ch-button"
                data-variant="secondary"
                onClick={() => {
                  // This button goes with its alert: the focus waits on Connect, not on the page.
                  connectRef.current?.focus();
                  void submitAsShown();
                }}
              >
                {messages.tryAgain}
              </button>
            )
          )}
        </div>
      )}

      <button
        ref={connectRef}
        type="submit"
        form={formId}
        className="ch-button ch-submit"
        data-variant="primary"
        data-state={pending ? 'submitting' : 'idle'}
        aria-disabled={pending || undefined}
        disabled={beforeHydration || undefined}
        onPointerDown={() => (pressingConnect.current = true)}
        // A touch that turns into a scroll is cancelled, and no click follows.
        onPointerCancel={() => (pressingConnect.current = false)}
        onClick={() => (pressingConnect.current = false)}
      >
        {pending && <span className="ch-spinner" aria-hidden="true" />}
        {/* In an element of its own: a page translator replaces bare text nodes, and React would
            then insert the spinner before a node no longer there, and crash. */}
        <span>{pending ? messages.connecting : messages.connect}</span>
      </button>
      {/* "Connecting…" is on the button; a retry is said on the screen too: it can take seconds. */}
      <p className={retrying ? 'ch-progress' : 'ch-visually-hidden'} role="status">
        {pending ? (retrying ? messages.retrying(mutation.failureCount + 1, MAX_ATTEMPTS) : messages.connecting) : ''}
      </p>
    </form>
  );
}
