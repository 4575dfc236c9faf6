import { defineEmail, type Who } from '#shared/platform/email/render';

/** The emails of this feature, each in every language (a missing one does not compile). */
export const userEmails = {
  userAdded: defineEmail<Who & { link: string }>({
    en: ({ name, organization, link }) => ({
      subject: `You have been added to ${organization}`,
      greeting: `Hello ${name},`,
      paragraphs: [
        `An administrator of ${organization} added you as a user.`,
        'Sign in with the temporary password your administrator gives you; at your first sign-in you will choose your own password.',
      ],
      action: { label: 'Sign in', url: link },
      footer: 'This email never contains a password.',
    }),
    it: ({ name, organization, link }) => ({
      subject: `Sei stato aggiunto a ${organization}`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        `Un amministratore di ${organization} ti ha aggiunto come utente.`,
        'Accedi con la password temporanea che ti darà l’amministratore; al primo accesso sceglierai la tua password.',
      ],
      action: { label: 'Accedi', url: link },
      footer: 'Questa email non contiene mai una password.',
    }),
    es: ({ name, organization, link }) => ({
      subject: `Te han agregado a ${organization}`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `Un administrador de ${organization} te ha agregado como usuario.`,
        'Inicia sesión con la contraseña temporal que te dé el administrador; en el primer inicio de sesión elegirás tu propia contraseña.',
      ],
      action: { label: 'Iniciar sesión', url: link },
      footer: 'Este correo nunca contiene una contraseña.',
    }),
  }),
};
