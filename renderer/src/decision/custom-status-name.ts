/** "On Hold " → "on-hold": the form statuses are stored in (lower case, dashes between words). */
export function customStatusName(typed: string): string {
  return typed.trim().toLowerCase().replace(/\s+/g, '-');
}
