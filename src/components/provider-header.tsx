import type { Ref } from 'react';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { useConnectHub } from './connect-hub-context.js';
import { ProviderLogo } from './provider-logo.js';

/** Who the screen is for, and how to leave it: what every provider screen's header shows. */
export type ProviderHeaderProps = {
  provider: ProviderDefinition;
  onBack: (() => void) | undefined;
  headingRef?: Ref<HTMLHeadingElement>;
  /** What the screen says under its header, read with the heading the focus lands on. */
  describedBy?: string | undefined;
};

/**
 * A provider screen's header: Back (when the user may pick another), logo, name and description.
 * The same while the screen's code loads as after, so nothing moves when it arrives.
 */
export function ProviderHeader({ provider, onBack, headingRef, describedBy }: ProviderHeaderProps) {
  const { messages, textLanguage, titleId } = useConnectHub('ProviderHeader');
  return (
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
        <div {...textLanguage(provider, (definition) => definition.description)}>
          <h2 className="ch-title" id={titleId} ref={headingRef} tabIndex={-1} aria-describedby={describedBy}>
            {provider.name}
          </h2>
          {/* Plain text, as in the picker, where it is part of a button and can hold no link. */}
          <p className="ch-muted">{provider.description}</p>
        </div>
      </div>
    </header>
  );
}
