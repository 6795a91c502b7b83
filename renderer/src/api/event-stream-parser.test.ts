import { describe, expect, it } from 'vitest';
import { createEventStreamParser } from './event-stream-parser';

function parse(chunks: string[]): string[] {
  const seen: string[] = [];
  const feed = createEventStreamParser((data) => seen.push(data));
  for (const chunk of chunks) feed(chunk);
  return seen;
}

describe('createEventStreamParser', () => {
  it('hands over each event once its blank line arrives, whatever the chunks', () => {
    const stream = ': connected\n\nid: 1\ndata: {"seq":1}\n\nid: 2\ndata: {"seq":2}\n\n';
    expect(parse([stream])).toEqual(['{"seq":1}', '{"seq":2}']);
    expect(parse(stream.split(''))).toEqual(['{"seq":1}', '{"seq":2}']);
    expect(parse(['id: 1\ndata: {"se', 'q":1}\n', '\n'])).toEqual(['{"seq":1}']);
  });

  it('joins the data lines of one event, takes CRLF and ignores comments and an unfinished event', () => {
    expect(parse(['data: a\r\ndata:b\r\n\r\n: keep-alive\n\ndata: unfinished\n'])).toEqual(['a\nb']);
  });
});
