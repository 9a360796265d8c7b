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

/**
 * Pasted HTML from Word, Google Docs or a web page, reduced to what the release schema can hold:
 * no scripts, styles, frames, forms, media or handlers; Word's list paragraphs turned into lists;
 * only http, https and mailto links. Parsed inertly (DOMParser runs nothing and loads nothing).
 */
export function cleanPastedHtml(html: string, parser: Pick<DOMParser, 'parseFromString'> = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  removeComments(doc);
  for (const element of [...doc.querySelectorAll(DROPPED)]) element.remove();
  convertWordLists(doc);
  mapHeadings(doc);
  scrubAttributes(doc);
  return doc.body.innerHTML;
}
