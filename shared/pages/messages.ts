import type { Language } from '../schemas/common';

/** Texts of the pages behind email links. Every language has every key (checked by type and by a test). */
const en = {
  verifyTitle: 'Verify your email address',
  verifyIntro: '{organization} named {email} as the primary contact of its indirect reseller enrollment.',
  verifyAsk: 'Confirm that you signed up and that this address belongs to your organization.',
  verifyButton: 'Verify my email address',
  verifiedTitle: 'Email address verified',
  verifiedBody: 'Thank you. We will now review your organization’s information, which usually takes 3 to 5 business days, and email you at each step.',
  invalidTitle: 'This link cannot be used',
  invalidBody: 'The link is not valid: it may have expired or already been used. Ask your organization’s global admin to send a new one.',
  notFoundTitle: 'Page not found',
  language: 'Language',
};
type PageMessages = typeof en;

const it: PageMessages = {
  verifyTitle: 'Verifica il tuo indirizzo email',
  verifyIntro: '{organization} ha indicato {email} come contatto principale della sua registrazione come rivenditore indiretto.',
  verifyAsk: 'Conferma di esserti registrato e che questo indirizzo appartiene alla tua organizzazione.',
  verifyButton: 'Verifica il mio indirizzo email',
  verifiedTitle: 'Indirizzo email verificato',
  verifiedBody: 'Grazie. Ora esamineremo le informazioni della tua organizzazione, di solito in 3-5 giorni lavorativi, e ti scriveremo a ogni passaggio.',
  invalidTitle: 'Questo collegamento non può essere usato',
  invalidBody: 'Il collegamento non è valido: potrebbe essere scaduto o già usato. Chiedi all’amministratore globale della tua organizzazione di inviarne uno nuovo.',
  notFoundTitle: 'Pagina non trovata',
  language: 'Lingua',
};

const es: PageMessages = {
  verifyTitle: 'Verifica tu dirección de correo electrónico',
  verifyIntro: '{organization} ha designado {email} como contacto principal de su inscripción como revendedor indirecto.',
  verifyAsk: 'Confirma que te has registrado y que esta dirección pertenece a tu empresa.',
  verifyButton: 'Verificar mi dirección de correo',
  verifiedTitle: 'Dirección de correo verificada',
  verifiedBody: 'Gracias. Ahora revisaremos la información de tu empresa, lo que suele tardar entre 3 y 5 días laborables, y te escribiremos en cada paso.',
  invalidTitle: 'No se puede usar este vínculo',
  invalidBody: 'El vínculo no es válido: puede haber caducado o haberse usado ya. Pide al administrador global de tu empresa que envíe uno nuevo.',
  notFoundTitle: 'Página no encontrada',
  language: 'Idioma',
};

export const pageMessages: Record<Language, PageMessages> = { en, it, es };
export type PageKey = keyof PageMessages;
