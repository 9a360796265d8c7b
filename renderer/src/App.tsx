import { useCallback, useEffect, useRef } from 'react';
import type { Preferences } from '../../common/model/settings';
import { useAppData } from './app/AppData';
import { Banners } from './app/Banners';
import { Placeholder } from './app/Placeholder';
import { SkipLinks } from './app/SkipLinks';
import { useZoom } from './app/useZoom';
import { useCloseGuard } from './app/useCloseGuard';
import { useCommands } from './app/useCommands';
import { useDeletion } from './app/useDeletion';
import { useDialogs } from './app/useDialogs';
import { useLibrary } from './app/useLibrary';
import { useMessages } from './app/useMessages';
import { useOpenRelease } from './app/useOpenRelease';
import { BackupsDialog } from './features/backups/BackupsDialog';
import { ConfirmDialog } from './features/common/ConfirmDialog';
import { returnFocus } from './features/common/returnFocus';
import { UndoToast } from './features/common/UndoToast';
import { ReleaseEditor } from './features/editor/ReleaseEditor';
import { ExportFlow } from './features/export/ExportFlow';
import { ImportFlow, useFileDrop } from './features/import/ImportFlow';
import { useImport } from './features/import/useImport';
import { LibraryFilters } from './features/library/LibraryFilters';
import { ReleaseList } from './features/library/ReleaseList';
import { useLibrarySearch } from './features/library/useLibrarySearch';
import { Notices } from './features/notices/Notices';
import { SettingsDialog } from './features/settings/SettingsDialog';

/** The main window: library on the left, the open release beside it. */
export function App({ onPreferences }: { onPreferences(preferences: Preferences): void }) {
  const { api } = useAppData();
  const { problem, message, attempt, report, say } = useMessages();
  const library = useLibrary(api, attempt);
  const { releases } = library;
  const open = useOpenRelease(api, attempt, library.prepend);
  const { selectedId, editor } = open;
  const deletion = useDeletion(api, attempt, library, open);
  const { confirming, deleted } = deletion;
  const search = useLibrarySearch(api, releases, report);
  const dialogs = useDialogs();
  const closeGuard = useCloseGuard(editor);

  const zoom = useZoom();
  const importing = useImport(api, attempt, open.show, say);
  useFileDrop(importing.dropFiles);
  useCommands(api, {
    'new-release': () => void open.create(),
    import: () => void importing.chooseFiles(),
    'new-from-clipboard': () => void importing.fromClipboard(),
    'delete-release': deletion.ask,
    'undo-delete': () => deleted && void deletion.undo(),
    settings: dialogs.openSettings,
    export: () => selectedId && dialogs.startExport('one'),
    'export-all': () => releases?.length && dialogs.startExport('all'),
    'publish-all': () => releases?.length && dialogs.startExport('publish-all'),
    print: () => editor.current?.print(),
    'send-email': () => editor.current?.sendEmail(),
    'go-to-body': () => editor.current?.focusBody(),
    find: () => editor.current?.find(false),
    replace: () => editor.current?.find(true),
    'zoom-in': () => zoom.by(1),
    'zoom-out': () => zoom.by(-1),
    'zoom-reset': () => zoom.by(0),
    'restore-backup': dialogs.openBackups,
  });

  // Whatever held the focus may be gone once another release opens (a deletion, a restore, the samples).
  const { generation } = open;
  const started = useRef(false);
  useEffect(() => {
    // Not as the window opens: its first Tab belongs to the skip links.
    if (!started.current) {
      started.current = true;
      return;
    }
    // After the library and the editor have drawn what was opened.
    const timer = setTimeout(() => returnFocus(null), 0);
    return () => clearTimeout(timer);
  }, [selectedId, generation]);

  // A publication changes the states of the releases it wrote: list them afresh, and reopen the open one.
  const { relist } = library;
  const { reopen } = open;
  const afterBatch = useCallback(
    (published: boolean) => {
      if (!published) return;
      void attempt(async () => {
        await relist();
        reopen();
      });
    },
    [attempt, relist, reopen],
  );

  const addSamples = () => {
    const before = selectedId;
    return attempt(async () => {
      const added = await api.releases.addSamples();
      library.insert(added);
      // A release the press officer opened (or created) meanwhile stays open.
      if (added[0]) open.openStoredUnlessMoved(added[0].id, before);
    });
  };

  const current = releases?.find((r) => r.id === selectedId);
  return (
    <div className="app">
      <SkipLinks editing={selectedId !== null} />
      <ReleaseList
        releases={search.listed}
        {...(search.found ? { found: search.found } : {})}
        total={releases?.length ?? 0}
        filters={<LibraryFilters query={search.query} onQuery={search.onQuery} />}
        selectedId={selectedId}
        onSelect={(id) => void open.select(id)}
        onNew={() => void open.create()}
        onImport={() => void importing.chooseFiles()}
        onSettings={dialogs.openSettings}
      />
      <main className="workspace">
        <Notices notices={library.notices} onDismiss={(id) => void library.dismiss(id)} />
        <Banners
          message={message}
          problem={problem}
          onDismissMessage={() => say(null)}
          onDismissProblem={() => report(null)}
        />
        {selectedId ? (
          <ReleaseEditor
            key={`${selectedId}:${open.generation}`}
            id={selectedId}
            opening={open.opening}
            onSaved={library.saved}
            onDelete={deletion.ask}
            onExport={() => dialogs.startExport('one')}
            onOpenSettings={dialogs.openSettings}
            family={current ? (releases ?? []).filter((r) => r.familyId === current.familyId) : []}
            onOpen={(id) => void open.select(id)}
            onDerived={open.show}
            onReload={open.reopen}
            handle={editor}
          />
        ) : (
          <Placeholder releases={releases} onNew={() => void open.create()} onAddSamples={() => void addSamples()} />
        )}
      </main>
      {confirming && (
        <ConfirmDialog
          title="Delete this release?"
          message={`“${confirming.headline || 'Untitled release'}” will be moved to the trash. You can undo this right after.`}
          confirmLabel="Delete"
          onConfirm={() => void deletion.remove(confirming)}
          onCancel={deletion.cancel}
        />
      )}
      <ImportFlow flow={importing} />
      <ExportFlow
        scope={dialogs.exporting}
        releases={releases ?? []}
        selectedId={selectedId}
        onClose={dialogs.closeExport}
        flush={open.flush}
        attempt={attempt}
        onMessage={say}
        onFinished={afterBatch}
      />
      {closeGuard.asking && (
        <ConfirmDialog
          title="Close without saving?"
          message="Your last changes could not be saved (the reason is shown above the editor). If you close now, they are lost. Keep editing to copy them elsewhere or to try again."
          confirmLabel="Close without saving"
          cancelLabel="Keep editing"
          onConfirm={closeGuard.closeAnyway}
          onCancel={closeGuard.keepEditing}
        />
      )}
      {dialogs.backups && (
        <BackupsDialog
          beforeRestore={async () => {
            await open.flush();
            open.close();
          }}
          onRestored={(text) => {
            dialogs.closeBackups();
            say(text);
            void attempt(library.reload);
          }}
          onClose={dialogs.closeBackups}
        />
      )}
      {dialogs.settings && <SettingsDialog onSaved={onPreferences} onClose={dialogs.closeSettings} />}
      {deleted && (
        <UndoToast
          message={`Deleted “${deleted.headline || 'Untitled release'}”.`}
          onUndo={() => void deletion.undo()}
          onClose={deletion.forget}
        />
      )}
    </div>
  );
}
