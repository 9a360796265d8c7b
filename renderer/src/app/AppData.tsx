import { createContext, useContext } from 'react';
import type { Api } from '../../../preload/contract';
import type { Preferences } from '../../../common/model/settings';
import type { Taxonomies } from '../../../common/model/taxonomy';
import type { PickerLists } from '../../../common/taxonomy';

/** What every screen may read: the API, the organisation's lists and the user's preferences. */
export interface AppData {
  api: Api;
  taxonomies: Taxonomies;
  preferences: Preferences;
  /** The organisation's lists plus the user's additions. */
  lists: PickerLists;
}

export const AppDataContext = createContext<AppData | null>(null);

export function useAppData(): AppData {
  const data = useContext(AppDataContext);
  if (!data) throw new Error('useAppData outside AppDataContext');
  return data;
}
