import { Editor, type JSONContent } from '@tiptap/core';
import { Window } from 'happy-dom';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUOTE_ATTRS, type QuoteAttrs, type Speaker } from '../../../common/quotes';
import { bodyPlainText } from '../../../common/render/plainText';
import { houseExtensions } from '../../../common/schema/extensions';
import { QUOTE_PLACEHOLDER } from '../../../common/schema/quote/quote';
import type { Language } from '../../../common/model/vocab';
import type { Doc, DocNode } from '../../../common/model/doc';

// Tiptap 3 runs without a DOM for commands and JSON; getHTML() and HTML parsing use happy-dom's.

const MEKTIC: Speaker = {
  id: 'mektic',
  name: 'Dragan Mektić',
  shortName: 'Mektić',
  role: 'Minister of Security of Bosnia and Herzegovina',
};
const FULL = 'Dragan Mektić, Minister of Security of Bosnia and Herzegovina';

const text = (value: string): DocNode => ({ type: 'text', text: value });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]): Doc => ({ type: 'doc', content });
const quote = (words: string, attrs: Partial<QuoteAttrs> = {}): DocNode => ({
  type: 'quote',
  attrs: { ...DEFAULT_QUOTE_ATTRS, ...attrs },
  content: [text(words)],
});
/** A quote by Mektić. */
const said = (words: string, attrs: Partial<QuoteAttrs> = {}) => quote(words, { speakerId: 'mektic', ...attrs });

/** The body as readers see it; a news item, so no dateline comes first. */
function render(language: Language, ...paragraphs: DocNode[]): string {
  return bodyPlainText({
    body: doc(...paragraphs),
    speakers: [MEKTIC],
    language,
    type: 'news-item',
    place: '',
    date: '',
  });
}

let editors: Editor[] = [];
afterEach(() => {
  editors.forEach((editor) => editor.destroy());
  editors = [];
});

/** A headless editor (no view), so that it behaves the same with or without a DOM around. */
function editor(content: JSONContent): Editor {
  const created = new Editor({ element: null, extensions: houseExtensions(), content });
  editors.push(created);
  return created;
}

/** Selects the first occurrence of `words` in the document. */
function select(target: Editor, words: string): void {
  let from = -1;
  target.state.doc.descendants((node, pos) => {
    const at = node.isText ? (node.text ?? '').indexOf(words) : -1;
    if (from < 0 && at >= 0) from = pos + at;
  });
  if (from < 0) throw new Error(`"${words}" is not in the document`);
  target.commands.setTextSelection({ from, to: from + words.length });
}

/** Types as a keyboard does: ProseMirror turns a key press into insertText over the selection. */
function type(target: Editor, value: string): void {
  target.view.dispatch(target.state.tr.insertText(value));
}

function selectedText(target: Editor): string {
  const { from, to } = target.state.selection;
  return target.state.doc.textBetween(from, to);
}

describe('the quote node in an editor', () => {
  it('wraps the selected words in a quote with the default attributes', () => {
    const e = editor(doc(paragraph(text('He said we must act now.'))));
    select(e, 'we must act now');
    expect(e.commands.insertQuote()).toBe(true);
    expect(e.getJSON()).toEqual(
      doc(paragraph(text('He said '), quote('we must act now', DEFAULT_QUOTE_ATTRS), text('.'))),
    );
    expect(selectedText(e)).toBe('we must act now');
  });

  it('gives a new quote the attributes it is asked for', () => {
    const e = editor(doc(paragraph(text('He said we must act now.'))));
    select(e, 'we must act now');
    e.commands.insertQuote({ speakerId: 'mektic', attribution: 'before' });
    expect(e.getJSON()).toEqual(
      doc(paragraph(text('He said '), said('we must act now', { attribution: 'before' }), text('.'))),
    );
  });

  it('inserts placeholder words, selected, where nothing is selected; typing replaces them in the quote', () => {
    const e = editor(doc(paragraph(text('Mektić: '))));
    e.commands.setTextSelection(9);
    expect(e.commands.insertQuote({ speakerId: 'mektic' })).toBe(true);
    expect(e.getJSON()).toEqual(doc(paragraph(text('Mektić: '), said(QUOTE_PLACEHOLDER))));
    expect(selectedText(e)).toBe(QUOTE_PLACEHOLDER);

    type(e, 'We must act');
    type(e, ' now');
    expect(e.getJSON()).toEqual(doc(paragraph(text('Mektić: '), said('We must act now'))));
  });

  it('refuses a quote inside a quote, or across paragraphs', () => {
    const content = doc(paragraph(text('He said '), said('we must act now')), paragraph(text('Later.')));
    const e = editor(content);
    select(e, 'must');
    expect(e.commands.insertQuote()).toBe(false);
    e.commands.setTextSelection({ from: 3, to: 30 });
    expect(e.commands.insertQuote()).toBe(false);
    expect(e.getJSON()).toEqual(content);
  });

  it('changes the attributes of the quote the cursor is in, and of no other', () => {
    const e = editor(doc(paragraph(said('We must act'), text(' and '), said('now'))));
    select(e, 'must');
    expect(e.commands.updateQuote({ attribution: 'before', reference: 'full', verb: 'added' })).toBe(true);
    expect(e.getJSON()).toEqual(
      doc(
        paragraph(
          said('We must act', { attribution: 'before', reference: 'full', verb: 'added' }),
          text(' and '),
          said('now'),
        ),
      ),
    );
  });

  it('changes nothing where the cursor is in no quote', () => {
    const content = doc(paragraph(said('We must act'), text(' and so on')));
    const e = editor(content);
    select(e, 'so');
    expect(e.commands.updateQuote({ attribution: 'inline' })).toBe(false);
    expect(e.getJSON()).toEqual(content);
  });
});

describe('the quote node as HTML', () => {
  let window: Window | undefined;
  beforeAll(() => {
    window = new Window();
    Object.assign(globalThis, { window, document: window.document });
  });
  afterAll(async () => {
    Reflect.deleteProperty(globalThis, 'window');
    Reflect.deleteProperty(globalThis, 'document');
    await window?.happyDOM.close();
  });

  const content = doc(
    paragraph(
      text('He said '),
      said('we must act now'),
      text('. '),
      said('Now', { attribution: 'before', verb: 'added' }),
    ),
  );
  const html =
    '<p>He said <q data-quote="" data-speaker="mektic" data-attribution="after" data-reference="auto">we must act now</q>. ' +
    '<q data-quote="" data-speaker="mektic" data-attribution="before" data-reference="auto" data-verb="added">Now</q></p>';

  it('keeps every attribute in a data-* attribute of a <q>', () => {
    expect(editor(content).getHTML()).toBe(html);
  });

  it('parses its own HTML back to the same JSON', () => {
    const e = editor(doc(paragraph()));
    e.commands.setContent(html);
    expect(e.getJSON()).toEqual(content);
  });

  it('reads unknown attribute values as the defaults, and a plain <q> as no quote', () => {
    const e = editor(doc(paragraph()));
    e.commands.setContent('<p><q data-quote data-attribution="sideways" data-reference="x">Yes</q> <q>No</q></p>');
    expect(e.getJSON()).toEqual(doc(paragraph(quote('Yes'), text(' No'))));
  });
});

describe('quotes in house style', () => {
  it('names the speaker in full the first time, by short name later', () => {
    expect(render('en', paragraph(said('We must act'), text(' He went on. '), said('Now')))).toBe(
      `“We must act,” said ${FULL}. He went on. “Now,” said Mektić.`,
    );
  });

  it('lays out an attribution before the words', () => {
    expect(
      render(
        'en',
        paragraph(said('We must act', { attribution: 'before' })),
        paragraph(said('Now', { attribution: 'before' })),
      ),
    ).toBe(`${FULL}, said: “We must act.”\nMektić said: “Now.”`);
  });

  it('adds no comma or full stop after a question or an exclamation', () => {
    expect(render('en', paragraph(said('Can we act alone?')))).not.toMatch(/\?+,/);
    expect(render('en', paragraph(said('Act now!', { attribution: 'before' })))).not.toMatch(/!+\./);
  });

  it('replaces the marks and closing punctuation an author typed', () => {
    expect(render('en', paragraph(said('“We must act.”')))).toBe(`“We must act,” said ${FULL}.`);
    expect(render('en', paragraph(said('"We must act," ')))).toBe(`“We must act,” said ${FULL}.`);
  });

  it('names the speaker in full again where a later quote asks for it', () => {
    expect(render('en', paragraph(said('We must act')), paragraph(said('Now', { reference: 'full' })))).toBe(
      `“We must act,” said ${FULL}.\n“Now,” said ${FULL}.`,
    );
  });

  it('counts a speaker introduced by an inline quote or a short reference', () => {
    expect(
      render(
        'en',
        paragraph(text('Mektić said that '), said('it is time.', { attribution: 'inline' })),
        paragraph(said('We must act')),
      ),
    ).toBe('Mektić said that “it is time.”\n“We must act,” said Mektić.');
    expect(render('en', paragraph(said('We must act', { reference: 'short' })), paragraph(said('Now')))).toBe(
      '“We must act,” said Mektić.\n“Now,” said Mektić.',
    );
  });

  it('keeps the punctuation typed inside an inline quote', () => {
    expect(
      render('en', paragraph(said('The gap is in implementation,', { attribution: 'inline' }), text(' he said.'))),
    ).toBe('“The gap is in implementation,” he said.');
  });

  it('uses the verb the author chose', () => {
    expect(render('en', paragraph(said('Now', { verb: 'added' })))).toBe(`“Now,” added ${FULL}.`);
  });

  it('marks a quote whose speaker is missing', () => {
    expect(render('en', paragraph(quote('We must act', { speakerId: 'nobody' })))).toBe(
      '“We must act,” said [speaker].',
    );
  });

  it('uses French guillemets with narrow no-break spaces, the comma outside', () => {
    expect(render('fr', paragraph(said('Nous devons agir')), paragraph(said('Maintenant')))).toBe(
      `«\u202fNous devons agir\u202f», a déclaré ${FULL}.\n«\u202fMaintenant\u202f», a déclaré Mektić.`,
    );
  });

  it('uses German marks, the comma outside', () => {
    expect(render('de', paragraph(said('Wir müssen handeln')), paragraph(said('Jetzt')))).toBe(
      `„Wir müssen handeln“, sagte ${FULL}.\n„Jetzt“, sagte Mektić.`,
    );
  });

  it('puts a space before the French colon', () => {
    expect(render('fr', paragraph(said('Maintenant', { attribution: 'before', reference: 'short' })))).toMatch(
      /^Mektić a déclaré\u202f: «\u202fMaintenant\.\u202f»/,
    );
  });

  // Known gaps, kept as expected failures until common/quotes.ts handles them (see the report).

  // trimWords keeps the ending in the words and adds it again: “Can we act alone??”
  it('prints a closing question mark, exclamation mark or ellipsis once', () => {
    expect(render('en', paragraph(said('Can we act alone?')))).toBe(`“Can we act alone?” said ${FULL}.`);
    expect(render('en', paragraph(said('Act now!', { attribution: 'before' })))).toBe(`${FULL}, said: “Act now!”`);
    expect(render('en', paragraph(said('We shall see…', { reference: 'short' })))).toBe('“We shall see…” said Mektić.');
  });

  // A trailing straight apostrophe is stripped as if it were a quotation mark.
  it('keeps a possessive apostrophe that ends the words', () => {
    expect(render('en', paragraph(said("The decision is the participating States'")))).toBe(
      `“The decision is the participating States',” said ${FULL}.`,
    );
  });

  // Duden: the full stop of a quoted sentence stays inside the marks after a colon: Er sagte: „Jetzt.“
  it('keeps the full stop inside German marks after a colon', () => {
    expect(render('de', paragraph(said('Jetzt', { attribution: 'before', reference: 'short' })))).toBe(
      'Mektić sagte: „Jetzt.“',
    );
  });

  // Amtliche Regelung § 93: „Kommst du morgen?“, fragte sie. The comma stays after ? or !.
  // (Also fails on the doubled question mark above until both are fixed.)
  it('keeps the German comma after a question', () => {
    expect(render('de', paragraph(said('Können wir allein handeln?', { reference: 'short' })))).toBe(
      '„Können wir allein handeln?“, sagte Mektić.',
    );
  });

  // French typography: a full sentence after a colon keeps its full stop inside: a déclaré : « Maintenant. »
  it('keeps the full stop inside French guillemets after a colon', () => {
    expect(render('fr', paragraph(said('Maintenant', { attribution: 'before', reference: 'short' })))).toBe(
      'Mektić a déclaré\u202f: «\u202fMaintenant.\u202f»',
    );
  });

  // Russian direct speech before the author's words takes a comma and a dash: «…», — заявил он.
  it('puts a dash before the Russian attribution', () => {
    expect(render('ru', paragraph(said('Мы должны действовать', { reference: 'short' })))).toBe(
      '«Мы должны действовать», — заявил Mektić.',
    );
  });
});
