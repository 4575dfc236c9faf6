import { parseArgs } from 'node:util';

/**
 * `npm run operator:create -- --email ops@example.com --name "Ops One" --password '...'`: creates a program
 * operator. It uses the environment of the target (TABLE_NAME, USER_POOL_ID, USER_POOL_CLIENT_ID,
 * AWS_REGION and credentials for a deployed stack; the local stack seeds its own operator).
 */
const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
});
if (!values.email || !values.name || !values.password) {
  process.stderr.write('Usage: npm run operator:create -- --email <email> --name <full name> --password <password>\n');
  process.exit(2);
}
const { createOperator } = await import('#shared/identity/operators');
const result = await createOperator({ email: values.email, fullName: values.name, password: values.password });
process.stdout.write(
  result.created
    ? `Created operator ${values.email} (${result.userId})\n`
    : `${values.email} already exists (${result.userId})\n`,
);
