import { excessOf, MAX_NESTING } from '../../../common/model/limits';
import { LoadError } from '../../../common/model/migrate';

/** Keys that reach an object's prototype when copied carelessly: never taken from a file. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A copy of parsed JSON without prototype keys, at any depth, and how many were dropped. */
function withoutPrototypeKeys(value: unknown, dropped: { count: number }): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutPrototypeKeys(item, dropped));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (PROTOTYPE_KEYS.has(key)) dropped.count++;
    else out[key] = withoutPrototypeKeys(item, dropped);
  }
  return out;
}

/**
 * Parses JSON from outside Dateline into plain data: refused (LoadError) when it is not JSON or
 * nests deeper than any release, with `__proto__`, `constructor` and `prototype` keys dropped.
 */
export function parsePlainJson(text: string): { value: unknown; dropped: number } {
  let raw: unknown;
  try {
    // JSON.parse itself does not recurse, so any depth parses; the check below comes before anything that does.
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new LoadError(`the file is not valid JSON (${(error as Error).message})`);
  }
  const excess = excessOf(raw);
  if (excess === 'depth')
    throw new LoadError(`its data nests more than ${MAX_NESTING} levels deep, which no release does`);
  if (excess === 'size') throw new LoadError('it holds far more data than any release');
  const dropped = { count: 0 };
  const value = withoutPrototypeKeys(raw, dropped);
  return { value, dropped: dropped.count };
}
