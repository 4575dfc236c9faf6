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
  invitationTitle: 'Authorize an indirect provider',
  invitationIntro: '{provider} ({location}) invites your organization to authorize it as its indirect provider.',
  invitationGrants: 'If you authorize it, it will be able to:',
  grantOrders: 'submit orders and add subscriptions on behalf of your customers',
  grantAdmin: 'administer your organization’s tenant (you can remove this later)',
  invitationWho: 'Only a global admin of the invited organization can authorize it, until {expires}.',
  invitationStateTitle: 'This invitation is {state}',
  invitationStateBody: 'It can no longer be accepted. Ask {provider} for a new invitation if you still want to work together.',
  customerInvitationTitle: 'Accept a reseller relationship',
  customerInvitationIntro: '{partner} asks to become your reseller of record for cloud services.',
  customerInvitationCombined: '{partner} and its indirect provider {provider} ask to become your resellers of record for cloud services.',
  grantCustomerAdmin: 'hold admin permissions on your tenant: manage subscriptions, licenses and users on your behalf (you can remove them at any time)',
  grantResell: 'sell you subscriptions and add licenses',
  customerInvitationWho: 'Only a global admin of your organization can accept, until {expires}.',
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
  invitationTitle: 'Autorizza un provider indiretto',
  invitationIntro: '{provider} ({location}) invita la tua organizzazione ad autorizzarlo come provider indiretto.',
  invitationGrants: 'Se lo autorizzi, potrà:',
  grantOrders: 'inviare ordini e aggiungere sottoscrizioni per conto dei tuoi clienti',
  grantAdmin: 'amministrare il tenant della tua organizzazione (potrai rimuovere questo accesso in seguito)',
  invitationWho: 'Solo un amministratore globale dell’organizzazione invitata può autorizzarlo, fino al {expires}.',
  invitationStateTitle: 'Questo invito è {state}',
  invitationStateBody: 'Non può più essere accettato. Chiedi a {provider} un nuovo invito se volete ancora collaborare.',
  customerInvitationTitle: 'Accetta una relazione di rivenditore',
  customerInvitationIntro: '{partner} chiede di diventare il tuo rivenditore di riferimento per i servizi cloud.',
  customerInvitationCombined: '{partner} e il suo provider indiretto {provider} chiedono di diventare i tuoi rivenditori di riferimento per i servizi cloud.',
  grantCustomerAdmin: 'avere autorizzazioni di amministratore sul tuo tenant: gestire per tuo conto sottoscrizioni, licenze e utenti (puoi rimuoverle in qualsiasi momento)',
  grantResell: 'venderti sottoscrizioni e aggiungere licenze',
  customerInvitationWho: 'Solo un amministratore globale della tua organizzazione può accettare, fino al {expires}.',
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
  invitationTitle: 'Autorizar a un proveedor indirecto',
  invitationIntro: '{provider} ({location}) invita a tu empresa a autorizarlo como su proveedor indirecto.',
  invitationGrants: 'Si lo autorizas, podrá:',
  grantOrders: 'enviar pedidos y agregar suscripciones en nombre de tus clientes',
  grantAdmin: 'administrar la cuenta profesional de tu empresa (podrás retirar este acceso después)',
  invitationWho: 'Solo un administrador global de la empresa invitada puede autorizarlo, hasta el {expires}.',
  invitationStateTitle: 'Esta invitación está {state}',
  invitationStateBody: 'Ya no se puede aceptar. Pide a {provider} una nueva invitación si aún queréis trabajar juntos.',
  customerInvitationTitle: 'Aceptar una relación de revendedor',
  customerInvitationIntro: '{partner} pide ser tu revendedor de registro para servicios en la nube.',
  customerInvitationCombined: '{partner} y su proveedor indirecto {provider} piden ser tus revendedores de registro para servicios en la nube.',
  grantCustomerAdmin: 'tener permisos de administrador en tu cuenta: administrar en tu nombre suscripciones, licencias y usuarios (puedes retirarlos en cualquier momento)',
  grantResell: 'venderte suscripciones y agregar licencias',
  customerInvitationWho: 'Solo un administrador global de tu empresa puede aceptar, hasta el {expires}.',
  notFoundTitle: 'Página no encontrada',
  language: 'Idioma',
};

export const pageMessages: Record<Language, PageMessages> = { en, it, es };
export type PageKey = keyof PageMessages;

/** Invitation states as words, per language. */
export const invitationStateWords: Record<Language, Record<string, string>> = {
  en: { Accepted: 'accepted', Declined: 'declined', Expired: 'expired', Revoked: 'revoked' },
  it: { Accepted: 'accettato', Declined: 'rifiutato', Expired: 'scaduto', Revoked: 'revocato' },
  es: { Accepted: 'aceptada', Declined: 'rechazada', Expired: 'caducada', Revoked: 'revocada' },
};
