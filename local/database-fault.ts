import { db } from '#shared/platform/table';
import { apiRequestScope } from './request-scope';

/**
 * Local-only fault injection for the database: the nth write command sent from now on by an API handler
 * (not the stream consumer, workflows or jobs sharing the process) fails once with a server error, before it reaches DynamoDB Local. Tests use it to prove that
 * an operation failing part-way through leaves nothing half-written.
 */
const writeCommand = /^(Put|Update|Delete|TransactWrite|BatchWrite)/;
let countdown = 0;

db.middlewareStack.add(
  (next, context) => async (args) => {
    const scope = apiRequestScope.getStore();
    if (scope && writeCommand.test(context.commandName ?? '')) {
      // the fault probe's request: its own nth write fails, whatever other requests do meanwhile
      scope.attempted = (scope.attempted ?? 0) + 1;
      if (scope.failAt !== undefined && scope.attempted === scope.failAt) throw injected();
    }
    if (countdown > 0 && scope && writeCommand.test(context.commandName ?? '')) {
      countdown -= 1;
      if (countdown === 0) throw injected();
    }
    return next(args);
  },
  { step: 'initialize', name: 'localDatabaseFault' },
);

function injected(): Error {
  return Object.assign(new Error('injected database fault'), {
    name: 'InternalServerError',
    $fault: 'server',
    $metadata: {},
  });
}

/** Arms the fault for the nth write from now; 0 disarms it. */
export function failNthWrite(n: number): void {
  countdown = Math.max(0, Math.floor(n));
}
