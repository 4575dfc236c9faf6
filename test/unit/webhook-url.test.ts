import { describe, expect, it } from 'vitest';
import { isPrivateAddress, webhookUrlProblem } from '#shared/integrations/url-policy';

describe('webhook endpoints', () => {
  it('are public HTTPS addresses outside the local stack', () => {
    expect(webhookUrlProblem('https://hooks.distributor.example/csp', false)).toBeUndefined();
    expect(webhookUrlProblem('https://203.0.113.9/hook', false)).toBeUndefined();
    for (const [url, problem] of [
      ['http://hooks.distributor.example/csp', 'must be https'],
      ['https://127.0.0.1:8443/hook', 'must be a public address'],
      ['https://localhost/hook', 'must be a public address'],
      ['https://10.1.2.3/hook', 'must be a public address'],
      ['https://169.254.169.254/latest/meta-data', 'must be a public address'],
      ['https://[::1]/hook', 'must be a public address'],
      ['https://[fd00::1]/hook', 'must be a public address'],
      ['https://[::ffff:192.168.1.1]/hook', 'must be a public address'],
      ['https://metadata.internal/hook', 'must be a public address'],
      ['https://user:pass@hooks.example/x', 'must not carry credentials'],
      ['not a url', 'must be an absolute URL'],
    ] as const)
      expect(webhookUrlProblem(url, false), url).toContain(problem);
  });

  it('may be a receiver on this machine over HTTP on the local stack, and nothing else private', () => {
    expect(webhookUrlProblem('http://127.0.0.1:4567/hook', true)).toBeUndefined();
    expect(webhookUrlProblem('http://10.0.0.5/hook', true)).toBe('must be https');
    expect(webhookUrlProblem('https://10.0.0.5/hook', true)).toContain('must be a public address');
  });

  it('classifies addresses', () => {
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(isPrivateAddress('2606:4700::1111')).toBe(false);
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.0.1',
      '100.64.0.1',
      '::1',
      'fe80::1',
      'nonsense',
    ])
      expect(isPrivateAddress(address), address).toBe(true);
  });
});
