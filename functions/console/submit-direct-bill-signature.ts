import { afterDirectBillAction } from '#shared/console/direct-bill-screen';
import { submitDirectBillSignature } from '#shared/console/routes';
import { screen } from '#shared/console/screen';
import { signDirectBill } from '#shared/direct-bill/actions';
import { SignDirectBillAgreementRequest } from '#shared/direct-bill/schemas';
import { validate } from '#shared/http/request';

/** A global admin signs, having checked the box (the same attestation as the API: who, when, from where). */
export const handler = screen(
  submitDirectBillSignature,
  { permission: 'agreement:sign', returnTo: '/v1/console/direct-bill' },
  async ({ body, client, correlationId }, ctx) =>
    afterDirectBillAction(
      ctx,
      async () => {
        validate(SignDirectBillAgreementRequest, { accept: body.accept === 'yes' }, 'body');
        await signDirectBill(ctx.member, client, correlationId);
      },
      'directBillSignedNotice',
    ),
);
