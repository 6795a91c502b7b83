import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openCore, type Core } from './core/core';
import { resolveDataDir } from './data-dir';
import { registerApiHandlers } from './ipc';
import { CONTENT_SECURITY_POLICY } from './security/content-security-policy';
import { isAppPage, isExternalWebUrl } from './security/navigation-policy';

// The Electron shell: a window, the IPC handlers and the security settings. Everything else lives in
// the core, which the web host and the CLI run without Electron.
const here = path.dirname(fileURLToPath(import.meta.url));
const APP_PAGE = pathToFileURL(path.resolve(here, '../renderer/index.html')).href;

app.enableSandbox();

function dataDirFlag(): string | undefined {
  const { values } = parseArgs({ args: process.argv.slice(1), options: { 'data-dir': { type: 'string' } }, strict: false, allowPositionals: true });
  return typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined;
}

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
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_PAGE);
  return window;
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

function hardenContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppPage(url, APP_PAGE)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppPage(url, APP_PAGE)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalWebUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    console.error('Cairn is already running: switching to its window.');
    app.quit();
    return;
  }
  hardenContents();
  await app.whenReady();
  hardenSessions();

  let core: Core;
  try {
    core = await openCore(resolveDataDir({ flag: dataDirFlag(), env: process.env }));
  } catch (error) {
    const { dialog } = await import('electron');
    dialog.showErrorBox('Cairn could not open its database', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  registerApiHandlers(ipcMain, core.dispatch, (url) => isAppPage(url, APP_PAGE));

  let window = createWindow();
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
  app.on('will-quit', () => core.close());
}

void start();
