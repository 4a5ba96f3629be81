/**
 * jsdom has no modal dialogs (`showModal`, `close`, `open`): enough of them for the widget's
 * modal mode, which opens its <dialog> with showModal() as a browser does. Call it in `beforeAll`.
 * Does nothing where dialogs exist.
 */
export function polyfillModalDialog(): void {
  const dialog = HTMLDialogElement.prototype;
  if ('showModal' in dialog) return;
  Object.defineProperties(dialog, {
    open: {
      configurable: true,
      get(this: HTMLDialogElement) {
        return this.hasAttribute('open');
      },
    },
    showModal: {
      configurable: true,
      value(this: HTMLDialogElement) {
        this.setAttribute('open', '');
      },
    },
    close: {
      configurable: true,
      value(this: HTMLDialogElement) {
        if (!this.hasAttribute('open')) return;
        this.removeAttribute('open');
        this.dispatchEvent(new Event('close'));
      },
    },
  });
}
