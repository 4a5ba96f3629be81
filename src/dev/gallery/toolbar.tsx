import { useId, useRef, type ReactNode } from 'react';
import { useHeightVariable } from './use-height-variable.js';

type Option<T extends string> = { value: T; label: string };

/** A single choice shown as a row of toggle-like radio buttons. */
export function Segmented<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly Option<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="gallery-segmented">
      <legend>{legend}</legend>
      <div>
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A labelled native select. */
export function Picker<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly Option<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <label className="gallery-picker">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The row of preview settings above the canvas. It sticks below the top bar, so theme, width and
 * locale stay at hand wherever a play leaves the page scrolled (on a wide enough screen: see
 * gallery.css).
 */
export function Toolbar({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useHeightVariable(ref, '--gallery-toolbar-height');
  return (
    <div className="gallery-toolbar" role="group" aria-label="Preview settings" ref={ref}>
      {children}
    </div>
  );
}
