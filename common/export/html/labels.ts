import type { Language, ReleaseType } from '../../model/vocab';

/** The words an exported release prints around its fields, per language. */
export interface ExportLabels {
  types: Record<ReleaseType, string>;
  date: string;
  issuedOn: string;
  place: string;
  source: string;
  issuedBy: string;
  fieldsOfWork: string;
  countries: string;
  meeting: string;
  embargoedUntil: string;
  notesToEditors: string;
  mediaContacts: string;
  draft: string;
}

export const EXPORT_LABELS: Record<Language, ExportLabels> = {
  en: {
    types: {
      'press-release': 'Press release',
      'news-item': 'News item',
      statement: 'Statement',
      'media-advisory': 'Media advisory',
    },
    date: 'Date:',
    issuedOn: 'Issued on:',
    place: 'Place:',
    source: 'Source:',
    issuedBy: 'Issued by:',
    fieldsOfWork: 'Fields of work:',
    countries: 'Countries:',
    meeting: 'Meeting:',
    embargoedUntil: 'EMBARGOED UNTIL',
    notesToEditors: 'Notes to editors',
    mediaContacts: 'Media contacts',
    draft: 'DRAFT – not approved for publication',
  },
  fr: {
    types: {
      'press-release': 'Communiqué de presse',
      'news-item': 'Actualité',
      statement: 'Déclaration',
      'media-advisory': 'Avis aux médias',
    },
    date: 'Date :',
    issuedOn: 'Publié le :',
    place: 'Lieu :',
    source: 'Source :',
    issuedBy: 'Publié par :',
    fieldsOfWork: 'Domaines d’action :',
    countries: 'Pays :',
    meeting: 'Réunion :',
    embargoedUntil: 'SOUS EMBARGO JUSQU’AU',
    notesToEditors: 'Notes aux rédactions',
    mediaContacts: 'Contacts presse',
    draft: 'PROJET – non approuvé pour publication',
  },
  de: {
    types: {
      'press-release': 'Pressemitteilung',
      'news-item': 'Nachricht',
      statement: 'Erklärung',
      'media-advisory': 'Medienhinweis',
    },
    date: 'Datum:',
    issuedOn: 'Veröffentlicht am:',
    place: 'Ort:',
    source: 'Quelle:',
    issuedBy: 'Herausgegeben von:',
    fieldsOfWork: 'Themen:',
    countries: 'Länder:',
    meeting: 'Treffen:',
    embargoedUntil: 'SPERRFRIST BIS',
    notesToEditors: 'Hinweise für Redaktionen',
    mediaContacts: 'Pressekontakte',
    draft: 'ENTWURF – nicht zur Veröffentlichung freigegeben',
  },
  it: {
    types: {
      'press-release': 'Comunicato stampa',
      'news-item': 'Notizia',
      statement: 'Dichiarazione',
      'media-advisory': 'Avviso ai media',
    },
    date: 'Data:',
    issuedOn: 'Pubblicato il:',
    place: 'Luogo:',
    source: 'Fonte:',
    issuedBy: 'Pubblicato da:',
    fieldsOfWork: 'Settori di attività:',
    countries: 'Paesi:',
    meeting: 'Riunione:',
    embargoedUntil: 'EMBARGO FINO AL',
    notesToEditors: 'Note per i redattori',
    mediaContacts: 'Contatti stampa',
    draft: 'BOZZA – non approvata per la pubblicazione',
  },
  ru: {
    types: {
      'press-release': 'Пресс-релиз',
      'news-item': 'Новость',
      statement: 'Заявление',
      'media-advisory': 'Информация для СМИ',
    },
    date: 'Дата:',
    issuedOn: 'Дата публикации:',
    place: 'Место:',
    source: 'Источник:',
    issuedBy: 'Опубликовано:',
    fieldsOfWork: 'Направления деятельности:',
    countries: 'Страны:',
    meeting: 'Мероприятие:',
    embargoedUntil: 'ЭМБАРГО ДО',
    notesToEditors: 'Примечания для редакторов',
    mediaContacts: 'Контакты для СМИ',
    draft: 'ПРОЕКТ – не утвержден для публикации',
  },
  es: {
    types: {
      'press-release': 'Comunicado de prensa',
      'news-item': 'Noticia',
      statement: 'Declaración',
      'media-advisory': 'Aviso a los medios',
    },
    date: 'Fecha:',
    issuedOn: 'Publicado el:',
    place: 'Lugar:',
    source: 'Fuente:',
    issuedBy: 'Publicado por:',
    fieldsOfWork: 'Ámbitos de trabajo:',
    countries: 'Países:',
    meeting: 'Reunión:',
    embargoedUntil: 'EMBARGO HASTA',
    notesToEditors: 'Notas para los editores',
    mediaContacts: 'Contactos de prensa',
    draft: 'BORRADOR – no aprobado para su publicación',
  },
};
