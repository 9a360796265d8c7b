import type { ReleaseContent } from './release';

/** A field the importer can fill, as the review screen and the report name it. */
export type ImportField = Exclude<keyof ReleaseContent, 'body' | 'speakers'> | 'body' | 'speakers';

/** Where a field's value was found: a label, the dateline, the first lines, a front matter key… */
export interface FieldSource {
  field: ImportField;
  /** In a few words: "the Date: label", "the dateline", "the subject line". */
  from: string;
  /** The source text it was read from, as it stood. */
  text: string;
}

/** What an import recognised and what it did not keep, so no word is lost without a trace. */
export interface ImportReport {
  /** What the input was read as: "page text", "e-mail", "Word document", "web page", "Markdown". */
  readAs: string;
  sources: FieldSource[];
  /** Text left out as page or e-mail furniture (menus, headers, end marks), each with the reason. */
  setAside: { text: string; reason: string }[];
  /** Where the importer was unsure, or something could not be kept: the review screen shows these first. */
  warnings: string[];
}

/** One file or paste read for import: the proposed release with its report, or why it was refused. */
export type ImportProposal =
  | {
      ok: true;
      /** The file's name, or "Clipboard". */
      name: string;
      content: ReleaseContent;
      report: ImportReport;
      /** The text the fields were read from, as the review shows it beside them. */
      source: string;
    }
  | { ok: false; name: string; reason: string };

export function emptyReport(readAs: string): ImportReport {
  return { readAs, sources: [], setAside: [], warnings: [] };
}
