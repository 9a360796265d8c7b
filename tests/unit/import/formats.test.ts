import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { comments, docx, para, run } from '../../helpers/docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../common/model/doc';
import { loadTaxonomies } from '../../../common/model/taxonomy';
import { readImportFile } from '../../../main/core/import/readImport';
import { RESOURCES } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';

const taxonomies = loadTaxonomies(await readFile(join(RESOURCES, 'taxonomies.json'), 'utf8'));
const context = { taxonomies, now: new Date('2026-12-07T10:00:00Z') };

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-import-formats-')));
afterEach(() => cleanup());

async function file(name: string, data: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

describe('importing from other formats', () => {
  it('sets aside an e-mail’s covering note above FOR IMMEDIATE RELEASE, and keeps a letterhead there', async () => {
    const mail = [
      'From: Field Office <field@example.org>',
      'Subject: Release for Thursday',
      'Date: Tue, 5 May 2026 09:12:00 +0200',
      '',
      'Dear colleagues, the cleared text is below. Please send it on Thursday morning.',
      '',
      'FOR IMMEDIATE RELEASE',
      '',
      'Border officers train on risk analysis in Dushanbe',
      '',
      'DUSHANBE, 7 May 2026 – Thirty border officers completed a course on risk analysis today.',
    ].join('\n');
    const { release, report } = await readImportFile(await file('note.txt', mail), context);
    expect(release.headline).toBe('Border officers train on risk analysis in Dushanbe');
    expect(report?.setAside).toContainEqual({
      text: 'Dear colleagues, the cleared text is below. Please send it on Thursday morning.',
      reason: 'a covering note from the sender',
    });
    const letterhead = mail.replace(/^Dear colleagues.*$/mu, 'OSCE Programme Office in Dushanbe');
    const second = await readImportFile(await file('letterhead.txt', letterhead), context);
    expect(second.release.headline).toBe('Border officers train on risk analysis in Dushanbe');
    expect(second.release.issuers).toContain('OSCE Programme Office in Dushanbe');
  });

  it('reads a web page: the article, its <dl> labels in French, <q> as a quote; the site around it set aside', async () => {
    const html = `<!doctype html><html lang="fr"><body><header><nav><ul><li>Accueil</li><li>Nos travaux</li></ul></nav></header>
      <main><article><p>Communiqué de presse</p><h1>La Mission soutient les jeunes journalistes</h1>
      <dl><dt>Date</dt><dd>12 mai 2026</dd><dt>Lieu</dt><dd>CHIȘINĂU</dd><dt>Source</dt><dd>Mission de l’OSCE en Moldavie</dd>
      <dt>Domaines d’activité</dt><dd>Liberté et développement des médias, Jeunesse</dd></dl>
      <p>CHIȘINĂU, 12 mai 2026 &ndash; Vingt jeunes journalistes ont terminé une formation de trois jours.</p>
      <p><q>La liberté des médias commence par des journalistes bien formés</q>, a déclaré Anne Dupont, cheffe de la Mission.</p>
      </article></main><footer>© 2026 Tous droits réservés</footer></body></html>`;
    const { release, report } = await readImportFile(await file('page.html', html), context);
    expect(release).toMatchObject({
      type: 'press-release',
      language: 'fr',
      headline: 'La Mission soutient les jeunes journalistes',
      date: '2026-05-12',
      place: 'Chișinău',
      issuers: ['OSCE Mission to Moldova'],
      fieldsOfWork: ['Media freedom and development', 'Youth'],
    });
    expect(release.speakers).toEqual([expect.objectContaining({ name: 'Anne Dupont', role: 'cheffe de la Mission' })]);
    expect(report!.setAside.map((entry) => entry.text)).toEqual(
      expect.arrayContaining(['Accueil · Nos travaux', '© 2026 Tous droits réservés']),
    );
  });

  it('reads another system’s Markdown: Hugo front matter as fields, an unknown tag named, not invented', async () => {
    const markdown = `---\ntitle: "Police trainers from six countries meet in Vienna"\ndeck: "A week on community policing"\ndate: 2026-04-14\nlocation: Vienna\norg: OSCE Transnational Threats Department\ntags: [Policing, Community stuff]\nlang: en-GB\n---\n\nVIENNA, 14 April 2026 – Police trainers from six countries met this week to **share** methods of [community policing](https://example.org).\n\n"Trust is earned on the street, one conversation at a time," said Dr Maria Keller, Senior Police Adviser.\n\n## Next steps\n\n- A handbook in autumn\n- A follow-up course\n`;
    const { release, report } = await readImportFile(await file('post.md', markdown), context);
    expect(release).toMatchObject({
      headline: 'Police trainers from six countries meet in Vienna',
      subheading: 'A week on community policing',
      date: '2026-04-14',
      place: 'Vienna',
      issuers: ['OSCE Transnational Threats Department'],
      fieldsOfWork: ['Policing'],
    });
    expect(release.speakers[0]).toMatchObject({ name: 'Maria Keller', role: 'Senior Police Adviser' });
    expect(release.body.content.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'heading', 'bulletList']);
    expect(report!.warnings).toContain('“Community stuff” is not a field of work Dateline knows: it was left out.');
  });

  it('reads an e-mail: quoted-printable text, the subject’s encoded words, the year of a yearless dateline from its Date', async () => {
    const eml = [
      'From: Press Office <press@example.org>',
      'To: desk@example.org',
      'Date: Tue, 05 May 2026 09:12:00 +0200',
      'Subject: =?UTF-8?B?RldEOiBNaXNzaW9uIHRyYWlucyBqdWRnZXMgaW4gUHJpxaF0aW5h?=',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'FOR IMMEDIATE RELEASE',
      '',
      'PRI=C5=A0TINA, 4 May -- Twenty judges completed a course on hate crime cas=',
      'es this week.',
      '',
      '=E2=80=9CEvery case heard fairly strengthens trust in the courts,=E2=80=9D =',
      'said Ambassador Tomas Lind, Head of Mission.',
      '',
      '###',
      '',
      'Media contact:',
      'Jana Novak, Spokesperson',
      '+383 38 240 100',
      'jana.novak@example.org',
      '',
    ].join('\r\n');
    const { release, report } = await readImportFile(await file('mail.eml', eml), context);
    expect(release).toMatchObject({
      headline: 'Mission trains judges in Priština',
      date: '2026-05-04',
      place: 'Priština',
    });
    expect(release.speakers[0]).toMatchObject({ name: 'Tomas Lind', role: 'Head of Mission' });
    expect(release.mediaContacts).toEqual([
      { name: 'Jana Novak', role: 'Spokesperson', email: 'jana.novak@example.org', phone: '+383 38 240 100' },
    ]);
    expect(report!.setAside.map((entry) => entry.text)).toEqual(
      expect.arrayContaining(['FOR IMMEDIATE RELEASE', '###']),
    );
  });

  it('reads a Word document, and says so when it holds tracked changes and comments', async () => {
    const bytes = await docx(
      [
        para(run('Press release')),
        para(run('Election observers deployed across the country'), 'Heading1'),
        para(
          run('WARSAW, 2 June 2026 – Observers were deployed today ') +
            `<w:ins w:id="1" w:author="A">${run('in all regions')}</w:ins>` +
            `<w:del w:id="2" w:author="A"><w:r><w:delText>everywhere</w:delText></w:r></w:del>` +
            run('.'),
        ),
      ],
      {
        'word/comments.xml': comments('Check this'),
      },
    );
    const { release, report } = await readImportFile(await file('release.docx', bytes), context);
    expect(release).toMatchObject({
      type: 'press-release',
      headline: 'Election observers deployed across the country',
      date: '2026-06-02',
      place: 'Warsaw',
    });
    expect(JSON.stringify(release.body)).toContain('Observers were deployed today in all regions.');
    expect(report!.warnings.join('\n')).toMatch(/unaccepted tracked changes \(1 insertions, 1 deletions\)/);
    expect(report!.warnings.join('\n')).toMatch(/1 comment, which were not imported/);
  });
});

describe('formatting comes along into the body', () => {
  /** Each formatted piece of the body: its words and its marks, links with their address. */
  const marked = (release: { body: DocNode }): string[] =>
    (function walk(node: DocNode): string[] {
      const own =
        node.type === 'text' && node.marks?.length
          ? [
              `${node.text} [${node.marks.map((m) => (m.type === 'link' ? `link ${String(m.attrs?.href)}` : m.type)).join(', ')}]`,
            ]
          : [];
      return [...own, ...(node.content ?? []).flatMap(walk)];
    })(release.body);

  it('from Word: headings, bold, italic and links, and a bold dateline still read as one', async () => {
    const link = `<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${run('the report')}</w:hyperlink>`;
    const bytes = await docx(
      [
        para(run('Observers publish their final report'), 'Heading1'),
        para(
          `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">WARSAW, 2 June 2026 – </w:t></w:r>${run('The mission published ')}<w:r><w:rPr><w:i/></w:rPr><w:t>its final</w:t></w:r>${run(' findings today.')}`,
        ),
        para(run('Findings'), 'Heading2'),
        para(`${run('Read ')}${link}${run(' online.')}`),
      ],
      {
        'word/_rels/document.xml.rels':
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/report" TargetMode="External"/></Relationships>',
      },
    );
    const { release } = await readImportFile(await file('marked.docx', bytes), context);
    expect(release).toMatchObject({
      date: '2026-06-02',
      place: 'Warsaw',
      headline: 'Observers publish their final report',
    });
    expect(release.body.content.map((node) => node.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(marked(release)).toEqual(['its final [italic]', 'the report [link https://example.org/report]']);
  });

  it('from a web page and from Markdown: bold and links; an unsafe link keeps only its words', async () => {
    const html =
      '<article><h1>Forum opens</h1><p>VIENNA, 3 March 2026 – The <strong>youth forum</strong> opened, see <a href="https://example.org">the programme</a> and <a href="javascript:alert(1)">this</a>.</p></article>';
    const page = await readImportFile(await file('page.html', html), context);
    expect(marked(page.release)).toEqual(['youth forum [bold]', 'the programme [link https://example.org]']);
    expect(JSON.stringify(page.release.body)).toContain('and this.');
    const markdown =
      '# Forum opens\n\nVIENNA, 3 March 2026 – The **youth forum** opened, see [the programme](https://example.org).\n';
    const post = await readImportFile(await file('post.md', markdown), context);
    expect(marked(post.release)).toEqual(marked(page.release).slice(0, 2));
  });
});

describe('what is not a release is refused in one line that says what to do', () => {
  it.each([
    [
      'photo.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      /cannot import “\.png” files/,
    ],
    ['report.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), /a PDF cannot be imported/],
    ['empty.txt', Buffer.alloc(0), /it is empty/],
    ['noise.txt', Buffer.from([0xff, 0xfe, 0x00, 0x9c, 0x80, 0x81]), /not UTF-8 text/],
    ['renamed.docx', 'zip', /not a Word document/],
    ['random.docx', Buffer.from('PK\u0003\u0004 not really a zip at all'), /not a Word document/],
    ['empty.eml', Buffer.alloc(0), /not an e-mail message|it is empty/],
    ['sheet.xlsx', Buffer.from('PK'), /cannot import “\.xlsx” files/],
  ])('%s', async (name, data, message) => {
    const bytes =
      data === 'zip' ? await new JSZip().file('content.xml', '<x/>').generateAsync({ type: 'nodebuffer' }) : data;
    await expect(readImportFile(await file(name, bytes), context)).rejects.toThrow(message);
  });
});
