import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphStyleOptions,
} from 'docx';
import { draftMark, embargoLine, contactLine } from '../../../../common/export/text';
import { EXPORT_LABELS } from '../../../../common/export/html/labels';
import type { ExportStatus } from '../../../../common/export/html';
import { formatReleaseDate } from '../../../../common/model/dateline';
import type { DocNode } from '../../../../common/model/doc';
import type { Release } from '../../../../common/model/release';
import { bodyContext, type BodyContext } from '../../../../common/render/context';
import { inlineRuns } from './inline';
import { PAGE_SIZES, type PaperSize } from '../paper';

export interface DocxOptions {
  status?: ExportStatus;
  paper?: PaperSize;
  /** Short content fingerprint printed in the footer, so comments name the text they were made on. */
  fingerprint?: string;
}

const BULLETS = 'dateline-bullets';
const NUMBERS = 'dateline-numbers';

/** The house's named styles, so approvers can restyle and comment as in any Word document. */
const STYLES: IParagraphStyleOptions[] = [
  { id: 'DraftMark', name: 'Draft Mark', basedOn: 'Normal', run: { bold: true, color: 'B00020' } },
  { id: 'Embargo', name: 'Embargo', basedOn: 'Normal', run: { bold: true } },
  { id: 'ReleaseType', name: 'Release Type', basedOn: 'Normal', run: { allCaps: true, color: '555555' } },
  { id: 'ReleaseMeta', name: 'Release Metadata', basedOn: 'Normal', run: { color: '333333' } },
  { id: 'Lead', name: 'Lead', basedOn: 'Normal', run: { bold: true }, paragraph: { spacing: { after: 200 } } },
  {
    id: 'Quote',
    name: 'Quote',
    basedOn: 'Normal',
    quickFormat: true,
    paragraph: { indent: { left: 360 } },
  },
  { id: 'Boilerplate', name: 'Boilerplate', basedOn: 'Normal', run: { size: 18, color: '444444' } },
];

const para = (text: string, style?: string) => new Paragraph({ text, style });
const lines = (text: string, style?: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => para(line, style));

function bodyBlocks(nodes: DocNode[], context: BodyContext, list?: { reference: string; level: number }): Paragraph[] {
  const out: Paragraph[] = [];
  for (const node of nodes) {
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      const reference = node.type === 'bulletList' ? BULLETS : NUMBERS;
      const level = list ? list.level + 1 : 0;
      for (const item of node.content ?? []) out.push(...bodyBlocks(item.content ?? [], context, { reference, level }));
      continue;
    }
    const inline = node.content ?? [];
    const runs = inlineRuns(inline, context);
    if (node === context.datelineTarget) runs.unshift(new TextRun(context.dateline));
    if (runs.length === 0) continue;
    if (node.type === 'heading') {
      out.push(
        new Paragraph({
          heading: node.attrs?.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
          children: runs,
        }),
      );
    } else {
      const quoted = !list && inline.some((child) => child.type === 'quote');
      out.push(
        new Paragraph({
          children: runs,
          ...(list ? { numbering: { reference: list.reference, level: Math.min(list.level, 8) } } : {}),
          ...(quoted ? { style: 'Quote' } : {}),
        }),
      );
    }
  }
  return out;
}

/** The mark every page's header carries until the approval verifies. */
function draftHeader(release: Release, status?: ExportStatus): Paragraph[] {
  const mark = draftMark(release, status);
  return mark ? [para(mark, 'DraftMark')] : [];
}

/** A Word document of the release in house style, from its stored JSON. */
export async function releaseToDocx(release: Release, options: DocxOptions = {}): Promise<Buffer> {
  const labels = EXPORT_LABELS[release.language];
  const context = bodyContext(release);
  const isNews = release.type === 'news-item';
  const meta = (label: string, value: string) => (value ? [para(`${label} ${value}`, 'ReleaseMeta')] : []);
  const date = release.date ? formatReleaseDate(release.date, release.language) : '';
  const children = [
    ...(release.embargo ? [para(embargoLine(release), 'Embargo')] : []),
    para(labels.types[release.type], 'ReleaseType'),
    new Paragraph({ heading: HeadingLevel.TITLE, text: release.headline || 'Untitled release' }),
    ...(release.subheading ? [new Paragraph({ style: 'Subtitle', text: release.subheading })] : []),
    ...meta(isNews ? labels.issuedOn : labels.date, date),
    ...(isNews ? [] : meta(labels.place, release.place.toLocaleUpperCase(release.language))),
    ...meta(isNews ? labels.issuedBy : labels.source, release.issuers.join(', ')),
    ...meta(labels.fieldsOfWork, release.fieldsOfWork.join(', ')),
    ...meta(labels.countries, release.countries.join(', ')),
    ...(release.lead ? [para(release.lead, 'Lead')] : []),
    ...bodyBlocks(release.body.content ?? [], context),
    ...(release.notesToEditors.trim()
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: labels.notesToEditors }),
          ...lines(release.notesToEditors),
        ]
      : []),
    ...(release.mediaContacts.length > 0
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: labels.mediaContacts }),
          ...release.mediaContacts.map((contact) => para(contactLine(contact))),
        ]
      : []),
    ...lines(release.boilerplate, 'Boilerplate'),
  ];
  const size = PAGE_SIZES[options.paper ?? 'A4'];
  const footer = [
    new TextRun({ children: [PageNumber.CURRENT] }),
    new TextRun({ children: [' / ', PageNumber.TOTAL_PAGES] }),
    ...(options.fingerprint ? [new TextRun(`   ·   content ${options.fingerprint}`)] : []),
  ];
  const document = new Document({
    creator: 'Dateline',
    title: release.headline || 'Untitled release',
    description: release.lead,
    styles: { paragraphStyles: STYLES },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.BULLET,
            text: level % 2 === 0 ? '•' : '◦',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
        {
          reference: NUMBERS,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: size.twips.width, height: size.twips.height } } },
        headers: { default: new Header({ children: draftHeader(release, options.status) }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footer })] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
