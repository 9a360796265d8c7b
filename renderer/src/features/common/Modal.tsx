import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { returnFocus } from './returnFocus';

interface Props {
  /** The heading, which names the dialog. */
  title: ReactNode;
  /** A line under the heading that describes the dialog to assistive technology. */
  description?: ReactNode;
  /** Escape: the owner closes the dialog, or keeps it open (while it works). */
  onCancel(): void;
  /** Given, the content is a form: Enter or the submit button call this. */
  onSubmit?(): void;
  /** The row of buttons at the bottom. */
  buttons: ReactNode;
  size?: 'wide' | 'history' | 'import';
  children?: ReactNode;
}

/**
 * A modal <dialog>, shown while mounted: the rest of the window is inert, so the focus stays
 * inside; the element marked autoFocus takes it first; Escape calls onCancel.
 */
export function Modal({ title, description, onCancel, onSubmit, buttons, size, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useLayoutEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => {
      // Closed while still in the page (a layout effect's cleanup runs before React removes it).
      element?.close();
      // After the owner's own changes (a release deleted, another opened), the focus goes back to
      // what opened the dialog, or, if that is gone, to the next sensible place: never to the page.
      queueMicrotask(() => returnFocus(opener));
    };
  }, []);
  const content = (
    <>
      <h2 id={`${id}-title`}>{title}</h2>
      {description && <p id={`${id}-description`}>{description}</p>}
      {children}
      <div className="dialog-buttons">{buttons}</div>
    </>
  );
  return (
    <dialog
      ref={dialog}
      className={size ? `dialog dialog--${size}` : 'dialog'}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onCancel={(event) => {
        // The owner unmounts the dialog; the browser must not close it behind React's back.
        event.preventDefault();
        onCancel();
      }}
    >
      {onSubmit ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {content}
        </form>
      ) : (
        content
      )}
    </dialog>
  );
}
