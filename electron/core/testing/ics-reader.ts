/** A calendar component as read back: its properties (name → values, parameters dropped) and children. */
export interface IcsComponent {
  name: string;
  props: Map<string, string[]>;
  children: IcsComponent[];
}

/**
 * A strict reader for the iCalendar text Cairn writes (RFC 5545 §3.1): CRLF line endings, lines of at
 * most 75 octets with folded continuations, properties as NAME[;PARAM=…]:VALUE, and BEGIN/END pairs
 * that nest and match. It throws on anything a calendar application would reject.
 */
export function readIcs(text: string): IcsComponent {
  if (!text.endsWith('\r\n')) throw new Error('iCalendar text must end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  physical.forEach((line, i) => {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`line ${i + 1} has a bare LF or CR`);
    if (new TextEncoder().encode(line).length > 75) throw new Error(`line ${i + 1} is longer than 75 octets`);
  });
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (logical.length === 0) throw new Error('the text starts with a continuation line');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const line of logical) {
    const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^;:,"]*)(?:,(?:"[^"]*"|[^;:,"]*))*)*):(.*)$/.exec(line);
    if (!match) throw new Error(`not a property line: ${line}`);
    const [, name, , value] = match as unknown as [string, string, string, string];
    const upper = name.toUpperCase();
    if (upper === 'BEGIN') {
      const component: IcsComponent = { name: value, props: new Map(), children: [] };
      stack.at(-1)?.children.push(component);
      stack.push(component);
      continue;
    }
    if (upper === 'END') {
      const open = stack.pop();
      if (open?.name !== value) throw new Error(`END:${value} does not close ${open ? `BEGIN:${open.name}` : 'anything'}`);
      if (stack.length === 0) root = open;
      continue;
    }
    const current = stack.at(-1);
    if (!current) throw new Error(`property ${name} outside any component`);
    current.props.set(upper, [...(current.props.get(upper) ?? []), unescapeText(value)]);
  }
  if (stack.length > 0 || !root) throw new Error('unclosed component');
  if (root.name !== 'VCALENDAR') throw new Error('the outermost component is not VCALENDAR');
  for (const required of ['VERSION', 'PRODID']) if (!root.props.has(required)) throw new Error(`VCALENDAR lacks ${required}`);
  for (const event of root.children.filter((c) => c.name === 'VEVENT')) {
    for (const required of ['UID', 'DTSTAMP', 'DTSTART']) if (!event.props.has(required)) throw new Error(`VEVENT lacks ${required}`);
  }
  return root;
}

function unescapeText(value: string): string {
  return value.replace(/\\([nN\\;,])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The one value of a property, or undefined. */
export function prop(component: IcsComponent, name: string): string | undefined {
  return component.props.get(name)?.[0];
}
