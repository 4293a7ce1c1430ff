// Errors shaped like the ones Apps Script throws: `Exception` for built-in services, and
// GoogleJsonResponseException for advanced services, carrying the HTTP status in `details`.
import type { Realm } from './realm';

export interface JsonErrorDetails {
  code: number;
  message: string;
  errors: { domain: string; reason: string; message: string }[];
}

/** Apps Script prints these as "Exception: <message>": the name is 'Exception', the message has no prefix. */
export function exception(realm: Realm, message: string): Error {
  const error = new realm.Error(message);
  error.name = 'Exception';
  return error;
}

/** `api` is the REST method, e.g. 'calendar.events.insert'. */
export function jsonResponseError(
  realm: Realm,
  api: string,
  code: number,
  message: string,
  reason: string,
  domain = 'global',
): Error & { details: JsonErrorDetails } {
  const error = new realm.Error(`API call to ${api} failed with error: ${message}`) as Error & {
    details: JsonErrorDetails;
  };
  error.name = 'GoogleJsonResponseException';
  error.details = { code, message, errors: [{ domain, reason, message }] };
  return error;
}

export const MESSAGES = {
  gmailToken:
    'Access denied: : Missing access token for per message scope authorization. ' +
    'Call GmailApp.setCurrentMessageAccessToken with the token from the add-on event object first.',
  /** GmailApp.getMessageById / getThreadById with something that is no Gmail id. */
  invalidId: 'Invalid argument: id',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  storeFull: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  valueTooLarge: 'Argument too large: value',
  quota: (service: string) => `Service invoked too many times for one day: ${service}.`,
} as const;
