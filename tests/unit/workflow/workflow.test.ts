import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ACTIONS,
  STATES,
  TRANSITIONS,
  isEmbargoed,
  type WorkflowAction,
  type WorkflowState,
} from '../../../common/model/stateMachine';
import { contentOf } from '../../../common/release';
import { emptyContent } from '../../../common/model/release';
import { ReleaseStore } from '../../../main/core/store/releaseStore';
import { openChecked } from '../../helpers/openStore';
import { contentHash } from '../../../main/core/workflow/hash';
import { tempDir } from '../../helpers/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const ANA = { by: 'Ana Press', comment: '' };
/** The shortest way from a new draft to each state. */
const PATHS: Record<WorkflowState, WorkflowAction[]> = {
  draft: [],
  'in-review': ['submit'],
  approved: ['submit', 'approve'],
  published: ['submit', 'approve', 'publish'],
};

async function releaseIn(store: ReleaseStore, state: WorkflowState) {
  let release = await store.create(emptyContent({ headline: `In ${state}` }));
  for (const action of PATHS[state]) release = await store.transition(release.id, action, ANA);
  expect(release.workflow.state).toBe(state);
  return release;
}

describe('the approval workflow', () => {
  const cases = STATES.flatMap((state) => ACTIONS.map((action) => [state, action] as const));

  it.each(cases)('from %s, %s is allowed exactly as the state machine says', async (state, action) => {
    const { store } = await openChecked(dir);
    const release = await releaseIn(store, state);
    const allowed = TRANSITIONS[action].from.includes(state);
    const attempt = store.transition(release.id, action, ANA);
    if (allowed) {
      expect((await attempt).workflow.state).toBe(TRANSITIONS[action].to);
    } else {
      await expect(attempt).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
      expect((await store.get(release.id)).workflow.state).toBe(state);
    }
  });

  it('records who approved which content, with a comment, and keeps the content revision', async () => {
    const { store } = await ReleaseStore.open(dir, { now: () => new Date('2026-11-23T10:00:00Z') });
    const draft = await store.create(emptyContent({ headline: 'To approve' }));
    await store.transition(draft.id, 'submit', ANA);
    const approved = await store.transition(draft.id, 'approve', { by: 'Ana Press', comment: 'Fine to go' });
    expect(approved.revision).toBe(draft.revision);
    expect(approved.workflow.approval).toEqual({
      by: 'Ana Press',
      at: '2026-11-23T10:00:00.000Z',
      comment: 'Fine to go',
      hash: contentHash(contentOf(draft)),
    });
    expect(approved.workflow.events.map((e) => e.action)).toEqual(['submit', 'approve']);
  });

  it('refuses an approval without a name', async () => {
    const { store } = await openChecked(dir);
    const release = await releaseIn(store, 'in-review');
    await expect(store.transition(release.id, 'approve', { by: ' ', comment: '' })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
      message: expect.stringContaining('Settings'),
    });
  });

  it('takes an edited approved release back to draft, keeping the approval in its history', async () => {
    const { store } = await openChecked(dir);
    const approved = await releaseIn(store, 'approved');
    const edited = await store.save(approved.id, approved.revision, { ...contentOf(approved), headline: 'Changed' });
    expect(edited.workflow.state).toBe('draft');
    expect(edited.workflow.approval).toBeNull();
    expect(edited.workflow.events.map((e) => e.action)).toEqual(['submit', 'approve', 'invalidate']);
    await expect(store.transition(approved.id, 'publish', ANA)).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    expect(store.list()[0]!.state).toBe('draft');
  });

  it('keeps the approval through a save that changes nothing', async () => {
    const { store } = await openChecked(dir);
    const approved = await releaseIn(store, 'approved');
    const saved = await store.save(approved.id, approved.revision, contentOf(approved));
    expect(saved.workflow.state).toBe('approved');
    expect(saved.workflow.approval).toEqual(approved.workflow.approval);
    expect((await store.transition(approved.id, 'publish', ANA, ['/tmp/x.html'])).workflow.events.at(-1)).toMatchObject(
      {
        action: 'publish',
        files: ['/tmp/x.html'],
      },
    );
  });

  it('survives a reopen of the store', async () => {
    const { store } = await openChecked(dir);
    const approved = await releaseIn(store, 'approved');
    const { store: again } = await openChecked(dir);
    expect(again.list()[0]).toMatchObject({ id: approved.id, state: 'approved' });
    const edited = await again.save(approved.id, approved.revision, { ...contentOf(approved), lead: 'New lead' });
    expect(edited.workflow.state).toBe('draft');
  });

  it('marks approved releases with a future embargo as embargoed', () => {
    const now = new Date('2026-03-01T08:00:00Z');
    const embargo = { date: '2026-03-01', time: '10:00', timeZone: 'Europe/Vienna' };
    expect(isEmbargoed({ embargo, state: 'approved' }, now)).toBe(true);
    expect(isEmbargoed({ embargo, state: 'draft' }, now)).toBe(false);
    expect(isEmbargoed({ embargo, state: 'approved' }, new Date('2026-03-01T09:00:00Z'))).toBe(false);
    expect(isEmbargoed({ embargo: null, state: 'published' }, now)).toBe(false);
  });
});
