import { ct, errorsOf } from '#shared/console/layout';
import { csvLines, lineErrors, referenceDataScreen } from '#shared/console/reference-data-screen';
import { submitDirectoryImport } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { partnerDirectory } from '#shared/enrollment/partner-directory';
import { ImportPartnerDirectoryRequest } from '#shared/enrollment/schemas';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';

/** PartnerID, organization name, country, status[, contact email], a line each; a bad line is named, nothing imported. */
export const handler = screen(
  submitDirectoryImport,
  { permission: 'operator:reference-data', returnTo: '/v1/console/operator/reference-data' },
  async ({ body }, ctx) => {
    try {
      const records = csvLines(body.lines, ',').map(([partnerId, organizationName, country, status, contactEmail]) => ({
        partnerId: partnerId ?? '',
        organizationName: organizationName ?? '',
        country: (country ?? '').toUpperCase(),
        status: status ?? '',
        ...(contactEmail ? { contactEmail } : {}),
      }));
      const request = validate(ImportPartnerDirectoryRequest, { records }, 'body') as z.output<
        typeof ImportPartnerDirectoryRequest
      >;
      const count = await partnerDirectory.import(request.records);
      return referenceDataScreen(ctx, { notice: ct(ctx.language, 'importedNotice', { count: String(count) }) });
    } catch (error) {
      return referenceDataScreen(ctx, {
        errors: lineErrors(errorsOf(error), ctx.language, 'directory'),
        values: { directory: body.lines },
        status: 422,
      });
    }
  },
);
