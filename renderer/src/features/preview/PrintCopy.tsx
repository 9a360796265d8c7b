import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { releaseToHtmlFragment } from '../../../../common/export/html';
import type { Release } from '../../../../common/model/release';

/**
 * The release as the preview shows it, for paper only: kept beside the app rather than inside it,
 * because the print style hides the app, and kept at all times, so any print (the menu, Ctrl+P,
 * the browser's own) prints the release.
 */
export const PrintCopy = memo(function PrintCopy({ release }: { release: Release | null }) {
  const html = useMemo(
    () => (release ? releaseToHtmlFragment(release, { status: release.workflow.state }) : ''),
    [release],
  );
  return createPortal(<div className="print-only" dangerouslySetInnerHTML={{ __html: html }} />, document.body);
});
