/** Sent on `window` as the page is left, so islands can wipe what they hold in memory. */
export const EXIT_EVENT = 'fhp:exit';
