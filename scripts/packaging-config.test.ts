import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

// Packaging needs Electron downloaded, which CI cannot do; this checks what can be checked without
// it: that the configuration names files that exist, builds the promised targets, and sets the
// security fuses (docs/security.md).
const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  directories: { buildResources: string };
  icon: string;
  files: string[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  mac: { target: { target: string; arch: string[] }[] };
  win: { target: string[] };
};
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; productName: string };

describe('the packaging configuration', () => {
  it('names an app id, and resources and an icon that exist', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*)+$/);
    expect(config.productName).toBe(packageJson.productName);
    expect(existsSync(config.directories.buildResources)).toBe(true);
    expect(existsSync(config.icon)).toBe(true);
  });

  it('packs the built app, whose entry point is in dist/', () => {
    expect(config.files).toContain('dist/**/*');
    expect(path.posix.normalize(packageJson.main).startsWith('dist/')).toBe(true);
  });

  it('builds AppImage and deb, a universal dmg and an NSIS installer', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toContainEqual({ target: 'dmg', arch: ['universal'] });
    expect(config.win.target).toContain('nsis');
  });

  it('rebuilds native modules for Electron and keeps them out of the ASAR', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it("sets Electron's security fuses", () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe("the packaging configuration against the installed electron-builder's own schema", () => {
  // app-builder-lib's scheme.json, from the electron-builder devDependency that `npm run dist` runs.
  const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('validates, with no unknown or mistyped keys', () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a mistake', () => {
    expect(validate({ ...config, asar: 'yes please', linux: { target: 42 } })).toBe(false);
    expect(validate({ ...config, electronFusez: {} })).toBe(false);
  });
});
