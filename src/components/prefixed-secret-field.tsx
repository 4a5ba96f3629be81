import { useEffect, useRef } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import type { ProviderDefinition, ProviderField } from '../definition/provider-schema.js';
import { environmentForToken, environmentMismatchMessage, hintFor } from '../credentials/credential-schema.js';
import { useConnectHub } from './connect-hub-context.js';
import { FieldView, type CredentialFormReturn } from './credential-field.js';

/**
 * The field whose prefix tells the environment. While none is chosen, a recognisable prefix picks
 * it; once one is chosen it never changes silently: a token of another environment is an error
 * with a button that switches.
 */
export function PrefixedSecretField({
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
  form: CredentialFormReturn;
  onDetected: (environmentLabel: string | null) => void;
  onSwitch: (environmentId: string) => void;
}) {
  const { messages, isolate } = useConnectHub('CredentialForm');
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
  const liveMessage = mismatch && selected ? environmentMismatchMessage(messages, field, { token: mismatch, selected }, isolate) : undefined;

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
          <button type="button" className="ch-button ch-switch" onClick={() => onSwitch(mismatch.id)}>
            {messages.switchTo(isolate(mismatch.label))}
          </button>
        )
      }
    />
  );
}
