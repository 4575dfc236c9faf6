import { defineEmail, type Who } from '#shared/platform/email/render';
import type { Language } from '#shared/platform/schemas';

type Update = Who & {
  title: string;
  by: string;
  status: string;
  comment?: string;
  opened: boolean;
  serviceRequestId: string;
};

const statusNames: Record<Language, Record<string, string>> = {
  en: {
    Open: 'open',
    InProgress: 'in progress',
    WaitingOnCustomer: 'waiting for your answer',
    Resolved: 'resolved',
    Closed: 'closed',
  },
  it: {
    Open: 'aperta',
    InProgress: 'in lavorazione',
    WaitingOnCustomer: 'in attesa della tua risposta',
    Resolved: 'risolta',
    Closed: 'chiusa',
  },
  es: {
    Open: 'abierta',
    InProgress: 'en curso',
    WaitingOnCustomer: 'a la espera de tu respuesta',
    Resolved: 'resuelta',
    Closed: 'cerrada',
  },
};

/** The emails of service requests: the other side told of an opening, a comment or a status change. */
export const serviceRequestEmails = {
  serviceRequestUpdate: defineEmail<Update>({
    en: ({ name, organization, title, by, status, comment, opened, serviceRequestId }) => ({
      subject: opened
        ? `${by} opened a service request for ${organization}: ${title}`
        : `Service request update: ${title}`,
      greeting: `Hello ${name},`,
      paragraphs: [
        opened
          ? `${by} opened the service request “${title}” on behalf of ${organization}.`
          : `${by} updated the service request “${title}”. It is now ${statusNames.en[status] ?? status}.`,
        ...(comment ? [`${by} wrote:`, comment] : []),
        `To read it and answer: service request ${serviceRequestId} (getServiceRequest, addServiceRequestComment).`,
      ],
      footer: `You receive this email as the contact of ${organization} for this request.`,
    }),
    it: ({ name, organization, title, by, status, comment, opened, serviceRequestId }) => ({
      subject: opened
        ? `${by} ha aperto una richiesta di assistenza per ${organization}: ${title}`
        : `Aggiornamento della richiesta di assistenza: ${title}`,
      greeting: `Ciao ${name},`,
      paragraphs: [
        opened
          ? `${by} ha aperto la richiesta di assistenza «${title}» per conto di ${organization}.`
          : `${by} ha aggiornato la richiesta di assistenza «${title}». Ora è ${statusNames.it[status] ?? status}.`,
        ...(comment ? [`${by} ha scritto:`, comment] : []),
        `Per leggerla e rispondere: richiesta di assistenza ${serviceRequestId} (getServiceRequest, addServiceRequestComment).`,
      ],
      footer: `Ricevi questa email come contatto di ${organization} per questa richiesta.`,
    }),
    es: ({ name, organization, title, by, status, comment, opened, serviceRequestId }) => ({
      subject: opened
        ? `${by} ha abierto una solicitud de servicio para ${organization}: ${title}`
        : `Actualización de la solicitud de servicio: ${title}`,
      greeting: `Hola, ${name}:`,
      paragraphs: [
        opened
          ? `${by} ha abierto la solicitud de servicio «${title}» en nombre de ${organization}.`
          : `${by} ha actualizado la solicitud de servicio «${title}». Ahora está ${statusNames.es[status] ?? status}.`,
        ...(comment ? [`${by} ha escrito:`, comment] : []),
        `Para leerla y responder: solicitud de servicio ${serviceRequestId} (getServiceRequest, addServiceRequestComment).`,
      ],
      footer: `Recibes este correo como contacto de ${organization} para esta solicitud.`,
    }),
  }),
};
