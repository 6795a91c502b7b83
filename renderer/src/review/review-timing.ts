/** Whole days from one calendar date (YYYY-MM-DD) to another; negative when `to` is earlier. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** How a review date reads next to today ("Due today", "3 days overdue", "In 1 day"), and whether it has passed. */
export function reviewTiming(reviewBy: string, today: string): { text: string; overdue: boolean } {
  const days = daysBetween(today, reviewBy);
  if (days === 0) return { text: 'Due today', overdue: false };
  const count = Math.abs(days);
  const unit = count === 1 ? 'day' : 'days';
  return days < 0 ? { text: `${count} ${unit} overdue`, overdue: true } : { text: `In ${count} ${unit}`, overdue: false };
}
