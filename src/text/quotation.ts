/**
 * A passage set in quotation marks, its own quotation marks turned to single
 * ones so that a quote within the quote reads as one: “‘Who benefits?’ he asked”.
 */
export function quoted(text: string): string {
  return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}
