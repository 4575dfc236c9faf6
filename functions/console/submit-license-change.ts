import { customerScreen } from '#shared/console/customer-screen';
import { ct, errorsOf } from '#shared/console/layout';
import { submitLicenseChange } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { AssignLicensesRequest } from '#shared/customers/schemas';
import { changeCustomerLicense } from '#shared/customers/users';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';

/** Assigns or removes one license of a customer user, with the customer's admin permissions (assignLicenses' rules). */
export const handler = screen(
  submitLicenseChange,
  { permission: 'customers:administer', returnTo: '/v1/console/customers' },
  async ({ params, body }, ctx) => {
    try {
      const change = validate(
        AssignLicensesRequest,
        { subscriptionId: body.subscriptionId ?? '', action: body.action ?? '' },
        'body',
      ) as z.output<typeof AssignLicensesRequest>;
      const user = await changeCustomerLicense(ctx.member, params.customerId, params.userId, change);
      return customerScreen(ctx, params.customerId, {
        notice: ct(ctx.language, 'licenseChanged', { name: user.fullName }),
      });
    } catch (error) {
      return customerScreen(ctx, params.customerId, { errors: errorsOf(error), status: 422 });
    }
  },
);
