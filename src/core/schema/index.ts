// The schema kit under zod/mini's names: `import * as z from '../core/schema'`.
export { prettifyError, Schema, type Infer as infer, type Issue, type SafeParseResult } from './schema';
export { array, looseObject, object, optional, record, union } from './shapes';
export {
  boolean,
  email,
  enum_ as enum,
  gte,
  int,
  literal,
  lte,
  maxLength,
  minLength,
  number,
  regex,
  string,
} from './values';
