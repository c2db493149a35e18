const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(isoDate: string): { year: number; month: string; day: number } {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return { year, month: MONTHS[month - 1]!, day };
}

/** "2024-03-27" → "27 March 2024". */
export function formatDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${day} ${month} ${year}`;
}

/** "2024-03" or "2024-03-27" → "March 2024". */
export function formatMonth(isoDate: string): string {
  const { year, month } = parts(isoDate);
  return `${month} ${year}`;
}
