/**
 * The editor field an API error is about: "changes.options.0.name" → "options.0.name". Null when
 * the error names no field of the decision's content.
 */
export function errorFieldPath(apiField: string | null): string | null {
  if (!apiField?.startsWith('changes.')) return null;
  return apiField.slice('changes.'.length);
}

/** The path and its parents, most specific first: "options.0.name", "options.0", "options". */
export function fieldPathCandidates(path: string): string[] {
  const parts = path.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}
