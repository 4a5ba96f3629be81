import { useContext } from 'react';
import { useFormState } from 'react-hook-form';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { ChoiceGroup } from './choice-group.js';
import { FieldTextLanguage, useConnectHub } from './connect-hub-context.js';
import { describedBy, FieldMessage, Sending, type CredentialFormReturn } from './credential-field.js';
import { SuccessIcon } from './success-icon.js';

/** The environments' own text, as one piece: translated together. */
function environmentText(definition: ProviderDefinition): string {
  return definition.environments.map((environment) => `${environment.label}\n${environment.description ?? ''}`).join('\n');
}

/** The environment as radio cards, with the note that a token's prefix picked it. */
export function EnvironmentField({
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
  form: CredentialFormReturn;
  detected: string | null;
  onPick: () => void;
}) {
  const { messages, isolate } = useConnectHub('CredentialForm');
  const languageOf = useContext(FieldTextLanguage);
  const { errors } = useFormState({ control: form.control, name: 'environment', exact: true });
  const error = errors.environment;
  const sending = useContext(Sending);
  return (
    <ChoiceGroup
      locked={sending}
      legend={messages.environmentLegend}
      options={provider.environments.map((option) => ({ value: option.id, label: option.label, description: option.description }))}
      optionsText={languageOf(environmentText)}
      registration={{ ...form.register('environment', { onChange: onPick }), form: formId }}
      invalid={Boolean(error)}
      describedBy={describedBy(error && `${id}-environment-error`, detected ? `${id}-detected` : undefined)}
    >
      <p className="ch-detected" id={`${id}-detected`} role="status">
        {detected && (
          <>
            <SuccessIcon />
            {/* In a span of its own, which reads in its own direction: the icon keeps to the widget's side. */}
            <span>{messages.environmentDetected(isolate(detected))}</span>
          </>
        )}
      </p>
      <FieldMessage id={`${id}-environment-error`} error={error} />
    </ChoiceGroup>
  );
}
