import { defineEmail, type Who } from '#shared/platform/email/render';
import type { Language } from '#shared/platform/schemas';

/** The emails of this feature, each in every language (a missing one does not compile). */
export const customerEmails = {
  customerInvitation: defineEmail<{ partner: string; provider?: string; delegatedAdmin: boolean; link: string }>({
    en: ({ partner, provider, delegatedAdmin, link }) => ({
      subject: `${partner} would like to be your cloud reseller`,
      greeting: 'Hello,',
      paragraphs: [
        provider
          ? `${partner} and its indirect provider ${provider} would like to become your resellers of record for cloud services.`
          : `${partner} would like to become your reseller of record for cloud services.`,
        ...(delegatedAdmin
          ? [
              `${partner} also asks for admin permissions, to manage your subscriptions, licenses and users on your behalf. You can remove them at any time.`,
            ]
          : []),
        'A global admin of your organization can review and accept with the link below.',
      ],
      action: { label: 'Review the request', url: link },
      footer: 'Nothing changes unless a global admin of your organization accepts.',
    }),
    it: ({ partner, provider, delegatedAdmin, link }) => ({
      subject: `${partner} vorrebbe essere il tuo rivenditore cloud`,
      greeting: 'Ciao,',
      paragraphs: [
        provider
          ? `${partner} e il suo provider indiretto ${provider} vorrebbero diventare i tuoi rivenditori di riferimento per i servizi cloud.`
          : `${partner} vorrebbe diventare il tuo rivenditore di riferimento per i servizi cloud.`,
        ...(delegatedAdmin
          ? [
              `${partner} chiede anche le autorizzazioni di amministratore, per gestire per tuo conto sottoscrizioni, licenze e utenti. Puoi rimuoverle in qualsiasi momento.`,
            ]
          : []),
        'Un amministratore globale della tua organizzazione può esaminare e accettare con il collegamento qui sotto.',
      ],
      action: { label: 'Esamina la richiesta', url: link },
      footer: 'Non cambia nulla finché un amministratore globale della tua organizzazione non accetta.',
    }),
    es: ({ partner, provider, delegatedAdmin, link }) => ({
      subject: `${partner} quiere ser tu revendedor de nube`,
      greeting: 'Hola:',
      paragraphs: [
        provider
          ? `${partner} y su proveedor indirecto ${provider} quieren ser tus revendedores de registro para servicios en la nube.`
          : `${partner} quiere ser tu revendedor de registro para servicios en la nube.`,
        ...(delegatedAdmin
          ? [
              `${partner} también pide permisos de administrador, para administrar en tu nombre suscripciones, licencias y usuarios. Puedes retirarlos en cualquier momento.`,
            ]
          : []),
        'Un administrador global de tu empresa puede revisar y aceptar con el vínculo siguiente.',
      ],
      action: { label: 'Revisar la solicitud', url: link },
      footer: 'No cambia nada hasta que un administrador global de tu empresa acepte.',
    }),
  }),
  delegatedAdminRemoved: defineEmail<Who & { customer: string }>({
    en: ({ name, organization, customer }) => ({
      subject: `${customer} removed your admin permissions`,
      greeting: `Hello ${name},`,
      paragraphs: [
        `${customer} removed the admin permissions of ${organization} on its tenant. Your reseller relationship remains.`,
        'Under your reseller agreement you remain bound to support this customer. If it needs help, you can still open a service request on its behalf.',
      ],
      footer: `You receive this email as the contact of ${organization}.`,
    }),
    it: ({ name, organization, customer }) => ({
      subject: `${customer} ha rimosso le tue autorizzazioni di amministratore`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        `${customer} ha rimosso le autorizzazioni di amministratore di ${organization} sul proprio tenant. La relazione di rivenditore resta.`,
        'In base al contratto di rivendita resti tenuto a fornire assistenza a questo cliente. Se ha bisogno di aiuto, puoi comunque aprire una richiesta di assistenza per suo conto.',
      ],
      footer: `Ricevi questa email come contatto di ${organization}.`,
    }),
    es: ({ name, organization, customer }) => ({
      subject: `${customer} ha retirado tus permisos de administrador`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `${customer} ha retirado los permisos de administrador de ${organization} en su cuenta. La relación de revendedor se mantiene.`,
        'Según tu contrato de revendedor sigues obligado a dar soporte a este cliente. Si necesita ayuda, puedes abrir una solicitud de servicio en su nombre.',
      ],
      footer: `Recibes este correo como contacto de ${organization}.`,
    }),
  }),
  /** The partners of a relationship told that the customer accepted (the reseller, and the provider of a combined one). */
  relationshipAccepted: defineEmail<
    Who & {
      customer: string;
      role: 'Reseller' | 'IndirectProvider';
      partner: string;
      delegatedAdmin: boolean;
      extended: boolean;
    }
  >({
    en: ({ name, organization, customer, role, partner, delegatedAdmin, extended }) => ({
      subject: `${customer} accepted your relationship request`,
      greeting: `Hello ${name},`,
      paragraphs: [
        role === 'Reseller'
          ? extended
            ? `${customer}, already your customer, accepted your request: ${delegatedAdmin ? 'you now hold admin permissions for it' : 'your indirect provider is now on its tenant too'}.`
            : `${customer} accepted the reseller relationship with ${organization}.${delegatedAdmin ? ' You hold admin permissions for it.' : ''}`
          : `${customer} accepted a combined relationship: ${organization} is its indirect provider, with ${partner} as reseller. You can now order on its behalf for ${partner}.`,
        'It is listed under Customers.',
      ],
      footer: `You receive this email as the contact of ${organization}.`,
    }),
    it: ({ name, organization, customer, role, partner, delegatedAdmin, extended }) => ({
      subject: `${customer} ha accettato la tua richiesta di relazione`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        role === 'Reseller'
          ? extended
            ? `${customer}, già tuo cliente, ha accettato la tua richiesta: ${delegatedAdmin ? 'ora hai le autorizzazioni di amministratore' : 'ora anche il tuo provider indiretto è sul suo tenant'}.`
            : `${customer} ha accettato la relazione di rivenditore con ${organization}.${delegatedAdmin ? ' Hai le autorizzazioni di amministratore.' : ''}`
          : `${customer} ha accettato una relazione combinata: ${organization} è il suo provider indiretto, con ${partner} come rivenditore. Ora puoi ordinare per suo conto per ${partner}.`,
        'Lo trovi in Clienti.',
      ],
      footer: `Ricevi questa email come contatto di ${organization}.`,
    }),
    es: ({ name, organization, customer, role, partner, delegatedAdmin, extended }) => ({
      subject: `${customer} ha aceptado tu solicitud de relación`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        role === 'Reseller'
          ? extended
            ? `${customer}, que ya era tu cliente, ha aceptado tu solicitud: ${delegatedAdmin ? 'ahora tienes permisos de administrador' : 'ahora tu proveedor indirecto también está en su cuenta'}.`
            : `${customer} ha aceptado la relación de revendedor con ${organization}.${delegatedAdmin ? ' Tienes permisos de administrador.' : ''}`
          : `${customer} ha aceptado una relación combinada: ${organization} es su proveedor indirecto, con ${partner} como revendedor. Ya puedes hacer pedidos en su nombre para ${partner}.`,
        'Aparece en Clientes.',
      ],
      footer: `Recibes este correo como contacto de ${organization}.`,
    }),
  }),
  /** The partner whose admin permissions the customer moved to another partner. */
  delegatedAdminMoved: defineEmail<Who & { customer: string; to: string }>({
    en: ({ name, organization, customer, to }) => ({
      subject: `${customer} moved its admin permissions to ${to}`,
      greeting: `Hello ${name},`,
      paragraphs: [
        `${customer} gave the admin permissions on its tenant to ${to}, so ${organization} no longer holds them. Your reseller relationship remains.`,
        'Under your reseller agreement you remain bound to support this customer. If it needs help, you can still open a service request on its behalf.',
      ],
      footer: `You receive this email as the contact of ${organization}.`,
    }),
    it: ({ name, organization, customer, to }) => ({
      subject: `${customer} ha spostato le autorizzazioni di amministratore a ${to}`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        `${customer} ha dato le autorizzazioni di amministratore sul proprio tenant a ${to}: ${organization} non le ha più. La relazione di rivenditore resta.`,
        'In base al contratto di rivendita resti tenuto a fornire assistenza a questo cliente. Se ha bisogno di aiuto, puoi comunque aprire una richiesta di assistenza per suo conto.',
      ],
      footer: `Ricevi questa email come contatto di ${organization}.`,
    }),
    es: ({ name, organization, customer, to }) => ({
      subject: `${customer} ha trasladado sus permisos de administrador a ${to}`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `${customer} ha dado los permisos de administrador de su cuenta a ${to}, así que ${organization} ya no los tiene. La relación de revendedor se mantiene.`,
        'Según tu contrato de revendedor sigues obligado a dar soporte a este cliente. Si necesita ayuda, puedes abrir una solicitud de servicio en su nombre.',
      ],
      footer: `Recibes este correo como contacto de ${organization}.`,
    }),
  }),
  /** The customer told that a partner changed one of its subscriptions on its behalf. */
  subscriptionChanged: defineEmail<
    Who & { partner: string; offer: string; change: 'QuantityReduced' | 'Suspended' | 'Reactivated'; quantity: number }
  >({
    en: ({ name, organization, partner, offer, change, quantity }) => ({
      subject: `${partner} changed your ${offer} subscription`,
      greeting: `Hello ${name},`,
      paragraphs: [
        change === 'Suspended'
          ? `${partner} suspended the ${offer} subscription of ${organization}. Its users keep their licenses, but the service is paused until it is reactivated.`
          : change === 'Reactivated'
            ? `${partner} reactivated the ${offer} subscription of ${organization}.`
            : `${partner} reduced the ${offer} subscription of ${organization} to ${quantity} licenses.`,
        'If you did not ask for this, contact your partner. You can see your subscriptions in your own view (listTenantSubscriptions).',
      ],
      footer: `You receive this email as the contact of ${organization}.`,
    }),
    it: ({ name, organization, partner, offer, change, quantity }) => ({
      subject: `${partner} ha modificato la tua sottoscrizione ${offer}`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        change === 'Suspended'
          ? `${partner} ha sospeso la sottoscrizione ${offer} di ${organization}. Gli utenti mantengono le licenze, ma il servizio è in pausa finché non viene riattivato.`
          : change === 'Reactivated'
            ? `${partner} ha riattivato la sottoscrizione ${offer} di ${organization}.`
            : `${partner} ha ridotto la sottoscrizione ${offer} di ${organization} a ${quantity} licenze.`,
        'Se non l’hai chiesto tu, contatta il tuo partner. Le tue sottoscrizioni sono nella tua vista (listTenantSubscriptions).',
      ],
      footer: `Ricevi questa email come contatto di ${organization}.`,
    }),
    es: ({ name, organization, partner, offer, change, quantity }) => ({
      subject: `${partner} ha cambiado tu suscripción ${offer}`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        change === 'Suspended'
          ? `${partner} ha suspendido la suscripción ${offer} de ${organization}. Los usuarios conservan sus licencias, pero el servicio queda en pausa hasta que se reactive.`
          : change === 'Reactivated'
            ? `${partner} ha reactivado la suscripción ${offer} de ${organization}.`
            : `${partner} ha reducido la suscripción ${offer} de ${organization} a ${quantity} licencias.`,
        'Si no lo has pedido, ponte en contacto con tu partner. Tus suscripciones están en tu propia vista (listTenantSubscriptions).',
      ],
      footer: `Recibes este correo como contacto de ${organization}.`,
    }),
  }),
};

/**
 * The frame around an invitation the partner rewrote: the platform says whose words follow, and where its own
 * links lead, so a reader can tell the partner's text from the program's (the partner's text is plain text,
 * its subject prefixed with the partner's name).
 */
export const partnerWrittenFrame: Record<
  Language,
  (partner: string, site: string) => { subjectPrefix: string; before: string; after: string }
> = {
  en: (partner, site) => ({
    subjectPrefix: `${partner} via CSP Partner: `,
    before: `The message below was written by ${partner}, not by the CSP partner program. Our links start with ${site}.`,
    after: `Sent through the CSP partner program on behalf of ${partner}.`,
  }),
  it: (partner, site) => ({
    subjectPrefix: `${partner} tramite CSP Partner: `,
    before: `Il messaggio che segue è stato scritto da ${partner}, non dal programma partner CSP. I nostri link iniziano con ${site}.`,
    after: `Inviato tramite il programma partner CSP per conto di ${partner}.`,
  }),
  es: (partner, site) => ({
    subjectPrefix: `${partner} a través de CSP Partner: `,
    before: `El mensaje siguiente lo ha escrito ${partner}, no el programa de partners CSP. Nuestros vínculos empiezan por ${site}.`,
    after: `Enviado a través del programa de partners CSP en nombre de ${partner}.`,
  }),
};
