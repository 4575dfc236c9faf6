import { defineEmail, type Who } from '#shared/platform/email/render';
import type { Language } from '#shared/platform/schemas';

/** The emails of this feature, each in every language (a missing one does not compile). */
export const enrollmentEmails = {
  partnerIdControl: defineEmail<{ organization: string; partnerId: string; link: string; hours: number }>({
    en: ({ organization, partnerId, link, hours }) => ({
      subject: `Confirm that ${organization} may use PartnerID ${partnerId}`,
      greeting: 'Hello,',
      paragraphs: [
        `${organization} asks to link PartnerID ${partnerId} to its Cloud Solution Provider enrollment. The partner directory lists this address as the contact of that PartnerID.`,
        `Confirm within ${hours} hours only if ${organization} is your organization. If you do not know it, ignore this email: the PartnerID stays unlinked.`,
      ],
      action: { label: 'Review and confirm', url: link },
      footer: 'You receive this email as the directory contact of this PartnerID.',
    }),
    it: ({ organization, partnerId, link, hours }) => ({
      subject: `Conferma che ${organization} può usare il PartnerID ${partnerId}`,
      greeting: 'Buongiorno,',
      paragraphs: [
        `${organization} chiede di associare il PartnerID ${partnerId} alla propria registrazione al programma Cloud Solution Provider. La directory dei partner indica questo indirizzo come contatto di quel PartnerID.`,
        `Conferma entro ${hours} ore solo se ${organization} è la tua organizzazione. Se non la conosci, ignora questa email: il PartnerID resta non associato.`,
      ],
      action: { label: 'Verifica e conferma', url: link },
      footer: 'Ricevi questa email come contatto del PartnerID nella directory.',
    }),
    es: ({ organization, partnerId, link, hours }) => ({
      subject: `Confirma que ${organization} puede usar el PartnerID ${partnerId}`,
      greeting: 'Hola:',
      paragraphs: [
        `${organization} pide vincular el PartnerID ${partnerId} a su inscripción en el programa Proveedor de soluciones en la nube. El directorio de partners indica esta dirección como contacto de ese PartnerID.`,
        `Confirma en un plazo de ${hours} horas solo si ${organization} es tu organización. Si no la conoces, ignora este correo: el PartnerID sigue sin vincular.`,
      ],
      action: { label: 'Revisar y confirmar', url: link },
      footer: 'Recibes este correo como contacto del PartnerID en el directorio.',
    }),
  }),
  emailVerification: defineEmail<Who & { link: string; expiresOn: string }>({
    en: ({ name, organization, link, expiresOn }) => ({
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
    it: ({ name, organization, link, expiresOn }) => ({
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
    es: ({ name, organization, link, expiresOn }) => ({
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
  }),
  enrollmentUnderReview: defineEmail<Who>({
    en: ({ name, organization }) => ({
      subject: `We are reviewing the enrollment of ${organization}`,
      greeting: `Hello ${name},`,
      paragraphs: [
        'Thank you: your email address is verified.',
        `We are now reviewing and verifying the information ${organization} provided. This usually takes 3 to 5 business days.`,
        'We will email you when the review is complete.',
      ],
      footer: 'You receive this email because you are the primary contact of this enrollment.',
    }),
    it: ({ name, organization }) => ({
      subject: `Stiamo esaminando la registrazione di ${organization}`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        'Grazie: il tuo indirizzo email è verificato.',
        `Ora esaminiamo e verifichiamo le informazioni fornite da ${organization}. Di solito servono da 3 a 5 giorni lavorativi.`,
        'Ti invieremo un’email al termine della revisione.',
      ],
      footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
    }),
    es: ({ name, organization }) => ({
      subject: `Estamos revisando la inscripción de ${organization}`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        'Gracias: tu dirección de correo electrónico está verificada.',
        `Ahora revisamos y comprobamos la información proporcionada por ${organization}. Suele tardar entre 3 y 5 días laborables.`,
        'Te enviaremos un correo electrónico cuando se complete la revisión.',
      ],
      footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
    }),
  }),
  enrollmentEmailRejected: defineEmail<Who>({
    en: ({ name, organization }) => ({
      subject: `The enrollment of ${organization} needs another email address`,
      greeting: `Hello ${name},`,
      paragraphs: [
        'The primary contact address is on a web-based email service (such as Gmail, Yahoo! Mail, iCloud Mail, AOL Mail or Outlook.com), which we cannot accept.',
        'Please enroll again with an address of your organization’s own domain.',
      ],
      footer: 'You receive this email because you are the primary contact of this enrollment.',
    }),
    it: ({ name, organization }) => ({
      subject: `La registrazione di ${organization} richiede un altro indirizzo email`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        'L’indirizzo del contatto principale appartiene a un servizio di posta elettronica basato sul Web (come Gmail, Yahoo! Mail, iCloud Mail, AOL Mail o Outlook.com), che non possiamo accettare.',
        'Registrati di nuovo con un indirizzo del dominio della tua organizzazione.',
      ],
      footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
    }),
    es: ({ name, organization }) => ({
      subject: `La inscripción de ${organization} necesita otra dirección de correo`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        'La dirección del contacto principal pertenece a un servicio de correo electrónico basado en web (como Gmail, Yahoo! Mail, iCloud Mail, AOL Mail o Correo de Outlook), que no podemos aceptar.',
        'Vuelve a inscribirte con una dirección del dominio de tu empresa.',
      ],
      footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
    }),
  }),
  enrollmentApproved: defineEmail<Who & { partnerIdMissing: boolean; link: string }>({
    en: ({ name, organization, partnerIdMissing, link }) => ({
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
    it: ({ name, organization, partnerIdMissing, link }) => ({
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
    es: ({ name, organization, partnerIdMissing, link }) => ({
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
  }),
  enrollmentRejected: defineEmail<Who & { reason: string }>({
    en: ({ name, organization, reason }) => ({
      subject: `The enrollment of ${organization} was not approved`,
      greeting: `Hello ${name},`,
      paragraphs: [
        `We reviewed the information ${organization} provided and cannot approve the enrollment.`,
        `Reason: ${reason}`,
      ],
      footer: 'You receive this email because you are the primary contact of this enrollment.',
    }),
    it: ({ name, organization, reason }) => ({
      subject: `La registrazione di ${organization} non è stata approvata`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        `Abbiamo esaminato le informazioni fornite da ${organization} e non possiamo approvare la registrazione.`,
        `Motivo: ${reason}`,
      ],
      footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
    }),
    es: ({ name, organization, reason }) => ({
      subject: `La inscripción de ${organization} no se ha aprobado`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `Hemos revisado la información proporcionada por ${organization} y no podemos aprobar la inscripción.`,
        `Motivo: ${reason}`,
      ],
      footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
    }),
  }),
  informationRequested: defineEmail<Who & { question: string; link: string }>({
    en: ({ name, organization, question, link }) => ({
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
    it: ({ name, organization, question, link }) => ({
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
    es: ({ name, organization, question, link }) => ({
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
  }),
  reviewDelayed: defineEmail<Who>({
    en: ({ name, organization }) => ({
      subject: `The review of ${organization} is taking longer`,
      greeting: `Hello ${name},`,
      paragraphs: [
        `The review of ${organization} is taking longer than 5 business days. We are on it and will email you as soon as it is complete.`,
      ],
      footer: 'You receive this email because you are the primary contact of this enrollment.',
    }),
    it: ({ name, organization }) => ({
      subject: `La revisione di ${organization} richiede più tempo`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        `La revisione di ${organization} sta richiedendo più di 5 giorni lavorativi. Ce ne stiamo occupando e ti scriveremo appena sarà completata.`,
      ],
      footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
    }),
    es: ({ name, organization }) => ({
      subject: `La revisión de ${organization} está tardando más`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `La revisión de ${organization} está tardando más de 5 días laborables. Estamos en ello y te escribiremos en cuanto se complete.`,
      ],
      footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
    }),
  }),
  operatorReviewDelayed: defineEmail<{ organization: string; enrollmentId: string; dueAt: string; link: string }>({
    en: ({ organization, enrollmentId, dueAt, link }) => ({
      subject: `Review overdue: ${organization}`,
      greeting: 'Hello,',
      paragraphs: [
        `The enrollment of ${organization} was due for a decision by ${dueAt} and is now delayed. The applicant was told.`,
        `Enrollment ${enrollmentId}: decide with reviewEnrollment; the review queue lists it, oldest first.`,
      ],
      action: { label: 'Open the review queue', url: link },
      footer: 'You receive this email as a program operator.',
    }),
    it: ({ organization, enrollmentId, dueAt, link }) => ({
      subject: `Revisione in ritardo: ${organization}`,
      greeting: 'Ciao,',
      paragraphs: [
        `La registrazione di ${organization} attendeva una decisione entro ${dueAt} ed è ora in ritardo. Il richiedente è stato avvisato.`,
        `Registrazione ${enrollmentId}: decidi con reviewEnrollment; la coda di revisione la elenca, dalla più vecchia.`,
      ],
      action: { label: 'Apri la coda di revisione', url: link },
      footer: 'Ricevi questa email come operatore del programma.',
    }),
    es: ({ organization, enrollmentId, dueAt, link }) => ({
      subject: `Revisión atrasada: ${organization}`,
      greeting: 'Hola:',
      paragraphs: [
        `La inscripción de ${organization} debía decidirse antes del ${dueAt} y está atrasada. Se ha avisado al solicitante.`,
        `Inscripción ${enrollmentId}: decide con reviewEnrollment; la cola de revisión la muestra, de la más antigua a la más reciente.`,
      ],
      action: { label: 'Abrir la cola de revisión', url: link },
      footer: 'Recibes este correo como operador del programa.',
    }),
  }),
  signatureReminder: defineEmail<Who & { reminder: number; link: string }>({
    en: ({ name, organization, reminder, link }) => ({
      subject: `Reminder ${reminder}: the partner agreement of ${organization} is not signed yet`,
      greeting: `Hello ${name},`,
      paragraphs: [
        'Your enrollment is approved, but the partner agreement is not signed yet. A global admin of your organization must sign it; until then the indirect reseller status cannot become Active.',
        'The approval lapses 30 days after it was given.',
      ],
      action: { label: 'Review and sign the agreement', url: link },
      footer: 'You receive this email because you are the primary contact of this enrollment.',
    }),
    it: ({ name, organization, reminder, link }) => ({
      subject: `Promemoria ${reminder}: il contratto per i partner di ${organization} non è ancora firmato`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        'La registrazione è approvata, ma il contratto per i partner non è ancora firmato. Deve firmarlo un amministratore globale della tua organizzazione; fino ad allora lo stato di rivenditore indiretto non può diventare Attivo.',
        'L’approvazione scade 30 giorni dopo essere stata concessa.',
      ],
      action: { label: 'Leggi e firma il contratto', url: link },
      footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
    }),
    es: ({ name, organization, reminder, link }) => ({
      subject: `Recordatorio ${reminder}: el contrato de partners de ${organization} aún no está firmado`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        'La inscripción está aprobada, pero el contrato de partners aún no está firmado. Debe firmarlo un administrador global de tu empresa; hasta entonces el estado de revendedor indirecto no puede pasar a Activo.',
        'La aprobación caduca 30 días después de concederse.',
      ],
      action: { label: 'Revisar y firmar el contrato', url: link },
      footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
    }),
  }),
  enrollmentActivated: defineEmail<Who & { link: string }>({
    en: ({ name, organization, link }) => ({
      subject: `Welcome: ${organization} is an active indirect reseller`,
      greeting: `Hello ${name},`,
      paragraphs: [
        `The partner agreement is signed and ${organization} is now an active indirect reseller.`,
        'You are in the admin agent group: you can add users, connect with indirect providers and invite customers.',
      ],
      action: { label: 'See your program information', url: link },
      footer: 'You receive this email because you are the primary contact of this enrollment.',
    }),
    it: ({ name, organization, link }) => ({
      subject: `Benvenuto: ${organization} è un rivenditore indiretto attivo`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        `Il contratto per i partner è firmato e ${organization} è ora un rivenditore indiretto attivo.`,
        'Fai parte del gruppo degli agenti amministratori: puoi aggiungere utenti, connetterti con i provider indiretti e invitare clienti.',
      ],
      action: { label: 'Vedi le informazioni sul programma', url: link },
      footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
    }),
    es: ({ name, organization, link }) => ({
      subject: `Bienvenido: ${organization} es un revendedor indirecto activo`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `El contrato de partners está firmado y ${organization} es ahora un revendedor indirecto activo.`,
        'Estás en el grupo de agentes de administración: puedes agregar usuarios, conectar con proveedores indirectos e invitar a clientes.',
      ],
      action: { label: 'Ver la información del programa', url: link },
      footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
    }),
  }),
  timelineStopped: defineEmail<Who & { reason: string; automatic: boolean; enrollmentId: string }>({
    en: ({ name, organization, reason, automatic, enrollmentId }) => ({
      subject: `The enrollment of ${organization} has stopped`,
      greeting: `Hello ${name},`,
      paragraphs: [
        `The enrollment of ${organization} has stopped: ${reason}.`,
        automatic
          ? 'You do not need to do anything: we retry it automatically over the next hours, from where it stopped. If it is still stopped tomorrow, a global admin of your organization can resume it as described below.'
          : 'Nothing is lost. To continue from where it stopped, a global admin of your organization signs in and resumes the enrollment:',
        `Resume: POST /v1/enrollments/${enrollmentId}/resume (operation resumeEnrollment). Each resume starts the waiting period again.`,
      ],
      footer: 'You receive this email because you are the primary contact of this enrollment.',
    }),
    it: ({ name, organization, reason, automatic, enrollmentId }) => ({
      subject: `La registrazione di ${organization} si è interrotta`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        `La registrazione di ${organization} si è interrotta: ${reason}.`,
        automatic
          ? 'Non devi fare nulla: la riprendiamo automaticamente nelle prossime ore, da dove si è fermata. Se domani è ancora interrotta, un amministratore globale della tua organizzazione può riprenderla come descritto qui sotto.'
          : 'Non si perde nulla. Per continuare da dove si è fermata, un amministratore globale della tua organizzazione accede e riprende la registrazione:',
        `Riprendi: POST /v1/enrollments/${enrollmentId}/resume (operazione resumeEnrollment). Ogni ripresa fa ripartire il periodo di attesa.`,
      ],
      footer: 'Ricevi questa email perché sei il contatto principale di questa registrazione.',
    }),
    es: ({ name, organization, reason, automatic, enrollmentId }) => ({
      subject: `La inscripción de ${organization} se ha detenido`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `La inscripción de ${organization} se ha detenido: ${reason}.`,
        automatic
          ? 'No tienes que hacer nada: la reanudamos automáticamente en las próximas horas, desde donde se detuvo. Si mañana sigue detenida, un administrador global de tu empresa puede reanudarla como se indica a continuación.'
          : 'No se pierde nada. Para continuar desde donde se detuvo, un administrador global de tu empresa inicia sesión y reanuda la inscripción:',
        `Reanudar: POST /v1/enrollments/${enrollmentId}/resume (operación resumeEnrollment). Cada reanudación reinicia el plazo de espera.`,
      ],
      footer: 'Recibes este correo porque eres el contacto principal de esta inscripción.',
    }),
  }),
};

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
