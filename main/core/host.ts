import type { AppEvent } from '../../preload/events';
import type { Language } from '../../common/model/vocab';
import type { PdfPrinter } from './export/pdf';

export type { AppEvent, ExportProgress } from '../../preload/events';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * What the core asks of the desktop around it: native dialogs and messages to the window.
 * The shell answers with Electron; the CLI and tests answer without a screen.
 */
export interface Host {
  /** A path to save to, or undefined when the user cancels. */
  chooseSavePath(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | undefined>;
  /** A folder to export into, or undefined when the user cancels. */
  chooseFolder(options: { title: string; defaultPath: string }): Promise<string | undefined>;
  /** Whether files that exist may be replaced. */
  confirmOverwrite(paths: string[]): Promise<boolean>;
  /** Sends an event to the window; a host that can tell when it arrived returns a promise, and work waits for it. */
  emit(event: AppEvent): void | Promise<void>;
  /** Checks spelling in the open release's language from now on. */
  setSpellingLanguage(language: Language): void;
  /** Files to import, several at once; empty when the user cancels. */
  chooseImportFiles(options: { title: string; filters: FileFilter[] }): Promise<string[]>;
  /** What the system clipboard holds, as plain text and as HTML (empty when it has none). */
  readClipboard(): Promise<{ text: string; html: string }>;
  /** Opens a file with the system's program for it (an .eml with the mail program): '' when it opened, else why not. */
  openPath(path: string): Promise<string>;
  /** A Chromium that prints the export's HTML to PDF; absent where there is none. */
  pdfPrinter?(): PdfPrinter | Promise<PdfPrinter>;
}

/** A host with no screen: every question answered "no", every message dropped. */
export const headlessHost: Host = {
  chooseSavePath: async () => undefined,
  chooseFolder: async () => undefined,
  confirmOverwrite: async () => false,
  emit: () => undefined,
  setSpellingLanguage: () => undefined,
  chooseImportFiles: async () => [],
  readClipboard: async () => ({ text: '', html: '' }),
  openPath: async () => 'There is no desktop here to open files with.',
};
