import { routes } from '#shared/app/routes';

const compiled = routes.map((route) => ({
  method: route.method,
  pattern: new RegExp(`^${route.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** The methods the API serves on a path (empty when no operation serves it): what a 405 names in `Allow`. */
export function allowedMethods(path: string): string[] {
  return [...new Set(compiled.filter((c) => c.pattern.test(path)).map((c) => c.method))].sort();
}
