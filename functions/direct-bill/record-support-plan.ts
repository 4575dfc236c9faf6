import { takeSupportPlan } from '#shared/direct-bill/actions';
import { toApplicationView } from '#shared/direct-bill/applications-store';
import { recordSupportPlan } from '#shared/direct-bill/routes';
import { httpHandler, reply } from '#shared/http/handler';

/** Seed 001: do NOT buy a support plan before the credit check passed; recording one earlier answers 409 saying so. */
export const handler = httpHandler(recordSupportPlan, async ({ body, caller, correlationId }) =>
  reply.ok(toApplicationView(await takeSupportPlan(caller, body.plan, correlationId))),
);
