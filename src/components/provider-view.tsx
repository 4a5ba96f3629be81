import { useRef } from 'react';
import type { ConnectedAccount } from '../contract/contract.js';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { RichText } from './rich-text.js';
import { useConnectHub } from './connect-hub-context.js';
import { CredentialForm } from './credential-form.js';
import { GuidePanel, WarningCallout } from './guide-panel.js';
import { ProviderLogo } from './provider-logo.js';
import { useFocusHeading } from './use-focus-heading.js';

/** One provider: its header, warning, guide and credential form. */
export function ProviderView({
  provider,
  onBack,
  onConnected,
}: {
  provider: ProviderDefinition;
  onBack: (() => void) | undefined;
  onConnected: (account: ConnectedAccount, environment: string | undefined) => void;
}) {
  const { messages } = useConnectHub('ProviderView');
  const headingRef = useFocusHeading<HTMLHeadingElement>('ProviderView');
  const formRef = useRef<HTMLDivElement>(null);
  const secret = provider.fields.find((field) => field.kind === 'secret') ?? provider.fields[0];
  // On a phone the guide is long and the form sits below it: let people who have their key jump there.
  const skipToForm = () => formRef.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select')?.focus();
  return (
    <div className="ch-screen ch-provider" data-step="provider" data-provider={provider.id}>
      <header className="ch-provider-header">
        {onBack && (
          <button type="button" className="ch-back" onClick={onBack}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M10 3L5 8l5 5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            {messages.back}
          </button>
        )}
        <div className="ch-provider-identity">
          <ProviderLogo provider={provider} size="large" />
          <div>
            <h2 className="ch-title" ref={headingRef} tabIndex={-1}>
              {provider.name}
            </h2>
            <p className="ch-muted">
              <RichText text={provider.description} />
            </p>
          </div>
        </div>
      </header>
      <WarningCallout provider={provider} />
      <button type="button" className="ch-skip" onClick={skipToForm}>
        {messages.skipToForm(secret?.label ?? provider.name)}
      </button>
      <div className="ch-provider-body">
        <GuidePanel provider={provider} />
        <div className="ch-form-slot" ref={formRef}>
          <CredentialForm provider={provider} onConnected={onConnected} />
        </div>
      </div>
    </div>
  );
}
