import type { Language } from '#shared/platform/schemas';

/**
 * Partner agreements as versioned reference data. The text is what a signer reads; the attestation records
 * the type and version signed. Pure.
 */
export interface AgreementVersion {
  type: 'PartnerAgreement';
  version: string;
  effectiveFrom: string;
  title: Record<Language, string>;
  text: Record<Language, string>;
}

const v2026: AgreementVersion = {
  type: 'PartnerAgreement',
  version: '2026-01',
  effectiveFrom: '2026-01-01',
  title: {
    en: 'Cloud Partner Agreement',
    it: 'Contratto per i partner cloud',
    es: 'Contrato de partners de nube',
  },
  text: {
    en: 'By signing, the partner agrees to resell cloud services to customers in the markets of its region under this program’s terms; to provide first-level support to its customers and keep supporting them under its reseller agreement even after a customer removes its admin permissions; to protect customer data; to keep accurate records of its transactions; and to let the program verify them. Either party may end the agreement with 30 days’ notice.',
    it: 'Firmando, il partner accetta di rivendere servizi cloud ai clienti nei mercati della propria area secondo le condizioni del programma; di fornire ai propri clienti il primo livello di supporto e di continuare a supportarli in base al contratto di rivendita anche dopo che un cliente ne abbia rimosso le autorizzazioni di amministratore; di proteggere i dati dei clienti; di tenere registri accurati delle transazioni e di consentirne la verifica. Ciascuna parte può recedere con un preavviso di 30 giorni.',
    es: 'Al firmar, el partner acepta revender servicios en la nube a clientes de los mercados de su región según las condiciones del programa; proporcionar a sus clientes el primer nivel de soporte y seguir atendiéndolos según su contrato de revendedor incluso después de que un cliente retire sus permisos de administrador; proteger los datos de los clientes; mantener registros exactos de sus transacciones y permitir su verificación. Cualquiera de las partes puede rescindir el contrato con un preaviso de 30 días.',
  },
};

export const agreementCatalog: Record<string, { current: string; versions: Record<string, AgreementVersion> }> = {
  PartnerAgreement: { current: v2026.version, versions: { [v2026.version]: v2026 } },
};

/** Own properties only: names like `__proto__` or `constructor` must not reach the prototype. */
export function findAgreement(type: string, version: string): AgreementVersion | undefined {
  if (!Object.hasOwn(agreementCatalog, type)) return undefined;
  const entry = agreementCatalog[type]!;
  const wanted = version === 'current' ? entry.current : version;
  return Object.hasOwn(entry.versions, wanted) ? entry.versions[wanted] : undefined;
}
