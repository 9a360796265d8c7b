import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseToNinjs } from '../../../common/export/ninjs';
import type { Release } from '../../../common/model/release';
import { releaseToEml } from '../../../main/core/export/eml';
import { shortFingerprint } from '../../../main/core/export/formats';
import { dateline, requireBuiltCli } from '../../helpers/cli';
import { RESOURCES } from '../../helpers/paths';
import { bodyPlainText, flat, ninjsErrors, parseEml, readDocx, readPdf, ROUND_TRIP } from '../../helpers/receivers';
import { loadSample, SAMPLE_FILES } from '../../helpers/samples';
import { tempDir } from '../../helpers/tempDir';

// Issue 14: what approvers, journalists and agencies receive, checked with the tools they use.

let dir: string;
let cleanup: () => Promise<void>;
const files = new Map<string, Map<string, string>>();
const samples = new Map<string, Release>();

beforeAll(async () => {
  await requireBuiltCli();
  ({ dir, cleanup } = await tempDir('dateline-receivers-'));
  const data = ['--data', join(dir, 'data')];
  const paths = SAMPLE_FILES.map((name) => join(RESOURCES, 'samples', `${name}.json`));
  expect((await dateline([...data, 'import', ...paths])).code).toBe(0);
  const out = join(dir, 'out');
  const exported = await dateline([...data, 'export', '--all', '--format', 'all', '--out', out]);
  expect(exported.stderr).toBe('');
  expect(exported.code).toBe(0);
  for (const name of SAMPLE_FILES) {
    const release = await loadSample(name);
    samples.set(name, release);
    const stem = (await readdir(out)).find((file) => file.endsWith('.ninjs.json') && file.startsWith(release.date))!;
    const base = join(out, stem.replace('.ninjs.json', ''));
    files.set(name, new Map(['pdf', 'docx', 'eml', 'ninjs.json'].map((ext) => [ext, `${base}.${ext}`])));
  }
}, 120_000);
afterAll(() => cleanup());

describe.each(SAMPLE_FILES)(
  'the %s sample, as `dateline export --format all` writes it',
  { timeout: 60_000 },
  (name) => {
    const release = () => samples.get(name)!;
    const file = (ext: string) => files.get(name)!.get(ext)!;

    it('NINJS validates against IPTC’s 2.2 schema and names the speakers, issuers, place and subjects', async () => {
      const { ninjs, errors } = await ninjsErrors(file('ninjs.json'));
      expect(errors).toEqual([]);
      const r = release();
      expect(ninjs).toMatchObject({
        uri: `urn:uuid:${r.id}`,
        language: r.language,
        pubstatus: 'withheld',
        headlines: [{ value: r.headline }],
        organisations: r.issuers.map((issuer) => ({ name: issuer, rel: 'issuer' })),
        subjects: r.fieldsOfWork.map((field) => expect.objectContaining({ name: field })),
      });
      const people = (ninjs.people ?? []) as { name: string }[];
      expect(people.map((p) => p.name)).toEqual(r.speakers.filter((s) => s.name).map((s) => s.name));
      const bodies = ninjs.bodies as { contenttype: string; value: string; wordcount: number }[];
      expect(bodies.map((b) => b.contenttype)).toEqual(['text/html', 'text/plain']);
      expect(bodies[1]!.value).toBe(bodyPlainText(r));
      expect(bodies[1]!.wordcount).toBeGreaterThan(100);
    });

    it('the e-mail parses with both parts, the headline in its UTF-8 subject and no address in To or Cc', async () => {
      const mail = await parseEml(file('eml'));
      expect(mail.subject).toBe(`DRAFT – not approved for publication: ${release().headline}`);
      expect(mail.headers.get('x-unsent')).toBe('1');
      expect(mail.to).toBeUndefined();
      expect(mail.cc).toBeUndefined();
      expect(flat(mail.text ?? '')).toContain(flat(bodyPlainText(release()).split('\n')[0]!));
      expect(mail.html).toContain(`<h1>`);
    });

    it('the PDF gives the release’s words in reading order, embeds every font, is tagged, and marks every page', async () => {
      const pdf = await readPdf(file('pdf'), release(), 'draft');
      expect(pdf.missing).toEqual([]);
      expect(pdf.unembedded).toEqual([]);
      expect(pdf.tagged).toBe(true);
      expect(pdf.text.split('draft – not approved for publication').length - 1).toBe(pdf.pages);
      expect(pdf.text.split(`content sha256 ${shortFingerprint(release())}`).length - 1).toBe(pdf.pages);
    });

    it('the Word file opens in LibreOffice with the release’s text, and the importer reads it back into the same fields', async () => {
      const { text, back } = await readDocx(file('docx'));
      for (const paragraph of bodyPlainText(release()).split('\n')) expect(text).toContain(flat(paragraph));
      for (const field of ROUND_TRIP) expect(back[field], field).toEqual(release()[field]);
      expect(bodyPlainText(back)).toBe(bodyPlainText(release()));
    });
  },
);

describe('the e-mail for distribution', () => {
  it('puts every list in Bcc, says EMBARGOED UNTIL while the embargo holds, and keeps UTF-8 names', async () => {
    const release: Release = {
      ...(await loadSample('sarajevo-press-release')),
      embargo: { date: '2027-03-01', time: '09:00', timeZone: 'Europe/Vienna' },
    };
    const eml = await releaseToEml(release, {
      status: 'approved',
      from: 'Пресс-служба ОБСЕ <press@osce.example>',
      lists: [
        { name: 'Balkans desk', addresses: ['Zoë Müller <zoe@paper.example>', 'desk@wire.example'] },
        { name: 'Agencies', addresses: ['desk@wire.example', 'news@agency.example'] },
      ],
      now: new Date('2027-02-28T12:00:00Z'),
    });
    const mail = await simpleParser(eml);
    expect(mail.subject).toBe(`EMBARGOED UNTIL 1 March 2027, 09:00 (Europe/Vienna): ${release.headline}`);
    expect(mail.from?.value).toEqual([{ name: 'Пресс-служба ОБСЕ', address: 'press@osce.example' }]);
    const bcc = Array.isArray(mail.bcc) ? mail.bcc : [mail.bcc];
    expect(bcc.flatMap((b) => b?.value ?? []).map((a) => a.address)).toEqual([
      'zoe@paper.example',
      'desk@wire.example',
      'news@agency.example',
    ]);
    expect(bcc[0]?.value[0]?.name).toBe('Zoë Müller');
    expect(mail.to).toBeUndefined();
    expect(mail.cc).toBeUndefined();
    expect(mail.text).not.toContain('DRAFT');
    const after = await simpleParser(
      await releaseToEml(release, { status: 'approved', now: new Date('2027-03-02T00:00:00Z') }),
    );
    expect(after.subject).toBe(release.headline);
  });

  it('NINJS of an approved release is usable, with its embargo as an instant in UTC', async () => {
    const release: Release = {
      ...(await loadSample('sarajevo-press-release')),
      embargo: { date: '2027-07-01', time: '09:00', timeZone: 'Europe/Vienna' },
    };
    expect(releaseToNinjs(release, { status: 'approved' })).toMatchObject({
      pubstatus: 'usable',
      embargoed: '2027-07-01T07:00:00Z',
    });
    expect(releaseToNinjs(release, { status: 'approved' })).not.toHaveProperty('ednote');
  });
});
