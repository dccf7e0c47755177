import type { TokenProvider } from '../autopilot/auth.ts';
import type { GraphCloudName } from '../autopilot/graph-cloud.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { IntuneGraph } from './graph-intune.ts';
import { IntuneService } from './service.ts';

/**
 * The station's way to the Intune side: the same sign-in and Graph address as the Autopilot upload (set up once,
 * in the Autopilot tab or by CLI flags). Null while that sign-in is not set up, so callers can say so rather than
 * fail on a request.
 */
export interface GraphAccess {
  tokens: TokenProvider;
  cloud: GraphCloudName;
  graphBase: string | undefined;
  /** The one non-Microsoft host the technician confirmed for graphBase (--allow-graph-host). */
  allowGraphHost: string | undefined;
}

export class IntuneAccess {
  private readonly ledger: Ledger;
  private readonly access: () => GraphAccess | null;

  constructor(ledger: Ledger, access: () => GraphAccess | null) {
    this.ledger = ledger;
    this.access = access;
  }

  service(): IntuneService | null {
    const a = this.access();
    if (!a) return null;
    return new IntuneService({
      ledger: this.ledger,
      graph: new IntuneGraph({
        tokens: a.tokens,
        cloud: a.cloud,
        graphBase: a.graphBase,
        allowGraphHost: a.allowGraphHost,
      }),
    });
  }
}
