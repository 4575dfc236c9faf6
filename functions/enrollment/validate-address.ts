import { validateAddress as validate } from '#shared/enrollment/address';
import { validateAddress } from '#shared/enrollment/routes';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(validateAddress, async ({ body }) => reply.ok(validate(body.address)));
