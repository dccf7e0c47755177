/**
 * A batch in a child process for the kill -9 test: `node crash-child.ts <dataDir> <package> <count>`. Resumes the
 * unfinished batch if there is one, else starts one. Prints "done <serial>#<step>" once a finished step is
 * committed to the ledger, and "summary <json>" at the end.
 */
import { join } from 'node:path';
import { Station } from '../../../../src-main/core/station.ts';
import { WorkflowEngine } from '../../../../src-main/core/workflow/engine.ts';
import { builtInProfile } from '../../../../src-main/core/workflow/profiles.ts';
import { RegistryBatchDevices } from '../../../../src-main/core/workflow/registry-devices.ts';
import { createSimTechnician } from '../../../../src-main/sim/sim-tech.ts';
import { SimPackages } from '../../../support/sim-ports.ts';
import { engineLedgerFor } from './helpers.ts';

const [dataDir = '', pkg = '', count = '8'] = process.argv.slice(2);
const station = await Station.open({
  dataDir,
  resourcesDir: join(import.meta.dirname, '../../../../resources'),
  usb: false,
  simulate: Array.from({ length: Number(count) }, () => ({ preset: 'hl2-oobe' as const, faults: [] })),
  simTiming: { reenumerateMs: 10, diagnosticsMs: 20 },
});
const { ledger } = engineLedgerFor(station);
const sim = station.simulator!;
const engine = new WorkflowEngine({
  ledger,
  devices: new RegistryBatchDevices(station.registry),
  timing: { pollMs: 20, workingAfterMs: 10 },
  ports: { packages: new SimPackages(sim), simTech: createSimTechnician(sim, { delayMs: { min: 1, max: 25 } }) },
});
const open = engine.latestUnfinished('oobe-package');
const batch = open
  ? engine.resumeBatch(open.id)
  : await engine.startBatch({ profile: builtInProfile('oobe-package')!, packagePath: pkg });
const printed = new Set<string>();
batch.events.on('batchChanged', (board) => {
  for (const card of board.cards) {
    for (const s of card.steps) {
      const key = `${card.serial}#${s.index}`;
      if (s.state === 'done' && !printed.has(key)) {
        printed.add(key);
        process.stdout.write(`done ${key}\n`);
      }
    }
  }
});
const summary = await batch.finished;
process.stdout.write(`summary ${JSON.stringify(summary)}\n`);
await station.close();
ledger.close();
process.exit(0);
