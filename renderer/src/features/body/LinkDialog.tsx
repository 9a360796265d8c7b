import { useModal } from '../common/useModal';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { isSafeLink } from '../../../../common/links';

/** Adds, changes or removes the link on the selection: web and email addresses only. */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const dialog = useModal();
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [url, setUrl] = useState(current);
  const [error, setError] = useState('');

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = () => {
    const href = /^[\w.+-]+@[\w-]+\.[\w.-]+$/.test(url.trim()) ? `mailto:${url.trim()}` : url.trim();
    if (!isSafeLink(href)) {
      setError('Only web addresses (http:// or https://) and email addresses can be linked.');
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    onClose();
  };
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="link-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <h2 id="link-title">{current ? 'Edit link' : 'Add link'}</h2>
        <label className="field">
          <span className="field-label">Web or email address</span>
          <input
            autoFocus
            value={url}
            placeholder="https://www.osce.org/"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'link-error' : undefined}
            onChange={(event) => {
              setUrl(event.target.value);
              setError('');
            }}
          />
        </label>
        {error && (
          <p id="link-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          {current && (
            <button
              type="button"
              className="button"
              onClick={() => {
                editor.chain().focus().extendMarkRange('link').unsetLink().run();
                onClose();
              }}
            >
              Remove link
            </button>
          )}
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Apply
          </button>
        </div>
      </form>
    </dialog>
  );
}
