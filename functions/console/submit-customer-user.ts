import { customerScreen } from '#shared/console/customer-screen';
import { ct, errorsOf } from '#shared/console/layout';
import { consoleMessages } from '#shared/console/messages';
import { submitCustomerUser } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { userAddedScreen } from '#shared/console/users-screen';
import { CreateCustomerUserRequest } from '#shared/customers/schemas';
import { addCustomerUser } from '#shared/customers/users';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';

/** With the customer's admin permissions: a user on its tenant, its temporary password shown once. */
export const handler = screen(
  submitCustomerUser,
  { permission: 'customers:administer', returnTo: '/v1/console/customers' },
  async ({ params, body, correlationId, log }, ctx) => {
    try {
      const request = validate(
        CreateCustomerUserRequest,
        { fullName: body.fullName ?? '', email: (body.email ?? '').trim(), language: ctx.language },
        'body',
      ) as z.output<typeof CreateCustomerUserRequest>;
      const { member, temporaryPassword } = await addCustomerUser(ctx.member, params.customerId, request, {
        correlationId,
        log,
      });
      return userAddedScreen(ctx, member, temporaryPassword, {
        href: `/v1/console/customers/${params.customerId}`,
        label: ct(ctx.language, 'backToCustomers'),
      });
    } catch (error) {
      const m = consoleMessages[ctx.language];
      return customerScreen(ctx, params.customerId, {
        errors: errorsOf(error, { fullName: m.fullNameLabel, email: m.emailLabel }),
        values: body,
        status: 422,
      });
    }
  },
);
