import { describe, expect, it } from 'vitest';
import { readContacts, sectionOf } from '../../../main/core/import/text/sections';

describe('the headings of a release’s tail', () => {
  it('reads a contacts heading in the languages’ own forms, longest name first', () => {
    expect(sectionOf('Contact presse :')).toEqual({ section: 'contacts', rest: '' });
    expect(sectionOf('Контактная информация для СМИ:')).toEqual({ section: 'contacts', rest: '' });
    expect(sectionOf('Pressekontakt: Anna Berger')).toEqual({ section: 'contacts', rest: 'Anna Berger' });
    expect(sectionOf('MEDIA CONTACT')).toEqual({ section: 'contacts', rest: '' });
    expect(sectionOf('Contacts:')).toEqual({ section: 'contacts', rest: '' });
  });

  it('does not take a sentence that begins with the word for a heading', () => {
    expect(sectionOf('Contacts between the two delegations resumed in May.')).toBeUndefined();
    expect(sectionOf('Kontakte zwischen den Behörden wurden vertieft.')).toBeUndefined();
  });

  it('reads the name, role, e-mail and phone under a French heading', () => {
    const [heading, ...lines] = [
      'Contact presse :',
      'Mathilde Girard',
      'Attachée de presse',
      'm.girard@osce.example',
      '+43 1 555 0210',
    ];
    expect(sectionOf(heading!)?.section).toBe('contacts');
    expect(readContacts(lines)).toEqual([
      { name: 'Mathilde Girard', role: 'Attachée de presse', email: 'm.girard@osce.example', phone: '+43 1 555 0210' },
    ]);
  });
});
