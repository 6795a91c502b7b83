import { app, BrowserWindow, ipcMain, net, protocol, session, shell } from 'electron';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openAppLog } from './host/app-log';
import { resolveDataDir } from './host/data-dir';
import { HOST_USAGE, parseHostArguments, type HostArguments } from './host/host-arguments';
import { startHost, type Host } from './host/start-host';
import { warmFirstSearch } from './host/warm-first-search';
import { forwardChanges, registerApiHandlers } from './ipc';
import { APP_PAGE_URL, APP_SCHEME, appFileFor } from './security/app-protocol';
import { CONTENT_SECURITY_POLICY } from './security/content-security-policy';
import { isAppPage, isExternalWebUrl } from './security/navigation-policy';
import { isPermissionGranted } from './security/permission-policy';

// The Electron shell: a window, the IPC handlers and the security settings. Everything else lives in
// the core, which the web host and the CLI run without Electron.
const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.resolve(here, '../renderer');

app.enableSandbox();
// Before "ready", as Electron requires: the app's scheme behaves like https (an origin of its own,
// a secure context), so the page gets the web's rules rather than file://'s extra privileges.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Cairn',
    show: false,
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A middle click would otherwise ask for a new window; links already open outside the app.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_PAGE_URL);
  return window;
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, APP_PAGE_URL)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin, APP_PAGE_URL));
}

/** Serves the built renderer on the app's scheme, every answer with the app's CSP. */
function serveAppScheme(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(request.url, RENDERER_DIR);
    // Files only: Chromium would answer a folder with a listing of it.
    const isFile = file ? await stat(file).then((info) => info.isFile(), () => false) : false;
    const found = file && isFile ? await net.fetch(pathToFileURL(file).href).catch(() => null) : null;
    if (!found?.ok) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    const headers = new Headers(found.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(found.body, { status: 200, headers });
  });
}

function hardenContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppPage(url, APP_PAGE_URL)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppPage(url, APP_PAGE_URL)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalWebUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

async function start(args: HostArguments): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    console.error('Cairn is already running: switching to its window.');
    app.quit();
    return;
  }
  hardenContents();
  await app.whenReady();
  hardenSessions();
  serveAppScheme();

  let host: Host;
  const dataDir = resolveDataDir({ flag: args.dataDir, env: process.env });
  const log = openAppLog(dataDir);
  try {
    // The single-instance lock keeps out a second app; the host's data-directory lock keeps out a web host on the same data.
    // Imports run on a worker thread (the bundle beside this one), so the window stays responsive during big ones.
    host = await startHost({ dataDir, owner: 'the Cairn app', log, importWorker: path.join(here, 'import-worker.js'), rendererDir: RENDERER_DIR });
  } catch (error) {
    log.error('Cairn could not open its data', error);
    const { dialog } = await import('electron');
    dialog.showErrorBox('Cairn could not open its database', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  registerApiHandlers(ipcMain, host.dispatch, (url) => isAppPage(url, APP_PAGE_URL));
  forwardChanges(host.subscribe, () => BrowserWindow.getAllWindows().map((open) => open.webContents), (url) => isAppPage(url, APP_PAGE_URL));

  let window = createWindow();
  // While the window loads the page's script, the core would be idle: the list's first search is made ready then.
  if (host.damage() === null) void warmFirstSearch(host.dispatch, (error) => log.error('Preparing the decision list’s first search failed', error));
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => host.close());
}

/** The same flags as the web host's (electron/host/host-arguments.ts); Electron's own switches pass by. */
function readArguments(): HostArguments | null {
  try {
    const args = parseHostArguments(process.argv.slice(1), { strict: false });
    if (!args.help) return args;
    console.log(`Usage: Cairn [options]\n\n${HOST_USAGE}`);
  } catch (error) {
    console.error(`Cairn could not start: ${error instanceof Error ? error.message : String(error)}`);
    app.exit(2);
    return null;
  }
  app.quit();
  return null;
}

const args = readArguments();
if (args) void start(args);
