import { defineEmail, type Who } from '#shared/platform/email/render';
import type { Language } from '#shared/platform/schemas';

export type DirectBillNotice =
  | 'creditCheckPassed'
  | 'creditCheckFailed'
  | 'approved'
  | 'rejected'
  | 'ineligible'
  | 'active'
  | 'restricted'
  | 'lifted';

/** The emails of this feature, each in every language (a missing one does not compile). */
export const directBillEmails = {
  directBillNotice: defineEmail<Who & { notice: DirectBillNotice; reasons: string[] }>({
    en: ({ name, organization, notice, reasons }) => ({
      subject: `Direct-bill partner program: ${directBillNotices.en[notice].subject}`,
      greeting: `Hello ${name},`,
      paragraphs: [
        directBillNotices.en[notice].body,
        ...(reasons.length ? ['What is missing:', ...reasons.map((r) => `- ${r}`)] : []),
      ],
      footer: `You receive this email as the contact of ${organization}.`,
    }),
    it: ({ name, organization, notice, reasons }) => ({
      subject: `Programma partner con fatturazione diretta: ${directBillNotices.it[notice].subject}`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        directBillNotices.it[notice].body,
        ...(reasons.length ? ['Cosa manca:', ...reasons.map((r) => `- ${r}`)] : []),
      ],
      footer: `Ricevi questa email come contatto di ${organization}.`,
    }),
    es: ({ name, organization, notice, reasons }) => ({
      subject: `Programa de partners de facturación directa: ${directBillNotices.es[notice].subject}`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        directBillNotices.es[notice].body,
        ...(reasons.length ? ['Lo que falta:', ...reasons.map((r) => `- ${r}`)] : []),
      ],
      footer: `Recibes este correo como contacto de ${organization}.`,
    }),
  }),
  /** The indirect provider told that a direct-bill partner is transitioning to it: its acceptance comes first. */
  transitionRequested: defineEmail<Who & { partner: string; link: string }>({
    en: ({ name, organization, partner, link }) => ({
      subject: `${partner} wants to move to ${organization} as its indirect provider`,
      greeting: `Hello ${name},`,
      paragraphs: [
        `${partner}, a direct-bill partner, started its transition to the indirect reseller model with ${organization} as its indirect provider.`,
        `Nothing moves until you accept: a global admin of ${organization} accepts the transition on the Indirect resellers screen. Then ${partner} completes its steps, and its customers can be shared with you.`,
      ],
      action: { label: 'Open Indirect resellers', url: link },
      footer: `You receive this email as the contact of ${organization}.`,
    }),
    it: ({ name, organization, partner, link }) => ({
      subject: `${partner} vuole passare a ${organization} come provider indiretto`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        `${partner}, partner con fatturazione diretta, ha avviato il passaggio al modello di rivenditore indiretto con ${organization} come provider indiretto.`,
        `Nulla cambia finché non accetti: un amministratore globale di ${organization} accetta il passaggio nella schermata Rivenditori indiretti. Poi ${partner} completa i suoi passaggi e i suoi clienti possono essere condivisi con te.`,
      ],
      action: { label: 'Apri Rivenditori indiretti', url: link },
      footer: `Ricevi questa email come contatto di ${organization}.`,
    }),
    es: ({ name, organization, partner, link }) => ({
      subject: `${partner} quiere pasar a ${organization} como proveedor indirecto`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        `${partner}, partner de facturación directa, ha iniciado su paso al modelo de revendedor indirecto con ${organization} como proveedor indirecto.`,
        `Nada cambia hasta que aceptes: un administrador global de ${organization} acepta la transición en la pantalla Revendedores indirectos. Después ${partner} completa sus pasos y sus clientes se pueden compartir contigo.`,
      ],
      action: { label: 'Abrir Revendedores indirectos', url: link },
      footer: `Recibes este correo como contacto de ${organization}.`,
    }),
  }),
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
