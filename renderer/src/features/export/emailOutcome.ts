import type { ResultOf } from '../../../../preload/contract';

/** What the press officer reads after Send by E-mail…: where the e-mail went, or why it did not open. */
export function emailOutcome(
  result: ResultOf<'export', 'sendEmail'>,
  approved: boolean,
): { kind: 'status' | 'alert'; text: string } {
  const name = result.file.split(/[\\/]/).pop()!;
  if (result.problem) {
    return {
      kind: 'alert',
      text: `The e-mail was written to ${result.file}, but no mail program opened it (${result.problem}). Open that file with your mail program, or set one as the system's default for .eml files.`,
    };
  }
  const draft = approved ? '' : ' It is marked DRAFT: the release is not approved yet.';
  return { kind: 'status', text: `The e-mail ${name} is open in your mail program, ready to send.${draft}` };
}
