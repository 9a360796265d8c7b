import type { ChildNode, Element } from 'domhandler';
import { getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Hints } from '../text/recognise';
import { languageOfTag } from '../text/language';
import { bold, italic, link, stripMarks } from '../text/marks';
import { isSafeLink } from '../../../../common/links';

/** A web page or fragment as lines the text recogniser reads, with what the page's head tells. */
export interface HtmlText {
  text: string;
  hints: Hints;
  /** Text outside the item (navigation, the site's header and footer), set aside. */
  outside: string[];
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'canvas',
  'head',
  'button',
  'form',
  'select',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'address',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'table',
  'tr',
  'pre',
  'hr',
  'body',
  'html',
]);
const OUTSIDE = new Set(['nav', 'header', 'footer']);

const isElement = (node: ChildNode): node is Element =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style';

function find(nodes: ChildNode[], test: (element: Element) => boolean): Element | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) return node;
    const inner = find(node.children, test);
    if (inner) return inner;
  }
  return undefined;
}

function findAll(nodes: ChildNode[], test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) found.push(node);
    findAll(node.children, test, found);
  }
  return found;
}

function squash(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ').trim();
}

/** Writes the element's blocks as lines: list items as "- ", <dl> as "- Label:" lines, <q> in quotation marks. */
class Writer {
  readonly lines: string[] = [];
  private line = '';

  /** A subheading and a summary the page marks by their class, taken out of the text for their fields. */
  readonly marked: { subheading?: string; lead?: string } = {};

  /** Outside an <article>, the site's navigation, header and footer are not the item's. */
  constructor(private readonly skipChrome: boolean) {}

  break(): void {
    const text = squash(this.line);
    if (text) this.lines.push(text);
    this.line = '';
  }

  inline(text: string): void {
    this.line += text;
  }

  element(element: Element): void {
    const name = element.name.toLowerCase();
    if (this.skipChrome && OUTSIDE.has(name)) return;
    if (
      SKIP.has(name) ||
      getAttributeValue(element, 'hidden') !== undefined ||
      getAttributeValue(element, 'aria-hidden') === 'true'
    )
      return;
    if (name === 'br') return this.break();
    if (name === 'q') {
      this.inline('“');
      this.children(element);
      this.inline('”');
      return;
    }
    // Bold, italic and safe links are written as marks the recogniser carries to the body.
    const wrap =
      name === 'strong' || name === 'b'
        ? bold
        : name === 'em' || name === 'i'
          ? italic
          : name === 'a' && isSafeLink(getAttributeValue(element, 'href'))
            ? (text: string) => link(getAttributeValue(element, 'href')!, text)
            : undefined;
    if (wrap) {
      const before = this.line;
      this.line = '';
      this.children(element);
      this.line = before + wrap(this.line);
      return;
    }
    if (name === 'img') {
      const alt = getAttributeValue(element, 'alt');
      if (alt) this.inline(` ${alt} `);
      return;
    }
    if (!BLOCK.has(name)) return this.children(element);
    const classes = (getAttributeValue(element, 'class') ?? '').toLowerCase().split(/\s+/u);
    const marked = (names: string[]) => classes.some((name) => names.includes(name));
    if (marked(['subheading', 'subtitle', 'standfirst', 'deck', 'dek']) && this.marked.subheading === undefined) {
      this.marked.subheading = squash(textContent(element));
      return;
    }
    if (marked(['summary', 'lead', 'chapo', 'chapeau', 'intro', 'teaser']) && this.marked.lead === undefined) {
      this.marked.lead = squash(textContent(element));
      return;
    }
    this.break();
    if (name === 'li')
      this.inline(element.parent && (element.parent as Element).name === 'ol' ? `${this.index(element)}. ` : '- ');
    if (name === 'dt') {
      this.inline('- ');
      this.children(element);
      if (!/:\s*$/u.test(this.line)) this.inline(':');
      return this.break();
    }
    if (name === 'dd') this.inline('- ');
    // A heading inside the item: a heading of the body ("## ", as the recogniser reads it).
    if (/^h[2-6]$/u.test(name)) this.inline('## ');
    if (name === 'blockquote') return this.blockquote(element);
    if (name === 'tr') {
      const cells = element.children.filter(isElement).map((cell) => squash(textContent(cell)));
      this.inline(cells.filter(Boolean).join(' | '));
      return this.break();
    }
    this.children(element);
    this.break();
  }

  /** A quotation block: its words in quotation marks, its <cite> or <footer> as the attribution after them. */
  private blockquote(element: Element): void {
    const cite = find(element.children, (child) => child.name === 'cite' || child.name === 'footer');
    const words = squash(
      element.children
        .filter((child) => child !== cite)
        .map((child) => textContent(child))
        .join(' '),
    ).replace(/^[“"«„]\s*|\s*[”"»“]$/gu, '');
    const who = cite ? squash(textContent(cite)).replace(/^[—–-]\s*/u, '') : '';
    this.inline(who ? `“${words.replace(/[.,]$/u, '')},” said ${who.replace(/[.]$/u, '')}.` : `“${words}”`);
    this.break();
  }

  private index(element: Element): number {
    const parent = element.parent as Element;
    return parent.children.filter((child) => isElement(child) && child.name === 'li').indexOf(element) + 1;
  }

  children(element: Element): void {
    for (const child of element.children) {
      if (child.type === 'text') this.inline(child.data);
      else if (isElement(child)) this.element(child);
    }
  }
}

function meta(nodes: ChildNode[], key: string): string | undefined {
  const element = find(
    nodes,
    (e) => e.name === 'meta' && [getAttributeValue(e, 'name'), getAttributeValue(e, 'property')].includes(key),
  );
  return element ? getAttributeValue(element, 'content')?.trim() || undefined : undefined;
}

/**
 * The item of a page: its <article> (or <main>, or the body), with the headline and metadata the
 * page puts around it; the site's navigation, header and footer outside it are set aside.
 */
export function htmlToText(html: string): HtmlText {
  const document = parseDocument(html, { decodeEntities: true });
  const nodes = document.children;
  const htmlElement = find(nodes, (e) => e.name === 'html');
  const hints: Hints = {};
  const lang = (htmlElement && getAttributeValue(htmlElement, 'lang')) ?? meta(nodes, 'og:locale');
  const language = lang ? languageOfTag(lang) : undefined;
  if (language) hints.language = language;
  const title = meta(nodes, 'og:title');
  if (title) hints.headline = title;
  const root =
    find(nodes, (e) => e.name === 'article') ??
    find(nodes, (e) => e.name === 'main' || getAttributeValue(e, 'role') === 'main') ??
    find(nodes, (e) => e.name === 'body');
  const writer = new Writer(!root || root.name !== 'article');
  const outside: string[] = [];
  const h1 = find(nodes, (e) => e.name === 'h1');
  if (root) {
    // A headline printed above the article, outside it, still belongs to the item.
    if (h1 && !contains(root, h1)) writer.element(h1);
    writer.children(root);
    writer.break();
    // The outermost navigation, header and footer only: a <nav> inside the <header> is said once.
    const chrome = findAll(nodes, (e) => OUTSIDE.has(e.name) && !contains(e, root) && !contains(root, e));
    for (const element of chrome.filter((e) => !chrome.some((other) => other !== e && contains(other, e)))) {
      const lines = new Writer(false);
      lines.children(element);
      lines.break();
      if (lines.lines.length > 0)
        outside.push(stripMarks(lines.lines.map((line) => line.replace(/^(?:-|\d+\.)\s+/u, '')).join(' · ')));
    }
  } else {
    for (const node of nodes) if (isElement(node)) writer.element(node);
    if (!nodes.some(isElement)) writer.inline(textContent(nodes));
    writer.break();
  }
  if (writer.marked.subheading) hints.subheading = writer.marked.subheading;
  if (writer.marked.lead) hints.lead = writer.marked.lead;
  return { text: writer.lines.join('\n'), hints, outside };
}

function contains(ancestor: Element, node: ChildNode): boolean {
  for (let current: ChildNode | null = node; current; current = current.parent as ChildNode | null)
    if (current === ancestor) return true;
  return false;
}
