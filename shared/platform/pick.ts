/**
 * The named fields of a record and nothing else: how a view or a record read from the table keeps only what
 * it declares (storage attributes and unknown fields stay behind).
 *
 * @example
 * pick(item, ['leadId', 'companyName']); // { leadId, companyName }
 */
export function pick<T, const K extends keyof T>(value: T, names: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const name of names) picked[name] = value[name];
  return picked;
}
