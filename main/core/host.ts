/** A batch export's progress. */
export type ExportProgress = {
  type: 'export-progress';
  jobId: string;
  done: number;
  total: number;
  /** The release being written, by headline. */
  current: string;
  state: 'running' | 'finished' | 'cancelled' | 'failed';
  /** When finished: the folder and its index page; when failed: why. */
  folder?: string;
  index?: string;
  message?: string;
};

/** Something main tells the window while it works: an export's progress, or releases changed on disk. */
export type AppEvent =
  | ExportProgress
  /** Found by the check after opening: files changed, added or removed while Dateline was closed. */
  | { type: 'library-changed' };

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
}

/** A host with no screen: every question answered "no", every message dropped. */
export const headlessHost: Host = {
  chooseSavePath: async () => undefined,
  chooseFolder: async () => undefined,
  confirmOverwrite: async () => false,
  emit: () => undefined,
};
