import { ReleaseStore, type ReleaseStoreOptions } from '../../main/core/store/releaseStore';
import type { QuarantineEntry } from '../../main/core/store/quarantine';

/**
 * Opens a store and waits until it has compared its library index with the files, as the app does a
 * moment after opening: what it lists and quarantined then is what is on disk.
 */
export async function openChecked(
  dataDir: string,
  options: ReleaseStoreOptions = {},
): Promise<{ store: ReleaseStore; quarantined: QuarantineEntry[] }> {
  const { store, quarantined } = await ReleaseStore.open(dataDir, options);
  return { store, quarantined: [...quarantined, ...(await store.checked())] };
}
