import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { findIn, findPattern, replaceAllIn, type FindOptions } from '../../../../common/find/findText';
import { findHighlightKey, findInDoc } from '../../extensions/findHighlight/findHighlight';
import { redraw } from '../../extensions/redraw/redraw';
import type { BodyHandle } from '../body/BodyEditor';
import type { Fields } from '../fields/ReleaseForm';

/** The fields Find looks in, in the form's order; the body comes after the lead. */
const BEFORE_BODY = ['place', 'headline', 'subheading', 'lead'] as const;
const AFTER_BODY = ['notesToEditors', 'boilerplate'] as const;
type TextField = (typeof BEFORE_BODY)[number] | (typeof AFTER_BODY)[number];

type Match = { in: TextField; start: number; end: number } | { in: 'body'; from: number; to: number };

interface Props {
  replacing: boolean;
  /** Bumped by Ctrl+F or Ctrl+H while the bar is open: the query field takes the focus again. */
  focusRequest: number;
  fields: Fields;
  onFields(patch: Partial<Fields>): void;
  body: RefObject<BodyHandle | null>;
  onClose(): void;
}

/** Find and Replace over the fields and the body, matches marked where they are; Escape closes. */
export function FindBar({ replacing, focusRequest, fields, onFields, body, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false });
  const [current, setCurrent] = useState(0);
  const [bodyVersion, setBodyVersion] = useState(0);
  const [said, setSaid] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLElement>(null);
  const pattern = useMemo(() => findPattern(query, options), [query, options]);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  // The body's matches follow its edits while the bar is open.
  useEffect(() => {
    const editor = body.current?.editor();
    if (!editor) return;
    const changed = () => setBodyVersion((n) => n + 1);
    editor.on('update', changed);
    return () => void editor.off('update', changed);
  }, [body]);

  const matches = useMemo((): Match[] => {
    void bodyVersion;
    const inField = (key: TextField): Match[] =>
      findIn(fields[key], pattern).map(([start, end]) => ({ in: key, start, end }));
    const editor = body.current?.editor();
    const inBody: Match[] = editor ? findInDoc(editor.state.doc, pattern).map((m) => ({ in: 'body', ...m })) : [];
    return [...BEFORE_BODY.flatMap(inField), ...inBody, ...AFTER_BODY.flatMap(inField)];
  }, [fields, pattern, body, bodyVersion]);
  const at = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);

  // Marks the matches: the body's with decorations, the current field's by selecting the words in it.
  useEffect(() => {
    const editor = body.current?.editor();
    const bodyMatches = matches.flatMap((m) => (m.in === 'body' ? [m] : []));
    const match = matches[at];
    // Only while the bar is in use: typing in a field or the body with the bar open must not have
    // its caret moved to a match (the next keys would replace the match's words).
    const steering = bar.current?.contains(document.activeElement) ?? false;
    if (editor && !editor.isDestroyed) {
      const index = match?.in === 'body' ? bodyMatches.indexOf(match) : -1;
      redraw(editor, findHighlightKey, { matches: bodyMatches, current: index });
      if (steering && match?.in === 'body') {
        const { node } = editor.view.domAtPos(match.from);
        (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
      }
    }
    if (steering && match && match.in !== 'body') {
      const field = document.getElementById(`field-${match.in}`) as HTMLInputElement | HTMLTextAreaElement | null;
      field?.scrollIntoView({ block: 'center' });
      field?.setSelectionRange(match.start, match.end);
    }
  }, [matches, at, body]);

  // Closing clears the marks.
  useEffect(
    () => () => {
      const editor = body.current?.editor();
      if (editor && !editor.isDestroyed) {
        redraw(editor, findHighlightKey, { matches: [], current: -1 });
      }
    },
    [body],
  );

  const step = (by: number) => matches.length > 0 && setCurrent((at + by + matches.length) % matches.length);

  const replaceOne = () => {
    const match = matches[at];
    if (!match) return;
    if (match.in === 'body') {
      const editor = body.current?.editor();
      if (!editor) return;
      const tr = editor.state.tr;
      // Within one text run, so a quote keeps its words' place and its attributes.
      if (replacement === '') tr.delete(match.from, match.to);
      else tr.insertText(replacement, match.from, match.to);
      editor.view.dispatch(tr);
    } else {
      const text = fields[match.in];
      onFields({ [match.in]: text.slice(0, match.start) + replacement + text.slice(match.end) });
    }
    setSaid('Replaced 1.');
  };

  const replaceAll = () => {
    const patch: Partial<Fields> = {};
    for (const key of [...BEFORE_BODY, ...AFTER_BODY]) {
      const next = replaceAllIn(fields[key], pattern, replacement);
      if (next !== fields[key]) patch[key] = next;
    }
    const editor = body.current?.editor();
    const inBody = matches.flatMap((m) => (m.in === 'body' ? [m] : []));
    if (editor && inBody.length > 0) {
      const tr = editor.state.tr;
      // From the end, so the earlier positions stay where they are.
      for (const m of [...inBody].reverse()) {
        if (replacement === '') tr.delete(m.from, m.to);
        else tr.insertText(replacement, m.from, m.to);
      }
      editor.view.dispatch(tr);
    }
    if (Object.keys(patch).length > 0) onFields(patch);
    setSaid(`Replaced ${matches.length}.`);
  };

  const count = query === '' ? '' : matches.length === 0 ? 'No matches' : `${at + 1} of ${matches.length}`;
  return (
    <div className="find-anchor">
      <search
        ref={bar}
        className="find-bar"
        aria-label={replacing ? 'Find and replace' : 'Find'}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      >
        <div className="find-row">
          <input
            ref={input}
            aria-label="Find"
            placeholder="Find in this release"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setCurrent(0);
              setSaid('');
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                step(event.shiftKey ? -1 : 1);
              }
            }}
          />
          <span className="find-count" role="status">
            {said || count}
          </span>
          <button type="button" className="button button--quiet button--small" onClick={() => step(-1)}>
            Previous
          </button>
          <button type="button" className="button button--quiet button--small" onClick={() => step(1)}>
            Next
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label="Close Find"
            onClick={onClose}
          >
            ✕
          </button>
        </div>
        <div className="find-row">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={options.matchCase}
              onChange={(event) => setOptions({ ...options, matchCase: event.target.checked })}
            />
            Match case
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={options.wholeWord}
              onChange={(event) => setOptions({ ...options, wholeWord: event.target.checked })}
            />
            Whole word
          </label>
        </div>
        {replacing && (
          <div className="find-row">
            <input
              aria-label="Replace with"
              placeholder="Replace with"
              value={replacement}
              onChange={(event) => setReplacement(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  replaceOne();
                }
              }}
            />
            <button type="button" className="button button--small" disabled={at < 0} onClick={replaceOne}>
              Replace
            </button>
            <button type="button" className="button button--small" disabled={at < 0} onClick={replaceAll}>
              Replace all
            </button>
          </div>
        )}
      </search>
    </div>
  );
}
