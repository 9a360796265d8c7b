/** What kind of save made a revision. */
export type RevisionKind = 'edit' | 'state' | 'restore';

/** One revision as the history panel lists it. */
export interface RevisionSummary {
  rev: number;
  at: string;
  kind: RevisionKind;
  note?: string;
  /** The snapshot's workflow state, when the release carries one. */
  state?: string;
  headline: string;
}
