import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { breakableAtSeparators } from '../markup/markup-text.js';
import type { TextAttributes } from './connect-hub-context.js';

export type ChoiceOption = { value: string; label: string; description?: string | undefined };

/** Plain text of the provider's own, marked with its language and direction where they are not the widget's. */
export function OwnText({ text, children }: { text: TextAttributes; children: string }) {
  return text ? <span {...text}>{children}</span> : children;
}

/** Up to this many options show as radio cards; more become a native select. */
export const MAX_CARD_OPTIONS = 4;

/**
 * A single choice shown as radio cards with a label and description each: the environment, or a
 * short select such as LaunchDarkly's instance.
 */
export function ChoiceGroup({
  legend,
  options,
  optionsText,
  registration,
  invalid,
  describedBy,
  defaultValue,
  locked = false,
  children,
}: {
  legend: ReactNode;
  options: readonly ChoiceOption[];
  /** The language and direction of the options' text, where they are not the widget's. */
  optionsText: TextAttributes;
  /** With the `form` attribute that ties the radios to the widget's form (see credential-form.tsx). */
  registration: UseFormRegisterReturn & { form: string | undefined };
  invalid: boolean;
  describedBy: string | undefined;
  /** Checked in server markup too, where nothing would be until the page hydrates. */
  defaultValue?: string | undefined;
  /** While the form is sent: the choice stays as sent (a click, or an arrow key, changes nothing). */
  locked?: boolean;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className="ch-fieldset"
      role="radiogroup"
      aria-required="true"
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-disabled={locked || undefined}
      // Not `disabled`: the focus may be on a radio, and would be lost. Arrow keys click too.
      onClickCapture={locked ? (event) => event.preventDefault() : undefined}
    >
      <legend className="ch-label">{legend}</legend>
      <div className="ch-choices">
        {options.map((option, index) => (
          <label className="ch-choice" key={option.value}>
            {/* Named by its label alone ("Production, radio button"), its description read after it. */}
            <input
              type="radio"
              value={option.value}
              defaultChecked={option.value === defaultValue}
              {...registration}
              aria-labelledby={`${id}${index}`}
              aria-describedby={option.description && `${id}${index}d`}
            />
            <span className="ch-choice-text" {...optionsText}>
              <span className="ch-choice-label" id={`${id}${index}`}>
                {option.label}
              </span>
              {option.description && (
                <span className="ch-choice-description" id={`${id}${index}d`}>
                  {breakableAtSeparators(option.description)}
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

/**
 * Focuses the radio the user chose in a group, or its first radio while none is chosen.
 * react-hook-form's `setFocus` and `setError` always focus the first one, which a screen reader
 * would then read as the choice.
 */
export function focusChoice(form: HTMLFormElement | null, name: string) {
  const radios = form?.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`) ?? [];
  const chosen = [...radios].find((radio) => radio.checked) ?? radios[0];
  chosen?.focus();
}
