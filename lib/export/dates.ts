/**
 * Dates as CSL-JSON writes them (schema 1.0: year, year–month or year–month–day as integers),
 * shared by the citations (csl.ts) and every export that says when a report was read (source.ts).
 */

/** A CSL date: year, year–month or year–month–day, as integers (CSL-JSON schema 1.0). */
export type DateParts = [number] | [number, number] | [number, number, number];
export interface CslDate { 'date-parts': [DateParts] }

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' → date parts; null when it is not a real calendar date. */
export function datePartsOf(date: string): DateParts | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(date.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (month === null) return [year];
  if (month < 1 || month > 12) return null;
  if (day === null) return [year, month];
  // Date.UTC rolls 2023-02-30 over to March; a real date survives the round trip.
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? [year, month, day] : null;
}

/** Accessed: the calendar day of `savedAt` (an ISO time) at the reader's UTC offset. */
export function accessedOf(savedAt: string, utcOffsetMinutes = 0): CslDate | undefined {
  const ms = Date.parse(savedAt);
  if (Number.isNaN(ms)) return undefined;
  const local = new Date(ms + utcOffsetMinutes * 60_000);
  return { 'date-parts': [[local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()]] };
}

/**
 * The calendar day of an ISO time at the reader's UTC offset as text, 'YYYY-MM-DD', for the
 * exports people read (the day a report was read, a note written); null when it is no time.
 */
export function calendarDay(time: string, utcOffsetMinutes = 0): string | null {
  const parts = accessedOf(time, utcOffsetMinutes)?.['date-parts'][0];
  return parts ? parts.map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-') : null;
}
