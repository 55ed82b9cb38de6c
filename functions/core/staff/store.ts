import type { WorkingCalendar } from '../working-days.ts';

/** What the build tells the Worker about the council (from content/site.yaml and the worried flow). */
export interface StaffSiteConfig {
  calendar: WorkingCalendar;
  /** The council's email domain: in the demo, anyone there may sign in (see README). */
  staffEmailDomain: string;
  /** The "worried about a child?" outcomes that may be counted. */
  worriedOutcomes: string[];
  locales: string[];
}

/** The facts kept about each request: nothing personal. */
export interface RequestFacts {
  reference: string;
  kind: string;
  language: string;
  receivedAt: string;
  urgent: boolean;
  outcome: string | null;
  decidedAt: string | null;
}

export interface HistoryEntry {
  at: string;
  event: string;
  actor: string | null;
}

export interface SealedNote {
  at: string;
  actor: string;
  outcome: string;
  keyId: string;
  sealed: string;
}

export interface StaffStore {
  /** Requests not yet decided (and not yet purged). */
  undecided(): Promise<RequestFacts[]>;
  /** One request: its facts and its sealed details, or null when there is none (or it was purged). */
  request(reference: string): Promise<(RequestFacts & { keyId: string; sealed: string }) | null>;
  history(reference: string): Promise<HistoryEntry[]>;
  notes(reference: string): Promise<SealedNote[]>;
  audit(event: string, at: string, reference: string | null, actor: string | null): Promise<void>;
  /**
   * Records a decision (or "more information") with its sealed reason, the sender's new
   * status, its audit event and any deliveries, all at once. A second decision is refused.
   */
  decide(entry: {
    reference: string;
    outcome: string;
    isDecision: boolean;
    status: string;
    at: string;
    actor: string;
    note: { keyId: string; sealed: string };
    channels: string[];
  }): Promise<'decided' | 'already-decided'>;
  /** Every request's facts received since a time (for the insight page). */
  factsSince(since: string): Promise<RequestFacts[]>;
  worriedSince(sinceDay: string): Promise<{ day: string; outcome: string; language: string; count: number }[]>;
  countWorried(day: string, outcome: string, language: string): Promise<void>;
}
