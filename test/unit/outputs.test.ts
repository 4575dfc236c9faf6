import { describe, expect, it } from 'vitest';
import { environmentFromOutputs, stackOutputs } from '../../infra/outputs';

describe('operator:create reads a deployed stage from its stack outputs', () => {
  const outputs = Object.fromEntries(Object.values(stackOutputs).map(({ name }) => [name, `value-of-${name}`]));

  it('maps the outputs to the environment the shared code reads', () => {
    expect(environmentFromOutputs('CspPartner-dev', outputs)).toEqual({
      TABLE_NAME: 'value-of-TableName',
      USER_POOL_ID: 'value-of-UserPoolId',
      USER_POOL_CLIENT_ID: 'value-of-UserPoolClientId',
      AWS_REGION: 'value-of-Region',
      PUBLIC_BASE_URL: 'value-of-ApiUrl',
    });
  });

  it('names the output a stack lacks instead of failing later with a stack trace', () => {
    const { UserPoolId: _missing, ...rest } = outputs;
    expect(() => environmentFromOutputs('CspPartner-dev', rest)).toThrow(
      'Stack CspPartner-dev has no output UserPoolId: is it deployed from this version?',
    );
  });
});
