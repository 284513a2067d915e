/** Text as a message quotes it: at most `most` characters, the last an ellipsis where it was cut. */
export function clipped(text: string, most = 80): string {
  return text.length > most ? `${text.slice(0, most - 1)}…` : text;
}
