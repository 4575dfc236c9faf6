import { validateAddress as validate } from '#shared/enrollment/address';
import { httpHandler, reply } from '#shared/http/handler';
import { validateAddress } from '#shared/enrollment/routes';

export const handler = httpHandler(validateAddress, async ({ body }) => reply.ok(validate(body.address)));
