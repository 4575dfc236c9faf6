import { defineEmail, type Who } from '#shared/platform/email/render';
import type { Language } from '#shared/platform/schemas';

type Added = Who & { link: string; hours: number; choosePassword: boolean };

/** The emails of this feature, each in every language (a missing one does not compile). */
export const userEmails = {
  userAdded: defineEmail<Added>({
    en: ({ name, organization, link, hours, choosePassword }) => ({
      subject: `You have been added to ${organization}`,
      greeting: `Hello ${name},`,
      paragraphs: [
        `An administrator of ${organization} added you as a user.`,
        choosePassword
          ? `Confirm that this address is yours and choose your password with the link below, within ${hours} hours.`
          : `Confirm that this address is yours with the link below, within ${hours} hours. Then sign in with the temporary password your administrator gives you; at your first sign-in you will choose your own password.`,
        'If you do not know this organization, ignore this email: your address is not used until you confirm it.',
      ],
      action: { label: choosePassword ? 'Confirm and choose a password' : 'Confirm my address', url: link },
      footer: 'This email never contains a password.',
    }),
    it: ({ name, organization, link, hours, choosePassword }) => ({
      subject: `Sei stato aggiunto a ${organization}`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        `Un amministratore di ${organization} ti ha aggiunto come utente.`,
        choosePassword
          ? `Conferma che questo indirizzo è tuo e scegli la tua password con il link qui sotto, entro ${hours} ore.`
          : `Conferma che questo indirizzo è tuo con il link qui sotto, entro ${hours} ore. Poi accedi con la password temporanea che ti darà l’amministratore; al primo accesso sceglierai la tua password.`,
        'Se non conosci questa organizzazione, ignora questa email: il tuo indirizzo non viene usato finché non lo confermi.',
      ],
      action: { label: choosePassword ? 'Conferma e scegli una password' : 'Conferma il mio indirizzo', url: link },
      footer: 'Questa email non contiene mai una password.',
    }),
    es: ({ name, organization, link, hours, choosePassword }) => ({
      subject: `Te han agregado a ${organization}`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `Un administrador de ${organization} te ha agregado como usuario.`,
        choosePassword
          ? `Confirma que esta dirección es tuya y elige tu contraseña con el vínculo de abajo, en un plazo de ${hours} horas.`
          : `Confirma que esta dirección es tuya con el vínculo de abajo, en un plazo de ${hours} horas. Después inicia sesión con la contraseña temporal que te dé el administrador; en el primer inicio de sesión elegirás tu propia contraseña.`,
        'Si no conoces esta organización, ignora este correo: tu dirección no se usa hasta que la confirmes.',
      ],
      action: { label: choosePassword ? 'Confirmar y elegir una contraseña' : 'Confirmar mi dirección', url: link },
      footer: 'Este correo nunca contiene una contraseña.',
    }),
  }),
  choosePassword: defineEmail<Who & { link: string; hours: number }>({
    en: ({ name, organization, link, hours }) => ({
      subject: `Choose a new password for ${organization}`,
      greeting: `Hello ${name},`,
      paragraphs: [
        `An administrator of ${organization} gave you new roles. For your protection, the password you were given no longer works.`,
        `Choose your own password with the link below, within ${hours} hours.`,
      ],
      action: { label: 'Choose a password', url: link },
      footer: 'This email never contains a password.',
    }),
    it: ({ name, organization, link, hours }) => ({
      subject: `Scegli una nuova password per ${organization}`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        `Un amministratore di ${organization} ti ha assegnato nuovi ruoli. Per la tua protezione, la password che avevi ricevuto non funziona più.`,
        `Scegli la tua password con il link qui sotto, entro ${hours} ore.`,
      ],
      action: { label: 'Scegli una password', url: link },
      footer: 'Questa email non contiene mai una password.',
    }),
    es: ({ name, organization, link, hours }) => ({
      subject: `Elige una nueva contraseña para ${organization}`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `Un administrador de ${organization} te ha asignado nuevos roles. Para tu protección, la contraseña que recibiste ya no funciona.`,
        `Elige tu propia contraseña con el vínculo de abajo, en un plazo de ${hours} horas.`,
      ],
      action: { label: 'Elegir una contraseña', url: link },
      footer: 'Este correo nunca contiene una contraseña.',
    }),
  }),
  /** The user told that an administrator changed its roles (what it may do changed). */
  rolesChanged: defineEmail<Who & { from: string[]; to: string[] }>({
    en: ({ name, organization, from, to }) => ({
      subject: `Your roles in ${organization} changed`,
      greeting: `Hello ${name},`,
      paragraphs: [
        `An administrator of ${organization} changed your roles from ${roleText('en', from)} to ${roleText('en', to)}.`,
        'What you may do changes at your next sign-in. If you did not expect this, tell a global admin of your organization.',
      ],
      footer: `You receive this email as a user of ${organization}.`,
    }),
    it: ({ name, organization, from, to }) => ({
      subject: `I tuoi ruoli in ${organization} sono cambiati`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        `Un amministratore di ${organization} ha cambiato i tuoi ruoli da ${roleText('it', from)} a ${roleText('it', to)}.`,
        'Ciò che puoi fare cambia al prossimo accesso. Se non te lo aspettavi, avvisa un amministratore globale della tua organizzazione.',
      ],
      footer: `Ricevi questa email come utente di ${organization}.`,
    }),
    es: ({ name, organization, from, to }) => ({
      subject: `Tus roles en ${organization} han cambiado`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `Un administrador de ${organization} ha cambiado tus roles de ${roleText('es', from)} a ${roleText('es', to)}.`,
        'Lo que puedes hacer cambia en tu próximo inicio de sesión. Si no lo esperabas, avisa a un administrador global de tu empresa.',
      ],
      footer: `Recibes este correo como usuario de ${organization}.`,
    }),
  }),
  /** The removed user told that its access ended. */
  userRemoved: defineEmail<Who>({
    en: ({ name, organization }) => ({
      subject: `Your access to ${organization} ended`,
      greeting: `Hello ${name},`,
      paragraphs: [
        `An administrator of ${organization} removed your user account: you can no longer sign in to its partner account.`,
        'If this is a mistake, ask a global admin of your organization to add you again.',
      ],
      footer: 'You receive this email because this address was a user of that organization.',
    }),
    it: ({ name, organization }) => ({
      subject: `Il tuo accesso a ${organization} è terminato`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        `Un amministratore di ${organization} ha rimosso il tuo account utente: non puoi più accedere al suo account partner.`,
        'Se è un errore, chiedi a un amministratore globale della tua organizzazione di aggiungerti di nuovo.',
      ],
      footer: 'Ricevi questa email perché questo indirizzo era un utente di quella organizzazione.',
    }),
    es: ({ name, organization }) => ({
      subject: `Tu acceso a ${organization} ha terminado`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `Un administrador de ${organization} ha eliminado tu cuenta de usuario: ya no puedes iniciar sesión en su cuenta de partner.`,
        'Si es un error, pide a un administrador global de tu empresa que te vuelva a agregar.',
      ],
      footer: 'Recibes este correo porque esta dirección era un usuario de esa organización.',
    }),
  }),
};

const roleLabels: Record<Language, Record<string, string>> = {
  en: {
    AdminAgent: 'admin agent',
    SalesAgent: 'sales agent',
    HelpdeskAgent: 'helpdesk agent',
    GlobalAdmin: 'global admin',
    UserManagementAdmin: 'user management admin',
    BillingAdmin: 'billing admin',
  },
  it: {
    AdminAgent: 'agente amministratore',
    SalesAgent: 'agente vendite',
    HelpdeskAgent: 'agente help desk',
    GlobalAdmin: 'amministratore globale',
    UserManagementAdmin: 'amministratore gestione utenti',
    BillingAdmin: 'amministratore fatturazione',
  },
  es: {
    AdminAgent: 'agente de administración',
    SalesAgent: 'agente de ventas',
    HelpdeskAgent: 'agente del departamento de soporte técnico',
    GlobalAdmin: 'administrador global',
    UserManagementAdmin: 'administrador de administración de usuarios',
    BillingAdmin: 'administrador de facturación',
  },
};
const none: Record<Language, string> = { en: 'no role', it: 'nessun ruolo', es: 'ningún rol' };

/** Roles as a person reads them ("admin agent and global admin"); NotAnAgent and NotAnAdmin are left out. */
function roleText(language: Language, roles: string[]): string {
  const named = roles.map((role) => roleLabels[language][role]).filter((label): label is string => Boolean(label));
  const and = { en: ' and ', it: ' e ', es: ' y ' }[language];
  return named.length ? named.join(and) : none[language];
}
