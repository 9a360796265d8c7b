import type { MediaContact } from '../../../../common/model/release';

/** Lines that carry no words of the release: what the sender or the site put around it. */
export const FURNITURE: { pattern: RegExp; reason: string }[] = [
  {
    pattern:
      /^(?:for immediate release|immediate release|pour diffusion immédiate|pour publication immédiate|zur sofortigen veröffentlichung|per la diffusione immediata|per diffusione immediata|para difusión inmediata|para su difusión inmediata|для немедленного распространения|для немедленной публикации)\.?$/iu,
    reason: 'a release instruction',
  },
  {
    pattern:
      /^(?:#\s*#\s*#|-\s*30\s*-|ends?\.?|-\s*ends\s*-|—\s*ends\s*—|fin\.?|ende\.?|конец\.?|fine\.?|\*\s*\*\*\*\s*\*|\*{3,}|x{3,})$/iu,
    reason: 'an end mark',
  },
  {
    pattern:
      /^-{2,}\s*(?:forwarded message|original message|message transféré|weitergeleitete nachricht|пересылаемое сообщение|messaggio inoltrato|mensaje reenviado)\s*-{2,}$/iu,
    reason: 'a forwarded e-mail’s header',
  },
  { pattern: /^(?:begin forwarded message|début du message réexpédié)\s*:?$/iu, reason: 'a forwarded e-mail’s header' },
];

export const END_MARK =
  /^(?:#\s*#\s*#|-\s*30\s*-|ends?\.?|-\s*ends\s*-|—\s*ends\s*—|fin\.?|ende\.?|конец\.?|\*\s*\*\*\*\s*\*|\*{3,})$/iu;

/** A header line of an e-mail (forwarded or not): "From: …", "Objet : …", "Тема: …". */
export const MAIL_HEADER =
  /^(?:from|sent|date|to|cc|bcc|subject|reply-to|de|envoyé|à|a|objet|von|gesendet|an|betreff|datum|от|отправлено|кому|копия|тема|дата|da|inviato|oggetto|enviado|para|asunto|fecha)\s?:\s*(.*)$/iu;

export const SUBJECT_HEADER = /^(?:subject|objet|betreff|тема|oggetto|asunto)\s?:\s*(.*)$/iu;
export const DATE_HEADER = /^(?:date|sent|envoyé|gesendet|datum|дата|отправлено|inviato|enviado|fecha)\s?:\s*(.*)$/iu;

export type Section = 'notes' | 'about' | 'contacts';

/** A line that starts the notes to editors, the "About" text or the media contacts. */
export function sectionOf(line: string): { section: Section; rest: string } | undefined {
  const text = line.replace(/^#+\s*|\*\*/gu, '').trim();
  const notes =
    /^(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?[’']?\s+notes?|notes? aux rédactions|note aux rédacteurs|hinweise? für (?:die )?redaktion(?:en)?|примечани[ея] для редакторов|примечание для редакции|note per (?:i|la) redattori|nota per la redazione|notas? (?:para|a) (?:los )?editores|nota para la redacción)\s*:?\s*(.*)$/iu.exec(
      text,
    );
  if (notes) return { section: 'notes', rest: notes[1]!.trim() };
  // Longest names first ("Contact presse :" is not the contact "presse"); a bare "Contact" is a
  // heading only before a colon or alone on its line, never the first word of a sentence.
  const contacts =
    /^(?:(?:media|press) contacts?|(?:media|press) enquiries|for (?:further|more) information(?:,? (?:please )?contact)?|contacts? (?:presse|médias|pour la presse)|pour plus d[’']informations|(?:presse|medien)kontakte?|контакты? для сми|контактная информация(?: для сми)?|контакты? для прессы|contatti stampa|contacto de prensa|(?:contacts?|kontakte?|контакты?|contatti|contactos?)(?=\s*:|\s*$))\s*:?\s*(.*)$/iu.exec(
      text,
    );
  if (contacts) return { section: 'contacts', rest: contacts[1]!.trim() };
  const about =
    /^(?:about\s+(?:the\s+)?\S.*|à propos de\s.*|a propos de\s.*|über\s+(?:die|den|das)\s.*|о\s+(?:ОБСЕ|миссии|бюро)\b.*|informazioni su\s.*|acerca de\s.*|sobre (?:la|el)\s.*)$/iu.exec(
      text,
    );
  // "About the OSCE" as a heading: short, no full stop.
  if (about && text.length < 80 && !/[.!?]$/u.test(text)) return { section: 'about', rest: '' };
  return undefined;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
const PHONE = /(?:\+|00)?\d[\d\s()./-]{6,}\d/u;

/** Media contacts from the lines of a contacts block: a name, role lines, an e-mail and a phone each. */
export function readContacts(lines: readonly string[], labels: string[] = []): MediaContact[] {
  const contacts: MediaContact[] = [];
  let current: MediaContact | undefined;
  const flush = () => {
    if (current && (current.name || current.email || current.phone)) contacts.push(current);
    current = undefined;
  };
  for (const raw of lines) {
    const line = raw.replace(/^(?:[-*•]\s+)/u, '').trim();
    if (!line) {
      flush();
      continue;
    }
    current ??= { name: '', role: '', email: '', phone: '' };
    // One line may hold it all: "Jane Doe, Spokesperson, +43 1 514 36 6000, jane.doe@osce.org".
    const parts = line.split(/\s*[,|;]\s*|\s+[–—-]\s+/u).filter(Boolean);
    for (const part of parts) {
      // A part may hold a role, a phone and an address run together when the lines were joined.
      let rest = part;
      const email = EMAIL.exec(rest)?.[0];
      if (email) {
        if (current.email) {
          flush();
          current = { name: '', role: '', email: '', phone: '' };
        }
        current.email = email;
        rest = rest.replace(email, ' ');
      }
      // "E-mail:", "Tel.": the labels are not kept, but said (the review lists them as set aside).
      rest = rest.replace(
        /(?<![\p{L}])(?:e-?mail|courriel|tel|tél|phone|telephone|téléphone|mobile|mob|cell|fax|тел|телефон|моб)(?![\p{L}])\.?\s*:?/giu,
        (label) => {
          labels.push(label.trim());
          return ' ';
        },
      );
      const phone = PHONE.exec(rest)?.[0];
      if (phone) {
        current.phone = current.phone ? `${current.phone}, ${phone.trim()}` : phone.trim();
        rest = rest.replace(phone, ' ');
      }
      const words = rest.replace(/\s+/gu, ' ').replace(/^[\s:,-]+|[\s:,-]+$/gu, '');
      if (!words) continue;
      if (!current.name) current.name = words;
      else current.role = current.role ? `${current.role}, ${words}` : words;
    }
  }
  flush();
  return contacts;
}
