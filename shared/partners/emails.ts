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
  /** The inviter told that its invitation was declined. */
  invitationDeclined: defineEmail<Who & { invitee: string; kind: 'Reseller' | 'Customer' }>({
    en: ({ name, organization, invitee, kind }) => ({
      subject: `${invitee} declined your invitation`,
      greeting: `Hello ${name},`,
      paragraphs: [
        kind === 'Reseller'
          ? `${invitee} declined the invitation of ${organization} to work with it as its indirect provider.`
          : `${invitee} declined the reseller relationship request of ${organization}.`,
        'Nothing changed. You can send a new invitation if they ask for one.',
      ],
      footer: `You receive this email as the contact of ${organization}.`,
    }),
    it: ({ name, organization, invitee, kind }) => ({
      subject: `${invitee} ha rifiutato il tuo invito`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        kind === 'Reseller'
          ? `${invitee} ha rifiutato l’invito di ${organization} a lavorare con te come provider indiretto.`
          : `${invitee} ha rifiutato la richiesta di relazione di rivenditore di ${organization}.`,
        'Non è cambiato nulla. Puoi inviare un nuovo invito se te lo chiedono.',
      ],
      footer: `Ricevi questa email come contatto di ${organization}.`,
    }),
    es: ({ name, organization, invitee, kind }) => ({
      subject: `${invitee} ha rechazado tu invitación`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        kind === 'Reseller'
          ? `${invitee} ha rechazado la invitación de ${organization} a trabajar con ella como proveedor indirecto.`
          : `${invitee} ha rechazado la solicitud de relación de revendedor de ${organization}.`,
        'No ha cambiado nada. Puedes enviar una nueva invitación si te la piden.',
      ],
      footer: `Recibes este correo como contacto de ${organization}.`,
    }),
  }),
  /** The invitee told that an invitation it received was withdrawn: its link no longer works. */
  invitationWithdrawn: defineEmail<{ from: string }>({
    en: ({ from }) => ({
      subject: `${from} withdrew its invitation`,
      greeting: 'Hello,',
      paragraphs: [
        `${from} withdrew the invitation it sent you, so its link no longer works. Nothing else changed.`,
        `If you still want to work with ${from}, ask it for a new invitation.`,
      ],
      footer: 'You receive this email because an invitation was sent to this address.',
    }),
    it: ({ from }) => ({
      subject: `${from} ha ritirato il suo invito`,
      greeting: 'Ciao,',
      paragraphs: [
        `${from} ha ritirato l’invito che ti aveva inviato: il collegamento non funziona più. Non è cambiato nient’altro.`,
        `Se vuoi ancora lavorare con ${from}, chiedi un nuovo invito.`,
      ],
      footer: 'Ricevi questa email perché a questo indirizzo è stato inviato un invito.',
    }),
    es: ({ from }) => ({
      subject: `${from} ha retirado su invitación`,
      greeting: 'Hola:',
      paragraphs: [
        `${from} ha retirado la invitación que te envió, así que su vínculo ya no funciona. No ha cambiado nada más.`,
        `Si todavía quieres trabajar con ${from}, pídele una nueva invitación.`,
      ],
      footer: 'Recibes este correo porque se envió una invitación a esta dirección.',
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
