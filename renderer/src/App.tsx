import { useCallback, useEffect, useRef, useState } from 'react';
import type { Command, Notice } from '../../preload/contract';
import type { Preferences } from '../../common/model/settings';
import { useAppData } from './app/AppData';
import type { Release, ReleaseSummary } from '../../common/model/release';
import { ConfirmDialog } from './features/common/ConfirmDialog';
import { UndoToast } from './features/common/UndoToast';
import { ReleaseEditor, type EditorHandle } from './features/editor/ReleaseEditor';
import { readAhead, type Opening } from './features/editor/opening';
import { ReleaseList, type Found } from './features/library/ReleaseList';
import { LibraryFilters, isSearching } from './features/library/LibraryFilters';
import type { LibraryQuery } from '../../common/model/library';
import { byUpdated, summaryOf } from '../../common/release';
import { ExportFlow, type ExportScope } from './features/export/ExportFlow';
import { Notices } from './features/notices/Notices';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { BackupsDialog } from './features/backups/BackupsDialog';

/** The main window: library on the left, the open release beside it. */
export function App({ onPreferences }: { onPreferences(preferences: Preferences): void }) {
  const { api } = useAppData();
  const [releases, setReleases] = useState<ReleaseSummary[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The release to show at once (just created), or the read begun at the click.
  const [opening, setOpening] = useState<Opening | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<ReleaseSummary | null>(null);
  const [deleted, setDeleted] = useState<ReleaseSummary | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [query, setQuery] = useState<LibraryQuery>({});
  const [found, setFound] = useState<{ ids: string[]; by: Map<string, Found> } | null>(null);
  // Bumped to open the same release afresh, e.g. after restoring an old version.
  const [generation, setGeneration] = useState(0);
  const [exporting, setExporting] = useState<ExportScope | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const editor = useRef<EditorHandle>(null);

  const attempt = useCallback(async (action: () => Promise<void>) => {
    try {
      setProblem(null);
      await action();
    } catch (error) {
      setProblem((error as Error).message);
    }
  }, []);

  useEffect(() => {
    Promise.all([api.releases.list(), api.app.notices()]).then(
      ([list, startNotices]) => {
        setReleases(list);
        setNotices(startNotices);
      },
      (error: Error) => setProblem(error.message),
    );
  }, [api]);

  // Files changed while Dateline was closed are found just after start: list the library again.
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'library-changed') return;
        void Promise.all([api.releases.list(), api.app.notices()]).then(
          ([list, later]) => {
            setReleases(list);
            setNotices(later);
          },
          () => undefined,
        );
      }),
    [api],
  );

  const select = useCallback(
    (id: string) =>
      attempt(async () => {
        const next = readAhead(api, id);
        await editor.current?.flush();
        setOpening(next);
        setSelectedId(id);
      }),
    [api, attempt],
  );

  const create = useCallback(
    () =>
      attempt(async () => {
        await editor.current?.flush();
        const release = await api.releases.create({});
        setReleases((list) => [summaryOf(release), ...(list ?? [])]);
        setOpening({ id: release.id, created: release });
        setSelectedId(release.id);
      }),
    [api, attempt],
  );

  const remove = useCallback(
    (summary: ReleaseSummary) =>
      attempt(async () => {
        setConfirming(null);
        await editor.current?.flush();
        await api.releases.remove({ id: summary.id });
        setReleases((list) => (list ?? []).filter((r) => r.id !== summary.id));
        setSelectedId((id) => (id === summary.id ? null : id));
        setOpening(null);
        setDeleted(summary);
      }),
    [api, attempt],
  );

  const undoDelete = useCallback(
    () =>
      attempt(async () => {
        if (!deleted) return;
        setDeleted(null);
        const release = await api.releases.restore({ id: deleted.id });
        setOpening(null);
        setReleases((list) => [...(list ?? []), summaryOf(release)].sort(byUpdated));
        setSelectedId(release.id);
      }),
    [api, attempt, deleted],
  );

  const onSaved = useCallback((saved: Release) => {
    setReleases((list) => (list ?? []).map((r) => (r.id === saved.id ? summaryOf(saved) : r)).sort(byUpdated));
  }, []);

  const askDelete = useCallback(() => {
    const summary = releases?.find((r) => r.id === selectedId);
    if (summary) setConfirming(summary);
  }, [releases, selectedId]);

  useEffect(() => {
    const run = (command: Command) => {
      if (command === 'new-release') void create();
      if (command === 'delete-release') askDelete();
      if (command === 'settings') setSettingsOpen(true);
      if (command === 'export' && selectedId) setExporting('one');
      if (command === 'export-all' && releases?.length) setExporting('all');
      if (command === 'publish-all' && releases?.length) setExporting('publish-all');
      if (command === 'print') editor.current?.print();
      if (command === 'restore-backup') setBackupsOpen(true);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.shiftKey) {
        const batches: Record<string, Command> = { e: 'export-all', u: 'publish-all' };
        const command = batches[event.key.toLowerCase()];
        if (command) {
          event.preventDefault();
          run(command);
        }
        return;
      }
      if (event.key.toLowerCase() === 'n') {
        event.preventDefault();
        run('new-release');
      }
      const key = event.key.toLowerCase();
      const shortcuts: Record<string, Command> = { ',': 'settings', e: 'export', p: 'print' };
      if (shortcuts[key]) {
        event.preventDefault();
        run(shortcuts[key]);
      }
    };
    window.addEventListener('keydown', onKey);
    const stop = api.onCommand(run);
    return () => {
      window.removeEventListener('keydown', onKey);
      stop();
    };
  }, [api, create, askDelete, selectedId, releases]);

  const flush = useCallback(async () => {
    await editor.current?.flush();
  }, []);
  // A publication changes the states of the releases it wrote: list them afresh, and reopen the open one.
  const afterBatch = useCallback(
    (published: boolean) => {
      if (!published) return;
      void attempt(async () => {
        setReleases(await api.releases.list());
        setOpening(null);
        setGeneration((n) => n + 1);
      });
    },
    [api, attempt],
  );

  // Results as you type: the search runs a moment after the last keystroke.
  useEffect(() => {
    if (!isSearching(query)) return;
    let live = true;
    const timer = setTimeout(() => {
      api.library.search(query).then(
        (result) =>
          live && setFound({ ids: result.hits.map((h) => h.id), by: new Map(result.hits.map((h) => [h.id, h])) }),
        (error: Error) => live && setProblem(error.message),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, releases]);
  const searching = isSearching(query) && found !== null;
  const byId = new Map((releases ?? []).map((r) => [r.id, r]));
  const listed = searching ? found.ids.flatMap((id) => byId.get(id) ?? []) : (releases ?? []);

  // Closing the window with an edit not yet on disk: hold the close, save, then close;
  // when the save fails (a full disk), ask before the words are lost.
  const [unsavedOnClose, setUnsavedOnClose] = useState(false);
  const leaving = useRef(false);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const open = editor.current;
      if (leaving.current || !open?.isDirty()) return;
      event.preventDefault();
      void open.flush().then(() => {
        if (!open.isDirty()) window.close();
        else setUnsavedOnClose(true);
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const addSamples = () =>
    attempt(async () => {
      const added = await api.releases.addSamples();
      setReleases((list) => [...added, ...(list ?? [])].sort(byUpdated));
      if (added[0]) setSelectedId(added[0].id);
    });

  const dismiss = (id: string) =>
    attempt(async () => {
      await api.app.dismissNotice({ id });
      setNotices((list) => list.filter((n) => n.id !== id));
    });

  return (
    <div className="app">
      <ReleaseList
        releases={listed}
        {...(searching ? { found: found.by } : {})}
        total={releases?.length ?? 0}
        filters={
          <LibraryFilters
            query={query}
            onQuery={(next) => {
              setQuery(next);
              if (!isSearching(next)) setFound(null);
            }}
          />
        }
        selectedId={selectedId}
        onSelect={(id) => void select(id)}
        onNew={() => void create()}
        onSettings={() => setSettingsOpen(true)}
      />
      <main className="workspace">
        <Notices notices={notices} onDismiss={(id) => void dismiss(id)} />
        {message && (
          <div className="message" role="status">
            <p>{message}</p>
            <button type="button" className="button" onClick={() => setMessage(null)}>
              Dismiss
            </button>
          </div>
        )}
        {problem && (
          <div className="problem" role="alert">
            <p>{problem}</p>
            <button type="button" className="button" onClick={() => setProblem(null)}>
              Dismiss
            </button>
          </div>
        )}
        {selectedId ? (
          <ReleaseEditor
            key={`${selectedId}:${generation}`}
            id={selectedId}
            opening={opening}
            onSaved={onSaved}
            onDelete={askDelete}
            onExport={() => setExporting('one')}
            onOpenSettings={() => setSettingsOpen(true)}
            family={(() => {
              const current = releases?.find((r) => r.id === selectedId);
              return current ? (releases ?? []).filter((r) => r.familyId === current.familyId) : [];
            })()}
            onOpen={(id) => void select(id)}
            onDerived={(release) => {
              setReleases((list) => [summaryOf(release), ...(list ?? [])]);
              setOpening({ id: release.id, created: release });
              setSelectedId(release.id);
            }}
            onReload={(release) => {
              setOpening({ id: release.id, created: release });
              setGeneration((n) => n + 1);
            }}
            handle={editor}
          />
        ) : (
          <section className="placeholder" aria-label="No release open">
            <h1>
              {releases === null
                ? 'Opening your releases…'
                : releases.length
                  ? 'Choose a release'
                  : 'Welcome to Dateline'}
            </h1>
            {releases !== null && (
              <p>
                {releases.length
                  ? 'Pick a release from the library, or start a new one.'
                  : 'Draft your first press release: it is saved as you type.'}
              </p>
            )}
            {releases !== null && (
              <div className="placeholder-actions">
                <button type="button" className="button button--primary" onClick={() => void create()}>
                  New release
                </button>
                {releases.length === 0 && (
                  <button type="button" className="button" onClick={() => void addSamples()}>
                    Add the sample releases
                  </button>
                )}
              </div>
            )}
          </section>
        )}
      </main>
      {confirming && (
        <ConfirmDialog
          title="Delete this release?"
          message={`“${confirming.headline || 'Untitled release'}” will be moved to the trash. You can undo this right after.`}
          confirmLabel="Delete"
          onConfirm={() => void remove(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
      <ExportFlow
        scope={exporting}
        releases={releases ?? []}
        selectedId={selectedId}
        onClose={() => setExporting(null)}
        flush={flush}
        attempt={attempt}
        onMessage={setMessage}
        onFinished={afterBatch}
      />
      {unsavedOnClose && (
        <ConfirmDialog
          title="Close without saving?"
          message="Your last changes could not be saved (the reason is shown above the editor). If you close now, they are lost. Keep editing to copy them elsewhere or to try again."
          confirmLabel="Close without saving"
          cancelLabel="Keep editing"
          onConfirm={() => {
            leaving.current = true;
            window.close();
          }}
          onCancel={() => setUnsavedOnClose(false)}
        />
      )}
      {backupsOpen && (
        <BackupsDialog
          beforeRestore={async () => {
            await editor.current?.flush();
            setSelectedId(null);
            setOpening(null);
          }}
          onRestored={(text) => {
            setBackupsOpen(false);
            setMessage(text);
            void attempt(async () => {
              const [list, restoredNotices] = await Promise.all([api.releases.list(), api.app.notices()]);
              setReleases(list);
              setNotices(restoredNotices);
            });
          }}
          onClose={() => setBackupsOpen(false)}
        />
      )}
      {settingsOpen && <SettingsDialog onSaved={onPreferences} onClose={() => setSettingsOpen(false)} />}
      {deleted && (
        <UndoToast
          message={`Deleted “${deleted.headline || 'Untitled release'}”.`}
          onUndo={() => void undoDelete()}
          onClose={() => setDeleted(null)}
        />
      )}
    </div>
  );
}
