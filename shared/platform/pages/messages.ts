import type { Language } from '#shared/platform/schemas';

/** Texts of the pages behind email links. Every language has every key (checked by type and by a test). */
const en = {
  verifyTitle: 'Verify your email address',
  verifyIntro: '{organization} named {email} as the primary contact of its indirect reseller enrollment.',
  verifyAsk: 'Confirm that you signed up and that this address belongs to your organization.',
  verifyButton: 'Verify my email address',
  verifiedTitle: 'Email address verified',
  verifiedBody:
    'Thank you. We will now review your organization’s information, which usually takes 3 to 5 business days, and email you at each step.',
  invalidTitle: 'This link cannot be used',
  invalidBody:
    'The link is not valid: it may have expired or already been used. Ask your organization’s global admin to send a new one.',
  invitationTitle: 'Authorize an indirect provider',
  invitationIntro: '{provider} ({location}) invites your organization to authorize it as its indirect provider.',
  invitationGrants: 'If you authorize it, it will be able to:',
  grantOrders: 'submit orders and add subscriptions on behalf of your customers',
  grantAdmin: 'administer your organization’s tenant (you can remove this later)',
  invitationWho: 'Only a global admin of the invited organization can authorize it, until {expires}.',
  invitationStateTitle: 'This invitation is {state}',
  invitationStateBody:
    'It can no longer be accepted. Ask {provider} for a new invitation if you still want to work together.',
  customerInvitationTitle: 'Accept a reseller relationship',
  customerInvitationIntro: '{partner} asks to become your reseller of record for cloud services.',
  customerInvitationCombined:
    '{partner} and its indirect provider {provider} ask to become your resellers of record for cloud services.',
  grantCustomerAdmin:
    'hold admin permissions on your tenant: manage subscriptions, licenses and users on your behalf (you can remove them at any time)',
  grantResell: 'sell you subscriptions and add licenses',
  customerInvitationWho: 'Only a global admin of your organization can accept, until {expires}.',
  signInTitle: 'Sign in',
  signInIntro: 'Sign in with your work account to continue.',
  emailLabel: 'Email address',
  passwordLabel: 'Password',
  signInButton: 'Sign in',
  signInFailed: 'The email or password is not correct.',
  newPasswordTitle: 'Choose a new password',
  newPasswordIntro: 'This is your first sign-in: replace the temporary password you were given.',
  newPasswordLabel: 'New password',
  newPasswordHelp: 'At least 12 characters, with upper and lower case letters, a digit and a symbol.',
  newPasswordButton: 'Set password and continue',
  newPasswordInvalid: 'That password is not strong enough, or the sign-in expired. Try again.',
  signedInAs: 'Signed in as {email}.',
  signInToContinue: 'To answer, sign in as a global admin of the invited organization.',
  signInLink: 'Sign in to continue',
  consentProvider:
    'I authorize this indirect provider to submit orders and add subscriptions on behalf of our customers, and give it admin access to our tenant.',
  consentCustomer: 'I accept this partner as our reseller of record, with the permissions listed above.',
  authorizeProvider: 'Authorize indirect provider',
  acceptRelationship: 'Accept',
  declineButton: 'Decline',
  adminChoiceLegend: '{holder} holds admin permissions for your organization. What should happen?',
  keepCurrentAdmin: 'Keep them with {holder}: the new partner gets no admin permissions',
  moveAdmin: 'Move them to {partner}: {holder} loses them',
  consentRequired: 'Tick the box to authorize.',
  doneTitle: 'Done',
  doneProvider: '{provider} is now your indirect provider. You will find it under Indirect providers.',
  doneCustomer:
    'The relationship is in place. You can see every partner on your tenant, and remove admin permissions, in your partner relationships.',
  declinedTitle: 'Invitation declined',
  declinedBody: 'Nothing changed. {partner} has been told.',
  wrongAccountTitle: 'This invitation is for another organization',
  wrongAccountBody:
    'You are signed in as {email}, who may not answer it. Sign in with an account of the invited organization.',
  notGlobalAdminTitle: 'Only a global admin can answer',
  notGlobalAdminBody:
    'You are signed in as {email}, who is not a global admin of the organization. Ask a global admin to open the link.',
  outsideRegionTitle: 'Your organization is outside this partner’s markets',
  outsideRegionBody: '{partner} cannot serve organizations in your country or region.',
  csrfTitle: 'This form expired',
  csrfBody: 'For your security the form could not be accepted. Go back, reload the page and try again.',
  agreementPageTitle: 'Partner agreement',
  agreementIntro: 'Version {version}, effective from {effective}. Read it before you sign.',
  agreementConsent: 'I have read the agreement and I sign it on behalf of my organization.',
  agreementSignButton: 'Sign the agreement',
  agreementSignedTitle: 'Agreement signed',
  agreementSignedBody: 'Thank you. Your indirect reseller status becomes Active in a moment; a welcome email follows.',
  agreementNotReadyTitle: 'The agreement cannot be signed now',
  agreementNotReadyBody:
    'The enrollment is not waiting for a signature (it may not be approved yet, or already signed), or no valid PartnerID is linked yet.',
  signOut: 'Sign out',
  notFoundTitle: 'Page not found',
  language: 'Language',
};
type PageMessages = typeof en;

const it: PageMessages = {
  verifyTitle: 'Verifica il tuo indirizzo email',
  verifyIntro:
    '{organization} ha indicato {email} come contatto principale della sua registrazione come rivenditore indiretto.',
  verifyAsk: 'Conferma di esserti registrato e che questo indirizzo appartiene alla tua organizzazione.',
  verifyButton: 'Verifica il mio indirizzo email',
  verifiedTitle: 'Indirizzo email verificato',
  verifiedBody:
    'Grazie. Ora esamineremo le informazioni della tua organizzazione, di solito in 3-5 giorni lavorativi, e ti scriveremo a ogni passaggio.',
  invalidTitle: 'Questo collegamento non può essere usato',
  invalidBody:
    'Il collegamento non è valido: potrebbe essere scaduto o già usato. Chiedi all’amministratore globale della tua organizzazione di inviarne uno nuovo.',
  invitationTitle: 'Autorizza un provider indiretto',
  invitationIntro: '{provider} ({location}) invita la tua organizzazione ad autorizzarlo come provider indiretto.',
  invitationGrants: 'Se lo autorizzi, potrà:',
  grantOrders: 'inviare ordini e aggiungere sottoscrizioni per conto dei tuoi clienti',
  grantAdmin: 'amministrare il tenant della tua organizzazione (potrai rimuovere questo accesso in seguito)',
  invitationWho: 'Solo un amministratore globale dell’organizzazione invitata può autorizzarlo, fino al {expires}.',
  invitationStateTitle: 'Questo invito è {state}',
  invitationStateBody:
    'Non può più essere accettato. Chiedi a {provider} un nuovo invito se volete ancora collaborare.',
  customerInvitationTitle: 'Accetta una relazione di rivenditore',
  customerInvitationIntro: '{partner} chiede di diventare il tuo rivenditore di riferimento per i servizi cloud.',
  customerInvitationCombined:
    '{partner} e il suo provider indiretto {provider} chiedono di diventare i tuoi rivenditori di riferimento per i servizi cloud.',
  grantCustomerAdmin:
    'avere autorizzazioni di amministratore sul tuo tenant: gestire per tuo conto sottoscrizioni, licenze e utenti (puoi rimuoverle in qualsiasi momento)',
  grantResell: 'venderti sottoscrizioni e aggiungere licenze',
  customerInvitationWho: 'Solo un amministratore globale della tua organizzazione può accettare, fino al {expires}.',
  signInTitle: 'Accedi',
  signInIntro: 'Accedi con il tuo account aziendale per continuare.',
  emailLabel: 'Indirizzo email',
  passwordLabel: 'Password',
  signInButton: 'Accedi',
  signInFailed: 'L’email o la password non sono corrette.',
  newPasswordTitle: 'Scegli una nuova password',
  newPasswordIntro: 'È il tuo primo accesso: sostituisci la password temporanea che hai ricevuto.',
  newPasswordLabel: 'Nuova password',
  newPasswordHelp: 'Almeno 12 caratteri, con lettere maiuscole e minuscole, una cifra e un simbolo.',
  newPasswordButton: 'Imposta la password e continua',
  newPasswordInvalid: 'La password non è abbastanza sicura, oppure l’accesso è scaduto. Riprova.',
  signedInAs: 'Accesso eseguito come {email}.',
  signInToContinue: 'Per rispondere, accedi come amministratore globale dell’organizzazione invitata.',
  signInLink: 'Accedi per continuare',
  consentProvider:
    'Autorizzo questo provider indiretto a inviare ordini e aggiungere sottoscrizioni per conto dei nostri clienti e gli concedo l’accesso di amministratore al nostro tenant.',
  consentCustomer:
    'Accetto questo partner come nostro rivenditore di riferimento, con le autorizzazioni elencate sopra.',
  authorizeProvider: 'Autorizza il provider indiretto',
  acceptRelationship: 'Accetta',
  declineButton: 'Rifiuta',
  adminChoiceLegend: '{holder} ha le autorizzazioni di amministratore per la tua organizzazione. Cosa preferisci?',
  keepCurrentAdmin: 'Lasciarle a {holder}: il nuovo partner non riceve autorizzazioni di amministratore',
  moveAdmin: 'Spostarle a {partner}: {holder} le perde',
  consentRequired: 'Seleziona la casella per autorizzare.',
  doneTitle: 'Fatto',
  doneProvider: '{provider} è ora il tuo provider indiretto. Lo trovi tra i provider indiretti.',
  doneCustomer:
    'La relazione è attiva. Puoi vedere tutti i partner sul tuo tenant, e rimuovere le autorizzazioni di amministratore, nelle relazioni con i partner.',
  declinedTitle: 'Invito rifiutato',
  declinedBody: 'Non è cambiato nulla. {partner} è stato informato.',
  wrongAccountTitle: 'Questo invito è per un’altra organizzazione',
  wrongAccountBody:
    'Hai eseguito l’accesso come {email}, che non può rispondere. Accedi con un account dell’organizzazione invitata.',
  notGlobalAdminTitle: 'Solo un amministratore globale può rispondere',
  notGlobalAdminBody:
    'Hai eseguito l’accesso come {email}, che non è amministratore globale dell’organizzazione. Chiedi a un amministratore globale di aprire il collegamento.',
  outsideRegionTitle: 'La tua organizzazione è fuori dai mercati di questo partner',
  outsideRegionBody: '{partner} non può servire organizzazioni del tuo paese o area.',
  csrfTitle: 'Questo modulo è scaduto',
  csrfBody: 'Per la tua sicurezza il modulo non è stato accettato. Torna indietro, ricarica la pagina e riprova.',
  agreementPageTitle: 'Contratto per i partner',
  agreementIntro: 'Versione {version}, in vigore dal {effective}. Leggilo prima di firmare.',
  agreementConsent: 'Ho letto il contratto e lo firmo per conto della mia organizzazione.',
  agreementSignButton: 'Firma il contratto',
  agreementSignedTitle: 'Contratto firmato',
  agreementSignedBody:
    'Grazie. Lo stato di rivenditore indiretto diventa Attivo tra un momento; seguirà un’email di benvenuto.',
  agreementNotReadyTitle: 'Il contratto non può essere firmato ora',
  agreementNotReadyBody:
    'La registrazione non attende una firma (potrebbe non essere ancora approvata, o essere già firmata), oppure non è ancora associato un PartnerID valido.',
  signOut: 'Esci',
  notFoundTitle: 'Pagina non trovata',
  language: 'Lingua',
};

const es: PageMessages = {
  verifyTitle: 'Verifica tu dirección de correo electrónico',
  verifyIntro:
    '{organization} ha designado {email} como contacto principal de su inscripción como revendedor indirecto.',
  verifyAsk: 'Confirma que te has registrado y que esta dirección pertenece a tu empresa.',
  verifyButton: 'Verificar mi dirección de correo',
  verifiedTitle: 'Dirección de correo verificada',
  verifiedBody:
    'Gracias. Ahora revisaremos la información de tu empresa, lo que suele tardar entre 3 y 5 días laborables, y te escribiremos en cada paso.',
  invalidTitle: 'No se puede usar este vínculo',
  invalidBody:
    'El vínculo no es válido: puede haber caducado o haberse usado ya. Pide al administrador global de tu empresa que envíe uno nuevo.',
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
  customerInvitationCombined:
    '{partner} y su proveedor indirecto {provider} piden ser tus revendedores de registro para servicios en la nube.',
  grantCustomerAdmin:
    'tener permisos de administrador en tu cuenta: administrar en tu nombre suscripciones, licencias y usuarios (puedes retirarlos en cualquier momento)',
  grantResell: 'venderte suscripciones y agregar licencias',
  customerInvitationWho: 'Solo un administrador global de tu empresa puede aceptar, hasta el {expires}.',
  signInTitle: 'Iniciar sesión',
  signInIntro: 'Inicia sesión con tu cuenta profesional para continuar.',
  emailLabel: 'Dirección de correo electrónico',
  passwordLabel: 'Contraseña',
  signInButton: 'Iniciar sesión',
  signInFailed: 'El correo o la contraseña no son correctos.',
  newPasswordTitle: 'Elige una contraseña nueva',
  newPasswordIntro: 'Es tu primer inicio de sesión: sustituye la contraseña temporal que recibiste.',
  newPasswordLabel: 'Contraseña nueva',
  newPasswordHelp: 'Al menos 12 caracteres, con mayúsculas y minúsculas, un dígito y un símbolo.',
  newPasswordButton: 'Guardar la contraseña y continuar',
  newPasswordInvalid: 'La contraseña no es lo bastante segura, o el inicio de sesión ha caducado. Inténtalo de nuevo.',
  signedInAs: 'Has iniciado sesión como {email}.',
  signInToContinue: 'Para responder, inicia sesión como administrador global de la empresa invitada.',
  signInLink: 'Inicia sesión para continuar',
  consentProvider:
    'Autorizo a este proveedor indirecto a enviar pedidos y agregar suscripciones en nombre de nuestros clientes, y le doy acceso de administrador a nuestra cuenta.',
  consentCustomer: 'Acepto a este partner como nuestro revendedor de registro, con los permisos indicados arriba.',
  authorizeProvider: 'Autorizar proveedor indirecto',
  acceptRelationship: 'Aceptar',
  declineButton: 'Rechazar',
  adminChoiceLegend: '{holder} tiene permisos de administrador para tu empresa. ¿Qué prefieres?',
  keepCurrentAdmin: 'Mantenerlos en {holder}: el nuevo partner no recibe permisos de administrador',
  moveAdmin: 'Pasarlos a {partner}: {holder} los pierde',
  consentRequired: 'Marca la casilla para autorizar.',
  doneTitle: 'Hecho',
  doneProvider: '{provider} ya es tu proveedor indirecto. Lo encontrarás en Proveedores indirectos.',
  doneCustomer:
    'La relación está activa. Puedes ver todos los partners de tu cuenta, y retirar permisos de administrador, en tus relaciones con partners.',
  declinedTitle: 'Invitación rechazada',
  declinedBody: 'No ha cambiado nada. Se ha informado a {partner}.',
  wrongAccountTitle: 'Esta invitación es para otra empresa',
  wrongAccountBody:
    'Has iniciado sesión como {email}, que no puede responderla. Inicia sesión con una cuenta de la empresa invitada.',
  notGlobalAdminTitle: 'Solo un administrador global puede responder',
  notGlobalAdminBody:
    'Has iniciado sesión como {email}, que no es administrador global de la empresa. Pide a un administrador global que abra el vínculo.',
  outsideRegionTitle: 'Tu empresa está fuera de los mercados de este partner',
  outsideRegionBody: '{partner} no puede atender a empresas de tu país o región.',
  csrfTitle: 'Este formulario ha caducado',
  csrfBody: 'Por tu seguridad no se ha aceptado el formulario. Vuelve atrás, recarga la página e inténtalo de nuevo.',
  agreementPageTitle: 'Contrato de partners',
  agreementIntro: 'Versión {version}, vigente desde el {effective}. Léelo antes de firmar.',
  agreementConsent: 'He leído el contrato y lo firmo en nombre de mi empresa.',
  agreementSignButton: 'Firmar el contrato',
  agreementSignedTitle: 'Contrato firmado',
  agreementSignedBody:
    'Gracias. Tu estado de revendedor indirecto pasará a Activo en un momento; recibirás un correo de bienvenida.',
  agreementNotReadyTitle: 'No se puede firmar el contrato ahora',
  agreementNotReadyBody:
    'La inscripción no espera una firma (puede que aún no esté aprobada o que ya esté firmada), o aún no hay un PartnerID válido asociado.',
  signOut: 'Cerrar sesión',
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
