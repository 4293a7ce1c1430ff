// The Calendar advanced service's Events collection; undefined only when the manifest does not enable it.
export function eventsApi(): GoogleAppsScript.Calendar.Collection.EventsCollection {
  const events = typeof Calendar === 'undefined' ? undefined : Calendar.Events;
  if (!events) throw new Error('The Calendar advanced service is not enabled (see appsscript.json).');
  return events;
}
