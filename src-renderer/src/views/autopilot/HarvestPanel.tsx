import { useRef } from 'react';
import { useFocusOnChange } from '../../components/focus.ts';
import type { JobView } from '../../../../src-main/shared/contract/jobs.ts';
import { HARVEST_STAGES, type HarvestStage } from '../../../../src-main/shared/contract/autopilot.ts';
import type { DeviceView } from '../../../../src-main/shared/contract/devices.ts';
import { DevicePicker } from '../../components/DevicePicker.tsx';
import { HoloLensPicture, type Chord } from '../../components/coach/HoloLensPicture.tsx';
import { useAutopilot } from '../../stores/autopilot.ts';
import { useDevices } from '../../stores/devices.ts';
import { useJobs } from '../../stores/jobs.ts';
import { useSim } from '../../stores/sim.ts';

const CHORD: Chord = { buttons: ['power', 'volume-down'], kind: 'press' };

const STAGE_NAMES: Record<HarvestStage, string> = {
  waiting: 'Press Power + Volume Down',
  'device-writing': 'The device writes AutopilotDiagnostics.zip',
  copying: 'Copy it to the station',
  reading: 'Read the hardware hash',
  saved: 'Save it in the ledger',
};

function stageIndex(job: JobView): number {
  if (job.state === 'done') return HARVEST_STAGES.length;
  const i = HARVEST_STAGES.indexOf(job.phase as HarvestStage);
  return i < 0 ? 0 : i;
}

export function HarvestStages({ job }: { job: JobView }) {
  const at = stageIndex(job);
  const copying = job.phase === 'copying' && job.total ? Math.floor((job.bytes / job.total) * 100) : null;
  return (
    <ol className="ap-stages" aria-label="Harvest stages">
      {HARVEST_STAGES.map((stage, i) => {
        const state = i < at ? 'done' : i === at && job.state === 'running' ? 'now' : 'todo';
        return (
          <li
            key={stage}
            className={`ap-stages__item ap-stages__item--${state}`}
            aria-current={state === 'now' ? 'step' : undefined}
          >
            <span className="ap-stages__mark" aria-hidden="true">
              {state === 'done' ? '✓' : i + 1}
            </span>
            {STAGE_NAMES[stage]}
            {state === 'now' && stage === 'copying' && copying !== null && <span className="muted"> {copying}%</span>}
            <span className="sr-only">{state === 'done' ? ' (done)' : state === 'now' ? ' (now)' : ''}</span>
          </li>
        );
      })}
    </ol>
  );
}

/** Training mode: the simulator presses the chord on the simulated device. */
function DoItForMe({ device }: { device: DeviceView }) {
  const sims = useSim((s) => s.devices);
  const act = useSim((s) => s.act);
  const sim = device.source === 'sim' ? sims.find((d) => d.portPath === device.portPath && d.plugged) : undefined;
  if (!sim) return null;
  return (
    <div className="training-move">
      <span className="pill pill--sim">Training</span>
      <button type="button" className="btn btn--secondary" onClick={() => void act(sim.simId, 'power-volume-down')}>
        Do it for me (simulated device)
      </button>
    </div>
  );
}

function Coaching({ job, device }: { job: JobView; device: DeviceView | undefined }) {
  const cancel = useJobs((s) => s.cancel);
  const port = device?.portPath ?? '?';
  return (
    <div className="ap-coach">
      <div className="ap-coach__text">
        <h3 className="ap-coach__title">Press Power + Volume Down together</h3>
        <p className="ap-coach__action">
          On the HoloLens 2 in <strong>port {port}</strong>: press both buttons at the same time, then let go. The
          device collects its diagnostics and writes AutopilotDiagnostics.zip; the station does the rest.
        </p>
        <HarvestStages job={job} />
        <p className="ap-coach__status" role="status" aria-live="polite">
          {job.phase === 'waiting' || job.phase === 'starting' ? 'Waiting for the buttons to be pressed…' : job.message}
        </p>
        <div className="row">
          <button type="button" className="btn btn--danger" onClick={() => void cancel(job.id)}>
            Cancel
          </button>
          {device && job.phase === 'waiting' && <DoItForMe device={device} />}
        </div>
      </div>
      <figure className="ap-coach__picture">
        <HoloLensPicture model="hololens2" chord={CHORD} />
        <figcaption>Power at the back, Volume Down on the right arm.</figcaption>
      </figure>
    </div>
  );
}

function Outcome({ job }: { job: JobView }) {
  const forget = useAutopilot((s) => s.forgetHarvest);
  const r = job.result ?? {};
  if (job.state === 'done') {
    return (
      <section className="result" aria-labelledby="ap-result">
        <h3 id="ap-result">Hash harvested</h3>
        <HarvestStages job={job} />
        <dl className="result__facts">
          <div>
            <dt>Serial</dt>
            <dd>{String(r.serialNumber)}</dd>
          </div>
          <div>
            <dt>Product ID</dt>
            <dd>{String(r.productId) || 'none'}</dd>
          </div>
          <div>
            <dt>Hash fingerprint</dt>
            <dd className="ap-fingerprint">{String(r.fingerprint)}</dd>
          </div>
        </dl>
        <p className="muted ap-path">AutopilotDiagnostics.zip kept at {String(r.zipPath)}</p>
        <button type="button" className="btn btn--secondary" onClick={forget}>
          Done
        </button>
      </section>
    );
  }
  return (
    <section
      className={`result ${job.state === 'canceled' ? 'result--abandoned' : 'result--failed'}`}
      aria-labelledby="ap-result"
    >
      <h3 id="ap-result">
        {job.state === 'canceled' ? 'Harvest canceled' : (job.error?.title ?? 'The harvest failed')}
      </h3>
      <p>{job.state === 'canceled' ? 'Nothing was saved.' : (job.error?.message ?? job.message)}</p>
      <button type="button" className="btn btn--secondary" onClick={forget}>
        Close
      </button>
    </section>
  );
}

/** Pick a HoloLens 2, harvest its hash: coached, staged, cancelable, with its result. */
export function HarvestPanel() {
  const { harvestJobId, harvestDeviceId, errors, startHarvest } = useAutopilot();
  const job = useJobs((s) => (harvestJobId ? s.byId[harvestJobId] : undefined));
  const byId = useDevices((s) => s.byId);
  const device = harvestDeviceId ? byId[harvestDeviceId] : undefined;
  const running = job?.state === 'running';
  const hl1 = device?.model === 'hololens1';
  const region = useRef<HTMLDivElement>(null);
  useFocusOnChange(job ? `${job.id}|${running ? 'coach' : 'outcome'}` : 'none', region, 'h3');
  return (
    <section className="ap-panel" aria-labelledby="ap-harvest-title">
      <h3 id="ap-harvest-title">Harvest a hash</h3>
      <div className="row ap-harvest__pick">
        <DevicePicker
          value={harvestDeviceId}
          onChange={(id) => useAutopilot.setState({ harvestDeviceId: id, harvestJobId: null })}
          noneLabel="Choose a HoloLens 2"
          label="Which HoloLens 2?"
        />
        <button
          type="button"
          className="btn btn--primary"
          disabled={!device || !device.present || running || hl1}
          onClick={() => device && void startHarvest(device.id)}
        >
          Harvest hash
        </button>
      </div>
      {hl1 && (
        <p className="panel panel--block">
          This is a HoloLens (1st gen). Windows Autopilot works only with HoloLens 2: enroll it another way.
        </p>
      )}
      {errors.harvest && (
        <p className="form-error" role="alert">
          {errors.harvest}
        </p>
      )}
      <div ref={region}>
        {job && running && <Coaching job={job} device={device} />}
        {job && !running && <Outcome job={job} />}
      </div>
    </section>
  );
}
