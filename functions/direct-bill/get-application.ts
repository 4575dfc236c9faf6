import { requireApplication, toApplicationView } from '#shared/direct-bill/applications-store';
import { httpHandler, reply } from '#shared/http/handler';
import { getDirectBillApplication } from '#shared/direct-bill/routes';

export const handler = httpHandler(getDirectBillApplication, async ({ caller }) => reply.ok(toApplicationView(await requireApplication(caller.organizationId))));
