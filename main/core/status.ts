import type { ExportStatus } from '../../common/export/html';
import type { Release } from './model/release';

export const STATUSES: readonly ExportStatus[] = ['draft', 'in-review', 'approved', 'published'];

/** Where a release stands in the approval workflow; every release is a draft until approval exists. */
export function statusOf(_release: Pick<Release, 'id'>): ExportStatus {
  return 'draft';
}
