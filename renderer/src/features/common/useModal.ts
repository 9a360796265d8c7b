import { useEffect, useRef } from 'react';

/** A <dialog> shown modally while the component is mounted: focus trapped, Escape cancels. */
export function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return dialog;
}
