import { useId } from 'react';
import type { ConnectedAccount } from '../contract/contract.js';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { useConnectHub } from './connect-hub-context.js';
import { ProviderLogo } from './provider-logo.js';
import { RedactedText } from './redacted-text.js';
import { useFocusHeading } from './use-focus-heading.js';

/** The confirmation naming the provider and the account the backend linked. */
export function SuccessView({
  provider,
  account,
  onDone,
  onAnother,
}: {
  provider: ProviderDefinition;
  account: ConnectedAccount;
  onDone: (() => void) | undefined;
  onAnother: (() => void) | undefined;
}) {
  const { messages, isolate, titleId } = useConnectHub('SuccessView');
  const headingRef = useFocusHeading<HTMLHeadingElement>('SuccessView');
  const id = useId();
  const environment = provider.environments.find((candidate) => candidate.id === account.environment)?.label;
  return (
    <div className="ch-screen ch-success" data-step="success">
      <div className="ch-success-mark">
        <ProviderLogo provider={provider} size="large" />
        <svg className="ch-success-check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="11" />
          <path d="M7 12.5l3.2 3.2L17 9" fill="none" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </div>
      {/* Described by what was linked: the focus lands here, and a screen reader says both. */}
      <h2 className="ch-title" id={titleId} ref={headingRef} tabIndex={-1} aria-describedby={`${id}-body`}>
        {messages.successTitle(isolate(provider.name))}
      </h2>
      <p className="ch-muted" id={`${id}-body`}>
        <RedactedText text={messages.successBody(isolate(account.name ?? account.id), environment && isolate(environment))} />
      </p>
      <div className="ch-actions">
        {onDone && (
          <button type="button" className="ch-button" data-variant="primary" onClick={onDone}>
            {messages.done}
          </button>
        )}
        {onAnother && (
          <button type="button" className="ch-button" data-variant={onDone ? undefined : 'primary'} onClick={onAnother}>
            {messages.connectAnother}
          </button>
        )}
      </div>
    </div>
  );
}
