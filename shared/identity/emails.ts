import { defineEmail } from '#shared/platform/email/render';

type SignUpParams = { name: string; organization: string; link: string; hours: number };

/** The emails of sign-up, each in every language. The mailbox, not the web answer, learns whether it is known. */
export const identityEmails = {
  confirmSignUp: defineEmail<SignUpParams>({
    en: ({ name, organization, link, hours }) => ({
      subject: 'Confirm your email address to create your work account',
      greeting: `Hello ${name},`,
      paragraphs: [
        `Someone, hopefully you, asked to create a work account for ${organization} with this email address.`,
        `To confirm that the address is yours and choose your password, open the link below within ${hours} hours.`,
        'If it was not you, ignore this email: nothing is created without this link.',
      ],
      action: { label: 'Confirm and choose a password', url: link },
      footer: 'This email never contains a password.',
    }),
    it: ({ name, organization, link, hours }) => ({
      subject: 'Conferma il tuo indirizzo email per creare l’account aziendale',
      greeting: `Ciao ${name},`,
      paragraphs: [
        `Qualcuno, speriamo tu, ha chiesto di creare un account aziendale per ${organization} con questo indirizzo email.`,
        `Per confermare che l’indirizzo è tuo e scegliere la password, apri il link qui sotto entro ${hours} ore.`,
        'Se non sei stato tu, ignora questa email: senza questo link non viene creato nulla.',
      ],
      action: { label: 'Conferma e scegli una password', url: link },
      footer: 'Questa email non contiene mai una password.',
    }),
    es: ({ name, organization, link, hours }) => ({
      subject: 'Confirma tu dirección de correo para crear tu cuenta profesional',
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `Alguien, esperamos que tú, ha pedido crear una cuenta profesional para ${organization} con esta dirección de correo.`,
        `Para confirmar que la dirección es tuya y elegir tu contraseña, abre el vínculo de abajo en un plazo de ${hours} horas.`,
        'Si no fuiste tú, ignora este correo: no se crea nada sin este vínculo.',
      ],
      action: { label: 'Confirmar y elegir una contraseña', url: link },
      footer: 'Este correo nunca contiene una contraseña.',
    }),
  }),
  alreadyRegistered: defineEmail<{ name: string; link: string }>({
    en: ({ name, link }) => ({
      subject: 'You already have a work account',
      greeting: `Hello ${name},`,
      paragraphs: [
        'Someone asked to create a work account with this email address, but the address already has one.',
        'Sign in with it instead. If it was not you, ignore this email: nothing has changed.',
      ],
      action: { label: 'Sign in', url: link },
      footer: 'This email never contains a password.',
    }),
    it: ({ name, link }) => ({
      subject: 'Hai già un account aziendale',
      greeting: `Ciao ${name},`,
      paragraphs: [
        'Qualcuno ha chiesto di creare un account aziendale con questo indirizzo email, ma l’indirizzo ne ha già uno.',
        'Accedi con quello. Se non sei stato tu, ignora questa email: non è cambiato nulla.',
      ],
      action: { label: 'Accedi', url: link },
      footer: 'Questa email non contiene mai una password.',
    }),
    es: ({ name, link }) => ({
      subject: 'Ya tienes una cuenta profesional',
      greeting: `Hola, ${name}:`,
      paragraphs: [
        'Alguien ha pedido crear una cuenta profesional con esta dirección de correo, pero la dirección ya tiene una.',
        'Inicia sesión con ella. Si no fuiste tú, ignora este correo: no ha cambiado nada.',
      ],
      action: { label: 'Iniciar sesión', url: link },
      footer: 'Este correo nunca contiene una contraseña.',
    }),
  }),
  resetPassword: defineEmail<{ name: string; organization: string; link: string }>({
    en: ({ name, organization, link }) => ({
      subject: 'Choose a new password for your work account',
      greeting: `Hello ${name},`,
      paragraphs: [
        `Someone, hopefully you, asked to reset the password of your ${organization} work account.`,
        'To choose a new one, open the link below within one hour. Every other session of your account is then signed out.',
        'If it was not you, ignore this email: your password stays as it is.',
      ],
      action: { label: 'Choose a new password', url: link },
      footer: 'This email never contains a password.',
    }),
    it: ({ name, organization, link }) => ({
      subject: 'Scegli una nuova password per il tuo account aziendale',
      greeting: `Ciao ${name},`,
      paragraphs: [
        `Qualcuno, speriamo tu, ha chiesto di reimpostare la password del tuo account aziendale di ${organization}.`,
        'Per sceglierne una nuova, apri il link qui sotto entro un’ora. Tutte le altre sessioni del tuo account vengono poi chiuse.',
        'Se non sei stato tu, ignora questa email: la tua password resta com’è.',
      ],
      action: { label: 'Scegli una nuova password', url: link },
      footer: 'Questa email non contiene mai una password.',
    }),
    es: ({ name, organization, link }) => ({
      subject: 'Elija una contraseña nueva para su cuenta profesional',
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `Alguien, esperamos que usted, pidió restablecer la contraseña de su cuenta profesional de ${organization}.`,
        'Para elegir una nueva, abra el enlace de abajo antes de una hora. Después se cierran todas las demás sesiones de su cuenta.',
        'Si no fue usted, ignore este correo: su contraseña no cambia.',
      ],
      action: { label: 'Elegir una contraseña nueva', url: link },
      footer: 'Este correo nunca contiene una contraseña.',
    }),
  }),
};
