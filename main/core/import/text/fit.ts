import { releaseContentSchema, type ReleaseContent } from '../../../../common/model/release';

/**
 * Makes recognised content fit the release schema without losing a word: a "headline" or "place"
 * too long to be one goes to the top of the body, a contact block that is really prose to the notes,
 * overlong labels and roles are shortened with a warning. Returns what it changed, for the report.
 */
export function fitContent(content: ReleaseContent): string[] {
  const said: string[] = [];
  for (let round = 0; round < 6; round++) {
    const parsed = releaseContentSchema.safeParse(content);
    if (parsed.success) return said;
    for (const issue of parsed.error.issues) {
      const [field, index, key] = issue.path as [keyof ReleaseContent, number?, string?];
      if (
        field === 'headline' ||
        field === 'subheading' ||
        field === 'place' ||
        field === 'meetingType' ||
        field === 'lead'
      ) {
        const text = content[field];
        if (typeof text !== 'string' || !text) continue;
        content.body = {
          ...content.body,
          content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...content.body.content],
        };
        content[field] = '';
        said.push(`What was read as the ${field} was too long to be one: it is the body's first paragraph now.`);
      } else if (field === 'mediaContacts') {
        const lines = content.mediaContacts.map((c) => [c.name, c.role, c.email, c.phone].filter(Boolean).join(', '));
        content.notesToEditors = [content.notesToEditors, ...lines].filter(Boolean).join('\n\n');
        content.mediaContacts = [];
        said.push('The contact details could not be read as contacts: they are in the notes to editors.');
      } else if (
        field === 'speakers' &&
        typeof index === 'number' &&
        (key === 'name' || key === 'role' || key === 'shortName')
      ) {
        const speaker = content.speakers[index]!;
        speaker[key] = speaker[key].slice(0, 300);
        said.push(`A speaker's ${key} was cut to 300 characters: check it.`);
      } else if (
        (field === 'issuers' || field === 'fieldsOfWork' || field === 'countries') &&
        Array.isArray(content[field])
      ) {
        content[field] = content[field].slice(0, 200).map((label) => label.slice(0, 300));
        said.push(`The ${field === 'fieldsOfWork' ? 'fields of work' : field} were too many or too long: check them.`);
      } else return said;
    }
  }
  return said;
}
