/**
 * Turns what a person typed into an FTS5 query that cannot fail to parse. The text is cut into
 * words the way the index's unicode61 tokenizer cuts it (letters, digits, private-use characters);
 * each word is quoted, so AND, OR, NOT, NEAR, `-`, `*`, `"`, `(` and `:` are just text; the last word
 * matches as a prefix so results follow the typing. All words must match. Null when there is no word.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}\p{Co}]+/gu);
  if (!words) return null;
  return words.map((word, i) => `"${word}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
