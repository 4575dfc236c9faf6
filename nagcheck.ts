import { readFileSync } from 'node:fs';
import { buildApp } from './infra/app';
const cdk = JSON.parse(readFileSync('cdk.json', 'utf8'));
for (const stage of ['dev', 'prod']) {
  const { app } = buildApp({ bundle: false, context: { ...cdk.context, stage } });
  try { app.synth(); console.log(stage, 'synth ok'); } catch (e) { console.log(stage, 'ERR', (e as Error).message.slice(0, 4000)); }
}
