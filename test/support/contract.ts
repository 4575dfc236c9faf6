import { routes } from '#shared/app/routes';
import type { Route } from '#shared/http/route';

/**
 * The response check every integration call goes through: a JSON success body must parse with the schema its
 * route declares for that status, and may carry no field the schema does not declare (zod strips unknown keys
 * when it parses, so a key of the body missing from the parsed value is one the schema does not know).
 */
const compiled = routes.map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

export function routeOf(method: string, path: string): Route | undefined {
  const pathname = path.split('?')[0]!;
  return compiled.find((c) => c.route.method === method.toUpperCase() && c.pattern.test(pathname))?.route;
}

/** The dotted paths of `original` that `parsed` does not have: fields the schema does not declare. */
export function undeclaredFields(original: unknown, parsed: unknown, at = ''): string[] {
  if (Array.isArray(original) && Array.isArray(parsed)) {
    return original.flatMap((item, i) => undeclaredFields(item, parsed[i], `${at}[${i}]`));
  }
  if (original && typeof original === 'object' && parsed && typeof parsed === 'object') {
    const kept = parsed as Record<string, unknown>;
    return Object.entries(original as Record<string, unknown>).flatMap(([key, value]) => {
      const path = at ? `${at}.${key}` : key;
      if (!(key in kept)) return value === undefined ? [] : [path];
      return undeclaredFields(value, kept[key], path);
    });
  }
  return [];
}

export class ContractError extends Error {}

export function checkResponse(method: string, path: string, status: number, contentType: string, body: unknown): void {
  if (status < 200 || status >= 300 || !contentType.includes('json') || body === '') return;
  const route = routeOf(method, path);
  if (!route) return;
  const spec = route.responses[status];
  if (!spec?.body) {
    throw new ContractError(
      `${route.operationId} answered ${status} with a JSON body its route does not declare: ${JSON.stringify(body).slice(0, 300)}`,
    );
  }
  const result = spec.body.safeParse(body);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ContractError(`${route.operationId} ${status} does not match its declared schema: ${issues}`);
  }
  const extra = undeclaredFields(body, result.data);
  if (extra.length) {
    throw new ContractError(`${route.operationId} ${status} carries fields it does not declare: ${extra.join(', ')}`);
  }
}
