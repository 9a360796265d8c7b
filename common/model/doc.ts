import { z } from 'zod';

/** A ProseMirror/Tiptap node as stored in JSON. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

/** The body of a release: a Tiptap document. */
export interface Doc extends DocNode {
  type: 'doc';
  content: DocNode[];
}

const markSchema = z.strictObject({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const docNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.strictObject({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docNodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);

export const docSchema = z.strictObject({
  type: z.literal('doc'),
  content: z.array(docNodeSchema),
}) satisfies z.ZodType<Doc>;

/** An empty body: one empty paragraph, as Tiptap creates it. */
export function emptyDoc(): Doc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
