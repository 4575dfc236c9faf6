import { jobs, type JobName } from '../shared/jobs';

/**
 * `npm run job:<name>`: runs a scheduled job now on the running local stack (`npm start`) and prints its
 * summary. In AWS the same function runs on its EventBridge schedule, or by hand with `aws lambda invoke`.
 */
const name = process.argv[2] as JobName;
if (!(name in jobs)) {
  process.stderr.write(`Unknown job "${name}". Jobs: ${Object.keys(jobs).join(', ')}\n`);
  process.exit(2);
}
const base = `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const started = Date.now();
process.stdout.write(`${name}: ${jobs[name].description}\n`);
try {
  const response = await fetch(`${base}/__local/jobs/${name}`, { method: 'POST' });
  const summary = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(JSON.stringify(summary));
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\ndone in ${Date.now() - started} ms\n`);
} catch (error) {
  process.stderr.write(`Could not run ${name} on ${base} (is npm start running?): ${(error as Error).message}\n`);
  process.exit(1);
}
