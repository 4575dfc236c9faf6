import { validateAddress as validate } from '../../shared/domain/address';
import { httpHandler, reply } from '../../shared/http/handler';
import { validateAddress } from '../../shared/routes/enrollment';

export const handler = httpHandler(validateAddress, async ({ body }) => reply.ok(validate(body.address)));
