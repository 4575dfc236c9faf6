import type { Language } from '#shared/platform/schemas';

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

type Who = { name: string; organization: string };

export interface Catalog {
  emailVerification(p: Who & { link: string; expiresOn: string }): Message;
  enrollmentUnderReview(p: Who): Message;
  enrollmentEmailRejected(p: Who): Message;
  enrollmentApproved(p: Who & { partnerIdMissing: boolean; link: string }): Message;
  enrollmentRejected(p: Who & { reason: string }): Message;
  informationRequested(p: Who & { question: string; link: string }): Message;
  reviewDelayed(p: Who): Message;
  operatorReviewDelayed(p: { organization: string; enrollmentId: string; dueAt: string }): Message;
  signatureReminder(p: Who & { reminder: number; link: string }): Message;
  enrollmentActivated(p: Who & { link: string }): Message;
  timelineStopped(p: Who & { reason: string }): Message;
  userAdded(p: Who & { link: string }): Message;
  resellerInvitation(p: {
    provider: string;
    location: string;
    link: string;
    expiresOn: string;
    message?: string;
  }): Message;
  partnerLinkChanged(p: Who & { other: string; change: LinkChange }): Message;
  customerInvitation(p: { partner: string; provider?: string; delegatedAdmin: boolean; link: string }): Message;
  delegatedAdminRemoved(p: Who & { customer: string }): Message;
  directBillNotice(p: Who & { notice: DirectBillNotice; reasons: string[] }): Message;
}

export type DirectBillNotice =
  | 'creditCheckPassed'
  | 'creditCheckFailed'
  | 'approved'
  | 'rejected'
  | 'ineligible'
  | 'active'
  | 'restricted'
  | 'lifted';

export type LinkChange = 'created' | 'suspended' | 'resumed' | 'ended' | 'adminRemoved';

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
  enrollmentApproved: ({ name, organization, partnerIdMissing, link }) => ({
    subject: `${organization} is approved: sign the partner agreement`,
    greeting: `Hello ${name},`,
    paragraphs: [
      `Good news: we reviewed and verified the information ${organization} provided, and the enrollment is approved.`,
      ...(partnerIdMissing
        ? ['Before signing, link your organization’s PartnerID for this location to the account.']
        : []),
      'Next, a global admin of your organization must sign the partner agreement. Your indirect reseller status becomes Active as soon as it is signed.',
    ],
    action: { label: 'Review and sign the agreement', url: link },
    footer: 'You receive this email because you are the primary contact of this enrollment.',
  }),
  enrollmentRejected: ({ name, organization, reason }) => ({
    subject: `The enrollment of ${organization} was not approved`,
    greeting: `Hello ${name},`,
    paragraphs: [
      `We reviewed the information ${organization} provided and cannot approve the enrollment.`,
      `Reason: ${reason}`,
    ],
    footer: 'You receive this email because you are the primary contact of this enrollment.',
  }),
  informationRequested: ({ name, organization, question, link }) => ({
    subject: `We need more information about ${organization}`,
    greeting: `Hello ${name},`,
    paragraphs: [
      `To continue the review of ${organization}, we need more information:`,
      question,
      'A global admin of your organization can answer in the enrollment. The review resumes when we receive the answer.',
    ],
    action: { label: 'Answer', url: link },
    footer: 'You receive this email because you are the primary contact of this enrollment.',
  }),
  reviewDelayed: ({ name, organization }) => ({
    subject: `The review of ${organization} is taking longer`,
    greeting: `Hello ${name},`,
    paragraphs: [
      `The review of ${organization} is taking longer than 5 business days. We are on it and will email you as soon as it is complete.`,
    ],
    footer: 'You receive this email because you are the primary contact of this enrollment.',
  }),
  operatorReviewDelayed: ({ organization, enrollmentId, dueAt }) => ({
    subject: `Review overdue: ${organization}`,
    greeting: 'Hello,',
    paragraphs: [
      `The enrollment ${enrollmentId} of ${organization} was due for a decision by ${dueAt} and is now delayed.`,
    ],
    footer: 'You receive this email as a program operator.',
  }),
  signatureReminder: ({ name, organization, reminder, link }) => ({
    subject: `Reminder ${reminder}: the partner agreement of ${organization} is not signed yet`,
    greeting: `Hello ${name},`,
    paragraphs: [
      'Your enrollment is approved, but the partner agreement is not signed yet. A global admin of your organization must sign it; until then the indirect reseller status cannot become Active.',
      'The approval lapses 30 days after it was given.',
    ],
    action: { label: 'Review and sign the agreement', url: link },
    footer: 'You receive this email because you are the primary contact of this enrollment.',
  }),
  enrollmentActivated: ({ name, organization, link }) => ({
    subject: `Welcome: ${organization} is an active indirect reseller`,
    greeting: `Hello ${name},`,
    paragraphs: [
      `The partner agreement is signed and ${organization} is now an active indirect reseller.`,
      'You are in the admin agent group: you can add users, connect with indirect providers and invite customers.',
    ],
    action: { label: 'See your program information', url: link },
    footer: 'You receive this email because you are the primary contact of this enrollment.',
  }),
  timelineStopped: ({ name, organization, reason }) => ({
    subject: `The enrollment of ${organization} has stopped`,
    greeting: `Hello ${name},`,
    paragraphs: [
      `The enrollment of ${organization} has stopped: ${reason}.`,
      'A global admin of your organization can resume it from where it stopped.',
    ],
    footer: 'You receive this email because you are the primary contact of this enrollment.',
  }),
  resellerInvitation: ({ provider, location, link, expiresOn, message }) => ({
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
  customerInvitation: ({ partner, provider, delegatedAdmin, link }) => ({
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
  delegatedAdminRemoved: ({ name, organization, customer }) => ({
    subject: `${customer} removed your admin permissions`,
    greeting: `Hello ${name},`,
    paragraphs: [
      `${customer} removed the admin permissions of ${organization} on its tenant. Your reseller relationship remains.`,
      'Under your reseller agreement you remain bound to support this customer. If it needs help, you can still open a service request on its behalf.',
    ],
    footer: `You receive this email as the contact of ${organization}.`,
  }),
  directBillNotice: ({ name, organization, notice, reasons }) => ({
    subject: `Direct-bill partner program: ${directBillNotices.en[notice].subject}`,
    greeting: `Hello ${name},`,
    paragraphs: [
      directBillNotices.en[notice].body,
      ...(reasons.length ? ['What is missing:', ...reasons.map((r) => `- ${r}`)] : []),
    ],
    footer: `You receive this email as the contact of ${organization}.`,
  }),
  partnerLinkChanged: ({ name, organization, other, change }) => ({
    subject: `${organization} and ${other}: ${linkChangeTexts.en[change]}`,
    greeting: `Hello ${name},`,
    paragraphs: [`The partnership between ${organization} and ${other} ${linkChangeTexts.en[change]}.`],
    footer: `You receive this email as the contact of ${organization}.`,
  }),
  userAdded: ({ name, organization, link }) => ({
    subject: `You have been added to ${organization}`,
    greeting: `Hello ${name},`,
    paragraphs: [
      `An administrator of ${organization} added you as a user.`,
      'Sign in with the temporary password your administrator gives you; at your first sign-in you will choose your own password.',
    ],
    action: { label: 'Sign in', url: link },
    footer: 'This email never contains a password.',
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
    footer:
      'Se non ti aspettavi questa email, puoi ignorarla: non succede nulla finché l’indirizzo non viene verificato.',
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
  enrollmentApproved: ({ name, organization, partnerIdMissing, link }) => ({
    subject: `${organization} è approvata: firma il contratto per i partner`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      `Buone notizie: abbiamo esaminato e verificato le informazioni fornite da ${organization} e la registrazione è approvata.`,
      ...(partnerIdMissing
        ? ['Prima di firmare, associa all’account il PartnerID della tua organizzazione per questa località.']
        : []),
      'Ora un amministratore globale della tua organizzazione deve firmare il contratto per i partner. Lo stato di rivenditore indiretto diventa Attivo appena è firmato.',
    ],
    action: { label: 'Leggi e firma il contratto', url: link },
    footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
  }),
  enrollmentRejected: ({ name, organization, reason }) => ({
    subject: `La registrazione di ${organization} non è stata approvata`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      `Abbiamo esaminato le informazioni fornite da ${organization} e non possiamo approvare la registrazione.`,
      `Motivo: ${reason}`,
    ],
    footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
  }),
  informationRequested: ({ name, organization, question, link }) => ({
    subject: `Ci servono altre informazioni su ${organization}`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      `Per proseguire la revisione di ${organization} ci servono altre informazioni:`,
      question,
      'Un amministratore globale della tua organizzazione può rispondere nella registrazione. La revisione riprende quando riceviamo la risposta.',
    ],
    action: { label: 'Rispondi', url: link },
    footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
  }),
  reviewDelayed: ({ name, organization }) => ({
    subject: `La revisione di ${organization} richiede più tempo`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      `La revisione di ${organization} sta richiedendo più di 5 giorni lavorativi. Ce ne stiamo occupando e ti scriveremo appena sarà completata.`,
    ],
    footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
  }),
  operatorReviewDelayed: ({ organization, enrollmentId, dueAt }) => ({
    subject: `Revisione in ritardo: ${organization}`,
    greeting: 'Ciao,',
    paragraphs: [
      `La registrazione ${enrollmentId} di ${organization} attendeva una decisione entro ${dueAt} ed è ora in ritardo.`,
    ],
    footer: 'Ricevi questa email come operatore del programma.',
  }),
  signatureReminder: ({ name, organization, reminder, link }) => ({
    subject: `Promemoria ${reminder}: il contratto per i partner di ${organization} non è ancora firmato`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      'La registrazione è approvata, ma il contratto per i partner non è ancora firmato. Deve firmarlo un amministratore globale della tua organizzazione; fino ad allora lo stato di rivenditore indiretto non può diventare Attivo.',
      'L’approvazione scade 30 giorni dopo essere stata concessa.',
    ],
    action: { label: 'Leggi e firma il contratto', url: link },
    footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
  }),
  enrollmentActivated: ({ name, organization, link }) => ({
    subject: `Benvenuto: ${organization} è un rivenditore indiretto attivo`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      `Il contratto per i partner è firmato e ${organization} è ora un rivenditore indiretto attivo.`,
      'Fai parte del gruppo degli agenti amministratori: puoi aggiungere utenti, connetterti con i provider indiretti e invitare clienti.',
    ],
    action: { label: 'Vedi le informazioni sul programma', url: link },
    footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
  }),
  timelineStopped: ({ name, organization, reason }) => ({
    subject: `La registrazione di ${organization} si è interrotta`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      `La registrazione di ${organization} si è interrotta: ${reason}.`,
      'Un amministratore globale della tua organizzazione può riprenderla da dove si è fermata.',
    ],
    footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
  }),
  resellerInvitation: ({ provider, location, link, expiresOn, message }) => ({
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
  customerInvitation: ({ partner, provider, delegatedAdmin, link }) => ({
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
  delegatedAdminRemoved: ({ name, organization, customer }) => ({
    subject: `${customer} ha rimosso le tue autorizzazioni di amministratore`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      `${customer} ha rimosso le autorizzazioni di amministratore di ${organization} sul proprio tenant. La relazione di rivenditore resta.`,
      'In base al contratto di rivendita resti tenuto a fornire assistenza a questo cliente. Se ha bisogno di aiuto, puoi comunque aprire una richiesta di assistenza per suo conto.',
    ],
    footer: `Ricevi questa email come contatto di ${organization}.`,
  }),
  directBillNotice: ({ name, organization, notice, reasons }) => ({
    subject: `Programma partner con fatturazione diretta: ${directBillNotices.it[notice].subject}`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      directBillNotices.it[notice].body,
      ...(reasons.length ? ['Cosa manca:', ...reasons.map((r) => `- ${r}`)] : []),
    ],
    footer: `Ricevi questa email come contatto di ${organization}.`,
  }),
  partnerLinkChanged: ({ name, organization, other, change }) => ({
    subject: `${organization} e ${other}: ${linkChangeTexts.it[change]}`,
    greeting: `Ciao ${name},`,
    paragraphs: [`La partnership tra ${organization} e ${other}: ${linkChangeTexts.it[change]}.`],
    footer: `Ricevi questa email come contatto di ${organization}.`,
  }),
  userAdded: ({ name, organization, link }) => ({
    subject: `Sei stato aggiunto a ${organization}`,
    greeting: `Ciao ${name},`,
    paragraphs: [
      `Un amministratore di ${organization} ti ha aggiunto come utente.`,
      'Accedi con la password temporanea che ti darà l’amministratore; al primo accesso sceglierai la tua password.',
    ],
    action: { label: 'Accedi', url: link },
    footer: 'Questa email non contiene mai una password.',
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
  enrollmentApproved: ({ name, organization, partnerIdMissing, link }) => ({
    subject: `${organization} está aprobada: firma el contrato de partners`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      `Buenas noticias: hemos revisado y comprobado la información proporcionada por ${organization} y la inscripción está aprobada.`,
      ...(partnerIdMissing
        ? ['Antes de firmar, asocia a la cuenta el PartnerID de tu empresa para esta ubicación.']
        : []),
      'Ahora un administrador global de tu empresa debe firmar el contrato de partners. El estado de revendedor indirecto pasa a Activo en cuanto se firma.',
    ],
    action: { label: 'Revisar y firmar el contrato', url: link },
    footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
  }),
  enrollmentRejected: ({ name, organization, reason }) => ({
    subject: `La inscripción de ${organization} no se ha aprobado`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      `Hemos revisado la información proporcionada por ${organization} y no podemos aprobar la inscripción.`,
      `Motivo: ${reason}`,
    ],
    footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
  }),
  informationRequested: ({ name, organization, question, link }) => ({
    subject: `Necesitamos más información sobre ${organization}`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      `Para continuar la revisión de ${organization} necesitamos más información:`,
      question,
      'Un administrador global de tu empresa puede responder en la inscripción. La revisión se reanuda cuando recibimos la respuesta.',
    ],
    action: { label: 'Responder', url: link },
    footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
  }),
  reviewDelayed: ({ name, organization }) => ({
    subject: `La revisión de ${organization} está tardando más`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      `La revisión de ${organization} está tardando más de 5 días laborables. Estamos en ello y te escribiremos en cuanto se complete.`,
    ],
    footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
  }),
  operatorReviewDelayed: ({ organization, enrollmentId, dueAt }) => ({
    subject: `Revisión atrasada: ${organization}`,
    greeting: 'Hola:',
    paragraphs: [
      `La inscripción ${enrollmentId} de ${organization} debía decidirse antes del ${dueAt} y está atrasada.`,
    ],
    footer: 'Recibes este correo como operador del programa.',
  }),
  signatureReminder: ({ name, organization, reminder, link }) => ({
    subject: `Recordatorio ${reminder}: el contrato de partners de ${organization} aún no está firmado`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      'La inscripción está aprobada, pero el contrato de partners aún no está firmado. Debe firmarlo un administrador global de tu empresa; hasta entonces el estado de revendedor indirecto no puede pasar a Activo.',
      'La aprobación caduca 30 días después de concederse.',
    ],
    action: { label: 'Revisar y firmar el contrato', url: link },
    footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
  }),
  enrollmentActivated: ({ name, organization, link }) => ({
    subject: `Bienvenido: ${organization} es un revendedor indirecto activo`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      `El contrato de partners está firmado y ${organization} es ahora un revendedor indirecto activo.`,
      'Estás en el grupo de agentes de administración: puedes agregar usuarios, conectar con proveedores indirectos e invitar a clientes.',
    ],
    action: { label: 'Ver la información del programa', url: link },
    footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
  }),
  timelineStopped: ({ name, organization, reason }) => ({
    subject: `La inscripción de ${organization} se ha detenido`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      `La inscripción de ${organization} se ha detenido: ${reason}.`,
      'Un administrador global de tu empresa puede reanudarla desde donde se detuvo.',
    ],
    footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
  }),
  resellerInvitation: ({ provider, location, link, expiresOn, message }) => ({
    subject: `${provider} te invita a autorizarlo como tu proveedor indirecto`,
    greeting: 'Hola:',
    paragraphs: [
      `${provider} (${location}) invita a tu empresa a autorizarlo como proveedor indirecto en el programa Proveedor de soluciones en la nube.`,
      'Si lo autorizas, podrá enviar pedidos y agregar suscripciones en nombre de tus clientes y tendrá acceso de administrador a la cuenta profesional de tu empresa (que podrás retirar después).',
      ...(message ? [`Su mensaje: «${message}»`] : []),
      `Un administrador global de tu empresa puede revisarlo y autorizarlo hasta el ${expiresOn}.`,
    ],
    action: { label: 'Revisar la invitación', url: link },
    footer: 'Si no esperabas esta invitación, ignórala: no ocurre nada hasta que un administrador global la autorice.',
  }),
  customerInvitation: ({ partner, provider, delegatedAdmin, link }) => ({
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
  delegatedAdminRemoved: ({ name, organization, customer }) => ({
    subject: `${customer} ha retirado tus permisos de administrador`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      `${customer} ha retirado los permisos de administrador de ${organization} en su cuenta. La relación de revendedor se mantiene.`,
      'Según tu contrato de revendedor sigues obligado a dar soporte a este cliente. Si necesita ayuda, puedes abrir una solicitud de servicio en su nombre.',
    ],
    footer: `Recibes este correo como contacto de ${organization}.`,
  }),
  directBillNotice: ({ name, organization, notice, reasons }) => ({
    subject: `Programa de partners de facturación directa: ${directBillNotices.es[notice].subject}`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      directBillNotices.es[notice].body,
      ...(reasons.length ? ['Lo que falta:', ...reasons.map((r) => `- ${r}`)] : []),
    ],
    footer: `Recibes este correo como contacto de ${organization}.`,
  }),
  partnerLinkChanged: ({ name, organization, other, change }) => ({
    subject: `${organization} y ${other}: ${linkChangeTexts.es[change]}`,
    greeting: `Hola, ${name}:`,
    paragraphs: [`La asociación entre ${organization} y ${other}: ${linkChangeTexts.es[change]}.`],
    footer: `Recibes este correo como contacto de ${organization}.`,
  }),
  userAdded: ({ name, organization, link }) => ({
    subject: `Te han agregado a ${organization}`,
    greeting: `Hola, ${name}:`,
    paragraphs: [
      `Un administrador de ${organization} te ha agregado como usuario.`,
      'Inicia sesión con la contraseña temporal que te dé el administrador; en el primer inicio de sesión elegirás tu propia contraseña.',
    ],
    action: { label: 'Iniciar sesión', url: link },
    footer: 'Este correo nunca contiene una contraseña.',
  }),
};

export const catalogs: Record<Language, Catalog> = { en, it, es };

/** Dates in emails, in the recipient's language. */
export function formatDate(date: Date, language: Language): string {
  const locale = { en: 'en-GB', it: 'it-IT', es: 'es-ES' }[language];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Why a timeline stopped, in each language (for `timelineStopped`). */
export const stopReasons: Record<string, Record<Language, string>> = {
  EmailVerificationExpired: {
    en: 'the email verification link expired',
    it: 'il collegamento di verifica dell’email è scaduto',
    es: 'el vínculo de verificación del correo ha caducado',
  },
  InquiryExpired: {
    en: 'the request for more information was not answered within 30 days',
    it: 'la richiesta di informazioni non ha avuto risposta entro 30 giorni',
    es: 'la solicitud de información no se respondió en 30 días',
  },
  AgreementExpired: {
    en: 'the partner agreement was not signed within 30 days',
    it: 'il contratto per i partner non è stato firmato entro 30 giorni',
    es: 'el contrato de partners no se firmó en 30 días',
  },
  Failed: {
    en: 'a step failed on our side',
    it: 'un passaggio non è riuscito da parte nostra',
    es: 'un paso ha fallado por nuestra parte',
  },
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

/** The direct-bill notices, in each language. */
export const directBillNotices: Record<Language, Record<DirectBillNotice, { subject: string; body: string }>> = {
  en: {
    creditCheckPassed: {
      subject: 'credit check passed',
      body: 'Your credit check passed. You may now buy an advanced or premier support plan, and record it in your application.',
    },
    creditCheckFailed: {
      subject: 'credit check not passed',
      body: 'Your credit check did not pass, so the application cannot continue. Do not buy a support plan.',
    },
    approved: {
      subject: 'application approved',
      body: 'Your direct-bill application is approved. A global admin can now sign the direct-bill agreement.',
    },
    rejected: { subject: 'application not approved', body: 'Your direct-bill application was not approved.' },
    ineligible: {
      subject: 'requirements not met',
      body: 'Your organization does not yet meet the minimum requirements to apply.',
    },
    active: {
      subject: 'you are a direct-bill partner',
      body: 'Your organization is now a direct-bill partner. Its eligibility is re-evaluated every year.',
    },
    restricted: {
      subject: 'capabilities restricted',
      body: 'At its annual re-evaluation your organization no longer meets the direct-bill requirements. Its direct-bill capabilities are restricted: no new purchases for your customers; existing subscriptions are untouched. You may also transition to indirect reseller.',
    },
    lifted: {
      subject: 'restriction lifted',
      body: 'Your organization meets the direct-bill requirements again: the restriction is lifted.',
    },
  },
  it: {
    creditCheckPassed: {
      subject: 'verifica del credito superata',
      body: 'La verifica del credito è superata. Ora puoi acquistare un piano di supporto avanzato o premier e registrarlo nella domanda.',
    },
    creditCheckFailed: {
      subject: 'verifica del credito non superata',
      body: 'La verifica del credito non è stata superata, quindi la domanda non può proseguire. Non acquistare un piano di supporto.',
    },
    approved: {
      subject: 'domanda approvata',
      body: 'La domanda di fatturazione diretta è approvata. Un amministratore globale può ora firmare il contratto di fatturazione diretta.',
    },
    rejected: { subject: 'domanda non approvata', body: 'La domanda di fatturazione diretta non è stata approvata.' },
    ineligible: {
      subject: 'requisiti non soddisfatti',
      body: 'La tua organizzazione non soddisfa ancora i requisiti minimi per la domanda.',
    },
    active: {
      subject: 'sei un partner con fatturazione diretta',
      body: 'La tua organizzazione è ora un partner con fatturazione diretta. L’idoneità viene rivalutata ogni anno.',
    },
    restricted: {
      subject: 'funzionalità limitate',
      body: 'Alla rivalutazione annuale la tua organizzazione non soddisfa più i requisiti. Le funzionalità di fatturazione diretta sono limitate: nessun nuovo acquisto per i clienti; le sottoscrizioni esistenti restano. Puoi anche passare a rivenditore indiretto.',
    },
    lifted: {
      subject: 'limitazione revocata',
      body: 'La tua organizzazione soddisfa di nuovo i requisiti: la limitazione è revocata.',
    },
  },
  es: {
    creditCheckPassed: {
      subject: 'comprobación de crédito superada',
      body: 'La comprobación de crédito se ha superado. Ya puedes comprar un plan de soporte avanzado o premier y registrarlo en la solicitud.',
    },
    creditCheckFailed: {
      subject: 'comprobación de crédito no superada',
      body: 'La comprobación de crédito no se ha superado, así que la solicitud no puede continuar. No compres un plan de soporte.',
    },
    approved: {
      subject: 'solicitud aprobada',
      body: 'La solicitud de facturación directa está aprobada. Un administrador global ya puede firmar el contrato de facturación directa.',
    },
    rejected: { subject: 'solicitud no aprobada', body: 'La solicitud de facturación directa no se ha aprobado.' },
    ineligible: {
      subject: 'requisitos no cumplidos',
      body: 'Tu empresa aún no cumple los requisitos mínimos para solicitarlo.',
    },
    active: {
      subject: 'eres partner de facturación directa',
      body: 'Tu empresa ya es partner de facturación directa. Su idoneidad se revalúa cada año.',
    },
    restricted: {
      subject: 'funcionalidades restringidas',
      body: 'En la revaluación anual tu empresa ya no cumple los requisitos. Sus funcionalidades de facturación directa están restringidas: no hay compras nuevas para tus clientes; las suscripciones existentes se mantienen. También puedes pasar a revendedor indirecto.',
    },
    lifted: {
      subject: 'restricción retirada',
      body: 'Tu empresa vuelve a cumplir los requisitos: la restricción se ha retirado.',
    },
  },
};
