import { describe, expect, it } from 'vitest';
import { releaseToHtmlDocument, releaseToHtmlFragment } from '../../../common/export/html';
import { newRelease, type Release } from '../../../common/model/release';
import { loadSample } from '../../helpers/samples';

const ID = '0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00';
const base = (content: Partial<Release> = {}): Release => ({
  ...newRelease(ID, new Date('2026-01-05T10:00:00Z')),
  ...content,
});
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('the HTML export', () => {
  it('prints the metadata block as the seed press release does, and the dateline opening the body', async () => {
    const html = releaseToHtmlFragment(await loadSample('sarajevo-press-release'));
    expect(html).toContain('<dt>Date:</dt><dd><time datetime="2017-09-20">20 September 2017</time></dd>');
    expect(html).toContain('<dt>Place:</dt><dd>SARAJEVO</dd>');
    expect(html).toContain('<dt>Source:</dt><dd>OSCE Secretariat, OSCE Mission to Bosnia and Herzegovina</dd>');
    expect(html).toContain(
      '<dt>Fields of work:</dt><dd>Policing, Reform and co-operation in the security sector, Migration</dd>',
    );
    expect(html).toMatch(/<p><span class="dateline">SARAJEVO, 20 September 2017 – <\/span>Co-operation on addressing/);
    expect(html).toContain(
      '<span class="quote">“Only with good regional co-operation and engagement of European security institutions can we efficiently counter this very serious form of international organized crime,”</span> said Dragan Mektić, Minister of Security of Bosnia and Herzegovina.',
    );
  });

  it('labels a news item as the seed does, with no place and no dateline', async () => {
    const html = releaseToHtmlFragment(await loadSample('bratislava-news-item'));
    expect(html).toContain('<dt>Issued on:</dt>');
    expect(html).toContain('<dt>Issued by:</dt><dd>OSCE Secretariat</dd>');
    expect(html).not.toContain('Place:');
    expect(html).not.toContain('class="dateline"');
  });

  it('escapes every piece of user text and drops unsafe links', () => {
    const release = base({
      headline: '<script>alert(1)</script> & "quotes"',
      lead: '<img src=x onerror=alert(1)>',
      place: '<b>Vienna</b>',
      issuers: ['A & B <i>'],
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'bad', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
              {
                type: 'text',
                text: ' good',
                marks: [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b="2"' } }],
              },
            ],
          },
          { type: 'iframe', content: [{ type: 'text', text: 'unknown <node>' }] },
        ],
      },
      notesToEditors: '</script><script>alert(2)</script>',
    });
    const html = releaseToHtmlDocument(release);
    expect(html).not.toMatch(/<script>alert|<img|<b>|<i>|javascript:|<iframe/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('<a href="https://example.org/?a=1&amp;b=%222%22"> good</a>');
    expect(html).toContain('<p>unknown &lt;node&gt;</p>');
    // The JSON-LD block cannot be closed from inside.
    const jsonLd = html.slice(html.indexOf('application/ld+json'), html.indexOf('</script>'));
    expect(jsonLd).not.toContain('</');
  });

  it('puts the embargo line first, and a DRAFT banner when the status says so', () => {
    const release = base({ headline: 'H', embargo: { date: '2026-03-01', time: '09:00', timeZone: 'Europe/Vienna' } });
    const html = releaseToHtmlFragment(release, { status: 'draft' });
    expect(html.indexOf('class="draft"')).toBeLessThan(html.indexOf('class="embargo"'));
    expect(html).toContain('<p class="embargo">EMBARGOED UNTIL 1 March 2026, 09:00 (Europe/Vienna)</p>');
    expect(releaseToHtmlFragment(release, { status: 'approved' })).not.toContain('class="draft"');
  });

  it('describes the release for search engines as a NewsArticle', async () => {
    const html = releaseToHtmlDocument(await loadSample('sarajevo-press-release'));
    const start = html.indexOf('<script type="application/ld+json">') + '<script type="application/ld+json">'.length;
    const json = JSON.parse(html.slice(start, html.indexOf('</script>')));
    expect(json).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2017-09-20',
      dateline: 'SARAJEVO, 20 September 2017',
      locationCreated: { '@type': 'Place', name: 'Sarajevo' },
      publisher: { '@type': 'Organization', name: 'OSCE Secretariat' },
      author: [
        { '@type': 'Organization', name: 'OSCE Secretariat' },
        { '@type': 'Organization', name: 'OSCE Mission to Bosnia and Herzegovina' },
      ],
      about: [{ name: 'Policing' }, { name: 'Reform and co-operation in the security sector' }, { name: 'Migration' }],
      inLanguage: 'en',
    });
  });

  it('prints its labels in the release language and sets lang', () => {
    const html = releaseToHtmlDocument(
      base({
        language: 'de',
        headline: 'Erklärung',
        date: '2026-03-01',
        body: { type: 'doc', content: [paragraph('Text')] },
      }),
    );
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<dt>Datum:</dt><dd><time datetime="2026-03-01">1. März 2026</time></dd>');
    expect(html).toContain('<p class="release-type">Pressemitteilung</p>');
  });
});
