import type { Release, ReleaseContent, ReleaseSummary, SaveReceipt } from '../common/model/release';
import type { Preferences, PreferencesPatch } from '../common/model/settings';
import type { Taxonomies } from '../common/model/taxonomy';
import type { RevisionSummary } from '../common/model/revision';
import type { LibraryQuery, LibraryResult } from '../common/model/library';
import type { ReleaseDiff } from '../common/history/diff';
import type { SnapshotInfo } from '../common/model/snapshot';
import type { Result } from './errors';
import type { Language } from '../common/model/vocab';
import type { ImportProposal } from '../common/model/importReport';
import { MENU_COMMANDS, type MenuCommand } from '../common/commands/table';

export interface AppInfo {
  name: string;
  version: string;
  dataDir: string;
  platform: string;
}

/** A message shown once until the user dismisses it, such as a quarantined file. */
export interface Notice {
  id: string;
  title: string;
  message: string;
}

/** What a press officer exports to: a web page, Markdown, PDF, Word, an e-mail or NINJS. */
export const FILE_FORMATS = ['html', 'md', 'pdf', 'docx', 'eml', 'ninjs'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export type { AppEvent, ExportProgress } from './events';
export type { SnapshotInfo, SnapshotKind } from '../common/model/snapshot';

/** A release a batch publication left out, and why. */
export interface SkippedRelease {
  id: string;
  headline: string;
  /** `not-verified`: stored as approved, but its approval does not match its content. */
  reason: 'not-approved' | 'embargoed' | 'not-verified';
}

/** A release file as stored, for backup and transfer. */
export interface ExportedFile {
  fileName: string;
  text: string;
}

/**
 * The one API between the renderer and main, area by area. Main implements it
 * (main/core/api/areas), the preload exposes it, the renderer and the test bridge call it.
 * Every method takes at most one argument, an object, so it crosses IPC unchanged.
 */
export interface Contract {
  releases: {
    list(): ReleaseSummary[];
    get(arg: { id: string }): Release;
    create(arg: Partial<ReleaseContent>): Release;
    /**
     * Saves over `baseRevision`; CONFLICT when the release changed since. `overwrite` marks a save
     * the user chose to keep over a newer version, so the history keeps that version apart.
     * Answers the new revision, workflow and summary only: the window already holds the content.
     */
    save(arg: { id: string; baseRevision: number; content: ReleaseContent; overwrite?: boolean }): SaveReceipt;
    /** Adds the sample releases shipped with Dateline, as new releases. */
    addSamples(): ReleaseSummary[];
    /** A new draft with the same content. */
    duplicate(arg: { id: string }): Release;
    /** A linked language version: a new draft of the same family, in another language. */
    translate(arg: { id: string; language: Language }): Release;
    /** Submit, approve, reopen: the state change is recorded with the user's name from Settings. */
    transition(arg: { id: string; action: 'submit' | 'approve' | 'reopen'; comment?: string }): Release;
    remove(arg: { id: string }): ReleaseSummary;
    restore(arg: { id: string }): Release;
  };
  taxonomy: {
    get(): Taxonomies;
  };
  library: {
    /** Full-text search over headline, lead, body, quotes and speakers, with filters and sorting. */
    search(arg: LibraryQuery): LibraryResult;
  };
  export: {
    json(arg: { id: string }): ExportedFile;
    /** Asks where to save, then writes the release as HTML, Markdown or both. */
    toFile(arg: { id: string; formats: FileFormat[] }): { files: string[] } | { cancelled: true };
    /**
     * Asks for a folder, then exports the releases with an index page; progress arrives as events.
     * With `publish`, only approved releases go, without the DRAFT banner, each recorded as published;
     * embargoed ones are skipped unless `includeEmbargoed`.
     */
    batch(arg: {
      ids: string[];
      formats: FileFormat[];
      publish?: boolean;
      includeEmbargoed?: boolean;
    }): { jobId: string; skipped: SkippedRelease[] } | { cancelled: true };
    cancel(arg: { jobId: string }): void;
    /**
     * Writes the release as an e-mail (.eml, the distribution lists in Bcc) into the outbox and
     * opens it with the system's mail program; `problem` says why it did not open.
     */
    sendEmail(arg: { id: string }): { file: string; problem?: string };
    /**
     * Publishes an approved release: asks where, writes it without the DRAFT banner and records
     * the publication. An embargoed release needs `confirmEmbargo`.
     */
    publish(arg: {
      id: string;
      formats: FileFormat[];
      confirmEmbargo?: boolean;
    }): { files: string[]; release: Release } | { cancelled: true };
  };
  history: {
    /** The release's revisions, newest first. */
    list(arg: { id: string }): RevisionSummary[];
    /** What changed between two revisions; without `to`, up to the release as saved now. */
    diff(arg: { id: string; from: number; to?: number }): ReleaseDiff;
    /** Saves an old revision's content as a new revision. */
    restore(arg: { id: string; rev: number; baseRevision: number }): Release;
  };
  settings: {
    get(): Preferences;
    update(arg: PreferencesPatch): Preferences;
  };
  app: {
    info(): AppInfo;
    notices(): Notice[];
    dismissNotice(arg: { id: string }): void;
    /** The open release's language: the spell checker follows it. */
    setSpellingLanguage(arg: { language: Language }): void;
  };
  imports: {
    /** The open dialog, several files at once; empty when the user cancels. */
    choose(): string[];
    /** Reads one file into a proposal for review; nothing is created. */
    readFile(arg: { path: string }): ImportProposal;
    /** Reads a dropped file from its bytes (base64); nothing is created. */
    readData(arg: { name: string; base64: string }): ImportProposal;
    /** Reads what the clipboard holds (its HTML if any, else its text); nothing is created. */
    readClipboard(): ImportProposal;
  };
  spelling: {
    /** The words, of those given, that the language's bundled dictionary and the user's own do not know. */
    check(arg: { language: Language; words: string[] }): string[];
    /** Up to six corrections for a misspelt word. */
    suggest(arg: { language: Language; word: string }): string[];
    /** Adds a word to the user's dictionary (the data folder's dictionary.txt). */
    add(arg: { word: string }): void;
  };
  backups: {
    /** The snapshots of the data folder, newest first. */
    list(): SnapshotInfo[];
    /** Takes a snapshot now. */
    create(): SnapshotInfo;
    /**
     * Replaces the releases, their history and the settings with a snapshot's, after keeping the
     * current state as a `before-restore` snapshot (`safetyCopy`); the library then reads as restored.
     */
    restore(arg: { name: string }): { restored: string; safetyCopy: string };
  };
}

export type Area = keyof Contract;
export type MethodOf<A extends Area> = keyof Contract[A] & string;
type Fn<T> = T extends (...args: infer P) => infer R ? { args: P; result: R } : never;
export type ArgOf<A extends Area, M extends MethodOf<A>> = Fn<Contract[A][M]>['args'][0];
export type ResultOf<A extends Area, M extends MethodOf<A>> = Fn<Contract[A][M]>['result'];
export type Channel = { [A in Area]: `${A}:${MethodOf<A>}` }[Area];

/** Every method by area, checked complete against the Contract, for building the API at run time. */
export const METHODS = {
  releases: {
    list: true,
    get: true,
    create: true,
    save: true,
    addSamples: true,
    transition: true,
    duplicate: true,
    translate: true,
    remove: true,
    restore: true,
  },
  taxonomy: { get: true },
  library: { search: true },
  export: { json: true, toFile: true, batch: true, cancel: true, publish: true, sendEmail: true },
  history: { list: true, diff: true, restore: true },
  settings: { get: true, update: true },
  app: { info: true, notices: true, dismissNotice: true, setSpellingLanguage: true },
  imports: { choose: true, readFile: true, readData: true, readClipboard: true },
  spelling: { check: true, suggest: true, add: true },
  backups: { list: true, create: true, restore: true },
} as const satisfies { [A in Area]: Record<MethodOf<A>, true> };

export function channelOf<A extends Area>(area: A, method: MethodOf<A>): Channel {
  return `${area}:${method}` as Channel;
}

export function allChannels(): Channel[] {
  return (Object.keys(METHODS) as Area[]).flatMap((area) =>
    Object.keys(METHODS[area]).map((method) => channelOf(area, method as MethodOf<typeof area>)),
  );
}

/** Commands main sends to the renderer, from the native menu: those of common/commands/table.ts on the menu. */
export const COMMANDS: readonly MenuCommand[] = MENU_COMMANDS;
export type Command = MenuCommand;
export const COMMAND_CHANNEL = 'dateline:command';
/** Main's messages to the window, such as export progress. */
export const EVENT_CHANNEL = 'dateline:event';

type Bridged<F> = F extends (...args: infer P) => infer R ? (...args: P) => Promise<Result<R>> : never;
type Unwrapped<F> = F extends (...args: infer P) => infer R ? (...args: P) => Promise<R> : never;

/** What the preload exposes as `window.dateline`: results, because errors lose their type crossing the bridge. */
export type BridgeApi = { [A in Area]: { [M in MethodOf<A>]: Bridged<Contract[A][M]> } } & Listeners;

/** What the renderer calls: failures re-thrown as DatelineError. */
export type Api = { [A in Area]: { [M in MethodOf<A>]: Unwrapped<Contract[A][M]> } } & Listeners;

/** Subscriptions to what main sends; each returns a function that stops listening. */
export interface Listeners {
  onCommand(listener: (command: Command) => void): () => void;
  onEvent(listener: (event: import('./events').AppEvent) => void): () => void;
}
