/**
 * Reads a Server-Sent Events stream as it arrives in chunks and hands over each event's data (the
 * `data:` lines of one event, joined by newlines). Comments, `id:`, `event:` and `retry:` lines say
 * nothing the window needs: a reconnect refetches everything rather than resuming.
 */
export function createEventStreamParser(onData: (data: string) => void): (chunk: string) => void {
  let buffered = '';
  let data: string[] = [];
  return (chunk) => {
    buffered += chunk;
    const lines = buffered.split(/\r\n|\r|\n/);
    // The last piece may be a line still arriving.
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') {
        if (data.length > 0) onData(data.join('\n'));
        data = [];
      } else if (line.startsWith('data:')) {
        data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
      }
    }
  };
}
