import { httpHandler, reply } from '#shared/http/handler';
import { registerExistingPartner } from '#shared/partners/operator-routes';
import { NotFoundError } from '#shared/platform/errors';
import { putEvent } from '#shared/platform/outbox';
import { transact } from '#shared/platform/table';
import { setProgramItem } from '#shared/users/organizations-store';

/** Customers of other channels and partners already in a program role are imported, not re-reviewed (seed 000, 003). */
export const handler = httpHandler(registerExistingPartner, async ({ params, body, correlationId }) => {
  await transact(
    [
      setProgramItem(params.organizationId, body.program, 'Active', { partnerId: body.partnerId }),
      putEvent(
        'PartnerProgramRegistered',
        { program: body.program, partnerId: body.partnerId },
        { organizationId: params.organizationId, correlationId },
      ),
    ],
    () => new NotFoundError('No such organization.'),
  );
  return reply.ok({ organizationId: params.organizationId, program: body.program, status: 'Active' });
});
