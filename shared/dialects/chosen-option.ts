import type { ChosenLine } from './adr-document';
import { isBlank } from './markdown-lines';
import { matchGroup } from '../text/match-group';

const CHOSEN = /^((?:\*\*)?Chosen option(?:\*\*)?:(?:\*\*)?[ \t]*)(["'“])(.*)$/i;
const AFTER_NAME = /^(,?[ \t]*because\b|[.:;]?[ \t]*$|\.[ \t])/i;
const SEPARATOR = /^(,?[ \t]*because\b|\.|)/i;

/**
 * Reads MADR's `Chosen option: "X", because …` from the first lines of a Decision Outcome. The name
 * ends at the quote that is followed by "because", a full stop or the end of the line, so names that
 * contain quotes ("Option 2: an "ADR link resolver"") are read whole.
 */
export function parseChosenOption(core: readonly string[]): { chosen: ChosenLine; name: string; outcome: string[] } | null {
  const m = CHOSEN.exec(core[0] ?? '');
  if (!m) return null;
  const open = matchGroup(m, 2);
  const close = open === '“' ? '”' : open;
  const rest = matchGroup(m, 3);
  let end = -1;
  for (let i = rest.indexOf(close); i >= 0; i = rest.indexOf(close, i + 1)) {
    if (AFTER_NAME.test(rest.slice(i + 1))) {
      end = i;
      break;
    }
  }
  const name = end < 0 ? '' : rest.slice(0, end).trim();
  if (name === '' || name !== rest.slice(0, end)) return null;
  const after = rest.slice(end + 1);
  const separator = (SEPARATOR.exec(after) as RegExpExecArray)[0];
  const tail = after.slice(separator.length);
  const chosen = { prefix: matchGroup(m, 1), open, close, separator, joiner: '' };
  if (tail.trim() !== '') {
    const joiner = tail.slice(0, tail.length - tail.trimStart().length);
    return { chosen: { ...chosen, joiner }, name, outcome: [tail.trimStart(), ...core.slice(1)] };
  }
  let next = 1;
  while (next < core.length && isBlank(core[next] as string)) next++;
  const joiner = next < core.length ? tail + '\n' + core.slice(1, next).map((line) => line + '\n').join('') : tail;
  return { chosen: { ...chosen, joiner }, name, outcome: core.slice(next) };
}

/** The outcome's lines with the chosen option written in front, as the layout spelled it. */
export function renderChosenOption(chosen: ChosenLine, name: string, outcome: readonly string[]): string[] {
  const hasReason = outcome.length > 0;
  // A reason added to a bare chosen line gets MADR's ", because"; a reason the file already gave in its
  // own paragraph, without one, stays as written.
  const separator = hasReason && chosen.separator === '' && !chosen.joiner.includes('\n') ? ', because' : chosen.separator;
  const joiner = !hasReason && chosen.joiner.includes('\n') ? '' : hasReason && chosen.joiner === '' ? ' ' : chosen.joiner;
  const text = chosen.prefix + chosen.open + name + chosen.close + separator + joiner + outcome.join('\n');
  return text.split('\n');
}

/** How Cairn writes a chosen option the file did not have: `Chosen option: "X", because …`. */
export function freshChosenLine(outcome: readonly string[]): ChosenLine {
  const base = { prefix: 'Chosen option: ', open: '"', close: '"' };
  if (outcome.length === 0) return { ...base, separator: '', joiner: '' };
  const startsBlock = /^\s*([*+-]|\d+[.)]|>|\||```|~~~)(\s|$)/.test(outcome[0] as string) || outcome.length > 1;
  return { ...base, separator: ', because', joiner: startsBlock ? '\n\n' : ' ' };
}
