import type { DocNode } from '../model/doc';

/** A node met while walking a document, with its ProseMirror position and ancestors. */
export interface Visit {
  node: DocNode;
  /** The position just before the node, as ProseMirror counts it in the editor. */
  pos: number;
  parents: DocNode[];
}

/** Nodes without content in the house schema (and ones it may gain): one position each. */
const LEAF_TYPES = new Set(['hardBreak', 'horizontalRule', 'image']);

function isLeaf(node: DocNode): boolean {
  return node.text !== undefined || LEAF_TYPES.has(node.type);
}

/** The size ProseMirror gives a node: text length, 1 for a leaf, content + 2 for the rest. */
export function nodeSize(node: DocNode): number {
  if (node.text !== undefined) return node.text.length;
  if (isLeaf(node)) return 1;
  return (node.content ?? []).reduce((sum, child) => sum + nodeSize(child), 0) + 2;
}

/**
 * Visits every node below the document in order, with positions that match the editor's,
 * so a check can point the editor at the exact place.
 */
export function walk(doc: DocNode, visit: (visit: Visit) => void): void {
  const go = (node: DocNode, start: number, parents: DocNode[]) => {
    let pos = start;
    for (const child of node.content ?? []) {
      visit({ node: child, pos, parents });
      if (child.text === undefined && !isLeaf(child)) go(child, pos + 1, [...parents, child]);
      pos += nodeSize(child);
    }
  };
  go(doc, 0, []);
}

/** The text directly inside a node (its text children, and theirs), without any house-style additions. */
export function rawText(node: DocNode): string {
  if (node.text !== undefined) return node.text;
  return (node.content ?? []).map(rawText).join('');
}
