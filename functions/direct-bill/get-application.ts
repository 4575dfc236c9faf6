import { requireApplication, toApplicationView } from '../../shared/data/applications';
import { httpHandler, reply } from '../../shared/http/handler';
import { getDirectBillApplication } from '../../shared/routes/direct-bill';

export const handler = httpHandler(getDirectBillApplication, async ({ caller }) => reply.ok(toApplicationView(await requireApplication(caller.organizationId))));
