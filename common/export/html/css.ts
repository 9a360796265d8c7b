/**
 * The exported document's only styles: calm, readable, print-friendly, system fonts.
 * A constant, so the app's CSP can allow exactly this <style> by its hash (see electron.vite.config.ts).
 */
export const EXPORT_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1d1d1f; font: 17px/1.6 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; }
main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1, h2, h3, .release-type, .release-meta, .embargo, .draft { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: clamp(1.3rem, 4.5vw, 1.9rem); line-height: 1.25; margin: 0.25rem 0 0.75rem; hyphens: auto; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.4rem; }
.release-type { margin: 0; font-size: 0.85rem; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: #4a4a4f; }
.subheading { margin: 0 0 1rem; font-size: 1.15rem; color: #3a3a3f; }
.release-meta { margin: 0 0 1.25rem; padding: 0.75rem 0; border-top: 1px solid #d6d6d2; border-bottom: 1px solid #d6d6d2; font-size: 0.9rem; }
.release-meta div { display: flex; gap: 0.4rem; }
.release-meta dt { font-weight: 600; }
.release-meta dd { margin: 0; }
.lead { font-size: 1.1rem; font-weight: 600; }
.dateline { font-weight: 600; }
.embargo, .draft { margin: 0 0 1rem; padding: 0.5rem 0.75rem; border: 2px solid #b3261e; color: #b3261e; font-weight: 700; }
li > p { margin: 0.2rem 0; }
a { color: #0b5cad; }
.contacts { padding-left: 1.2rem; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .release-meta, .embargo, .draft { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
}
`.trim();
