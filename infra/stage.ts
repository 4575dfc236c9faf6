import type { App } from 'aws-cdk-lib';
import { parseCorsOrigins } from '#shared/http/cors';

/**
 * A stage (`-c stage=<name>`): one deployment of the product, named `CspPartner-<stage>` with every resource
 * named from it. Its settings come from `cdk.json` (`stages.<name>`), each overridable with `-c key=value`;
 * a stage not in cdk.json (a developer's own) gives them all with `-c`. Nothing has a silent default: a
 * missing required value stops synthesis with a message naming it.
 */
export interface StageConfig {
  stage: string;
  stackName: string;
  /** destroy: everything goes with the stack (dev); retain: the table, user pool and logs stay, with deletion protection (prod). */
  removal: 'destroy' | 'retain';
  /** The SES sending domain, and the From address on it. */
  emailDomain: string;
  emailFrom: string;
  /** create: this stage owns the domain's SES identity; import: another stage of the account created it. */
  emailIdentity: 'create' | 'import';
  /** Where alarms and operator alerts go (the SNS topic's email subscription). */
  operationsEmail: string;
  /** Optional custom domain of the API (and of the links in emails), with its Route 53 zone. */
  customDomain?: { domainName: string; hostedZoneId: string; hostedZoneName: string };
  /** Browser origins allowed to call the API (CORS); none when absent. */
  corsOrigins: string[];
  /** Days the audit history is kept (DynamoDB TTL on events); kept for good when absent. */
  eventRetentionDays?: number;
}

const stageName = /^[a-z][a-z0-9-]{0,19}$/;
const email = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const domain = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

export class StageConfigError extends Error {}

/** Reads and checks the stage's settings; throws StageConfigError naming what is missing or wrong. */
export function readStage(app: App): StageConfig {
  const stage = app.node.tryGetContext('stage') as unknown;
  const stages = (app.node.tryGetContext('stages') ?? {}) as Record<string, Record<string, unknown>>;
  if (typeof stage !== 'string' || stage === '')
    throw new StageConfigError(
      `Choose a stage: -c stage=<name> (cdk.json defines ${Object.keys(stages).join(', ') || 'none'}), e.g. npm run synth -- -c stage=dev`,
    );
  if (!stageName.test(stage))
    throw new StageConfigError(`stage "${stage}" must be lowercase letters, digits and dashes (at most 20)`);
  const settings = { ...stages[stage] };
  const value = (key: string): unknown => app.node.tryGetContext(key) ?? settings[key];
  const where = `(cdk.json "stages.${stage}.<key>" or -c <key>=...)`;
  const required = (key: string, pattern?: RegExp, hint?: string): string => {
    const v = value(key);
    if (typeof v !== 'string' || v.trim() === '')
      throw new StageConfigError(`Stage "${stage}" has no ${key} ${where}${hint ? `: ${hint}` : ''}`);
    if (pattern && !pattern.test(v))
      throw new StageConfigError(`Stage "${stage}": ${key} "${v}" is not valid${hint ? ` (${hint})` : ''}`);
    return v;
  };
  const oneOf = <T extends string>(key: string, options: readonly T[], hint: string): T => {
    const v = required(key, undefined, hint);
    if (!options.includes(v as T))
      throw new StageConfigError(`Stage "${stage}": ${key} must be ${options.join(' or ')}, not "${v}"`);
    return v as T;
  };

  const emailDomain = required('emailDomain', domain, 'the SES sending domain, e.g. partners.<your domain>');
  const emailFrom = required('emailFrom', email, 'the From address, on the sending domain');
  if (!emailFrom.endsWith(`@${emailDomain}`))
    throw new StageConfigError(`Stage "${stage}": emailFrom "${emailFrom}" must be an address on ${emailDomain}`);
  const domainName = value('domainName');
  let customDomain: StageConfig['customDomain'];
  if (domainName !== undefined && domainName !== '') {
    customDomain = {
      domainName: required('domainName', domain),
      hostedZoneId: required('hostedZoneId', /^Z[A-Z0-9]{4,32}$/, "the Route 53 zone holding the API's domain"),
      hostedZoneName: required('hostedZoneName', domain),
    };
    if (!customDomain.domainName.endsWith(customDomain.hostedZoneName))
      throw new StageConfigError(
        `Stage "${stage}": domainName ${customDomain.domainName} is not in the zone ${customDomain.hostedZoneName}`,
      );
  }
  return {
    stage,
    stackName: `CspPartner-${stage}`,
    removal: oneOf('removal', ['destroy', 'retain'] as const, 'destroy for a dev stage, retain for prod'),
    emailDomain,
    emailFrom,
    emailIdentity: oneOf('emailIdentity', ['create', 'import'] as const, 'create, or import one another stage made'),
    operationsEmail: required('operationsEmail', email, 'where the alarms go'),
    customDomain,
    corsOrigins: parseCorsOrigins(value('corsOrigins') as string | undefined),
    eventRetentionDays: wholeDays(value('eventRetentionDays'), 'eventRetentionDays', stage),
  };
}

function wholeDays(value: unknown, key: string, stage: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > 36500)
    throw new StageConfigError(
      `Stage "${stage}": ${key} must be a whole number of days (1 to 36500), not "${String(value)}"`,
    );
  return days;
}
