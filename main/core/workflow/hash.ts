import { createHash } from 'node:crypto';
import type { ReleaseContent } from '../../../common/model/release';

/** JSON with object keys sorted at every level, so equal content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fingerprint an approval is bound to: every field a reader sees, nothing the store adds. */
export function contentHash(content: ReleaseContent): string {
  return createHash('sha256').update(canonical(content)).digest('hex');
}
