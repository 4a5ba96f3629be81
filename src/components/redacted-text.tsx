import { Fragment } from 'react';
import { useConnectHub } from './connect-hub-context.js';

/**
 * Text from the backend (a message, the account's name) as it shows, with each `••••` a secret was
 * replaced by (redact.ts's REDACTED) read out as words ("hidden value"): a screen reader would say
 * "bullet bullet bullet bullet".
 */
export function RedactedText({ text }: { text: string }) {
  const { messages } = useConnectHub('RedactedText');
  // Split around each `••••`, kept: every other part is one. Not redact.ts's constant: importing it
  // would bring the whole of redact.ts into what loads with the page, for the success screen.
  return text.split(/(••••)/).map((part, index) =>
    index % 2 ? (
      <Fragment key={index}>
        <span aria-hidden>{part}</span>
        <span className="ch-visually-hidden">{messages.redacted}</span>
      </Fragment>
    ) : (
      // In an element of its own: a page translator replaces bare text nodes, and React, removing
      // one when the message changes, would crash.
      <span key={index}>{part}</span>
    ),
  );
}
