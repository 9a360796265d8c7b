import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { Api } from '../../../../preload/contract';
import type { Release } from '../../../../main/core/model/release';
import { BodyEditor } from './BodyEditor';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './useAutosave';

/** What the app asks of the open editor before it closes it. */
export interface EditorHandle {
  flush(): Promise<void>;
  isDirty(): boolean;
}

interface Props {
  api: Api;
  id: string;
  /** The release just created, shown at once instead of being read back. */
  created: Release | null;
  onSaved(release: Release): void;
  onDelete(): void;
  handle: Ref<EditorHandle>;
}

/** Opens one release and shows its editor once loaded. */
export function ReleaseEditor(props: Props) {
  const { api, id, created } = props;
  const fresh = created?.id === id ? created : null;
  const [release, setRelease] = useState<Release | null>(fresh);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (fresh) return;
    let live = true;
    api.releases.get({ id }).then(
      (loaded) => live && setRelease(loaded),
      (failure: Error) => live && setError(failure.message),
    );
    return () => {
      live = false;
    };
  }, [api, id, fresh]);
  if (error) {
    return (
      <section className="editor editor--message" aria-label="Editor">
        <p role="alert">{error}</p>
      </section>
    );
  }
  if (!release) {
    return (
      <section className="editor editor--message" aria-label="Editor" aria-busy="true">
        <p>Opening…</p>
      </section>
    );
  }
  return <LoadedEditor {...props} release={release} focusHeadline={fresh !== null} />;
}

function LoadedEditor({
  api,
  release,
  focusHeadline,
  onSaved,
  onDelete,
  handle,
}: Props & { release: Release; focusHeadline: boolean }) {
  const [headline, setHeadline] = useState(release.headline);
  const autosave = useAutosave(api, release, onSaved);
  const headlineRef = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(handle, () => ({ flush: autosave.flush, isDirty: autosave.isDirty }), [
    autosave.flush,
    autosave.isDirty,
  ]);
  useEffect(() => {
    if (focusHeadline) headlineRef.current?.focus();
  }, [focusHeadline]);

  return (
    <section className="editor" aria-labelledby="editor-title">
      <h1 id="editor-title" className="visually-hidden">
        Release editor
      </h1>
      <header className="editor-header">
        <SaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />
        <button type="button" className="button button--quiet" onClick={onDelete}>
          Delete…
        </button>
      </header>
      <div className="editor-fields">
        <label className="field-label" htmlFor="headline">
          Headline
        </label>
        <textarea
          id="headline"
          ref={headlineRef}
          className="headline-input"
          rows={2}
          value={headline}
          placeholder="What happened, in one line"
          onChange={(event) => {
            // A headline is one line: pasted line breaks become spaces.
            const value = event.target.value.replace(/\s*\n+\s*/g, ' ');
            setHeadline(value);
            autosave.change({ headline: value });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              document.querySelector<HTMLElement>('.body-editor')?.focus();
            }
          }}
        />
        <span className="field-label" id="body-label">
          Body
        </span>
        <BodyEditor initial={release.body} labelledBy="body-label" onChange={(body) => autosave.change({ body })} />
      </div>
    </section>
  );
}
