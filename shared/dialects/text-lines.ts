import { DialectError } from './dialect-error';

/** A file cut into lines without losing a byte: joining them back gives the same text. */
export interface TextLines {
  lines: string[];
  eol: '\n' | '\r\n';
  bom: boolean;
  finalNewline: boolean;
}

const BOM = '\uFEFF';

/**
 * Splits a file into lines after checking it is text. A file that mixes line endings is split on
 * "\n" and keeps its stray "\r" inside the lines, so it still round-trips.
 */
export function splitTextLines(text: unknown, fileName: string): TextLines {
  if (typeof text !== 'string') throw new DialectError(fileName, null, 'the content is not text');
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new DialectError(fileName, lineAt(text, nul), 'the file is binary (it contains NUL bytes), not Markdown');
  if (text.trim() === '' || text === BOM) throw new DialectError(fileName, null, 'the file is empty');
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(1) : text;
  const crlf = body.includes('\r\n') && body.split('\r\n').length === body.split('\n').length;
  const eol = crlf ? '\r\n' : '\n';
  const lines = body.split(eol);
  const finalNewline = lines.length > 1 && lines[lines.length - 1] === '';
  if (finalNewline) lines.pop();
  return { lines, eol, bom, finalNewline };
}

export function joinTextLines({ lines, eol, bom, finalNewline }: TextLines): string {
  return (bom ? BOM : '') + lines.join(eol) + (finalNewline ? eol : '');
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
