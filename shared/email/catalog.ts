import type { Language } from '../schemas/common';

/**
 * Email messages in the seed documents' languages. Each message is data (subject, paragraphs, an optional
 * action button); `render.ts` turns it into text and HTML. The type makes a message missing in one language
 * a compile error; a unit test checks the same at run time.
 */
export interface Message {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

export interface Catalog {
  emailVerification(p: { name: string; organization: string; link: string; expiresOn: string }): Message;
  enrollmentUnderReview(p: { name: string; organization: string }): Message;
  enrollmentEmailRejected(p: { name: string; organization: string }): Message;
}

const en: Catalog = {
  emailVerification: ({ name, organization, link, expiresOn }) => ({
    subject: `Verify your email address for ${organization}`,
    greeting: `Hello ${name},`,
    paragraphs: [
      `${organization} named you as the primary contact of its enrollment as an indirect reseller in the Cloud Solution Provider program.`,
      'To keep your organization secure, please confirm that you signed up and that this address belongs to your organization.',
      `The link is personal and works once, until ${expiresOn}.`,
    ],
    action: { label: 'Verify my email address', url: link },
    footer: 'If you did not expect this email, you can ignore it: nothing happens until the address is verified.',
  }),
  enrollmentUnderReview: ({ name, organization }) => ({
    subject: `We are reviewing the enrollment of ${organization}`,
    greeting: `Hello ${name},`,
    paragraphs: [
      'Thank you: your email address is verified.',
      `We are now reviewing and verifying the information ${organization} provided. This usually takes 3 to 5 business days.`,
      'We will email you when the review is complete.',
    ],
    footer: 'You receive this email because you are the primary contact of this enrollment.',
  }),
  enrollmentEmailRejected: ({ name, organization }) => ({
    subject: `The enrollment of ${organization} needs another email address`,
    greeting: `Hello ${name},`,
    paragraphs: [
      'The primary contact address is on a web-based email service (such as Gmail, Yahoo! Mail, iCloud Mail, AOL Mail or Outlook.com), which we cannot accept.',
      'Please enroll again with an address of your organization’s own domain.',
    ],
    footer: 'You receive this email because you are the primary contact of this enrollment.',
  }),
};

const it: Catalog = {
  emailVerification: ({ name, organization, link, expiresOn }) => ({
    subject: `Verifica il tuo indirizzo email per ${organization}`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      `${organization} ti ha indicato come contatto principale della sua registrazione come rivenditore indiretto nel programma Cloud Solution Provider.`,
      'Per la sicurezza della tua organizzazione, conferma di esserti registrato e che questo indirizzo appartiene alla tua organizzazione.',
      `Il collegamento è personale e funziona una sola volta, fino al ${expiresOn}.`,
    ],
    action: { label: 'Verifica il mio indirizzo email', url: link },
    footer: 'Se non ti aspettavi questa email, puoi ignorarla: non succede nulla finché l’indirizzo non viene verificato.',
  }),
  enrollmentUnderReview: ({ name, organization }) => ({
    subject: `Stiamo esaminando la registrazione di ${organization}`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      'Grazie: il tuo indirizzo email è verificato.',
      `Ora esaminiamo e verifichiamo le informazioni fornite da ${organization}. Di solito servono da 3 a 5 giorni lavorativi.`,
      'Ti invieremo un’email al termine della revisione.',
    ],
    footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
  }),
  enrollmentEmailRejected: ({ name, organization }) => ({
    subject: `La registrazione di ${organization} richiede un altro indirizzo email`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      'L’indirizzo del contatto principale appartiene a un servizio di posta elettronica basato sul Web (come Gmail, Yahoo! Mail, iCloud Mail, AOL Mail o Outlook.com), che non possiamo accettare.',
      'Registrati di nuovo con un indirizzo del dominio della tua organizzazione.',
    ],
    footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
  }),
};

const es: Catalog = {
  emailVerification: ({ name, organization, link, expiresOn }) => ({
    subject: `Verifica tu dirección de correo electrónico para ${organization}`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      `${organization} te ha designado como contacto principal de su inscripción como revendedor indirecto en el programa Proveedor de soluciones en la nube.`,
      'Para proteger tu empresa, confirma que te has registrado y que esta dirección pertenece a tu empresa.',
      `El vínculo es personal y funciona una sola vez, hasta el ${expiresOn}.`,
    ],
    action: { label: 'Verificar mi dirección de correo', url: link },
    footer: 'Si no esperabas este correo, puedes ignorarlo: no ocurrirá nada hasta que se verifique la dirección.',
  }),
  enrollmentUnderReview: ({ name, organization }) => ({
    subject: `Estamos revisando la inscripción de ${organization}`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      'Gracias: tu dirección de correo electrónico está verificada.',
      `Ahora revisamos y comprobamos la información proporcionada por ${organization}. Suele tardar entre 3 y 5 días laborables.`,
      'Te enviaremos un correo electrónico cuando se complete la revisión.',
    ],
    footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
  }),
  enrollmentEmailRejected: ({ name, organization }) => ({
    subject: `La inscripción de ${organization} necesita otra dirección de correo`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      'La dirección del contacto principal pertenece a un servicio de correo electrónico basado en web (como Gmail, Yahoo! Mail, iCloud Mail, AOL Mail o Correo de Outlook), que no podemos aceptar.',
      'Vuelve a inscribirte con una dirección del dominio de tu empresa.',
    ],
    footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
  }),
};

export const catalogs: Record<Language, Catalog> = { en, it, es };

/** Dates in emails, in the recipient's language. */
export function formatDate(date: Date, language: Language): string {
  const locale = { en: 'en-GB', it: 'it-IT', es: 'es-ES' }[language];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
