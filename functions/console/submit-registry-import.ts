import { ct, errorsOf } from '#shared/console/layout';
import { csvLines, lineErrors, referenceDataScreen } from '#shared/console/reference-data-screen';
import { submitRegistryImport } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { businessRegistry } from '#shared/enrollment/business-registry';
import { ImportBusinessRegistryRequest } from '#shared/enrollment/schemas';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';

/** D-U-N-S; legal name; address line; city; postal code; country; status, a line each (semicolons: names hold commas). */
export const handler = screen(
  submitRegistryImport,
  { permission: 'operator:reference-data', returnTo: '/v1/console/operator/reference-data' },
  async ({ body }, ctx) => {
    try {
      const records = csvLines(body.lines, ';').map(
        ([dunsNumber, legalName, line1, city, postalCode, country, status]) => ({
          dunsNumber: dunsNumber ?? '',
          legalName: legalName ?? '',
          address: {
            line1: line1 ?? '',
            city: city ?? '',
            ...(postalCode ? { postalCode } : {}),
            country: (country ?? '').toUpperCase(),
          },
          status: status ?? '',
        }),
      );
      const request = validate(ImportBusinessRegistryRequest, { records }, 'body') as z.output<
        typeof ImportBusinessRegistryRequest
      >;
      const count = await businessRegistry.import(request.records);
      return referenceDataScreen(ctx, { notice: ct(ctx.language, 'importedNotice', { count: String(count) }) });
    } catch (error) {
      return referenceDataScreen(ctx, {
        errors: lineErrors(errorsOf(error), ctx.language, 'registry'),
        values: { registry: body.lines },
        status: 422,
      });
    }
  },
);
