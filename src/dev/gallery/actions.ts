/** The event the gallery's Actions panel listens for. */
export const ACTION_EVENT = 'gallery:action';

export type ActionDetail = { name: string; args: unknown[]; at: number };

/**
 * A callback prop that reports its calls to the gallery's Actions panel, like Storybook's
 * `action()` / `fn()`: pass it as `onClose`, `onEvent`… to see what the widget hands the host.
 *
 * @example
 * args: { onSuccess: action('onSuccess') }
 */
export function action(name: string): (...args: unknown[]) => void {
  return (...args) => {
    if (typeof window === 'undefined') return;
    window.dispatchEvent(new CustomEvent<ActionDetail>(ACTION_EVENT, { detail: { name, args, at: Date.now() } }));
  };
}
