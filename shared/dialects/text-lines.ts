import { DialectError } from './dialect-error';

/** A file cut into lines without losing a byte: joining them back gives the same text. */
export interface TextLines {
  lines: string[];
  eol: '\n' | '\r\n';
  bom: boolean;
  finalNewline: boolean;
  /** The lines (0-based) that end with the other line ending, in a file that mixes them. */
  otherEol: number[];
}

const BOM = '\uFEFF';

/**
 * Splits a file into lines after checking it is text. A file that mixes line endings (CRLF on most
 * lines, LF on one) takes the one most lines use and notes the lines that end the other way, so
 * every line is read without a stray "\r" and still written back as it was.
 */
export function splitTextLines(text: unknown, fileName: string): TextLines {
  if (typeof text !== 'string') throw new DialectError(fileName, null, 'the content is not text');
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new DialectError(fileName, lineAt(text, nul), 'the file is binary (it contains NUL bytes), not Markdown');
  if (text.trim() === '' || text === BOM) throw new DialectError(fileName, null, 'the file is empty');
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(1) : text;
  const lines = body.split('\n');
  const crlf: number[] = [];
  const lf: number[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] as string;
    if (line.endsWith('\r')) {
      lines[i] = line.slice(0, -1);
      crlf.push(i);
    } else lf.push(i);
  }
  const eol = crlf.length > lf.length ? '\r\n' : '\n';
  const otherEol = eol === '\r\n' ? lf : crlf;
  const finalNewline = lines.length > 1 && lines[lines.length - 1] === '';
  if (finalNewline) lines.pop();
  return { lines, eol, bom, finalNewline, otherEol };
}

export function joinTextLines({ lines, eol, bom, finalNewline, otherEol }: TextLines): string {
  const other = eol === '\r\n' ? '\n' : '\r\n';
  const odd = new Set(otherEol);
  let text = bom ? BOM : '';
  lines.forEach((line, i) => {
    text += line;
    if (i < lines.length - 1 || finalNewline) text += odd.has(i) ? other : eol;
  });
  return text;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
