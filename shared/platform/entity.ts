/**
 * How a store declares an entity of the single table: its key templates and index templates, written once.
 * Keys are built from the templates (`ORG#{organizationId}`), so a key format exists in exactly one place,
 * and `docs/data-model.md` is generated from the same declarations (`npm run docs`).
 *
 * @example
 * const organization = defineEntity({
 *   name: 'Organization',
 *   key: { pk: 'ORG#{organizationId}', sk: 'PROFILE' },
 *   patterns: ['an organization by id: GetItem'],
 * });
 * organization.key({ organizationId }); // { pk: 'ORG#42', sk: 'PROFILE' }
 */
export type IndexName = 'gsi1' | 'gsi2' | 'gsi3';

export interface KeyTemplate {
  pk: string;
  sk: string;
}

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
/** The values a template needs, by placeholder name. */
export type TemplateValues<S extends string> = { [K in Placeholders<S>]: string };

export interface EntitySpec<K extends KeyTemplate, I extends Partial<Record<IndexName, KeyTemplate>>> {
  name: string;
  key: K;
  indexes?: I;
  /** The access patterns this entity serves, one line each (they go into docs/data-model.md). */
  patterns: readonly string[];
}

export interface Entity<K extends KeyTemplate, I extends Partial<Record<IndexName, KeyTemplate>>> {
  readonly spec: EntitySpec<K, I>;
  /** The primary key of one item. */
  key(values: TemplateValues<K['pk']> & TemplateValues<K['sk']>): { pk: string; sk: string };
  /** The partition key alone (queries). */
  partition(values: TemplateValues<K['pk']>): string;
  /** The partition key up to its first placeholder: what every item of this entity's partitions starts with. */
  partitionPrefix(): string;
  /** The sort key filled up to the first value not given: a `begins_with` or range bound. */
  sortPrefix(values?: Partial<Record<Placeholders<K['sk']>, string>>): string;
  /** The index attributes of one item (`gsi1pk`, `gsi1sk`), to spread into it. */
  index<N extends keyof I & IndexName>(
    name: N,
    values: TemplateValues<NonNullable<I[N]>['pk']> & TemplateValues<NonNullable<I[N]>['sk']>,
  ): Record<string, string>;
  /** An index's partition key alone (queries). */
  indexPartition<N extends keyof I & IndexName>(name: N, values: TemplateValues<NonNullable<I[N]>['pk']>): string;
  /** An index's sort key filled up to the first value not given. */
  indexSortPrefix<N extends keyof I & IndexName>(name: N, values?: Record<string, string>): string;
}

const placeholder = /\{(\w+)\}/g;

function fill(template: string, values: Record<string, string | undefined>): string {
  return template.replace(placeholder, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`key template ${template} needs ${name}`);
    return value;
  });
}

/** The template up to (not including) the first placeholder without a value. */
function fillPrefix(template: string, values: Record<string, string | undefined>): string {
  let out = '';
  let at = 0;
  for (const match of template.matchAll(placeholder)) {
    out += template.slice(at, match.index);
    const value = values[match[1]!];
    if (value === undefined) return out;
    out += value;
    at = match.index + match[0].length;
  }
  return out + template.slice(at);
}

const registry: EntitySpec<KeyTemplate, Partial<Record<IndexName, KeyTemplate>>>[] = [];

/** Declares an entity: its key and index templates and the access patterns it serves. */
export function defineEntity<const K extends KeyTemplate, const I extends Partial<Record<IndexName, KeyTemplate>> = {}>(
  spec: EntitySpec<K, I>,
): Entity<K, I> {
  registry.push(spec as EntitySpec<KeyTemplate, Partial<Record<IndexName, KeyTemplate>>>);
  const indexOf = (name: IndexName): KeyTemplate => {
    const template = spec.indexes?.[name];
    if (!template) throw new Error(`${spec.name} has no index ${name}`);
    return template as KeyTemplate;
  };
  return {
    spec,
    key: (values) => ({ pk: fill(spec.key.pk, values), sk: fill(spec.key.sk, values) }),
    partition: (values) => fill(spec.key.pk, values),
    partitionPrefix: () => fillPrefix(spec.key.pk, {}),
    sortPrefix: (values = {}) => fillPrefix(spec.key.sk, values),
    index: (name, values) => {
      const template = indexOf(name);
      return { [`${name}pk`]: fill(template.pk, values), [`${name}sk`]: fill(template.sk, values) };
    },
    indexPartition: (name, values) => fill(indexOf(name).pk, values),
    indexSortPrefix: (name, values = {}) => fillPrefix(indexOf(name).sk, values),
  };
}

/** Every entity declared so far (the stores imported), for the generated data model. */
export function declaredEntities(): readonly EntitySpec<KeyTemplate, Partial<Record<IndexName, KeyTemplate>>>[] {
  return registry;
}
