/** Headers on every answer of a function (operations, pages and the `$default` route). */
export const securityHeaders = {
  'cache-control': 'no-store',
  // browsers keep to HTTPS for a year (the API is served on HTTPS only in AWS)
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
