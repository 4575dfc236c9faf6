import { agreementCatalog, findAgreement } from '#shared/enrollment/agreements';
import { getPartnerAgreement } from '#shared/enrollment/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { NotFoundError } from '#shared/platform/errors';
import { pickLanguage } from '#shared/platform/pages/render';

export const handler = httpHandler(getPartnerAgreement, async ({ params, query, headers, caller }) => {
  const agreement = findAgreement(params.agreementType, params.version);
  if (!agreement) throw new NotFoundError(`No ${params.agreementType} agreement version ${params.version}.`);
  const language = pickLanguage(query.lang, headers['accept-language'], caller.language);
  return reply.ok({
    type: agreement.type,
    version: agreement.version,
    effectiveFrom: agreement.effectiveFrom,
    current: agreementCatalog.PartnerAgreement!.current === agreement.version,
    language,
    title: agreement.title[language],
    text: agreement.text[language],
  });
});
