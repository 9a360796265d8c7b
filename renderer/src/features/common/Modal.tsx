import { useEffect, useId, useRef, type ReactNode } from 'react';

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
  size?: 'wide' | 'history';
  children?: ReactNode;
}

/**
 * A modal <dialog>, shown while mounted: the rest of the window is inert, so the focus stays
 * inside; the element marked autoFocus takes it first; Escape calls onCancel.
 */
export function Modal({ title, description, onCancel, onSubmit, buttons, size, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
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
