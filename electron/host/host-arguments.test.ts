import { describe, expect, it } from 'vitest';
import { HostArgumentError, parseHostArguments } from './host-arguments';

describe('host arguments', () => {
  it('reads the flags npm start, the app and the web host share', () => {
    expect(parseHostArguments(['--data-dir', '/tmp/cairn', '--port', '4100', '--no-open'], { strict: true })).toEqual({
      dataDir: '/tmp/cairn',
      port: 4100,
      open: false,
      help: false,
    });
    expect(parseHostArguments([], { strict: true })).toEqual({ dataDir: undefined, port: 0, open: true, help: false });
    expect(parseHostArguments(['-h'], { strict: true }).help).toBe(true);
  });

  it('gives a flag the same meaning when the app reads it among Electron’s own switches', () => {
    const args = ['.', '--no-sandbox', '--remote-debugging-port=0', '--data-dir=/tmp/cairn', '--no-open', '--port', '4100'];
    expect(parseHostArguments(args, { strict: false })).toEqual({ dataDir: '/tmp/cairn', port: 4100, open: false, help: false });
  });

  it('refuses a bad port or a data directory without a folder, and, for the web host, an unknown flag', () => {
    for (const strict of [true, false]) {
      expect(() => parseHostArguments(['--port', 'eighty'], { strict })).toThrow(new HostArgumentError('--port must be a number from 0 to 65535, not "eighty".'));
      expect(() => parseHostArguments(['--port', '70000'], { strict })).toThrow(HostArgumentError);
    }
    expect(() => parseHostArguments(['--data-dir'], { strict: false })).toThrow('--data-dir needs a folder');
    expect(() => parseHostArguments(['--data-dir'], { strict: true })).toThrow(HostArgumentError);
    expect(() => parseHostArguments(['--prot', '4100'], { strict: true })).toThrow(HostArgumentError);
  });
});
