import type { SiteConfig, Weekday } from './config-schema.ts';

export interface ContactNow {
  /** True when the Family Help Point is answering its phone. */
  open: boolean;
  /** The number to call at this moment: the Family Help Point, or the Emergency Duty Team. */
  phone: string;
}

const weekdayByShortName: Record<string, Weekday> = {
  Mon: 'monday', Tue: 'tuesday', Wed: 'wednesday', Thu: 'thursday', Fri: 'friday', Sat: 'saturday', Sun: 'sunday',
};

/** The right number for the moment, in the council's time zone: office hours, evenings, weekends, bank holidays. */
export function contactNow(contact: Pick<SiteConfig['contact'], 'phone' | 'officeHours' | 'outOfHours' | 'bankHolidays' | 'timeZone'>, at: Date): ContactNow {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: contact.timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(at).map((p) => [p.type, p.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  const hours = contact.officeHours[weekdayByShortName[parts.weekday!]!];
  const open = !contact.bankHolidays.includes(date) && !!hours && hours.opens <= time && time < hours.closes;
  return { open, phone: open ? contact.phone : contact.outOfHours.phone };
}
