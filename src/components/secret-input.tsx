import { forwardRef, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { useConnectHub } from './connect-hub-context.js';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect.js';

type SecretInputProps = Omit<ComponentPropsWithoutRef<'input'>, 'type'> & { label: string };

/**
 * A masked input for a secret with a reveal toggle. Never autofilled or autocorrected, and
 * never spell-checked (spell-check services would receive the value).
 */
export const SecretInput = forwardRef<HTMLInputElement, SecretInputProps>(function SecretInput(
  { label, className, ...props },
  ref,
) {
  const { messages, isolate } = useConnectHub('SecretInput');
  const [revealed, setRevealed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // Shown, a key reads from its start (its prefix, sk_test_…), not from the end where pasting left
  // the caret; a caret inside the key, where it is being edited, stays in view.
  useIsomorphicLayoutEffect(() => {
    const input = box.current?.firstElementChild as HTMLInputElement | null | undefined;
    if (revealed && input && input.selectionEnd === input.value.length) input.scrollLeft = 0;
  }, [revealed]);
  return (
    <div className="ch-secret" ref={box}>
      <input
        {...props}
        ref={ref}
        className={className ? `ch-input ${className}` : 'ch-input'}
        type={revealed ? 'text' : 'password'}
        autoComplete="new-password"
        spellCheck={false}
        autoCorrect="off"
        autoCapitalize="off"
        data-1p-ignore=""
        data-lpignore="true"
        // A key copied from a dashboard or a file often brings a space or a line break along: the
        // field holds the key without them, as it is sent (the schema trims it), not with spaces
        // that show around it once revealed. No key has a space in it.
        onChange={(event) => {
          const input = event.target;
          const key = input.value.trim();
          if (key !== input.value) input.value = key;
          props.onChange?.(event);
        }}
      />
      <button
        type="button"
        className="ch-reveal"
        // Its name says what a press does ("Show API Key", then "Hide API Key"); with a pressed
        // state as well, a screen reader would read "Hide API Key, pressed".
        aria-label={revealed ? messages.hide(isolate(label)) : messages.reveal(isolate(label))}
        aria-controls={props.id}
        // The focus stays in the field: leaving it would judge a half-typed key, and close a
        // phone's keyboard, just to look at what was typed.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setRevealed((value) => !value)}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path
            d="M1.8 10S4.8 4.5 10 4.5 18.2 10 18.2 10 15.2 15.5 10 15.5 1.8 10 1.8 10Z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
          <circle cx="10" cy="10" r="2.6" fill="none" stroke="currentColor" strokeWidth="1.5" />
          {revealed && <path d="M3 3l14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />}
        </svg>
      </button>
    </div>
  );
});
