import { parse } from 'yaml';
import { FRONT_MATTER_KEYS } from '../../../../common/export/markdown/frontMatter';
import { RELEASE_TYPES, type ReleaseType } from '../../../../common/model/vocab';
import type { Hints } from '../text/recognise';
import { languageOfTag } from '../text/language';
import { bold, italic, link } from '../text/marks';
import { isSafeLink } from '../../../../common/links';
import { TYPE_LABELS } from '../text/vocabulary';

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Front matter and body of a Markdown file; no front matter gives an empty record. */
export function splitFrontMatter(text: string): { front: Record<string, unknown>; body: string; yaml: string } {
  // Hugo also writes TOML between +++ lines: flat keys, strings, lists and dates.
  const toml = /^\uFEFF?\+\+\+\r?\n([\s\S]*?)\r?\n\+\+\+\r?\n?([\s\S]*)$/u.exec(text);
  if (toml) return { front: parseFlatToml(toml[1]!), body: toml[2]!, yaml: toml[1]! };
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n?([\s\S]*)$/u.exec(text);
  if (!match) return { front: {}, body: text, yaml: '' };
  const parsed: unknown = parse(match[1]!, { maxAliasCount: 10 });
  const front = Object.create(null) as Record<string, unknown>;
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
    for (const [key, value] of Object.entries(parsed)) if (!PROTOTYPE_KEYS.has(key)) front[key] = value;
  return { front, body: match[2]!, yaml: match[1]! };
}

/** The flat TOML front matter Hugo writes: `key = "text"`, `key = ["a", "b"]`, `key = 2026-05-12`. */
function parseFlatToml(text: string): Record<string, unknown> {
  const front: Record<string, unknown> = {};
  for (const line of text.split(/\r?\n/u)) {
    const match = /^\s*([A-Za-z_][\w-]*)\s*=\s*(.+?)\s*$/u.exec(line);
    if (!match) continue;
    const raw = match[2]!;
    const json = raw.replace(/'([^']*)'/gu, (_all, inner: string) => JSON.stringify(inner));
    try {
      front[match[1]!] = JSON.parse(json) as unknown;
    } catch {
      front[match[1]!] = raw.replace(/^["']|["']$/gu, '');
    }
  }
  return front;
}

/** Dateline's own Markdown (its export, or a file written to it) uses only its keys; anything else is another system's. */
export function isDatelineMarkdown(text: string): boolean {
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(text);
  } catch {
    // Front matter that is not YAML: Dateline's own reader says where and why.
    return true;
  }
  const { front, yaml } = split;
  if (!yaml) return false;
  // Prototype keys belong to no system: Dateline's own reader skips them, so they do not make a file foreign.
  const keys = Object.keys(front).filter((key) => !PROTOTYPE_KEYS.has(key));
  if (keys.some((key) => !(FRONT_MATTER_KEYS as readonly string[]).includes(key))) return false;
  // Another system's "type" ("post", "news") is not one of Dateline's.
  return front.type === undefined || RELEASE_TYPES.includes(front.type as ReleaseType);
}

const first = (front: Record<string, unknown>, keys: string[]): unknown =>
  keys.map((key) => front[key]).find((value) => value !== undefined && value !== null && value !== '');

function text(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  return undefined;
}

function list(value: unknown): string | undefined {
  if (Array.isArray(value))
    return (
      value
        .map((item) => text(item))
        .filter(Boolean)
        .join(', ') || undefined
    );
  return text(value);
}

/** Markdown without its syntax, one block per line: "# " and "## " kept for headings, lists as "- ". */
export function markdownLines(body: string): string {
  const lines: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) lines.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line || /^(?:-{3,}|\*{3,}|_{3,})$/u.test(line)) {
      flush();
      continue;
    }
    const inline = line
      .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
      .replace(/\[([^\]]+)\]\(([^)\s]*)\)/gu, (_all, text: string, href: string) =>
        isSafeLink(href) ? link(href, text) : text,
      )
      .replace(/(\*\*|__)(.+?)\1/gu, (_all, _mark: string, text: string) => bold(text))
      .replace(
        /(^|[\s(])[*_]([^*_]+)[*_](?=[\s.,;:!?)]|$)/gu,
        (_all, before: string, text: string) => before + italic(text),
      )
      .replace(/`([^`]+)`/gu, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!])/gu, '$1');
    if (/^#{1,6}\s/u.test(inline) || /^(?:[-*+]|\d+[.)])\s/u.test(inline) || /^>\s?/u.test(inline)) {
      flush();
      lines.push(inline.replace(/^[*+]\s/u, '- ').replace(/^>\s?/u, ''));
      continue;
    }
    paragraph.push(inline);
  }
  flush();
  return lines.join('\n\n');
}

/** Another system's Markdown: its front matter as hints (Hugo, Jekyll, Decap and the like), its body as lines. */
export function foreignMarkdown(source: string): { text: string; hints: Hints; frontMatter: string[] } {
  const { front, body, yaml } = splitFrontMatter(source);
  const hints: Hints = { fromMetadata: false, labels: {} };
  const headline = text(first(front, ['title', 'headline', 'heading', 'name']));
  if (headline) Object.assign(hints, { headline, fromMetadata: true });
  const subheading = text(first(front, ['deck', 'subtitle', 'subheading', 'standfirst', 'dek']));
  if (subheading) hints.subheading = subheading;
  // "Chapô": the French press's name for the lead paragraph.
  const lead = text(
    first(front, ['lead', 'chapo', 'chapeau', 'summary', 'description', 'excerpt', 'teaser', 'abstract']),
  );
  if (lead) hints.lead = lead;
  const language = text(first(front, ['lang', 'language', 'locale']));
  if (language && languageOfTag(language)) hints.language = languageOfTag(language);
  const type = text(first(front, ['type', 'kind', 'layout', 'content_type']));
  const typed =
    type &&
    (Object.keys(TYPE_LABELS) as ReleaseType[]).find(
      (t) => t === type || TYPE_LABELS[t].includes(type.toLowerCase().replace(/[-_]/g, ' ')),
    );
  if (typed) hints.type = typed;
  const labels = hints.labels!;
  const date = text(
    first(front, ['date', 'pubDate', 'pubdate', 'published', 'publishDate', 'publish_date', 'datePublished']),
  );
  if (date) labels.date = /^\d{4}-\d{2}-\d{2}/u.test(date) ? date.slice(0, 10).split('-').reverse().join('.') : date;
  const place = text(first(front, ['location', 'place', 'city', 'dateline']));
  if (place) labels.place = place;
  const issuers = list(
    first(front, ['org', 'organisation', 'organization', 'issuer', 'issuers', 'author', 'authors', 'source']),
  );
  if (issuers) labels.issuers = issuers;
  const fields = list(first(front, ['fields_of_work', 'fieldsOfWork', 'topics', 'tags', 'categories', 'themes']));
  if (fields) labels.fieldsOfWork = fields;
  const countries = list(first(front, ['countries', 'country']));
  if (countries) labels.countries = countries;
  // Every line of the front matter is listed in the report: read into a field, or not used.
  const frontMatter = yaml
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean);
  return { text: markdownLines(body), hints, frontMatter };
}
