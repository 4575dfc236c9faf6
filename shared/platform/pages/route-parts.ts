import * as z from '#shared/platform/zod';

/** What every page route shares: public, answered with HTML, no Idempotency-Key (forms carry CSRF tokens). */
export const pageRoute = {
  tag: 'Pages',
  auth: 'public',
  responses: { 200: { description: 'An HTML page.', html: true } },
  idempotency: { mode: 'none' },
} as const;

/** The CSRF token a page form posts back. */
export const Csrf = z.string().max(64);

/** Where to go after signing in: one of our pages, never another site. */
export const ReturnTo = z
  .string()
  .max(1024)
  .regex(/^\/v1\/(pages\/[\w/?=&%.-]*|console(\/[\w/?=&%.#-]*)?(\?[\w=&%.-]*)?)$/, {
    message: 'must be one of our pages',
  })
  .default('/v1/console');
