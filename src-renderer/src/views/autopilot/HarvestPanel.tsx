import { useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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

function stageIndex(job: JobView): number {
  if (job.state === 'done') return HARVEST_STAGES.length;
  const i = HARVEST_STAGES.indexOf(job.phase as HarvestStage);
  return i < 0 ? 0 : i;
}

export function HarvestStages({ job }: { job: JobView }) {
  const at = stageIndex(job);
  const { t } = useTranslation('autopilot');
  const copying = job.phase === 'copying' && job.total ? Math.floor((job.bytes / job.total) * 100) : null;
  return (
    <ol className="ap-stages" aria-label={t('stages.label')}>
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
            {t(`stage.${stage}`)}
            {state === 'now' && stage === 'copying' && copying !== null && (
              <span className="muted"> {t('stages.percent', { pct: copying })}</span>
            )}
            {state !== 'todo' && <span className="sr-only"> {t(state === 'done' ? 'stages.done' : 'stages.now')}</span>}
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
  const { t } = useTranslation('autopilot');
  const sim = device.source === 'sim' ? sims.find((d) => d.portPath === device.portPath && d.plugged) : undefined;
  if (!sim) return null;
  return (
    <div className="training-move">
      <span className="pill pill--sim">{t('training.pill')}</span>
      <button type="button" className="btn btn--secondary" onClick={() => void act(sim.simId, 'power-volume-down')}>
        {t('training.doIt')}
      </button>
    </div>
  );
}

function Coaching({ job, device }: { job: JobView; device: DeviceView | undefined }) {
  const cancel = useJobs((s) => s.cancel);
  const { t } = useTranslation('autopilot');
  const port = device?.portPath;
  return (
    <div className="ap-coach">
      <div className="ap-coach__text">
        <h3 className="ap-coach__title">{t('coach.title')}</h3>
        <p className="ap-coach__action">
          {port ? (
            <Trans t={t} i18nKey="coach.action" values={{ port }} components={[<strong key="port" />]} />
          ) : (
            t('coach.actionNoPort')
          )}
        </p>
        <HarvestStages job={job} />
        <p className="ap-coach__status" role="status" aria-live="polite">
          {job.phase === 'waiting' || job.phase === 'starting' ? t('coach.waiting') : job.message}
        </p>
        <div className="row">
          <button type="button" className="btn btn--danger" onClick={() => void cancel(job.id)}>
            {t('coach.cancel')}
          </button>
          {device && job.phase === 'waiting' && <DoItForMe device={device} />}
        </div>
      </div>
      <figure className="ap-coach__picture">
        <HoloLensPicture model="hololens2" chord={CHORD} />
        <figcaption>{t('coach.caption')}</figcaption>
      </figure>
    </div>
  );
}

function Outcome({ job }: { job: JobView }) {
  const forget = useAutopilot((s) => s.forgetHarvest);
  const { t } = useTranslation('autopilot');
  const r = job.result ?? {};
  const productId = typeof r.productId === 'string' ? r.productId : '';
  if (job.state === 'done') {
    return (
      <section className="result" aria-labelledby="ap-result">
        <h3 id="ap-result">{t('outcome.done')}</h3>
        <HarvestStages job={job} />
        <dl className="result__facts">
          <div>
            <dt>{t('outcome.serial')}</dt>
            <dd translate="no">{String(r.serialNumber)}</dd>
          </div>
          <div>
            <dt>{t('outcome.productId')}</dt>
            {productId ? <dd translate="no">{productId}</dd> : <dd>{t('outcome.none')}</dd>}
          </div>
          <div>
            <dt>{t('outcome.fingerprint')}</dt>
            <dd className="ap-fingerprint" translate="no">
              {String(r.fingerprint)}
            </dd>
          </div>
        </dl>
        <p className="muted ap-path">{t('outcome.kept', { path: String(r.zipPath) })}</p>
        <button type="button" className="btn btn--secondary" onClick={forget}>
          {t('outcome.doneButton')}
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
        {job.state === 'canceled' ? t('outcome.canceled') : (job.error?.title ?? t('outcome.failed'))}
      </h3>
      <p>{job.state === 'canceled' ? t('outcome.nothingSaved') : (job.error?.message ?? job.message)}</p>
      <button type="button" className="btn btn--secondary" onClick={forget}>
        {t('outcome.close')}
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
  const { t } = useTranslation('autopilot');
  useFocusOnChange(job ? `${job.id}|${running ? 'coach' : 'outcome'}` : 'none', region, 'h3');
  return (
    <section className="ap-panel" aria-labelledby="ap-harvest-title">
      <h3 id="ap-harvest-title">{t('harvest.title')}</h3>
      <div className="row ap-harvest__pick">
        <DevicePicker
          value={harvestDeviceId}
          onChange={(id) => useAutopilot.setState({ harvestDeviceId: id, harvestJobId: null })}
          noneLabel={t('harvest.choose')}
          label={t('harvest.which')}
        />
        <button
          type="button"
          className="btn btn--primary"
          disabled={!device || !device.present || running || hl1}
          onClick={() => device && void startHarvest(device.id)}
        >
          {t('harvest.button')}
        </button>
      </div>
      {hl1 && <p className="panel panel--block">{t('harvest.hl1')}</p>}
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
