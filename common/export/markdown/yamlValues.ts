import { LineCounter, isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { parseReleaseDate } from '../../model/dateline';
import { MarkdownImportError } from './errors';

export interface Reader {
  lines: LineCounter;
  /** The file line of the YAML text's first line. */
  firstLine: number;
}

export function lineOf(node: YamlNode | null | undefined, reader: Reader): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : reader.lines.linePos(offset).line + reader.firstLine - 1;
}

export function fail(message: string, node: YamlNode | null | undefined, reader: Reader): never {
  throw new MarkdownImportError(message, lineOf(node, reader));
}

export const list = (values: readonly string[]) => values.join(', ');

/** A text field: a string, or empty when left blank. Numbers and yes/no keep the text as typed. */
export function text(node: unknown, name: string, reader: Reader): string {
  if (node === null || node === undefined) return '';
  if (isScalar(node)) {
    if (node.value === null) return '';
    if (typeof node.value === 'string') return node.value;
    if (typeof node.value === 'number' || typeof node.value === 'boolean') return node.source ?? String(node.value);
  }
  return fail(`“${name}” must be text.`, node as YamlNode, reader);
}

export function texts(node: unknown, name: string, reader: Reader): string[] {
  if (isBlank(node)) return [];
  if (isScalar(node)) return [text(node, name, reader)];
  if (!isSeq(node)) return fail(`“${name}” must be a list of texts (one “- item” per line).`, node as YamlNode, reader);
  return node.items.map((item) => text(item, name, reader));
}

export function oneOf<T extends string>(
  node: unknown,
  name: string,
  allowed: readonly T[],
  reader: Reader,
): T | undefined {
  const value = text(node, name, reader);
  if (value === '') return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return fail(
    `“${name}” is “${value}”, which Dateline does not know. Use one of: ${list(allowed)}.`,
    node as YamlNode,
    reader,
  );
}

export function day(node: unknown, name: string, reader: Reader): string {
  const value = text(node, name, reader).trim();
  if (value === '' || parseReleaseDate(value)) return value;
  return fail(
    `“${name}” is “${value}”, not a date. Write it as YYYY-MM-DD, e.g. 2017-09-20.`,
    node as YamlNode,
    reader,
  );
}

export function integer(node: unknown, name: string, reader: Reader): number | undefined {
  if (isBlank(node)) return undefined;
  if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 1) {
    return node.value;
  }
  return fail(`“${name}” must be a whole number of at least 1.`, node as YamlNode, reader);
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function timestamp(node: unknown, name: string, reader: Reader): string | undefined {
  const value = text(node, name, reader);
  if (value === '') return undefined;
  if (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return value;
  return fail(
    `“${name}” is “${value}”, not a date and time. Write it as 2017-09-20T10:00:00.000Z.`,
    node as YamlNode,
    reader,
  );
}

/**
 * The pairs of a mapping by key, refusing keys Dateline does not read (so a typo or a `__proto__`
 * is reported, never copied onto anything).
 */
export function fields<K extends string>(
  node: unknown,
  name: string,
  keys: readonly K[],
  reader: Reader,
  /** Keys of other tools (Hugo's `tags`, `weight`…) are skipped at the top level; nested ones are refused. */
  others: 'refuse' | 'skip' = 'refuse',
): Map<K, unknown> {
  const found = new Map<K, unknown>();
  if (!isMap(node)) {
    const subject = name.charAt(0).toUpperCase() + name.slice(1);
    return fail(`${subject} must be a set of “key: value” lines (${list(keys)}).`, node as YamlNode, reader);
  }
  for (const pair of node.items as Pair<unknown, unknown>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || !(keys as readonly string[]).includes(key)) {
      if (others === 'skip' && key !== undefined) continue;
      const shown = key ?? 'a complex key';
      fail(`Unknown key “${shown}” in ${name}. Dateline reads only: ${list(keys)}.`, pair.key as YamlNode, reader);
    }
    found.set(key as K, pair.value);
  }
  return found;
}

/** A reader for YAML whose first line is `firstLine` of the file. */
export function yamlReader(firstLine: number): Reader {
  return { lines: new LineCounter(), firstLine };
}

/** Whether a value was left out or left blank. */
export const isBlank = (node: unknown) =>
  node === null || node === undefined || (isScalar(node) && node.value === null);
