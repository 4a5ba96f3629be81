import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useForm } from 'react-hook-form';
import type { ConnectedAccount } from '../contract/contract.js';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { ConnectError } from '../connect/connect-error.js';
import { connectMutationOptions, MAX_ATTEMPTS, sealSubmission } from '../connect/connect-mutation.js';
import { submissionKey } from '../connect/idempotency-key.js';
import { isRefusal } from '../contract/refusal.js';
import {
  buildCredentialSchema,
  defaultCredentialValues,
  environmentForToken,
  prefixedField,
  toConnectRequest,
  type CredentialInput,
  type CredentialValues,
} from '../credentials/credential-schema.js';
import { focusChoice } from './choice-group.js';
import { useConnectHub } from './connect-hub-context.js';
import { CredentialField, Sending } from './credential-field.js';
import { EnvironmentField } from './environment-field.js';
import { ErrorIcon } from './error-icon.js';
import { InfoIcon } from './info-icon.js';
import { browserSaysOffline } from './online.js';
import { PrefixedSecretField } from './prefixed-secret-field.js';
import { RedactedText } from './redacted-text.js';
import { useServerMarkup } from './use-server-markup.js';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect.js';
import { useLatest } from './use-latest.js';
import { WarningIcon } from './warning-icon.js';

/** After this long, a submission still in flight says so, and offers Stop. */
export const SLOW_MS = 5_000;

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
 * Brings what the form has just shown into view while the focus is in the form (on Connect, or in
 * the field Enter was pressed in), not once it has moved on: shown under the field or above
 * Connect, it appeared below the edge of a phone's screen, which the browser had scrolled to the
 * focused field alone.
 */
function showInView(form: HTMLFormElement | null, shown: Element | null | undefined) {
  // Not in jsdom, which lays nothing out.
  if (form?.matches(':focus-within')) shown?.scrollIntoView?.({ block: 'nearest' });
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
  const { messages, emit, reportError, isolate } = hub;
  const id = useId();
  const schema = useMemo(() => buildCredentialSchema(provider, messages, isolate), [provider, messages, isolate]);
  const secret = useMemo(() => prefixedField(provider), [provider]);
  const form = useForm<CredentialInput, unknown, CredentialValues>({
    // The schema has no async checks, so it runs with `parse`: the resolver's promise chain
    // through `parseAsync` cost ≈2 ms of each keystroke at CPU ×4.
    resolver: zodResolver(schema, undefined, { mode: 'sync' }),
    defaultValues: defaultCredentialValues(provider),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    // The form focuses the first field to fix itself, once its error shows (see below).
    shouldFocusError: false,
  });
  const { handleSubmit, setValue, trigger, setError, reset } = form;

  const hubRef = useLatest(hub);
  const abortRef = useRef<AbortController | null>(null);
  // The submission in flight: Stop aborts it alone, and the form stays.
  const submissionRef = useRef<AbortController | null>(null);
  const emptyValues = useRef(defaultCredentialValues(provider));
  useEffect(() => {
    const controller = new AbortController();
    abortRef.current = controller;
    return () => {
      // Unmounting cancels the request in flight and any pending retry, and drops the secret.
      controller.abort();
      submissionRef.current?.abort();
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
        })),
      [],
    ),
  );

  const formRef = useRef<HTMLFormElement>(null);
  const connectRef = useRef<HTMLButtonElement>(null);
  const inFlight = useRef(false);
  const [formError, setFormError] = useState<ConnectError | null>(null);
  // How many errors the form has shown after a Connect, its own or a field's: each one a new alert,
  // even with the same words, that comes into view.
  const [shownErrors, setShownErrors] = useState(0);
  const showError = (error: ConnectError) => {
    setFormError(error);
    setShownErrors((count) => count + 1);
  };
  // The form was sent with no error of its own: its one alert is the answer's, which comes into view
  // with what goes with it (Try again, Switch to …).
  useEffect(() => {
    if (shownErrors) showInView(formRef.current, formRef.current?.querySelector('[role="alert"]')?.parentElement);
  }, [shownErrors]);
  const [detected, setDetected] = useState<string | null>(null);
  // A submission that takes seconds offers Stop; after it, the form says what pressing Connect again does.
  const [slow, setSlow] = useState(false);
  // After Stop: whether the same inputs sent again keep the stopped submission's key ('same-key'),
  // or get a new one ('new-key': a page without WebCrypto cannot know its inputs again).
  const [stopped, setStopped] = useState<'same-key' | 'new-key' | null>(null);
  const submitted = useRef<{ provider: string; environment: string | undefined } | null>(null);
  const submittedKeyKept = useRef(false);
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
    setStopped(null);
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
    const submission = new AbortController();
    submissionRef.current = submission;
    submitted.current = context;
    submittedKeyKept.current = hub.submissionKeys.get(provider.id)?.key === idempotencyKey;
    setSlow(false);
    emit('submit', context);
    mutation.mutate(
      sealSubmission({
        endpoint: hub.endpoint,
        body,
        idempotencyKey,
        secrets: provider.fields.filter((field) => field.kind === 'secret').map((field) => body.credentials[field.key] ?? ''),
        signal: submission.signal,
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
            setFormError(error);
          }
          setShownErrors((count) => count + 1);
        },
        onSettled: () => {
          inFlight.current = false;
          submissionRef.current = null;
        },
      },
    );
    // An alert about the last submission goes once the form's own errors say what to fix first.
  }, () => setFormError(null));

  // After a Connect the form's own checks stopped, the focus goes to the first field to fix once
  // the render that shows its error is done, not before it (react-hook-form's way): React updates
  // a radio by renaming it for a moment, and Chromium then lets Tab stop on each radio of a group
  // with none chosen, as if the focused one were of another group.
  const { submitCount } = form.formState;
  useEffect(() => {
    const first = submitCount ? formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    if (first?.getAttribute('role') === 'radiogroup') focusChoice(formRef.current, first.querySelector('input')!.name);
    else first?.focus();
  }, [submitCount]);

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
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, [pending]);
  const canStop = pending && (slow || retrying);
  // Stop shows under Connect, where a phone's screen often ends.
  const progressRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (canStop) showInView(formRef.current, progressRef.current);
  }, [canStop]);
  // "Stopped… won't be linked twice" holds for the inputs stopped: other ones are a new submission.
  const { watch } = form;
  useEffect(() => {
    if (!stopped) return;
    const subscription = watch(() => setStopped(null));
    return () => subscription.unsubscribe();
  }, [stopped, watch]);
  /**
   * Stops the submission in flight: no more attempts, and the form is the user's again. The
   * backend may have acted on it already; its Idempotency-Key stays, so the same inputs sent again
   * get the backend's answer to it, not a second account.
   */
  const stop = () => {
    // The answer may have come since this button was drawn (its callbacks ran, the re-render has
    // not): that answer is the submission's end, and Stop has nothing left to stop.
    if (!submissionRef.current) return;
    submissionRef.current.abort();
    submissionRef.current = null;
    // The aborted mutation settles on its own, unheard: this form no longer watches it.
    mutation.reset();
    inFlight.current = false;
    setStopped(submittedKeyKept.current ? 'same-key' : 'new-key');
    if (submitted.current) emit('error', { ...submitted.current, code: 'aborted' });
    // The button goes with the wait: the focus waits on Connect, not on the page.
    connectRef.current?.focus();
  };
  // A press leaves a field as it starts, and the error that shows then pushes down what is below
  // the field before the release: the click would miss what was pressed (Connect, LaunchDarkly's
  // instances under its token) or land on what took its place. For the form and its errors (and
  // useErrorWhileTyping, on the document) the field is left on the release, or once the press is
  // over without one in the page: a drag (the pointer cancelled), or the window left meanwhile.
  useEffect(() => {
    const element = formRef.current;
    const view = element?.ownerDocument.defaultView;
    if (!element || !view) return;
    let pressing = false;
    let held: EventTarget | undefined;
    const press = () => (pressing = true);
    const hold = (event: FocusEvent) => {
      const field = event.composedPath()[0];
      if (!pressing || !element.contains(field as Node)) return;
      held = field;
      event.stopImmediatePropagation();
    };
    const release = () => {
      pressing = false;
      held?.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      held = undefined;
    };
    // The form's window's own: jsdom refuses a signal from another window (the widget rendered
    // into an iframe), though browsers take it.
    const listening = new view.AbortController();
    const options = { capture: true, signal: listening.signal };
    view.addEventListener('mousedown', press, options);
    view.addEventListener('focusout', hold, options);
    view.addEventListener('mouseup', release, options);
    view.addEventListener('pointercancel', release, options);
    // The window's own blur: not captured, which would hear every element's blur, the field's too.
    view.addEventListener('blur', release, { signal: listening.signal });
    return () => listening.abort();
  }, []);
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
      if (shown === undefined || shown === (form.getValues(name) ?? '')) continue;
      setValue(name, shown, { shouldDirty: true });
      // Typed or pasted, the key would have picked its environment by now (PrefixedSecretField's effect).
      const detectedEnvironment = field.key === secret?.key && !form.getValues('environment') ? environmentForToken(provider, shown) : undefined;
      if (detectedEnvironment) {
        setValue('environment', detectedEnvironment.id, { shouldDirty: true });
        setDetected(detectedEnvironment.label);
      }
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
      // Not `aria-busy`: a screen reader may hold back what changes inside a busy region until it is
      // over, and the status under Connect ("Still connecting…") speaks while it is not over.
      data-busy={pending || undefined}
      onBlurCapture={(event) => {
        // Before the first Connect, leaving a field still empty (tabbing through the form to see
        // what it asks) says nothing: "Enter your API Key." would talk over the next field's name.
        if (!form.formState.isSubmitted && isEmpty(event.target)) event.stopPropagation();
      }}
    >
      <h3 className="ch-subtitle" id={`${id}-title`}>
        {messages.formTitle(isolate(provider.name))}
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
          {/* The message alone: its button is not read out as part of it. Offline is not an error
              of the user's nor the backend's: marked as a note is. */}
          <p role="alert">
            {formError.code === 'offline' ? <WarningIcon /> : <ErrorIcon />}
            <RedactedText text={formError.message} />
          </p>
          {/* Offline: the message says to try again once back. The host's headers() failed:
              the message says to reload the page, which trying again would not do. */}
          {formError.code === 'headers' ? (
            <button type="button" className="ch-button" onClick={() => window.location.reload()}>
              {messages.reloadPage}
            </button>
          ) : (
            formError.code !== 'offline' && (
              <button
                type="button"
                className="ch-button"
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
      >
        {pending && <span className="ch-spinner" aria-hidden="true" />}
        {/* In an element of its own: a page translator replaces bare text nodes, and React would
            then insert the spinner before a node no longer there, and crash. */}
        <span>{pending ? messages.connecting : messages.connect}</span>
      </button>
      {/* "Connecting…" is on the button; a wait of seconds is said on the screen too, with Stop. */}
      <div ref={progressRef} className={canStop || stopped ? 'ch-progress' : 'ch-visually-hidden'}>
        <p>
          {/* Marked by an icon, not by its colour alone, which forced colours take away: sending
              again is safe (information), or the user should check first (a warning). */}
          {!pending && stopped && (stopped === 'same-key' ? <InfoIcon /> : <WarningIcon />)}
          {/* The message alone, as a field error's: it reads in its own direction, set apart from
              the icon, which keeps to the widget's side. */}
          <span role="status">
            {pending
              ? retrying
                ? messages.retrying(mutation.failureCount + 1, MAX_ATTEMPTS)
                : slow
                  ? messages.stillConnecting
                  : messages.connecting
              : stopped && (stopped === 'same-key' ? messages.stopped : messages.stoppedMaybeLinked)}
          </span>
        </p>
        {canStop && (
          <button type="button" className="ch-button" onClick={stop}>
            {messages.stop}
          </button>
        )}
      </div>
    </form>
  );
}
