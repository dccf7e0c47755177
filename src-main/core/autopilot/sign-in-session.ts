import type { SignInView, UploadSettings } from '../../shared/contract/autopilot.ts';
import { StationError, toErrorInfo } from '../../shared/errors.ts';
import { DeviceCodeTokenProvider, type PublicClientLike, type TokenProvider } from './auth.ts';
import { actionTitle, tokensForAction } from './graph-permissions.ts';
import type { SecretStore } from './secret-store.ts';
import { say } from '../language.ts';

/**
 * The upload's sign-in as the UI sees it: one device-code sign-in per cloud, tenant and app, whose code and
 * address go out through the status (`changed`). Credentials given to the run (CLI flags, tests) replace it.
 */

export interface SignInDeps {
  secretStore: SecretStore;
  settings: () => UploadSettings;
  /** Ready credentials for this run, if any. */
  given: () => TokenProvider | undefined;
  /** Stands in for MSAL's public client (tests, training). */
  app: () => PublicClientLike | undefined;
  changed: () => void;
}

export function signInKey(s: UploadSettings): string {
  return `${s.cloud}|${s.tenantId.toLowerCase()}|${s.clientId.toLowerCase()}`;
}

export class SignInSession {
  private readonly deps: SignInDeps;
  private provider: { key: string; tokens: TokenProvider } | null = null;
  private abort: AbortController | null = null;
  private current: SignInView;

  constructor(deps: SignInDeps) {
    this.deps = deps;
    this.current = deps.given()
      ? this.view('signed-in', say('station-work:signIn.given'))
      : this.view('signed-out', say('station-work:signIn.out'));
  }

  get state(): SignInView {
    return this.current;
  }

  /** Credentials were given to this run. */
  given(): void {
    this.set(this.view('signed-in', say('station-work:signIn.given')));
  }

  /**
   * Starts the device-code sign-in for the upload (the Autopilot tab's button); the code and address arrive in the
   * status. It asks consent only for the upload's permission: each Intune action asks for its own when it starts.
   */
  start(): void {
    const tokens = tokensForAction(this.tokens(), 'autopilot-upload');
    if (this.current.state === 'starting' || this.current.state === 'code') return;
    const abort = new AbortController();
    this.abort = abort;
    this.set(this.view('starting', say('station-work:signIn.asking')));
    tokens.getToken({ signal: abort.signal }).then(
      () => {
        if (this.abort === abort) this.abort = null;
      },
      (error: unknown) => {
        if (this.abort !== abort) return;
        const info = toErrorInfo(error);
        this.set(
          info.canceled
            ? this.view('signed-out', say('station-work:signIn.canceled'))
            : this.view('failed', info.message),
        );
      },
    );
  }

  cancel(): void {
    this.abort?.abort();
    this.abort = null;
    if (this.current.state !== 'signed-in') this.set(this.view('signed-out', say('station-work:signIn.canceled')));
  }

  async signOut(): Promise<void> {
    this.cancel();
    await this.provider?.tokens.signOut?.();
    this.forget();
  }

  forget(): void {
    this.provider = null;
    if (!this.deps.given()) this.set(this.view('signed-out', say('station-work:signIn.out')));
  }

  close(): void {
    this.abort?.abort();
  }

  /** The token provider for an upload; says what is missing when the upload is not set up. */
  tokens(): TokenProvider {
    const given = this.deps.given();
    if (given) return given;
    const s = this.deps.settings();
    if (!s.tenantId || !s.clientId) {
      throw new StationError(
        'autopilot-upload-not-set-up',
        say('station-work:signIn.setUp.title'),
        say('station-work:signIn.setUp.message'),
      );
    }
    const key = signInKey(s);
    if (this.provider?.key !== key) {
      const tokens = new DeviceCodeTokenProvider({
        cloud: s.cloud,
        tenantId: s.tenantId,
        clientId: s.clientId,
        store: this.deps.secretStore,
        app: this.deps.app(),
        onDeviceCode: (p) =>
          this.set({
            ...this.view(
              'code',
              p.action
                ? say('station-work:signIn.codeFor', {
                    uri: p.verificationUri,
                    code: p.userCode,
                    what: actionTitle(p.action),
                  })
                : say('station-work:signIn.code', { uri: p.verificationUri, code: p.userCode }),
            ),
            userCode: p.userCode,
            verificationUri: p.verificationUri,
            expiresAt: new Date(Date.now() + p.expiresInSeconds * 1000).toISOString(),
          }),
      });
      this.provider = { key, tokens };
    }
    const raw = this.provider.tokens;
    // A sign-in the upload itself started (no cached one) shows as signed in once it worked.
    return {
      kind: raw.kind,
      getToken: async (options) => {
        const token = await raw.getToken(options);
        if (this.provider?.tokens === raw && this.current.state !== 'signed-in') {
          this.set(this.view('signed-in', say('station-work:signIn.done')));
        }
        return token;
      },
    };
  }

  private view(state: SignInView['state'], message: string): SignInView {
    const keptWhere = this.deps.given()
      ? say('station-work:signIn.keptGiven')
      : say('station-work:signIn.kept', { protection: this.deps.secretStore.protection });
    return { state, userCode: null, verificationUri: null, expiresAt: null, message, keptWhere };
  }

  private set(view: SignInView): void {
    this.current = view;
    this.deps.changed();
  }
}
