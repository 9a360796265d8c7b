/** Where the skip links lead: the first thing to focus in each area, as CSS selectors tried in order. */
const TARGETS = [
  {
    label: 'Library',
    selectors: ['.library-list [aria-current="true"]', '#library-search', '.library .button--primary'],
  },
  { label: 'Fields', selectors: ['#field-headline'] },
  { label: 'Body', selectors: ['#field-body'] },
  { label: 'Checks', selectors: ['.checks-list button', '.checks'] },
  { label: 'Preview', selectors: ['.preview [role="tab"][aria-selected="true"]'] },
] as const;

function go(selectors: readonly string[]): void {
  for (const selector of selectors) {
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) continue;
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
    return;
  }
}

/** The first stops of the page: straight to each area, shown only while they have the focus. */
export function SkipLinks({ editing }: { editing: boolean }) {
  return (
    <nav className="skip-links" aria-label="Skip to">
      {TARGETS.filter((target) => editing || target.label === 'Library').map((target) => (
        <a
          key={target.label}
          href={`#${target.label.toLowerCase()}`}
          onClick={(event) => {
            event.preventDefault();
            go(target.selectors);
          }}
        >
          Skip to {target.label.toLowerCase()}
        </a>
      ))}
    </nav>
  );
}
