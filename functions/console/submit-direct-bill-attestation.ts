import { afterDirectBillAction } from '#shared/console/direct-bill-screen';
import { submitDirectBillAttestation } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { attest } from '#shared/direct-bill/actions';
import { AttestationRequest } from '#shared/direct-bill/schemas';
import { validate } from '#shared/http/request';
import type * as z from '#shared/platform/zod';

export const handler = screen(
  submitDirectBillAttestation,
  { permission: 'directbill:manage', returnTo: '/v1/console/direct-bill' },
  async ({ body, correlationId }, ctx) =>
    afterDirectBillAction(
      ctx,
      async () => {
        const request = validate(
          AttestationRequest,
          { attestation: body.attestation ?? '', statement: body.statement ?? '' },
          'body',
        ) as z.output<typeof AttestationRequest>;
        await attest(ctx.member, request, correlationId);
      },
      'attestedNotice',
      body,
    ),
);
