import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { embargoText } from '../../../../common/export/html';
import type { FileFormat } from '../../../../preload/contract';
import { publicationFormats } from '../export/ExportDialog';
import { contentOf, receiptOf, summaryOf } from '../../../../common/release';
import type { Finding } from '../../../../common/checks';
import type { Doc } from '../../../../common/model/doc';
import type { Release, ReleaseContent, ReleaseSummary, SaveReceipt } from '../../../../common/model/release';
import { useAppData } from '../../app/AppData';
import { shortcutProps } from '../../app/shortcuts';
import type { BodyHandle } from '../body/BodyEditor';
import { ChecksPanel } from '../checks/ChecksPanel';
import { useChecks } from '../checks/useChecks';
import { ReleaseForm, type Fields } from '../fields/ReleaseForm';
import { PreviewPanel } from '../preview/PreviewPanel';
import { PrintCopy } from '../preview/PrintCopy';
import { FindBar } from '../find/FindBar';
import { returnFocus } from '../common/returnFocus';
import { usePreview } from '../preview/usePreview';
import { SaveStatus } from './SaveStatus';
import { ExportDialog } from '../export/ExportDialog';
import { HistoryDialog } from '../history/HistoryDialog';
import { ApproveDialog } from '../workflow/ApproveDialog';
import { WorkflowBar } from '../workflow/WorkflowBar';
import { embargoedNow } from '../workflow/embargoedNow';
import { emailOutcome } from '../export/emailOutcome';
import { isApproved } from '../../../../common/model/stateMachine';
import { VersionsBar } from '../versions/VersionsBar';
import { useAutosave } from './useAutosave';
import { useEditSignal } from './editSignal';
import { createdFor, readingFor, type Opening } from './opening';

/** What the app asks of the open editor before it closes it. */
export interface EditorHandle {
  flush(): Promise<void>;
  isDirty(): boolean;
  /** Prints the release as it will be published. */
  print(): void;
  /** Puts the cursor back in the body, where it last was. */
  focusBody(): void;
  /** Opens Find (or Find and Replace) over this release. */
  find(replacing: boolean): void;
  /** Writes the release as an e-mail and opens it in the mail program. */
  sendEmail(): void;
}

interface Props {
  id: string;
  /** A release just created, shown at once instead of being read back, or the read begun at the click. */
  opening: Opening | null;
  /** A release saved (by autosave, a workflow step or a restore): its library line. */
  onSaved(summary: ReleaseSummary): void;
  onDelete(): void;
  onExport(): void;
  onOpenSettings(): void;
  /** Opens the release again from disk, after a restore replaced its content. */
  onReload(release: Release): void;
  /** The language versions of this release, from the library. */
  family: ReleaseSummary[];
  onOpen(id: string): void;
  /** A release made from this one (a duplicate or a language version), to open. */
  onDerived(release: Release): void;
  handle: Ref<EditorHandle>;
}

/** Opens one release and shows its editor once loaded. */
export function ReleaseEditor(props: Props) {
  const { api } = useAppData();
  const { id, opening } = props;
  const fresh = createdFor(opening, id);
  const [release, setRelease] = useState<Release | null>(fresh);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (fresh) return;
    let live = true;
    readingFor(opening, id, api).then(
      (loaded) => live && setRelease(loaded),
      (failure: Error) => live && setError(failure.message),
    );
    return () => {
      live = false;
    };
    // Read once per mount: the editor is keyed by release, and a later `opening` is for another one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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

/** Puts the cursor where a finding points. */
function goTo(finding: Finding, body: BodyHandle | null): void {
  const { target } = finding;
  if (target.field === 'body') {
    body?.select(target.from, target.to);
    return;
  }
  const element = document.getElementById(`field-${target.field}`);
  const focusable = element?.matches('input, select, textarea, [contenteditable]')
    ? element
    : element?.querySelector<HTMLElement>('input, select, textarea, button');
  focusable?.scrollIntoView({ block: 'center' });
  focusable?.focus();
}

function LoadedEditor({
  release,
  focusHeadline,
  onSaved,
  onDelete,
  onExport,
  onOpenSettings,
  onReload,
  family,
  onOpen,
  onDerived,
  handle,
}: Props & { release: Release; focusHeadline: boolean }) {
  const { api, preferences } = useAppData();
  const [workflow, setWorkflow] = useState(release.workflow);
  const [dialog, setDialog] = useState<'approve' | 'publish' | 'history' | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const [fields, setFields] = useState<Fields>(() => {
    const { body: _body, ...rest } = contentOf(release);
    return rest;
  });
  const edits = useEditSignal();
  const onStored = useCallback(
    (saved: SaveReceipt) => {
      setWorkflow(saved.workflow);
      onSaved(saved.summary);
    },
    [onSaved],
  );
  const autosave = useAutosave(api, release, onStored);
  const body = useRef<BodyHandle>(null);
  const fieldsRef = useRef(fields);
  // The body as the editor last held it, for the save that runs as the editor closes.
  const lastBody = useRef(release.body);
  const readBody = useCallback(() => body.current?.getJSON() ?? lastBody.current, []);
  const onBodyClose = useCallback((doc: Doc) => (lastBody.current = doc), []);
  const read = useCallback((): ReleaseContent => ({ ...fieldsRef.current, body: readBody() }), [readBody]);
  const [printing, setPrinting] = useState<Release | null>(null);
  // The words typed since the preview last refreshed are put on the page first, then the print dialog opens.
  const print = useCallback(() => {
    flushSync(() => setPrinting({ ...release, workflow, ...read() }));
    window.print();
    setPrinting(null);
  }, [release, read, workflow]);
  // The spell checker follows the release's language.
  const { language } = fields;
  useEffect(() => {
    void api.app.setSpellingLanguage({ language });
  }, [api, language]);
  const focusBody = useCallback(() => body.current?.focus(), []);
  const [finding, setFinding] = useState<{ replacing: boolean; request: number; opener: HTMLElement | null } | null>(
    null,
  );
  const find = useCallback((replacing: boolean) => {
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setFinding((open) => ({
      replacing: replacing || (open?.replacing ?? false),
      request: (open?.request ?? 0) + 1,
      opener: open ? open.opener : active,
    }));
  }, []);
  const closeFind = useCallback(() => {
    setFinding((open) => {
      // Back to where the press officer was before Find.
      queueMicrotask(() => returnFocus(open?.opener ?? null, true));
      return null;
    });
  }, []);
  useEffect(() => {
    if (focusHeadline) document.getElementById('field-headline')?.focus();
  }, [focusHeadline]);

  const checks = useChecks(read, edits);
  const preview = usePreview(release, workflow, read, edits);

  /** Runs a workflow step on the saved text: pending edits are saved first. */
  const step = async (run: () => Promise<Release | undefined>, done?: string) => {
    setDialog(null);
    setOutcome(null);
    try {
      await autosave.flush();
      const changed = await run();
      if (changed) onStored(receiptOf(changed));
      if (done) setOutcome({ kind: 'status', text: done });
    } catch (error) {
      setOutcome({ kind: 'alert', text: (error as Error).message });
    }
  };
  const transition = (action: 'submit' | 'approve' | 'reopen', comment?: string) =>
    step(() => api.releases.transition({ id: release.id, action, ...(comment ? { comment } : {}) }));
  const publish = (formats: FileFormat[], confirmEmbargo: boolean) =>
    step(async () => {
      const result = await api.export.publish({ id: release.id, formats, confirmEmbargo });
      if ('cancelled' in result) return undefined;
      setOutcome({ kind: 'status', text: `Published to ${result.files.join(' and ')}.` });
      return result.release;
    });
  const sendEmail = () =>
    void step(async () => {
      const sent = await api.export.sendEmail({ id: release.id });
      setOutcome(emailOutcome(sent, isApproved(workflow.state)));
      return undefined;
    });
  // Recreated with each render, as `step` is: a handle call always runs the latest.
  useImperativeHandle(handle, () => ({
    flush: autosave.flush,
    isDirty: autosave.isDirty,
    print,
    focusBody,
    find,
    sendEmail,
  }));
  const embargoed = embargoedNow({ embargo: fields.embargo, state: workflow.state });

  // Stable callbacks, so a keystroke re-renders only what shows its result.
  const { change } = autosave;
  const onFields = useCallback(
    (patch: Partial<Fields>) => {
      const next = { ...fieldsRef.current, ...patch };
      fieldsRef.current = next;
      setFields(next);
      change(patch);
      edits.emit();
    },
    [change, edits],
  );
  const onBodyChange = useCallback(() => {
    change({ body: readBody });
    edits.emit();
  }, [change, readBody, edits]);
  const onGo = useCallback((finding: Finding) => goTo(finding, body.current), []);

  return (
    <div className="editor-layout">
      <section className="editor" aria-labelledby="editor-title">
        <h1 id="editor-title" className="visually-hidden">
          Release editor
        </h1>
        {finding && (
          <FindBar
            replacing={finding.replacing}
            focusRequest={finding.request}
            fields={fields}
            onFields={onFields}
            body={body}
            onClose={closeFind}
          />
        )}
        <WorkflowBar
          workflow={workflow}
          embargo={fields.embargo}
          onSubmit={() => void transition('submit')}
          onApprove={() => setDialog('approve')}
          onReopen={() => void transition('reopen')}
          onPublish={() => setDialog('publish')}
        />
        {outcome && (
          <div
            className={outcome.kind === 'alert' ? 'problem problem--inline' : 'message message--inline'}
            role={outcome.kind}
          >
            <p>{outcome.text}</p>
            <button type="button" className="button" onClick={() => setOutcome(null)}>
              Dismiss
            </button>
          </div>
        )}
        <VersionsBar
          currentId={release.id}
          family={family}
          onOpen={onOpen}
          onTranslate={(language) =>
            void step(async () => {
              onDerived(await api.releases.translate({ id: release.id, language }));
              return undefined;
            })
          }
          onDuplicate={() =>
            void step(async () => {
              onDerived(await api.releases.duplicate({ id: release.id }));
              return undefined;
            })
          }
        />
        <header className="editor-header">
          <SaveStatus
            state={autosave.state}
            onRetry={() => void autosave.flush()}
            onResolve={(choice) =>
              void autosave.resolveConflict(choice).then(
                (theirs) => theirs && onReload(theirs),
                (error: Error) => setOutcome({ kind: 'alert', text: error.message }),
              )
            }
          />
          <div className="editor-actions">
            <button
              type="button"
              className="button"
              onClick={() => void autosave.flush().then(() => setDialog('history'))}
            >
              History
            </button>
            <button type="button" className="button" onClick={onExport} {...shortcutProps('export')}>
              Export…
            </button>
            <button type="button" className="button" onClick={sendEmail} {...shortcutProps('send-email')}>
              Send by E-mail…
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={onDelete}
              {...shortcutProps('delete-release')}
            >
              Delete…
            </button>
          </div>
        </header>
        <ReleaseForm
          fields={fields}
          initialBody={release.body}
          onFields={onFields}
          onBodyChange={onBodyChange}
          onBodyClose={onBodyClose}
          body={body}
        />
      </section>
      <aside className="side-panel" aria-label="Checks and preview">
        <ChecksPanel findings={checks.findings} stats={checks.stats} onGo={onGo} />
        {preview ? (
          <PreviewPanel release={preview} onPrint={print} />
        ) : (
          <section className="preview" aria-label="Preview">
            <p className="hint">Preparing the preview…</p>
          </section>
        )}
      </aside>
      {dialog === 'history' && (
        <HistoryDialog
          id={release.id}
          revision={autosave.revision()}
          onRestored={(restored) => {
            setDialog(null);
            onSaved(summaryOf(restored));
            onReload(restored);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'approve' && (
        <ApproveDialog
          userName={preferences.userName}
          onApprove={(comment) => void transition('approve', comment)}
          onSettings={() => {
            setDialog(null);
            onOpenSettings();
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'publish' && (
        <ExportDialog
          title="Publish this release"
          confirmLabel="Publish…"
          initial={publicationFormats(preferences.output.publicationFormats)}
          note="The files carry no DRAFT banner, and the publication is recorded in the release's history."
          {...(embargoed
            ? {
                confirmation: `Publish now, although the embargo lasts until ${embargoText({ ...release, ...fields })}`,
              }
            : {})}
          onExport={(formats) => void publish(formats, embargoed)}
          onClose={() => setDialog(null)}
        />
      )}
      <PrintCopy release={printing ?? preview} />
    </div>
  );
}
