import { describe, expect, it } from 'vitest';
import { releaseToHtmlDocument, releaseToHtmlFragment } from '../../../common/export/html';
import { MarkdownImportError, releaseFromMarkdown, releaseToMarkdown } from '../../../common/export/markdown';
import { isSafeLink, safeHref } from '../../../common/links';
import { parseImport } from '../../../main/core/import/readImport';
import type { DocNode } from '../../../common/model/doc';
import { newRelease, releaseSchema, type Release } from '../../../common/model/release';

/** Every way of writing a link to something other than a web page or an email address we know of. */
const HOSTILE_LINKS: [string, string][] = [
  ['javascript', 'javascript:alert(1)'],
  ['mixed case', 'JaVaScRiPt:alert(1)'],
  ['upper case', 'JAVASCRIPT:alert(1)'],
  ['a tab inside', 'java\tscript:alert(1)'],
  ['a newline inside', 'java\nscript:alert(1)'],
  ['a carriage return inside', 'java\rscript:alert(1)'],
  ['leading spaces', '   javascript:alert(1)'],
  ['a leading NUL', '\u0000javascript:alert(1)'],
  ['a NUL inside', 'java\u0000script:alert(1)'],
  ['leading control characters', '\u0001\u0002\u001fjavascript:alert(1)'],
  ['a C1 control inside', 'java\u0085script:alert(1)'],
  ['a no-break space first', '\u00a0javascript:alert(1)'],
  ['a zero-width space inside', 'java\u200bscript:alert(1)'],
  ['a byte-order mark first', '\ufeffjavascript:alert(1)'],
  ['a right-to-left override first', '\u202ejavascript:alert(1)'],
  ['a line separator first', '\u2028javascript:alert(1)'],
  ['a hex entity', 'java&#x73;cript:alert(1)'],
  ['a hex entity without ;', 'java&#X73cript:alert(1)'],
  ['a decimal entity', '&#106;avascript:alert(1)'],
  ['a zero-padded entity', '&#0000106;avascript:alert(1)'],
  ['a decimal entity without ;', '&#106avascript:alert(1)'],
  ['an encoded colon', 'javascript&colon;alert(1)'],
  ['a numeric colon', 'javascript&#58;alert(1)'],
  ['an encoded tab', 'java&Tab;script:alert(1)'],
  ['an entity for a tab', 'jav&#x09;ascript:alert(1)'],
  ['a doubly encoded entity', '&amp;#106;avascript:alert(1)'],
  ['percent-encoded', '%6Aavascript:alert(1)'],
  ['percent-encoded in lower case', '%6a%61vascript:alert(1)'],
  ['a percent-encoded colon', 'javascript%3Aalert(1)'],
  ['double percent-encoding', '%256Aavascript:alert(1)'],
  ['data', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['data in upper case', 'DATA:text/html,<script>alert(1)</script>'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['vbscript in mixed case', 'VBScript:msgbox(1)'],
  ['file', 'file:///etc/passwd'],
  ['file on Windows', 'FILE://C:/Windows/win.ini'],
  ['protocol-relative', '//evil.example/x'],
  ['protocol-relative with backslashes', '\\\\evil.example\\share'],
  ['slash and backslash', '/\\evil.example'],
  ['a user name as disguise', 'https://www.osce.org@evil.example/'],
  ['a user and password', 'http://user:pass@evil.example/'],
  ['blob', 'blob:https://evil.example/0b5cf9c4'],
  ['about', 'about:blank'],
  ['a custom scheme', 'app://x/../'],
  ['ftp', 'ftp://evil.example/'],
  ['tel', 'tel:+43123'],
  ['https without a host', 'https://'],
  ['mailto without an address', 'mailto:'],
  ['a scheme hidden after https:', 'https:javascript:alert(1)'],
  ['far too long', `https://evil.example/${'a'.repeat(9000)}`],
];

const SAFE_LINKS: [string, string][] = [
  ['https://www.osce.org', 'https://www.osce.org/'],
  ['http://example.org/a?b=1&c=2', 'http://example.org/a?b=1&c=2'],
  ['mailto:press@osce.org', 'mailto:press@osce.org'],
  ['HTTPS://WWW.OSCE.ORG/Path', 'https://www.osce.org/Path'],
  ['  https://www.osce.org/  ', 'https://www.osce.org/'],
  ['https://example.org/?q=javascript:alert(1)', 'https://example.org/?q=javascript:alert(1)'],
  ['https://example.org/a[1]', 'https://example.org/a%5B1%5D'],
  ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
];

describe('isSafeLink and safeHref', () => {
  it.each(HOSTILE_LINKS)('refuse %s', (_, href) => {
    expect(isSafeLink(href)).toBe(false);
    expect(safeHref(href)).toBeUndefined();
  });

  it.each(SAFE_LINKS)('take %j as %j', (href, expected) => {
    expect(isSafeLink(href)).toBe(true);
    expect(safeHref(href)).toBe(expected);
  });

  it('refuse what is not a string', () => {
    for (const value of [undefined, null, 1, {}, ['https://www.osce.org']]) expect(isSafeLink(value)).toBe(false);
  });
});

const ID = '0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00';
const text = (value: string, marks?: DocNode['marks']): DocNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const link = (href: string) => [{ type: 'link', attrs: { href } }];

/** A stored release whose body links word N to hostile link N, between two safe links. */
function releaseWithLinks(): Release {
  return {
    ...newRelease(ID, new Date('2026-01-05T10:00:00Z'), { headline: 'Links' }),
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [text('Safe ', link('https://www.osce.org/')), text('start.')],
        },
        ...HOSTILE_LINKS.map(([, href], i) => ({
          type: 'paragraph',
          content: [text('See '), text(`word${i}`, link(href)), text(' here.')],
        })),
        { type: 'paragraph', content: [text('Mail', link('mailto:press@osce.org'))] },
      ],
    },
  };
}

/** The link targets a document still holds. */
function hrefsIn(node: DocNode): string[] {
  const own = (node.marks ?? []).filter((m) => m.type === 'link').map((m) => String(m.attrs?.href));
  return [...own, ...(node.content ?? []).flatMap(hrefsIn)];
}

/** What no export may contain once the hostile links are dropped. */
const LEFTOVERS = /javascript|vbscript|data:|file:|evil\.example|alert\(|msgbox|about:|blob:|tel:|ftp:|app:\/\//i;

describe('a stored release with hostile links', () => {
  it('exports to HTML with every such link dropped and its words kept', () => {
    const release = releaseWithLinks();
    for (const html of [releaseToHtmlDocument(release), releaseToHtmlFragment(release, { status: 'draft' })]) {
      expect(html).not.toMatch(LEFTOVERS);
      HOSTILE_LINKS.forEach((_, i) => expect(html).toContain(`<p>See word${i} here.</p>`));
      expect(html.match(/<a href=/g)).toHaveLength(2);
      expect(html).toContain('<a href="https://www.osce.org/">Safe </a>');
      expect(html).toContain('<a href="mailto:press@osce.org">Mail</a>');
    }
  });

  it('exports to Markdown with every such link dropped and its words kept, and reads back without them', () => {
    const markdown = releaseToMarkdown(releaseWithLinks());
    expect(markdown).not.toMatch(LEFTOVERS);
    HOSTILE_LINKS.forEach((_, i) => expect(markdown).toContain(`See word${i} here.`));
    expect(markdown).toContain('[Safe ](https://www.osce.org/)');
    expect(markdown).toContain('[Mail](mailto:press@osce.org)');
    const back = releaseFromMarkdown(markdown, { validate: (r) => releaseSchema.parse(r) });
    expect(hrefsIn(back.body)).toEqual(['https://www.osce.org/', 'mailto:press@osce.org']);
  });

  it('imports from JSON with every such link dropped and its words kept', () => {
    const { release, removed } = parseImport(JSON.stringify(releaseWithLinks()), 'json');
    expect(hrefsIn(release.body)).toEqual(['https://www.osce.org/', 'mailto:press@osce.org']);
    HOSTILE_LINKS.forEach((_, i) => {
      expect(release.body.content[i + 1]).toEqual({
        type: 'paragraph',
        content: [text('See '), text(`word${i}`, []), text(' here.')],
      });
    });
    expect(removed.join('\n')).toMatch(/link to .*not a web or email address \(its text kept\)/);
  });
});

describe('importing Markdown with hostile links', () => {
  const FRONT = '---\ntitle: Links\n---\n\n';
  /** The forms Markdown can carry in a link's destination: inline, angle-bracketed and autolinks. */
  const forms = (href: string) => [
    `Click [here](${href.replace(/[\s()\\<>]/g, (c) => `\\${c}`)}) now.`,
    `Click [here](<${href.replace(/[<>\n\\]/g, (c) => `\\${c}`)}>) now.`,
    `Click <${href}> now.`,
  ];

  it.each(HOSTILE_LINKS)('never yields a link from %s', (_, href) => {
    for (const body of forms(href)) {
      let hrefs: string[] = [];
      try {
        hrefs = hrefsIn(releaseFromMarkdown(`${FRONT}${body}\n`).body);
      } catch (error) {
        expect(error).toBeInstanceOf(MarkdownImportError);
        continue;
      }
      for (const found of hrefs) expect(isSafeLink(found)).toBe(true);
    }
  });

  it('refuses the plain and encoded javascript: forms with a message saying why', () => {
    for (const href of [
      'javascript:alert(1)',
      'java&#x73;cript:alert(1)',
      '&#106;avascript:alert(1)',
      '%6Aavascript:alert(1)',
    ]) {
      expect(() => releaseFromMarkdown(`${FRONT}Click [here](${href.replace(/[()]/g, '\\$&')}) now.\n`)).toThrow(
        /is not a web or email address/,
      );
    }
  });
});
