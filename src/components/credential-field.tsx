import { createContext, useContext, type ReactNode } from 'react';
import { useFormState, useWatch, type FieldError, type UseFormRegisterReturn, type UseFormReturn } from 'react-hook-form';
import type { ProviderField } from '../definition/provider-schema.js';
import { hintFor, type CredentialInput, type CredentialValues } from '../credentials/credential-schema.js';
import { ChoiceGroup, MAX_CARD_OPTIONS, OwnText } from './choice-group.js';
import { FieldTextLanguage, useConnectHub, type TextAttributes } from './connect-hub-context.js';
import { ErrorIcon } from './error-icon.js';
import { RedactedText } from './redacted-text.js';
import { RichText } from './rich-text.js';
import { SecretInput } from './secret-input.js';
import { useErrorWhileTyping } from './use-error-while-typing.js';
import { WarningIcon } from './warning-icon.js';

/** While the form is being sent: its fields keep what was sent, so the answer is about what shows. */
export const Sending = createContext(false);

export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

export function FieldMessage({
  id,
  error,
  text,
  children,
}: {
  id: string;
  error: FieldError | undefined;
  /** The provider's text language and direction, when the message is the provider's own text. */
  text?: TextAttributes;
  children?: ReactNode;
}) {
  if (!error?.message) return null;
  return (
    <div className="ch-field-error">
      <ErrorIcon />
      <div>
        {/* The message alone: an action beside it (Switch to …) is neither announced with it nor part of the field's description. */}
        <p id={id} role="alert" {...text}>
          <RedactedText text={error.message} />
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
  const text = useFieldLanguage(field)(optionLabels);
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
          <option key={option.value} value={option.value} {...text}>
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

/** The credential form's react-hook-form methods, which each field subscribes through. */
export type CredentialFormReturn = UseFormReturn<CredentialInput, unknown, CredentialValues>;

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

/**
 * The options' text, as one piece (compared by value: a translation that keeps a provider's own
 * names, as LaunchDarkly's instances, leaves them in the definition's language).
 */
function optionLabels(field: ProviderField): string | undefined {
  return field.options?.map((option) => option.label).join('\n');
}

/** The messages a field's definition words itself: its format message, known mistakes and hints. */
function ownMessages(field: ProviderField): Array<string | undefined> {
  return [field.patternMessage, ...[...(field.knownMistakes ?? []), ...(field.hints ?? [])].map((own) => own.message)];
}

/**
 * One field as the user sees it: a radio group for a short select, else label, help, input, hint
 * and error. Presentational: its containers ({@link CredentialField} and `PrefixedSecretField`)
 * subscribe to the form state it shows.
 */
export function FieldView({
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
  form: CredentialFormReturn;
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
  const labelText = languageOf((own) => own.label);
  const helpText = languageOf((own) => own.help);
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
  const ownText = languageOf((own) => ownMessages(own).join('\n'));
  const ownError = error?.message && ownMessages(field).includes(error.message) ? ownText : undefined;
  // Radio cards cannot be cleared once chosen: an optional choice is a select with an empty option.
  if (field.kind === 'select' && field.required !== false && field.options && field.options.length <= MAX_CARD_OPTIONS) {
    return (
      <ChoiceGroup
        legend={<OwnText text={labelText}>{field.label}</OwnText>}
        options={field.options}
        optionsText={languageOf(optionLabels)}
        registration={registration}
        invalid={Boolean(error)}
        describedBy={describedBy(error && `${id}-error`, field.help && `${id}-help`)}
        defaultValue={field.defaultValue}
        locked={sending}
      >
        {field.help && (
          <p className="ch-help" id={`${id}-help`} {...helpText}>
            <RichText text={field.help} />
          </p>
        )}
        <FieldMessage id={`${id}-error`} error={error} text={ownError} />
      </ChoiceGroup>
    );
  }
  return (
    <div className="ch-field">
      <label className="ch-label" htmlFor={id}>
        <OwnText text={labelText}>{field.label}</OwnText>
        {field.required === false && <span className="ch-optional"> ({messages.optional})</span>}
      </label>
      {field.help && (
        <p className="ch-help" id={`${id}-help`} {...helpText}>
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
      <p className="ch-hint" id={`${id}-hint`} role="status" {...ownText}>
        {!error && hint && (
          <>
            <WarningIcon />
            {hint}
          </>
        )}
      </p>
      <FieldMessage id={`${id}-error`} error={error} text={ownError}>
        {errorActions}
      </FieldMessage>
    </div>
  );
}

/**
 * A field that subscribes to its own error and hint only, so a keystroke re-renders this field
 * (not the form), and only when what it shows changes.
 */
export function CredentialField({ field, id, formId, form }: { field: ProviderField; id: string; formId: string | undefined; form: CredentialFormReturn }) {
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
