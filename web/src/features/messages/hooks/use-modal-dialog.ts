/**
 * A native `<dialog>` shown modally while its component is mounted: the browser traps focus and
 * gives it a backdrop; Esc (the `cancel` event) calls `onClose` instead of closing it behind
 * React's back, so the owner unmounts it.
 */
import { useEffect, useRef, type SyntheticEvent } from 'react';

/** @returns props for the `<dialog>`: `ref` and `onCancel` */
export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onClose();
  };
  return { ref, onCancel };
}
