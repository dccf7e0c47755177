import { createClient, type StationClient } from './client.ts';
import { ipcTransport, preloadApi } from './ipc-transport.ts';
import { bridgeUrlFromLocation, wsTransport } from './ws-transport.ts';

let current: StationClient | null = null;

/** The client every store uses. Set once at start (or by tests). */
export function station(): StationClient {
  if (!current) throw new Error('The station client is not connected yet.');
  return current;
}

export function setStationClient(client: StationClient | null): void {
  current = client;
}

/** Picks the transport: the Electron preload when present, else the WebSocket bridge named in the page URL. */
export function connectFromEnvironment(onBridgeStatus?: (open: boolean) => void): StationClient | null {
  const api = preloadApi();
  if (api) return createClient(ipcTransport(api));
  const url = bridgeUrlFromLocation(window.location);
  if (url) return createClient(wsTransport(url, onBridgeStatus));
  return null;
}
