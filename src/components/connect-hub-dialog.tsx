import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect.js';

/**
 * The widget as a modal dialog, on the native `<dialog>`: `showModal()` puts it in the top layer,
 * makes the page behind it inert (the focus trap), closes on Escape and returns focus to the
 * opener. The content is mounted only while open, so closing drops everything typed.
 */
export function ConnectHubDialog({
  open,
  labelledBy,
  screen,
  onDismiss,
  trigger,
  children,
}: {
  open: boolean;
  /**
   * The `id` of the shown screen's heading: the dialog is named after the screen ("Stripe",
   * "Stripe connected"), so a screen reader that comes back to it says where the user is.
   */
  labelledBy: string;
  /** Names the screen shown: a new one starts scrolled to its top, not where the last one was. */
  screen: string;
  onDismiss: () => void;
  /** The widget's trigger, if it shows one: where the focus goes back when nothing else had it. */
  trigger: RefObject<HTMLButtonElement | null>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const pressedOnBackdrop = useRef(false);

  // A layout effect, so showModal()'s own initial focus runs before the screen focuses its heading.
  useIsomorphicLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) {
      dialog.close();
      // Opened with nothing focused (`defaultOpen`, as the page loads), the browser gives the focus
      // back to the page's body, and a keyboard user would start again from the top of the page:
      // the trigger is where they can open it again.
      if (dialog.ownerDocument.activeElement === dialog.ownerDocument.body) trigger.current?.focus();
    }
  }, [open]);

  useIsomorphicLayoutEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
  }, [screen]);

  useEffect(() => {
    if (!open) return;
    const { style, clientWidth } = document.documentElement;
    // The host's own inline values, put back on close: each axis, as `overflow` reads empty when they differ.
    const { overflowX, overflowY, scrollbarGutter } = style;
    // A classic scrollbar (Windows) that went would move the page behind by its width: its room stays,
    // unless the dialog fills the window (a phone, a small window), hiding the page, and would leave it empty.
    if (innerWidth > clientWidth && ref.current!.offsetWidth < clientWidth) style.scrollbarGutter = 'stable';
    style.overflow = 'hidden';
    return () => void Object.assign(style, { overflowX, overflowY, scrollbarGutter });
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="ch-dialog"
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
      // The browser may close without `cancel` (a second Escape without user activation).
      onClose={() => {
        if (open) onDismiss();
      }}
      onPointerDown={(event) => {
        pressedOnBackdrop.current = event.target === event.currentTarget;
      }}
      // A press on the backdrop leaves the focus where it is (the browser would take it to the
      // page), whether or not the click then closes the dialog.
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) event.preventDefault();
      }}
      onClick={(event) => {
        // Only a press that started and ended on the backdrop: not a text selection dragged out,
        // nor the second click of a double click on the trigger, which the dialog now covers.
        if (event.target === event.currentTarget && pressedOnBackdrop.current && event.detail < 2) onDismiss();
        pressedOnBackdrop.current = false;
      }}
    >
      {open ? children : null}
    </dialog>
  );
}
