import { safeHref } from '../../../../common/links';

/** Elements whose content is never release text: code, embedded documents, forms and media. */
const DROPPED =
  'script, style, meta, link, title, base, xml, iframe, frame, frameset, object, embed, applet, noscript, ' +
  'template, svg, math, form, input, button, select, textarea, img, picture, video, audio, canvas, source, track';

/** Attributes no pasted element keeps: handlers and anything that loads or runs something. */
const DROPPED_ATTRIBUTE = /^(on|srcdoc$|src$|srcset$|formaction$|action$|background$|poster$|xlink:|ping$)/i;

/** Word marks a list paragraph with `mso-list:l0 level1 lfo1` in its style. */
const WORD_LIST = /mso-list:\s*l\d+\s+level(\d+)/i;
/** A numbered marker: "1.", "a)", "iv.", "(2)"; bullets are symbols or a lone "o". */
const ORDERED_MARKER = /^\(?([0-9]+|[a-z]|[ivxlc]+)[.)]/i;

function removeComments(root: Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** Word's list paragraphs become real nested lists, its typed bullets and numbers dropped. */
function convertWordLists(doc: Document): void {
  let root: HTMLElement | null = null;
  let stack: HTMLElement[] = [];
  for (const p of [...doc.querySelectorAll('p')]) {
    const level = Number(WORD_LIST.exec(p.getAttribute('style') ?? '')?.[1] ?? 0);
    if (level === 0) continue;
    const marker = p.querySelector('[style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]');
    const ordered = ORDERED_MARKER.test(marker?.textContent?.trim() ?? '');
    marker?.remove();
    const item = doc.createElement('li');
    const paragraph = doc.createElement('p');
    paragraph.append(...p.childNodes);
    item.append(paragraph);
    if (!root || p.previousElementSibling !== root) {
      root = doc.createElement(ordered ? 'ol' : 'ul');
      p.before(root);
      stack = [root];
    }
    while (stack.length < level) {
      const parent = stack.at(-1)!;
      const last = (parent.lastElementChild as HTMLElement | null) ?? parent.appendChild(doc.createElement('li'));
      const sub = last.appendChild(doc.createElement(ordered ? 'ol' : 'ul'));
      stack.push(sub);
    }
    stack.length = level;
    stack.at(-1)!.append(item);
    p.remove();
  }
}

/** Headings map onto the two levels a release has: h1 to h2, h4–h6 to h3. */
function mapHeadings(doc: Document): void {
  for (const heading of [...doc.querySelectorAll('h1, h4, h5, h6')]) {
    const mapped = doc.createElement(heading.tagName === 'H1' ? 'h2' : 'h3');
    mapped.append(...heading.childNodes);
    heading.replaceWith(mapped);
  }
}

/** Of inline styles, only what the schema reads: bold and italic set by style, as Google Docs does. */
function keptStyle(style: string): string {
  return style
    .split(';')
    .filter((declaration) => /^\s*font-(weight|style)\s*:\s*[\w ]+\s*$/i.test(declaration))
    .join(';');
}

function scrubAttributes(doc: Document): void {
  for (const element of [...doc.body.querySelectorAll('*')]) {
    // Word's <o:p> and other namespaced tags carry nothing but spacing.
    if (element.tagName.includes(':')) {
      element.remove();
      continue;
    }
    for (const { name } of [...element.attributes]) {
      if (DROPPED_ATTRIBUTE.test(name) || name === 'class') element.removeAttribute(name);
    }
    const style = keptStyle(element.getAttribute('style') ?? '');
    if (style) element.setAttribute('style', style);
    else element.removeAttribute('style');
    if (element.tagName === 'A') {
      const href = safeHref(element.getAttribute('href') ?? '');
      if (href) element.setAttribute('href', href);
      else element.removeAttribute('href');
    }
  }
}

/** What a paste held that the release cannot: told to the press officer in one line. */
export interface PasteDropped {
  /** Tables, laid out as one paragraph per row. */
  tables: number;
  images: number;
  /** Formatting removed, the text kept: underline, superscript, subscript, strike-through. */
  formatting: string[];
}

const FORMATTING: [label: string, selector: string][] = [
  ['underline', 'u, ins, [style*="underline" i]'],
  ['superscript', 'sup, [style*="vertical-align:super" i], [style*="vertical-align: super" i]'],
  ['subscript', 'sub, [style*="vertical-align:sub" i], [style*="vertical-align: sub" i]'],
  ['strike-through', 's, strike, del, [style*="line-through" i]'],
];

/** A release has no tables: each row becomes a paragraph, its cells separated by " | ", so the text stays readable. */
function tablesToRows(doc: Document): number {
  // Innermost first, so a table inside a cell is flattened into that cell's text.
  const tables = [...doc.querySelectorAll('table')].reverse();
  for (const table of tables) {
    const rows = [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
    const paragraphs = rows
      .map((row) =>
        [...row.children]
          .filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH')
          .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
          .filter((text) => text !== ''),
      )
      .filter((cells) => cells.length > 0)
      .map((cells) => {
        const p = doc.createElement('p');
        p.textContent = cells.join(' | ');
        return p;
      });
    table.replaceWith(...paragraphs);
  }
  return tables.length;
}

/**
 * Pasted HTML from Word, Google Docs or a web page, reduced to what the release schema can hold:
 * no scripts, styles, frames, forms, media or handlers; Word's list paragraphs turned into lists;
 * tables as rows of text; only http, https and mailto links; and what was not kept, named.
 * Parsed inertly (DOMParser runs nothing and loads nothing).
 */
export function cleanPaste(
  html: string,
  parser: Pick<DOMParser, 'parseFromString'> = new DOMParser(),
): { html: string; dropped: PasteDropped } {
  const doc = parser.parseFromString(html, 'text/html');
  removeComments(doc);
  const images = doc.body.querySelectorAll('img, svg, video, canvas').length;
  // A link's underline is the link's own look, which the release keeps.
  const formatting = FORMATTING.filter(([label, selector]) =>
    [...doc.body.querySelectorAll(selector)].some((element) => label !== 'underline' || !element.closest('a')),
  ).map(([label]) => label);
  for (const element of [...doc.querySelectorAll(DROPPED)]) element.remove();
  const tables = tablesToRows(doc);
  convertWordLists(doc);
  mapHeadings(doc);
  scrubAttributes(doc);
  return { html: doc.body.innerHTML, dropped: { tables, images, formatting } };
}

export function cleanPastedHtml(html: string, parser?: Pick<DOMParser, 'parseFromString'>): string {
  return cleanPaste(html, parser).html;
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** "Pasted: the table is laid out as rows of text; 2 images left out; underline removed." or null when all was kept. */
export function describeDropped({ tables, images, formatting }: PasteDropped): string | null {
  const parts = [
    tables > 0 &&
      (tables === 1
        ? 'the table is laid out as rows of text, cells separated by “|”'
        : `${tables} tables are laid out as rows of text, cells separated by “|”`),
    images > 0 && `${count(images, 'image', 'images')} left out (a release carries text only)`,
    formatting.length > 0 && `${formatting.join(', ').replace(/, ([^,]*)$/, ' and $1')} removed, the text kept`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length === 0 ? null : `Pasted: ${parts.join('; ')}.`;
}
