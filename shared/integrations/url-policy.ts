import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may be sent: HTTPS to a public address. Loopback, private, link-local, shared and multicast
 * ranges are refused (an endpoint must not reach inside the platform's network), except on the local stack,
 * where a test receiver listens on 127.0.0.1 over plain HTTP. Pure: the caller resolves names.
 */
const privateRanges = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  privateRanges.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  privateRanges.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is not a public internet address. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  const family = isIP(address);
  if (family === 0) return true;
  return privateRanges.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const localNames = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)$/i;

/** Why a webhook URL is refused, or undefined when it may be used. */
export function webhookUrlProblem(raw: string, allowLoopback: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.username || url.password) return 'must not carry credentials';
  if (url.hash) return 'must not have a fragment';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopback = host === 'localhost' || (isIP(host) !== 0 && /^(127\.|::1$)/.test(host));
  if (allowLoopback && loopback)
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'must be http(s)';
  if (url.protocol !== 'https:') return 'must be https';
  if (isIP(host) !== 0 ? isPrivateAddress(host) : localNames.test(host))
    return 'must be a public address (private, loopback and link-local endpoints are refused)';
  return undefined;
}
