// Checks a POST /api/run body before the session sees it: a malformed request is the caller's error (400).
import { PreviewError } from './load-mail';
import type { RunRequest } from './session';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function optionalString(body: Json, key: string): void {
  if (body[key] !== undefined && typeof body[key] !== 'string') {
    throw new PreviewError(`"${key}" must be a string.`);
  }
}

function optionalRecord(body: Json, key: string, valuesAreStrings: boolean): void {
  const value = body[key];
  if (value === undefined) return;
  if (!isObject(value)) throw new PreviewError(`"${key}" must be an object.`);
  if (valuesAreStrings && Object.values(value).some((v) => typeof v !== 'string')) {
    throw new PreviewError(`Every value of "${key}" must be a string.`);
  }
}

/** The body as a RunRequest, or a PreviewError naming the first field that is wrong. */
export function parseRunRequest(body: unknown): RunRequest {
  if (!isObject(body)) throw new PreviewError('The request body must be a JSON object.');
  if (typeof body['kind'] !== 'string' || body['kind'] === '') {
    throw new PreviewError('"kind" must be a non-empty string.');
  }
  optionalString(body, 'function');
  optionalString(body, 'threadId');
  optionalRecord(body, 'parameters', true);
  optionalRecord(body, 'formInputs', false);
  return body as unknown as RunRequest;
}
