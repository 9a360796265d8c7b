// The baseline: every release in one lowdb JSON file, rewritten whole on each save.
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Release } from '../common/model/release';

export type NaiveData = { releases: Release[] };

export function naiveDb(path: string): Low<NaiveData> {
  return new Low(new JSONFile<NaiveData>(path), { releases: [] });
}
