// @vitest-environment happy-dom
// Like Chromium's DOMParser, happy-dom's must run and load nothing:
// @vitest-environment-options { "settings": { "disableJavaScriptEvaluation": true, "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true, "disableIframePageLoading": true } }
// Whole web pages are pasted in Chromium's own parser, in tests/e2e/paste.spec.ts: happy-dom's parses <svg> differently.
import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { houseExtensions } from '../../../../common/schema/extensions';
import { cleanPaste, cleanPastedHtml, describeDropped } from './cleanPastedHtml';
import { PasteCleanup } from './pasteCleanup';
import gdocs from '../../../../tests/fixtures/paste/gdocs.html?raw';
import word from '../../../../tests/fixtures/paste/word.html?raw';
import wordTable from '../../../../tests/fixtures/paste/word-table.html?raw';

const FIXTURES: Record<string, string> = { 'word.html': word, 'gdocs.html': gdocs };
const fixture = (name: string) => FIXTURES[name]!;
const SCHEMA = new Set(['doc', 'paragraph', 'heading', 'text', 'bulletList', 'orderedList', 'listItem', 'hardBreak']);
const MARKS = new Set(['bold', 'italic', 'link']);

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** Pastes into an empty body, as Ctrl+V would, and returns the document. */
function paste(html: string, cleanup = true): JSONContent {
  editor = new Editor({ extensions: [...houseExtensions(), ...(cleanup ? [PasteCleanup] : [])] });
  editor.view.pasteHTML(html);
  return editor.getJSON();
}

function nodes(node: JSONContent): JSONContent[] {
  return [node, ...(node.content ?? []).flatMap(nodes)];
}
const text = (doc: JSONContent) =>
  nodes(doc)
    .map((n) => n.text ?? '')
    .join('');
const links = (doc: JSONContent) =>
  nodes(doc).flatMap((n) => (n.marks ?? []).filter((m) => m.type === 'link').map((m) => m.attrs?.href as string));
const withMark = (doc: JSONContent, mark: string) =>
  nodes(doc)
    .filter((n) => n.marks?.some((m) => m.type === mark))
    .map((n) => n.text);

function expectOnlySchema(doc: JSONContent): void {
  for (const node of nodes(doc)) {
    expect(SCHEMA).toContain(node.type);
    for (const mark of node.marks ?? []) expect(MARKS).toContain(mark.type);
  }
}

describe('pasting from Word', () => {
  it('turns list paragraphs into nested lists and drops the typed bullets, styles and comments', () => {
    const html = cleanPastedHtml(fixture('word.html'));
    expect(html).not.toMatch(/mso-|<!--|o:p|<img|<style|javascript/i);
    const doc = paste(fixture('word.html'));
    expectOnlySchema(doc);
    const [bullets, numbers] = doc.content!.filter((n) => n.type === 'bulletList' || n.type === 'orderedList');
    expect(bullets?.type).toBe('bulletList');
    expect(bullets?.content).toHaveLength(2);
    expect(text(bullets!)).toBe(
      'crisis management at the borders;including green borders;combating trafficking in human beings.',
    );
    // The second level sits inside the first item.
    expect(nodes(bullets!.content![0]!).some((n) => n.type === 'bulletList')).toBe(true);
    expect(numbers).toMatchObject({ type: 'orderedList' });
    expect(text(numbers!)).toBe('Opening sessionClosing remarks');
    expect(text(doc)).not.toMatch(/·|^o\s|1\.\s/);
    expect(doc.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(withMark(doc, 'bold')).toEqual(['more than 100 participants']);
    expect(withMark(doc, 'italic')).toEqual(['OSCE area']);
    expect(links(doc)).toEqual(['https://www.osce.org/secretariat']);
    expect(text(doc)).toContain('click here');
  });
});

describe('pasting from Google Docs', () => {
  it('keeps bold, italic, lists and links, without making the whole paste bold', () => {
    const doc = paste(fixture('gdocs.html'));
    expectOnlySchema(doc);
    expect(withMark(doc, 'bold')).toEqual(['Participants']);
    expect(withMark(doc, 'italic')).toEqual(['co-operation']);
    const list = nodes(doc).find((n) => n.type === 'bulletList');
    expect(text(list!)).toBe('smuggling of personshuman trafficking');
    expect(links(doc)).toEqual(['https://www.osce.org/bih']);
    expect(doc.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
  });
});

describe('pasting from a web page', () => {
  it('keeps the text and lists, and nothing that runs, loads or links unsafely', () => {
    const page =
      '<div class="article" onclick="x()" style="background:url(javascript:alert(1))"><h4>Ministers meet</h4>' +
      '<p onmouseover="x()">Opened <strong>today</strong> with a <a href="java&#x73;cript:alert(1)">statement</a>, ' +
      '<a href="data:text/html;base64,PHNjcmlwdD4=">a document</a> and <a href="mailto:press@osce.org">contacts</a>.</p>' +
      '<iframe srcdoc="<p>framed</p>">Frame fallback</iframe><form><input value="typed"><button>Send</button></form>' +
      '<ol><li>First</li><li>Second</li></ol><noscript>No script</noscript><p><img src="x" onerror="x()">End.</p></div>';
    const html = cleanPastedHtml(page);
    expect(html).not.toMatch(/<iframe|<form|<img|<noscript|\son\w+=|javascript|data:|class=|background/i);
    const doc = paste(page);
    expectOnlySchema(doc);
    expect(text(doc)).toBe('Ministers meetOpened today with a statement, a document and contacts.FirstSecondEnd.');
    expect(links(doc)).toEqual(['mailto:press@osce.org']);
    expect(doc.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 3 } });
  });
});

describe('a paste with what a release cannot hold', () => {
  it('lays a Word table out as one paragraph per row, cells separated, empty rows left out', () => {
    const { html, dropped } = cleanPaste(wordTable, new DOMParser());
    const template = document.createElement('template');
    template.innerHTML = html;
    expect([...template.content.querySelectorAll('p')].map((p) => p.textContent?.trim())).toEqual([
      'Media advisory: journalists are invited to the opening of the 3rd border-management workshop.',
      'When | 14 May 2026, 10:00',
      'Where | Conference hall B, Hofburg',
      'Accreditation | By 12 May, with the press office',
      'Photographers may film the opening remarks, not the closed sessions. The programme is provisional final.',
    ]);
    expect(template.content.querySelector('table, img')).toBeNull();
    expect(dropped).toEqual({ tables: 1, images: 1, formatting: ['underline', 'superscript', 'strike-through'] });
  });

  it('says so in one calm line, and says nothing when all was kept', () => {
    expect(describeDropped({ tables: 1, images: 1, formatting: ['underline', 'superscript', 'strike-through'] })).toBe(
      'Pasted: the table is laid out as rows of text, cells separated by “|”; 1 image left out (a release carries text only); underline, superscript and strike-through removed, the text kept.',
    );
    expect(describeDropped({ tables: 0, images: 2, formatting: [] })).toBe(
      'Pasted: 2 images left out (a release carries text only).',
    );
    expect(describeDropped(cleanPaste(fixture('gdocs.html'), new DOMParser()).dropped)).toBeNull();
  });
});
