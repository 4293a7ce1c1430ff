// Validates card JSON against Google's published card schema (local structural copy) with Ajv.
import Ajv from 'ajv';
import schema from './google-card.schema.json';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

export interface CardValidation {
  valid: boolean;
  errors: string[];
}

export function validateCard(json: unknown): CardValidation {
  const valid = validate(json) === true;
  const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
  return { valid, errors: valid ? [] : errors };
}

export function assertValidCard(json: unknown): void {
  const { valid, errors } = validateCard(json);
  if (!valid) throw new Error(`Card JSON does not match Google's card schema:\n${errors.join('\n')}`);
}
