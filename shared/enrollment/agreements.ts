import type { Language } from '#shared/platform/schemas';

/**
 * Partner agreements as versioned reference data. The text is what a signer reads; the attestation records
 * the type and version signed. Pure.
 */
export interface AgreementVersion {
  type: 'PartnerAgreement' | 'DirectBillAgreement';
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

/** The direct-bill agreement (seed 001): signed by a global admin once the application is approved. */
const directBill2026: AgreementVersion = {
  type: 'DirectBillAgreement',
  version: '2026-01',
  effectiveFrom: '2026-01-01',
  title: {
    en: 'Direct-bill Partner Agreement',
    it: 'Contratto per i partner con fatturazione diretta',
    es: 'Contrato de partners de facturación directa',
  },
  text: {
    en: 'By signing, the partner agrees to buy cloud services directly from the program and bill its customers itself; to provide first-level support to its customers; to keep the support plan, billing, provisioning and security capabilities it was assessed on; to meet the direct-bill requirements at every annual re-evaluation, knowing that its direct-bill capabilities are restricted when it does not; and to keep accurate records of its transactions for verification.',
    it: 'Firmando, il partner accetta di acquistare servizi cloud direttamente dal programma e di fatturarli ai propri clienti; di fornire ai clienti il primo livello di supporto; di mantenere il piano di supporto e le capacità di fatturazione, provisioning e sicurezza valutate; di soddisfare i requisiti della fatturazione diretta a ogni rivalutazione annuale, sapendo che in caso contrario le sue funzionalità di fatturazione diretta vengono limitate; e di tenere registri accurati delle transazioni per la verifica.',
    es: 'Al firmar, el partner acepta comprar servicios en la nube directamente al programa y facturar él mismo a sus clientes; proporcionar a sus clientes el primer nivel de soporte; mantener el plan de soporte y las capacidades de facturación, aprovisionamiento y seguridad evaluadas; cumplir los requisitos de facturación directa en cada reevaluación anual, sabiendo que, si no lo hace, sus capacidades de facturación directa se restringen; y mantener registros exactos de sus transacciones para su verificación.',
  },
};

export const agreementCatalog: Record<string, { current: string; versions: Record<string, AgreementVersion> }> = {
  DirectBillAgreement: { current: directBill2026.version, versions: { [directBill2026.version]: directBill2026 } },
  PartnerAgreement: { current: v2026.version, versions: { [v2026.version]: v2026 } },
};

/** Own properties only: names like `__proto__` or `constructor` must not reach the prototype. */
export function findAgreement(type: string, version: string): AgreementVersion | undefined {
  if (!Object.hasOwn(agreementCatalog, type)) return undefined;
  const entry = agreementCatalog[type]!;
  const wanted = version === 'current' ? entry.current : version;
  return Object.hasOwn(entry.versions, wanted) ? entry.versions[wanted] : undefined;
}
