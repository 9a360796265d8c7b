import { memo, useMemo, useState } from 'react';
import { releaseToHtmlDocument, releaseToHtmlFragment } from '../../../../common/export/html';
import { releaseToMarkdown } from '../../../../common/export/markdown';
import type { Release } from '../../../../common/model/release';
import { Tabs } from './Tabs';
import { shortcutProps } from '../../app/shortcuts';

const TABS = [
  { id: 'page', label: 'Preview' },
  { id: 'html', label: 'HTML' },
  { id: 'fragment', label: 'Fragment' },
  { id: 'markdown', label: 'Markdown' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/**
 * For the preview frame only: paragraphs scrolled out of sight are not laid out again on each
 * refresh, which in a long release cost more than the typing it follows. It changes nothing seen.
 */
const PREVIEW_ONLY = '<style>.release-body > * { content-visibility: auto; contain-intrinsic-size: auto 3em; }</style>';
const forFrame = (html: string) => html.replace('</head>', `${PREVIEW_ONLY}</head>`);

/** What will be published: the HTML export itself, and the sources of every format. */
export const PreviewPanel = memo(function PreviewPanel({ release, onPrint }: { release: Release; onPrint(): void }) {
  const [tab, setTab] = useState<Tab>('page');
  // Rendered once per change of the release or the tab, never on unrelated re-renders.
  const source = useMemo(
    () =>
      tab === 'fragment'
        ? releaseToHtmlFragment(release, { status: release.workflow.state })
        : tab === 'markdown'
          ? releaseToMarkdown(release)
          : releaseToHtmlDocument(release, { status: release.workflow.state }),
    [release, tab],
  );
  return (
    <section className="preview" aria-labelledby="preview-title">
      <div className="preview-header">
        <h2 id="preview-title">Preview</h2>
        <button type="button" className="button button--quiet" onClick={onPrint} {...shortcutProps('print')}>
          Print…
        </button>
      </div>
      <Tabs<Tab> label="Preview formats" tabs={TABS} selected={tab} onSelect={setTab}>
        {tab === 'page' ? (
          // No scripts, no same origin: the page is shown, nothing in it runs.
          <iframe className="preview-frame" title="Published page" sandbox="" srcDoc={forFrame(source)} />
        ) : (
          <pre className="preview-source" tabIndex={0} aria-label={`${TABS.find((t) => t.id === tab)!.label} source`}>
            {source}
          </pre>
        )}
      </Tabs>
    </section>
  );
});
