import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { Modal } from '../common/Modal';
import { isSafeLink } from '../../../../common/links';

/** Adds, changes or removes the link on the selection: web and email addresses only. */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose(): void }) {
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
    <Modal
      title={current ? 'Edit link' : 'Add link'}
      onCancel={close}
      onSubmit={apply}
      buttons={
        <>
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
        </>
      }
    >
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
    </Modal>
  );
}
