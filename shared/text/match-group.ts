/**
 * The text a regular expression's group matched, where the pattern guarantees that it took part.
 * TypeScript types every group as possibly undefined; a cast would hide a pattern that changed under
 * its callers, so a group that did not take part fails here, naming the pattern, instead of letting
 * `undefined` travel on as a string.
 */
export function matchGroup(match: RegExpExecArray | RegExpMatchArray, index: number): string {
  const text = match[index];
  if (text === undefined) throw new Error(`Group ${index} of a match of "${match[0]}" did not take part in the match`);
  return text;
}
