import type { Migration } from './migrate';

/**
 * Numbered upgrades of release files: the step at key N turns version N into N+1.
 * Never edit a step once released; add the next one.
 */
export const RELEASE_MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 → 2: the structured release. Version 1 had only a headline and a body.
  1: (v1) => ({
    type: 'press-release',
    language: 'en',
    subheading: '',
    lead: '',
    date: '',
    place: '',
    issuers: [],
    fieldsOfWork: [],
    countries: [],
    meetingType: '',
    embargo: null,
    speakers: [],
    notesToEditors: '',
    mediaContacts: [],
    boilerplate: '',
    ...v1,
  }),
  // 2 → 3: the approval workflow and language families. Every earlier release is a draft of its own family.
  2: (v2) => ({ workflow: { state: 'draft', approval: null, events: [] }, familyId: v2.id, ...v2 }),
};
