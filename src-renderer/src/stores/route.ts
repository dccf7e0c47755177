/**
 * The screen in the address: `#/bench`, `#/device/<id>`, `#/enroll/<id>`... so a reload stays where the tech was and
 * the browser's back and forward move between screens. The access token that `holobench serve` puts in the address
 * (`#token=...`) is kept for this tab only (sessionStorage) and taken out of the address at once, so it is not left
 * in the history, a screenshot or a copied link.
 */
import { useNav, VIEWS, type ViewId } from './nav.ts';

export interface Route {
  view: ViewId;
  deviceId: string | null;
}

const TOKEN_KEY = 'holobench-token';

export function routeHash(r: Route): string {
  return `#/${r.view}${r.deviceId ? `/${encodeURIComponent(r.deviceId)}` : ''}`;
}

/** The route in an address's hash; null for anything else (the token, an old `#main`, nothing). */
export function parseRoute(hash: string): Route | null {
  const m = /^#\/([a-z-]+)(?:\/([^/]+))?$/.exec(hash);
  if (!m) return null;
  const view = VIEWS.find((v) => v.id === m[1]);
  if (!view) return null;
  try {
    return { view: view.id, deviceId: m[2] ? decodeURIComponent(m[2]) : null };
  } catch {
    return null; // a broken %-escape
  }
}

/** The access token: from the address when it carries one (kept for reloads of this tab), else the kept one. */
export function takeToken(loc: Pick<Location, 'hash'>, storage: Pick<Storage, 'getItem' | 'setItem'>): string | null {
  const fromAddress = new URLSearchParams(loc.hash.replace(/^#/, '')).get('token');
  if (fromAddress) {
    storage.setItem(TOKEN_KEY, fromAddress);
    return fromAddress;
  }
  return storage.getItem(TOKEN_KEY);
}

/**
 * Ties the nav store to the address: opens the screen the address names, writes each move as a history entry,
 * follows back and forward. Returns a function that unties them.
 */
export function bindAddress(win: Window): () => void {
  const apply = (r: Route | null) => {
    const nav = useNav.getState();
    if (r && (r.view !== nav.view || r.deviceId !== nav.deviceId)) nav.go(r.view, r.deviceId);
  };
  apply(parseRoute(win.location.hash));
  // Replaces whatever was there (the token) with the screen, without a new history entry.
  const now = useNav.getState();
  win.history.replaceState(null, '', routeHash(now));
  const unsubscribe = useNav.subscribe((s, before) => {
    if (s.view === before.view && s.deviceId === before.deviceId) return;
    const hash = routeHash(s);
    if (win.location.hash !== hash) win.history.pushState(null, '', hash);
  });
  const onPop = () => apply(parseRoute(win.location.hash));
  win.addEventListener('popstate', onPop);
  win.addEventListener('hashchange', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('hashchange', onPop);
  };
}
