import { expect, expectNoAxeViolations, releasesOnDisk, test } from './support/fixtures';

const HEADLINE =
  'Co-operation on addressing migration-related crimes needed more than ever, say participants at OSCE-supported regional seminar in Sarajevo';
const LEAD =
  'Participants of a regional seminar in Sarajevo call for closer co-operation against migration-related crimes.';
const OPENING =
  'Co-operation on addressing migration-related crimes is needed more than ever, highlight participants of the two-day Regional seminar on Moving Forward in Addressing Migration-related Crimes in South-Eastern Europe, which concludes today in Sarajevo.';
const MEKTIC_1 =
  'Only with good regional co-operation and engagement of European security institutions can we efficiently counter this very serious form of international organized crime';
const BETWEEN =
  ' He highlighted that strengthening regional co-operation was imperative in order to prevent migration-related crimes, primarily smuggling of persons and international human trafficking. ';
const MEKTIC_2 =
  'This seminar will enable the participants to expand their focus beyond prevention and prosecution and build international network of contacts';
const VINET_PROSE =
  'Guy Vinet, Head of the OSCE Transnational Threats Department/Strategic Police Matters Unit, said that the world has become ever more globalized over the past decades and while international co-operation has increased, cleavages have also become visible. ';
const VINET =
  'It is more important than ever to work together to properly address the issues posed by transnational threats, including those deriving from migration-related crimes.';
const MINISTER = 'Minister of Security of Bosnia and Herzegovina';
const VINET_ROLE = 'Head of the OSCE Transnational Threats Department/Strategic Police Matters Unit';

test('a press officer recreates the Sarajevo press release from nothing, by keyboard', async ({ app, page }) => {
  // About 1,500 keystrokes: generous on a loaded two-core machine.
  test.setTimeout(240_000);
  const { keyboard } = page;
  await app.newRelease();
  await keyboard.type(HEADLINE);

  // The details above the headline, reached backwards with Shift+Tab.
  await keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Place')).toBeFocused();
  await keyboard.type('Sarajevo');
  await page.getByLabel('Date', { exact: true }).fill('2017-09-20');
  await expect(page.getByTestId('dateline')).toHaveText('SARAJEVO, 20 September 2017 –');
  await expect(page.locator('#field-type')).toHaveValue('press-release');

  await page.getByLabel('Lead').focus();
  await keyboard.type(LEAD);

  await app.body.focus();
  await keyboard.type(OPENING);
  await keyboard.press('Enter');
  await app.quote(MEKTIC_1, { name: 'Dragan Mektić', role: MINISTER });
  await keyboard.type(BETWEEN);
  await app.quote(MEKTIC_2, { name: 'Dragan Mektić' });
  await keyboard.press('Enter');
  await keyboard.type(VINET_PROSE);
  await app.quote(VINET, { name: 'Guy Vinet', role: VINET_ROLE, attribution: 'In my own sentence' });

  // The editor shows the attributions exactly as the house style prints them.
  await expect(app.body).toContainText(
    `“${MEKTIC_1},” said Dragan Mektić, ${MINISTER}.${BETWEEN}“${MEKTIC_2},” said Mektić.`,
  );
  await expect(app.body).toContainText(`${VINET_PROSE}“${VINET}”`);

  await app.pick('Issued by', 'OSCE Secretariat');
  await app.pick('Issued by', 'Mission to Bosnia');
  await app.pick('Fields of work', 'Policing');
  await app.pick('Fields of work', 'Reform and co');
  await app.pick('Fields of work', 'Migration');
  await app.pick('Countries', 'Bosnia');
  await expect(page.getByRole('list', { name: 'Chosen issued by' }).getByRole('listitem')).toHaveText([
    /OSCE Secretariat/,
    /OSCE Mission to Bosnia and Herzegovina/,
  ]);

  await expect(page.getByRole('status').filter({ hasText: 'No house-style problems.' })).toBeVisible();
  await expect(app.saveStatus).toHaveText('Saved');
  await expectNoAxeViolations(page);

  const [stored] = [...(await releasesOnDisk(app.dataDir)).values()];
  const speakers = new Map(stored!.speakers.map((s) => [s.name, s]));
  expect([...speakers.keys()]).toEqual(['Dragan Mektić', 'Guy Vinet']);
  const mektic = speakers.get('Dragan Mektić')!.id;
  const vinet = speakers.get('Guy Vinet')!.id;
  const quote = (words: string, speakerId: string, attribution = 'after') => ({
    type: 'quote',
    attrs: { speakerId, attribution, reference: 'auto', verb: '' },
    content: [{ type: 'text', text: words }],
  });
  expect(stored).toEqual({
    schemaVersion: 3,
    workflow: { state: 'draft', approval: null, events: [] },
    familyId: stored!.id,
    id: stored!.id,
    revision: stored!.revision,
    type: 'press-release',
    language: 'en',
    headline: HEADLINE,
    subheading: '',
    lead: LEAD,
    date: '2017-09-20',
    place: 'Sarajevo',
    issuers: ['OSCE Secretariat', 'OSCE Mission to Bosnia and Herzegovina'],
    fieldsOfWork: ['Policing', 'Reform and co-operation in the security sector', 'Migration'],
    countries: ['Bosnia and Herzegovina'],
    meetingType: '',
    embargo: null,
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: OPENING }] },
        {
          type: 'paragraph',
          content: [quote(MEKTIC_1, mektic), { type: 'text', text: BETWEEN }, quote(MEKTIC_2, mektic)],
        },
        { type: 'paragraph', content: [{ type: 'text', text: VINET_PROSE }, quote(VINET, vinet, 'inline')] },
      ],
    },
    speakers: [
      { id: mektic, name: 'Dragan Mektić', shortName: '', role: MINISTER },
      { id: vinet, name: 'Guy Vinet', shortName: '', role: VINET_ROLE },
    ],
    notesToEditors: '',
    mediaContacts: [],
    boilerplate: expect.stringContaining('About the OSCE'),
    createdAt: stored!.createdAt,
    updatedAt: stored!.updatedAt,
  });
});

test('links take web and email addresses only', async ({ app, page }) => {
  const { keyboard } = page;
  await app.newRelease();
  await app.typeBody('Read the report');
  await expect(app.body).toHaveText('Read the report');
  await keyboard.press('Control+Shift+ArrowLeft');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('report');
  await keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: 'Add link' });
  const address = dialog.getByLabel('Web or email address');
  await expect(address).toBeFocused();
  await keyboard.type('JaVaScRiPt:alert(1)');
  await keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(/Only web addresses .* and email addresses can be linked/);
  await expectNoAxeViolations(page);

  await address.fill('https://www.osce.org/secretariat');
  await keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(app.body.getByRole('link', { name: 'report' })).toHaveAttribute(
    'href',
    'https://www.osce.org/secretariat',
  );
  await expect(app.saveStatus).toHaveText('Saved');
  const [stored] = [...(await releasesOnDisk(app.dataDir)).values()];
  expect(stored!.body.content[0]).toEqual({
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Read the ' },
      {
        type: 'text',
        text: 'report',
        marks: [{ type: 'link', attrs: expect.objectContaining({ href: 'https://www.osce.org/secretariat' }) }],
      },
    ],
  });
});
