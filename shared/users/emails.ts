import { defineEmail, type Who } from '#shared/platform/email/render';

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
};
