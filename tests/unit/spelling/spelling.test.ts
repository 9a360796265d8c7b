import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../common/model/vocab';
import { PERSONAL_DICTIONARY, Spelling } from '../../../main/core/spelling/spelling';
import { tempDir } from '../../helpers/tempDir';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => Promise.all(cleanups.splice(0).map((cleanup) => cleanup())));

async function spelling(): Promise<{ spelling: Spelling; dir: string }> {
  const { dir, cleanup } = await tempDir('dateline-spelling-');
  cleanups.push(cleanup);
  return { spelling: new Spelling(dir), dir };
}

// Written for these tests: a right word and a wrong one in each release language.
const SAMPLES: Record<Language, { right: string[]; wrong: string }> = {
  en: { right: ['Co-operation', 'organisation', 'seminar', 'officer’s'], wrong: 'traficking' },
  fr: { right: ['déclaré', 'séminaire', 'l’organisation', 'a-t-il'], wrong: 'séminnaire' },
  de: { right: ['Zusammenarbeit', 'Menschenhandel', 'Grenzsicherheitsseminar'], wrong: 'Zusamenarbeit' },
  it: { right: ['cooperazione', 'detto', 'seminario'], wrong: 'cooperazzione' },
  ru: { right: ['сказал', 'сотрудничество', 'семинар'], wrong: 'сотрудничесвто' },
  es: { right: ['cooperación', 'dijo', 'seminario'], wrong: 'cooperacion' },
};

describe('spelling with the bundled dictionaries', () => {
  it.each(LANGUAGES)('checks %s words with no network: the wrong one only is flagged', async (language) => {
    const { spelling: checker } = await spelling();
    const { right, wrong } = SAMPLES[language];
    expect(await checker.misspelt(language, [...right, wrong, wrong])).toEqual([wrong]);
  });

  it('suggests the right word first among a few', async () => {
    const { spelling: checker } = await spelling();
    const suggestions = await checker.suggestions('en', 'traficking');
    expect(suggestions).toContain('trafficking');
    expect(suggestions.length).toBeLessThanOrEqual(6);
  });

  it('keeps the words a user adds in the data folder, for every language and the next session', async () => {
    const { spelling: checker, dir } = await spelling();
    expect(await checker.misspelt('en', ['Auweraert'])).toEqual(['Auweraert']);
    await Promise.all([checker.add('Auweraert'), checker.add('Nicot')]);
    expect(await checker.misspelt('en', ['Auweraert', 'Nicot'])).toEqual([]);
    expect(await checker.misspelt('fr', ['Auweraert'])).toEqual([]);
    expect((await readFile(join(dir, PERSONAL_DICTIONARY), 'utf8')).split('\n')).toEqual(['Auweraert', 'Nicot', '']);
    expect(await new Spelling(dir).misspelt('de', ['Auweraert', 'Nicot'])).toEqual([]);
  });
});
