import { describe, expect, it } from 'vitest';
import { diffReleases, type ReleaseDiff } from '../../../common/history/diff';
import { bodyPlainText } from '../../../common/render/plainText';
import type { DocNode } from '../../../common/model/doc';
import type { Release } from '../../../common/model/release';
import { loadSample } from '../../helpers/samples';

/** Replaces `from` with `to` in the first text node that holds it, inside a node of `type`. */
function editText(release: Release, type: string, from: string, to: string): Release {
  const copy = structuredClone(release);
  let done = false;
  const walk = (node: DocNode, inside: boolean) => {
    if (done) return;
    if (inside && node.text?.includes(from)) {
      node.text = node.text.replace(from, to);
      done = true;
    }
    for (const child of node.content ?? []) walk(child, inside || node.type === type);
  };
  walk(copy.body as DocNode, false);
  if (!done) throw new Error(`“${from}” not found in a ${type}`);
  return copy;
}

/** The older text is the same and removed parts; the newer text the same and added parts. */
function expectConsistent(diff: ReleaseDiff, older: Release, newer: Release) {
  const text = (skip: string) =>
    diff.body
      .filter((p) => p.kind !== skip)
      .map((p) => p.text)
      .join('');
  const noDateline = (r: Release) => bodyPlainText({ ...r, place: '', date: '' });
  expect(text('added')).toBe(noDateline(older));
  expect(text('removed')).toBe(noDateline(newer));
  diff.body.forEach((part, i) => expect(part.kind).not.toBe(diff.body[i - 1]?.kind));
}

describe('diffReleases', () => {
  it('shows exactly a word changed in a quote, an issuer added and the date changed', async () => {
    const older = await loadSample('sarajevo-press-release');
    const edited = editText(older, 'quote', 'Only with good regional', 'Only with strong regional');
    const newer: Release = {
      ...edited,
      revision: 7,
      issuers: [...older.issuers, 'OSCE Office for Democratic Institutions and Human Rights'],
      date: '2017-09-21',
      updatedAt: '2017-09-21T09:00:00.000Z',
    };

    const diff = diffReleases(older, newer);
    expect(diff.fields).toEqual([
      { field: 'date', label: 'Date', before: '20 September 2017', after: '21 September 2017' },
      {
        field: 'issuers',
        label: 'Issued by',
        before: 'OSCE Secretariat, OSCE Mission to Bosnia and Herzegovina',
        after:
          'OSCE Secretariat, OSCE Mission to Bosnia and Herzegovina, OSCE Office for Democratic Institutions and Human Rights',
      },
    ]);
    expect(diff.body.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'good' },
      { kind: 'added', text: 'strong' },
    ]);
    expect(diff.body.map((p) => p.kind)).toEqual(['same', 'removed', 'added', 'same']);
    // The generated dateline follows the date but is reported once, as the date.
    expect(diff.body[0]?.text.startsWith('Co-operation on addressing')).toBe(true);
    expectConsistent(diff, older, newer);
  });

  it('finds nothing between a release and itself saved again, whatever its id, revision or workflow', async () => {
    const older = await loadSample('bratislava-news-item');
    const newer = {
      ...structuredClone(older),
      id: '00000000-0000-4000-8000-000000000000',
      revision: 99,
      createdAt: '2030-01-01T00:00:00.000Z',
      updatedAt: '2030-01-01T00:00:00.000Z',
      workflow: { state: 'approved', approval: null, events: [] },
    } as Release;
    const diff = diffReleases(older, newer);
    expect(diff.fields).toEqual([]);
    expect(diff.body).toEqual([{ kind: 'same', text: bodyPlainText(older) }]);
  });

  it('labels each field and shows lists, speakers, contacts and embargo as text', async () => {
    const older = await loadSample('bratislava-news-item');
    const newer: Release = {
      ...older,
      headline: 'A new headline',
      type: 'press-release',
      language: 'fr',
      fieldsOfWork: older.fieldsOfWork.slice(1),
      embargo: { date: '2019-04-11', time: '09:00', timeZone: 'Europe/Vienna' },
      speakers: older.speakers.map((s, i) => (i === 0 ? { ...s, role: 'A new role' } : s)),
      mediaContacts: [{ name: 'Anna Press', role: 'Spokesperson', email: 'anna@example.org', phone: '' }],
    };
    const diff = diffReleases(older, newer);
    const byField = Object.fromEntries(diff.fields.map((f) => [f.field, f]));
    expect(diff.fields.map((f) => f.label)).toEqual([
      'Headline',
      'Type',
      'Language',
      'Fields of work',
      'Embargo',
      'Speakers',
      'Media contacts',
    ]);
    expect(byField.type).toMatchObject({ before: 'News item', after: 'Press release' });
    expect(byField.language).toMatchObject({ before: 'English', after: 'Français' });
    expect(byField.fieldsOfWork?.after).toBe(older.fieldsOfWork.slice(1).join(', '));
    expect(byField.embargo).toMatchObject({ before: '', after: '11 April 2019, 09:00 (Europe/Vienna)' });
    const [first] = older.speakers;
    expect(byField.speakers?.before.startsWith(`${first?.name} (${first?.role})`)).toBe(true);
    expect(byField.speakers?.after.startsWith(`${first?.name} (A new role)`)).toBe(true);
    expect(byField.mediaContacts).toMatchObject({
      before: '',
      after: 'Anna Press (Spokesperson, anna@example.org)',
    });
    expectConsistent(diff, older, newer);
  });

  it('ignores a speaker’s short name and id in the fields, but the body shows how it reads', async () => {
    const older = await loadSample('sarajevo-press-release');
    const newer: Release = {
      ...older,
      speakers: older.speakers.map((s) => (s.id === 'nicot' ? { ...s, shortName: 'Ms Nicot' } : s)),
    };
    const diff = diffReleases(older, newer);
    expect(diff.fields).toEqual([]);
    expect(diff.body.filter((p) => p.kind !== 'same')).toEqual([{ kind: 'added', text: 'Ms ' }]);
    expectConsistent(diff, older, newer);
  });

  it('shows a whole body added to an empty one', async () => {
    const newer = await loadSample('bratislava-news-item');
    const older: Release = { ...newer, body: { type: 'doc', content: [{ type: 'paragraph' }] } };
    expect(diffReleases(older, newer).body).toEqual([{ kind: 'added', text: bodyPlainText(newer) }]);
  });
});
