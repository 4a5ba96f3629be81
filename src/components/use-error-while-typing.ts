import { useEffect, useReducer, useRef } from 'react';
import type { FieldError } from 'react-hook-form';

/**
 * Reward early, punish late: while the user types in a field, its error may go away but neither
 * appears nor changes until the focus leaves the field or the form is submitted. A `live` error (a
 * key of another environment) shows at once: it is the one a keystroke can settle.
 */
export function useErrorWhileTyping(error: FieldError | undefined, submitCount: number, live: string | undefined) {
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
  // own handling of blur, which keeps some blurs from the field (see onBlurCapture in credential-form.tsx).
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
