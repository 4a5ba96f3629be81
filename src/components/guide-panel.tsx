import { startTransition, useEffect, useId, useState } from 'react';
import type { GuideSection, ProviderDefinition } from '../definition/provider-schema.js';
import { RichText } from './rich-text.js';
import { useConnectHub, type TextAttributes } from './connect-hub-context.js';
import { WarningIcon } from './warning-icon.js';
import { useServerMarkup } from './use-server-markup.js';

/**
 * How long a section's text is, in steps of 150 characters (1–12). A section out of view is laid
 * out at the height the stylesheet works out from it, so a long guide does not grow as its later
 * sections come near (`.ch-guide-section` in connect-hub.css).
 */
function sectionLength(section: GuideSection): number {
  const texts = [section.title, section.intro ?? '', ...(section.scopes ?? [])];
  for (const step of section.steps) texts.push(step.title, step.body ?? '', ...(step.bullets ?? []));
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  return Math.min(12, Math.max(1, Math.round(characters / 150)));
}

function GuideSectionView({ section, text }: { section: GuideSection; text: TextAttributes }) {
  const { messages } = useConnectHub('GuidePanel');
  const id = useId();
  // A lone step is neither numbered nor a list of one: a "1", or "list, 1 item", tells nothing.
  const lone = section.steps.length === 1;
  const Steps = lone ? 'div' : 'ol';
  const Step = lone ? 'div' : 'li';
  return (
    // Not named: a named section is a landmark, and five of them for one guide crowd a screen
    // reader's list of landmarks. The guide around them is one.
    <section className="ch-guide-section" data-length={sectionLength(section)}>
      <h4 className="ch-section-title" {...text}>
        <RichText text={section.title} />
      </h4>
      {section.intro && (
        <p className="ch-section-intro" {...text}>
          <RichText text={section.intro} />
        </p>
      )}
      {section.scopes && section.scopes.length > 0 && (
        <div className="ch-scopes">
          {/* Said once, as the list's name. */}
          <p className="ch-scopes-label" id={`${id}-scopes`} aria-hidden="true">
            {messages.scopesLabel}
          </p>
          <ul className="ch-scope-list" aria-labelledby={`${id}-scopes`} {...text}>
            {section.scopes.map((scope) => (
              <li key={scope}>
                <RichText text={scope} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {section.steps.length > 0 && (
        <Steps className="ch-steps" {...text}>
          {section.steps.map((step, index) => (
            <Step className="ch-step" key={index}>
              <p className="ch-step-title">
                <RichText text={step.title} />
              </p>
              {step.body && (
                <p className="ch-step-body">
                  <RichText text={step.body} />
                </p>
              )}
              {step.bullets && step.bullets.length > 0 && (
                <ul className="ch-bullets">
                  {step.bullets.map((bullet, bulletIndex) => (
                    <li key={bulletIndex}>
                      <RichText text={bullet} />
                    </li>
                  ))}
                </ul>
              )}
            </Step>
          ))}
        </Steps>
      )}
    </section>
  );
}

/** The provider's step-by-step guide: where in its dashboard to create the credential. */
export function GuidePanel({ provider }: { provider: ProviderDefinition }) {
  const { messages, textLanguage, isolate } = useConnectHub('GuidePanel');
  const id = useId();
  // Opening a provider shows its first section with the form at once, and the rest of a guide
  // that runs to several screens a moment later, in a transition, so the click is answered
  // without waiting for text below the fold. Server HTML (and its hydration) has it all.
  const serverMarkup = useServerMarkup();
  const [complete, setComplete] = useState(serverMarkup);
  useEffect(() => startTransition(() => setComplete(true)), []);
  const sections = complete || serverMarkup ? provider.guide : provider.guide.slice(0, 1);
  // Busy until the rest is in: on a narrow screen it pushes the form below it down.
  const busy = sections.length < provider.guide.length;
  return (
    <section className="ch-guide" aria-labelledby={`${id}-title`} aria-busy={busy || undefined}>
      <h3 className="ch-subtitle" id={`${id}-title`}>
        {messages.guideTitle(isolate(provider.name))}
      </h3>
      {sections.map((section, index) => (
        <GuideSectionView key={index} section={section} text={textLanguage(provider, (definition) => definition.guide)} />
      ))}
    </section>
  );
}

/** The provider's warning, shown above the guide. */
export function WarningCallout({ provider }: { provider: ProviderDefinition }) {
  const { messages, textLanguage } = useConnectHub('WarningCallout');
  return (
    <div className="ch-callout" role="note" aria-label={messages.beforeYouStart}>
      <WarningIcon />
      <div>
        {/* Said once, as the note's name. */}
        <p className="ch-callout-title" aria-hidden="true">
          {messages.beforeYouStart}
        </p>
        <p {...textLanguage(provider, (definition) => definition.warning)}>
          <RichText text={provider.warning} />
        </p>
      </div>
    </div>
  );
}
