import { requireApplication, toApplicationView } from '#shared/direct-bill/applications-store';
import { getDirectBillApplication } from '#shared/direct-bill/routes';
import { httpHandler, reply } from '#shared/http/handler';

export const handler = httpHandler(getDirectBillApplication, async ({ caller }) =>
  reply.ok(toApplicationView(await requireApplication(caller.organizationId))),
);
