/** Makes text match literally inside a RegExp, for accessible names built from user data. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
