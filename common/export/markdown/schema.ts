import { getSchema } from '@tiptap/core';
import { Node as PMNode, type Schema } from '@tiptap/pm/model';
import type { Doc } from '../../model/doc';
import { houseExtensions } from '../../schema/extensions';

let cached: Schema | undefined;

/** The house ProseMirror schema, built once: the importer stores JSON exactly as the editor would. */
export function houseSchema(): Schema {
  cached ??= getSchema(houseExtensions());
  return cached;
}

/** The attributes a link mark gets when none are given (href and title apart). */
export function defaultLinkAttrs(): Record<string, unknown> {
  const spec = houseSchema().marks.link?.spec.attrs ?? {};
  return Object.fromEntries(Object.entries(spec).map(([name, attr]) => [name, attr.default ?? null]));
}

/**
 * Checks a document against the house schema and returns it as the editor stores it:
 * adjacent text with equal marks merged, marks in schema order, every attribute present.
 * Throws a RangeError naming the problem when the content does not fit the schema.
 */
export function normaliseDoc(json: Doc): Doc {
  const node = PMNode.fromJSON(houseSchema(), json);
  node.check();
  return node.toJSON() as Doc;
}
