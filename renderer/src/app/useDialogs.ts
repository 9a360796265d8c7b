import { useState } from 'react';
import type { ExportScope } from '../features/export/ExportFlow';

/** The window's own dialogs: Settings, Restore from Backup, and the export of one or all releases. */
export function useDialogs() {
  const [settings, setSettings] = useState(false);
  const [backups, setBackups] = useState(false);
  const [exporting, setExporting] = useState<ExportScope | null>(null);
  return {
    settings,
    backups,
    exporting,
    openSettings: () => setSettings(true),
    closeSettings: () => setSettings(false),
    openBackups: () => setBackups(true),
    closeBackups: () => setBackups(false),
    startExport: (scope: ExportScope) => setExporting(scope),
    closeExport: () => setExporting(null),
  };
}
