import { useEffect, useMemo, useState } from 'react';
import { pickerLists } from '../../../common/taxonomy';
import type { Api } from '../../../preload/contract';
import type { Preferences } from '../../../common/model/settings';
import type { Taxonomies } from '../../../common/model/taxonomy';
import { App } from '../App';
import { AppDataContext, type AppData } from './AppData';

/** Loads what every screen needs, then shows the app. */
export function Root({ api }: { api: Api }) {
  const [taxonomies, setTaxonomies] = useState<Taxonomies | null>(null);
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([api.taxonomy.get(), api.settings.get()]).then(
      ([loadedTaxonomies, loadedPreferences]) => {
        setTaxonomies(loadedTaxonomies);
        setPreferences(loadedPreferences);
      },
      (failure: Error) => setError(failure.message),
    );
  }, [api]);
  const data = useMemo<AppData | null>(
    () =>
      taxonomies && preferences
        ? { api, taxonomies, preferences, lists: pickerLists(taxonomies, preferences.taxonomyAdditions) }
        : null,
    [api, taxonomies, preferences],
  );
  if (error) {
    return (
      <main className="fatal">
        <h1>Dateline could not start</h1>
        <p role="alert">{error}</p>
      </main>
    );
  }
  if (!data) return null;
  return (
    <AppDataContext.Provider value={data}>
      <App onPreferences={setPreferences} />
    </AppDataContext.Provider>
  );
}
