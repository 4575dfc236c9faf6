import { defineEmail, type Who } from '#shared/platform/email/render';
import type { Language } from '#shared/platform/schemas';

export type LinkChange = 'created' | 'suspended' | 'resumed' | 'ended' | 'adminRemoved';

/** The emails of this feature, each in every language (a missing one does not compile). */
export const partnerEmails = {
  resellerInvitation: defineEmail<{
    provider: string;
    location: string;
    link: string;
    expiresOn: string;
    message?: string;
  }>({
    en: ({ provider, location, link, expiresOn, message }) => ({
      subject: `${provider} invites you to authorize it as your indirect provider`,
      greeting: 'Hello,',
      paragraphs: [
        `${provider} (${location}) invites your organization to authorize it as its indirect provider in the Cloud Solution Provider program.`,
        'If you authorize it, it may submit orders and add subscriptions on behalf of your customers, and it gets admin access to your organization’s tenant (which you can remove later).',
        ...(message ? [`Its message: “${message}”`] : []),
        `A global admin of your organization can review and authorize it until ${expiresOn}.`,
      ],
      action: { label: 'Review the invitation', url: link },
      footer: 'If you do not expect this invitation, ignore it: nothing happens unless a global admin authorizes it.',
    }),
    it: ({ provider, location, link, expiresOn, message }) => ({
      subject: `${provider} ti invita ad autorizzarlo come tuo provider indiretto`,
      greeting: 'Ciao,',
      paragraphs: [
        `${provider} (${location}) invita la tua organizzazione ad autorizzarlo come provider indiretto nel programma Cloud Solution Provider.`,
        'Se lo autorizzi, potrà inviare ordini e aggiungere sottoscrizioni per conto dei tuoi clienti e avrà accesso di amministratore al tenant della tua organizzazione (che potrai rimuovere in seguito).',
        ...(message ? [`Il suo messaggio: «${message}»`] : []),
        `Un amministratore globale della tua organizzazione può esaminarlo e autorizzarlo fino al ${expiresOn}.`,
      ],
      action: { label: 'Esamina l’invito', url: link },
      footer:
        'Se non ti aspetti questo invito, ignoralo: non succede nulla finché un amministratore globale non lo autorizza.',
    }),
    es: ({ provider, location, link, expiresOn, message }) => ({
      subject: `${provider} te invita a autorizarlo como tu proveedor indirecto`,
      greeting: 'Hola:',
      paragraphs: [
        `${provider} (${location}) invita a tu empresa a autorizarlo como proveedor indirecto en el programa Proveedor de soluciones en la nube.`,
        'Si lo autorizas, podrá enviar pedidos y agregar suscripciones en nombre de tus clientes y tendrá acceso de administrador a la cuenta profesional de tu empresa (que podrás retirar después).',
        ...(message ? [`Su mensaje: «${message}»`] : []),
        `Un administrador global de tu empresa puede revisarlo y autorizarlo hasta el ${expiresOn}.`,
      ],
      action: { label: 'Revisar la invitación', url: link },
      footer:
        'Si no esperabas esta invitación, ignórala: no ocurre nada hasta que un administrador global la autorice.',
    }),
  }),
  partnerLinkChanged: defineEmail<Who & { other: string; change: LinkChange }>({
    en: ({ name, organization, other, change }) => ({
      subject: `${organization} and ${other}: ${linkChangeTexts.en[change]}`,
      greeting: `Hello ${name},`,
      paragraphs: [`The partnership between ${organization} and ${other} ${linkChangeTexts.en[change]}.`],
      footer: `You receive this email as the contact of ${organization}.`,
    }),
    it: ({ name, organization, other, change }) => ({
      subject: `${organization} e ${other}: ${linkChangeTexts.it[change]}`,
      greeting: `Ciao ${name},`,
      paragraphs: [`La partnership tra ${organization} e ${other}: ${linkChangeTexts.it[change]}.`],
      footer: `Ricevi questa email come contatto di ${organization}.`,
    }),
    es: ({ name, organization, other, change }) => ({
      subject: `${organization} y ${other}: ${linkChangeTexts.es[change]}`,
      greeting: `Hola, ${name}:`,
      paragraphs: [`La asociación entre ${organization} y ${other}: ${linkChangeTexts.es[change]}.`],
      footer: `Recibes este correo como contacto de ${organization}.`,
    }),
  }),
};

/** How each link change reads, in each language. */
export const linkChangeTexts: Record<Language, Record<LinkChange, string>> = {
  en: {
    created: 'is now active',
    suspended: 'has been suspended',
    resumed: 'is active again',
    ended: 'has ended',
    adminRemoved: 'no longer includes admin access to the reseller’s tenant',
  },
  it: {
    created: 'è ora attiva',
    suspended: 'è stata sospesa',
    resumed: 'è di nuovo attiva',
    ended: 'è terminata',
    adminRemoved: 'non include più l’accesso di amministratore al tenant del rivenditore',
  },
  es: {
    created: 'ya está activa',
    suspended: 'se ha suspendido',
    resumed: 'vuelve a estar activa',
    ended: 'ha terminado',
    adminRemoved: 'ya no incluye acceso de administrador a la cuenta del revendedor',
  },
};
