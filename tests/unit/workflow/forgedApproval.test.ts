import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyContent, type Release } from '../../../common/model/release';
import { contentOf } from '../../../common/release';
import { openCore } from '../../../main/core/context';
import { renderRelease } from '../../../main/core/export/formats';
import { parseImport } from '../../../main/core/import/readImport';
import { RELEASES_DIR, ReleaseStore } from '../../../main/core/store/releaseStore';
import { contentHash } from '../../../main/core/workflow/hash';
import { openChecked } from '../../helpers/openStore';
import { RESOURCES } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const ANA = { by: 'Ana Press', comment: '' };
const fileOf = (id: string) => join(dir, RELEASES_DIR, `${id}.json`);

/** A release approved through the store, as the app approves it. */
async function approvedRelease(): Promise<Release> {
  const { store } = await ReleaseStore.open(dir);
  const draft = await store.create(emptyContent({ headline: 'Border talks in Vienna', place: 'Vienna' }));
  await store.transition(draft.id, 'submit', ANA);
  const approved = await store.transition(draft.id, 'approve', ANA);
  await store.close();
  return approved;
}

async function editFile(id: string, change: (json: Record<string, unknown>) => void): Promise<void> {
  const json = JSON.parse(await readFile(fileOf(id), 'utf8')) as Record<string, unknown>;
  change(json);
  await writeFile(fileOf(id), JSON.stringify(json));
}

/** Opens the library as the app does and returns the release, the claims heard and the notices raised. */
async function reopen(id: string) {
  const claims: string[] = [];
  const core = await openCore({
    dataDir: dir,
    resourcesDir: RESOURCES,
    version: '0.0.0',
    dailySnapshot: false,
    onClaim: (_path, problem) => claims.push(problem),
  });
  await core.releases.checked();
  const release = await core.releases.get(id);
  const summary = core.releases.list().find((r) => r.id === id);
  const notices = core.notices();
  await core.close();
  return { release, summary, claims, notices };
}

describe('a release file that claims an approval the model refuses', () => {
  it('stays approved while its content is the approved content', async () => {
    const approved = await approvedRelease();
    const { release, claims, notices } = await reopen(approved.id);
    expect(release.workflow.state).toBe('approved');
    expect(claims).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('opens as a draft with a notice when its approved text was edited by hand', async () => {
    const approved = await approvedRelease();
    await editFile(approved.id, (json) => (json.headline = 'Border talks in Vienna collapse'));
    const { release, summary, claims, notices } = await reopen(approved.id);
    expect(release.headline).toBe('Border talks in Vienna collapse');
    expect(release.workflow).toMatchObject({ state: 'draft', approval: null });
    expect(summary?.state).toBe('draft');
    expect(claims).toEqual([expect.stringContaining('given to other content')]);
    expect(notices).toEqual([
      expect.objectContaining({ message: expect.stringContaining(`${RELEASES_DIR}/${approved.id}.json`) }),
    ]);
    const last = release.workflow.events.at(-1);
    expect(last).toMatchObject({
      action: 'invalidate',
      comment: expect.stringMatching(/^Claimed approval not valid: /),
    });
    // Its words are fine: it is not set aside.
    expect(await readdir(join(dir, RELEASES_DIR))).toContain(`${approved.id}.json`);
    expect(() => renderRelease({ ...release, workflow: approved.workflow }, 'html')).toThrow(
      /approval does not verify/,
    );
  });

  it('opens as a draft when it was forged with a correct-looking approval over other content', async () => {
    const { store } = await ReleaseStore.open(dir);
    const draft = await store.create(emptyContent({ headline: 'A draft nobody approved' }));
    await store.close();
    const other = contentHash(contentOf({ ...draft, headline: 'Something else' }));
    const at = '2026-01-02T10:00:00.000Z';
    await editFile(draft.id, (json) => {
      json.workflow = {
        state: 'approved',
        approval: { by: 'Forger', at, comment: '', hash: other },
        events: [{ action: 'approve', at, by: 'Forger', comment: '', hash: other }],
      };
    });
    const { release, claims } = await reopen(draft.id);
    expect(release.workflow.state).toBe('draft');
    expect(claims).toHaveLength(1);
  });

  it('opens as a draft when it says approved with no approval, or published with no publication', async () => {
    const approved = await approvedRelease();
    await editFile(approved.id, (json) => ((json.workflow as Release['workflow']).state = 'published'));
    expect((await reopen(approved.id)).claims).toEqual([expect.stringContaining('no publication')]);
    await editFile(approved.id, (json) => (json.workflow = { state: 'approved', approval: null, events: [] }));
    expect((await reopen(approved.id)).claims).toEqual([expect.stringContaining('holds no approval')]);
  });

  it('opens as a draft when its history is out of time order', async () => {
    const approved = await approvedRelease();
    await editFile(approved.id, (json) => (json.workflow as Release['workflow']).events.reverse());
    const { release, claims } = await reopen(approved.id);
    expect(claims).toEqual([expect.stringContaining('not in time order')]);
    const times = release.workflow.events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('an import', () => {
  it('never grants approval, even one whose fingerprint matches the content', async () => {
    const approved = await approvedRelease();
    const text = await readFile(fileOf(approved.id), 'utf8');
    const { release, claimed } = parseImport(text, 'json');
    expect(release.workflow).toMatchObject({ state: 'draft', approval: null });
    expect(claimed).toContain('“approved” with an approval by Ana Press');
    expect(release.workflow.events).toEqual([
      expect.objectContaining({ action: 'invalidate', comment: expect.stringContaining('Claimed approval not valid') }),
    ]);
  });

  it('of Markdown whose front matter was changed to approved arrives as a draft', async () => {
    const approved = await approvedRelease();
    const { store } = await openChecked(dir);
    const reopened = await store.transition(approved.id, 'reopen', ANA);
    await store.close();
    const markdown = renderRelease(reopened, 'md').replace(/^status: draft$/m, 'status: approved');
    expect(markdown).toMatch(/^status: approved$/m);
    const { release, claimed } = parseImport(markdown, 'markdown');
    expect(release.workflow.state).toBe('draft');
    expect(claimed).toContain('“approved” with no approval');
    expect(renderRelease(release, 'html')).toContain('DRAFT');
  });

  it('of a plain draft reports no claim', async () => {
    const { store } = await ReleaseStore.open(dir);
    const draft = await store.create(emptyContent({ headline: 'Plain' }));
    await store.close();
    const { release, claimed } = parseImport(await readFile(fileOf(draft.id), 'utf8'), 'json');
    expect(claimed).toBeUndefined();
    expect(release.workflow.events).toEqual([]);
  });
});
