import { calendarFailure } from '../../src/calendar/calendar-errors';

const jsonError = (code: number, message: string, reason: string) =>
  Object.assign(new Error(`API call to calendar.events.insert failed with error: ${message}`), {
    details: { code, message, errors: [{ reason, message, domain: 'usageLimits' }] },
  });

describe('Calendar failures', () => {
  it('tells a quota or rate limit from a missing calendar and a deleted event', () => {
    expect(calendarFailure(jsonError(403, 'Rate Limit Exceeded', 'rateLimitExceeded'))).toBe('quota');
    expect(calendarFailure(jsonError(429, 'Too Many Requests', 'rateLimitExceeded'))).toBe('quota');
    expect(calendarFailure(new Error('Service invoked too many times for one day: calendar.'))).toBe('quota');
    expect(calendarFailure(jsonError(404, 'Not Found', 'notFound'))).toBe('not-found');
    expect(calendarFailure(jsonError(410, 'Resource has been deleted', 'deleted'))).toBe('gone');
    expect(calendarFailure(jsonError(500, 'Backend Error', 'backendError'))).toBe('other');
  });
});
