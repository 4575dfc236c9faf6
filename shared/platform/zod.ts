/**
 * The parts of zod this code uses, re-exported by name. Importing `z` from 'zod' keeps its whole namespace,
 * error messages in every locale included (about 250 KB of each bundle); named imports let esbuild drop
 * what is unused. Use `import * as z from '<path>/zod'` as you would `import { z } from 'zod'`.
 */

export type { infer, input, output, ZodObject, ZodType } from 'zod';
export {
  array,
  boolean,
  coerce,
  core,
  email,
  enum,
  iso,
  literal,
  looseObject,
  number,
  object,
  record,
  strictObject,
  string,
  toJSONSchema,
  union,
  unknown,
  url,
  uuid,
} from 'zod';
