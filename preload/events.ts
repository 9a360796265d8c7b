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
  | { type: 'library-changed' }
  /** A notice was raised while Dateline works, such as a save whose flush to the disk is retried. */
  | { type: 'notices-changed' };
