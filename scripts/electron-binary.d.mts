export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };
export function findElectronBinary(): ElectronBinary;
export function missingDisplayReason(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | null;
