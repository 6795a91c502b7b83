import { describe, expect, it } from 'vitest';
import { AttemptLimit } from './attempt-limit';
import { isListedHost, isListedOrigin, listenerHosts } from './request-origin';

describe('an attempt limit', () => {
  it('gives each caller its attempts per window, then none until the window is over', () => {
    let now = 0;
    const limit = new AttemptLimit(2, 1_000, () => now);
    expect([limit.take('a'), limit.take('a'), limit.allows('a'), limit.take('a')]).toEqual([true, true, false, false]);
    expect(limit.take('b')).toBe(true);
    now = 1_000;
    expect([limit.allows('a'), limit.take('a')]).toEqual([true, true]);
  });
});

describe('the names a listener answers to', () => {
  it('is its own address and port, localhost only on loopback', () => {
    expect(listenerHosts('192.168.1.20', 4000)).toEqual(['192.168.1.20:4000']);
    expect(listenerHosts('127.0.0.1', 4000)).toEqual(['127.0.0.1:4000', 'localhost:4000']);
    const lan = listenerHosts('192.168.1.20', 4000);
    expect([isListedHost('192.168.1.20:4000', lan), isListedHost('localhost:4000', lan), isListedHost('evil.example:4000', lan), isListedHost(undefined, lan)]).toEqual([true, false, false, false]);
    expect([isListedOrigin(undefined, lan), isListedOrigin('http://192.168.1.20:4000', lan), isListedOrigin('http://evil.example', lan)]).toEqual([true, true, false]);
  });
});
