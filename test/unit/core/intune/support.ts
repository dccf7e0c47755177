import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IntuneGraph, type IntuneGraphOptions } from '../../../../src-main/core/intune/graph-intune.ts';
import { IntuneStore } from '../../../../src-main/core/intune/store.ts';
import { Ledger } from '../../../../src-main/core/ledger/ledger.ts';
import { FakeIntune } from '../../../support/graph-intune.ts';
import { startFakeGraph, type FakeGraph } from '../../../support/graph-server.ts';
import { fakeClock, JWT_TOKEN, tokenSequence } from '../autopilot/support.ts';

export interface IntuneWorld {
  graph: FakeGraph;
  intune: FakeIntune;
  ledger: Ledger;
  store: IntuneStore;
  clock: ReturnType<typeof fakeClock>;
  client: (extra?: Partial<IntuneGraphOptions>) => IntuneGraph;
  close: () => Promise<void>;
}

/** A local Graph with Intune's endpoints, a real ledger on disk, and time that only moves when the code sleeps. */
export async function intuneWorld(): Promise<IntuneWorld> {
  const graph = await startFakeGraph({ token: JWT_TOKEN });
  const intune = new FakeIntune(graph);
  const ledger = Ledger.open(mkdtempSync(join(tmpdir(), 'holobench-intune-')));
  const clock = fakeClock();
  return {
    graph,
    intune,
    ledger,
    store: new IntuneStore(ledger),
    clock,
    client: (extra = {}) =>
      new IntuneGraph({ tokens: tokenSequence(JWT_TOKEN), graphBase: graph.url, sleep: clock.sleep, ...extra }),
    close: async () => {
      ledger.close();
      await graph.close();
    },
  };
}
