/** A file that cannot be read as an ADR, with the file name and (where it applies) the 1-based line. */
export class DialectError extends Error {
  constructor(
    readonly fileName: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${fileName}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'DialectError';
  }
}
