import type { ApplyFlow } from '../../../../src-main/shared/contract/packages.ts';
import type { SimAction } from '../../../../src-main/shared/contract/sim.ts';
import { HoloLensPicture, chordText, type Chord } from '../../components/coach/HoloLensPicture.tsx';
import { useApply } from '../../stores/apply.ts';
import { useDevices } from '../../stores/devices.ts';
import { useSim } from '../../stores/sim.ts';
import { CopyProgress } from './CopyProgress.tsx';

const PROVISIONING_CHORD: Chord = { buttons: ['volume-down', 'power'], kind: 'press' };

function firstScreen(model: ApplyFlow['model']): string {
  if (model === 'hololens1') return 'the first setup screen (the blue box that asks you to fit the device)';
  if (model === 'hololens2') return 'the first setup screen (the hummingbird)';
  return 'the first setup screen';
}

function Picture({ flow }: { flow: ApplyFlow }) {
  const model = flow.model ?? 'hololens2';
  return (
    <figure className="pk-picture">
      <HoloLensPicture model={model} chord={PROVISIONING_CHORD} />
      <figcaption>{chordText(PROVISIONING_CHORD)}</figcaption>
    </figure>
  );
}

/** Training mode: the station presses the simulated device's buttons for the tech. */
function DoItForMe({ flow, action, label }: { flow: ApplyFlow; action: SimAction; label: string }) {
  const { doItForMe, busy } = useApply();
  if (!flow.simId) return null;
  return (
    <button type="button" className="btn btn--small pk-sim" disabled={busy} onClick={() => void doItForMe(action)}>
      Do it for me: {label}
    </button>
  );
}

function Confirm({ question }: { question: string }) {
  const { confirm, busy } = useApply();
  return (
    <div className="pk-confirm-result">
      <p>{question}</p>
      <div className="row">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void confirm('applied')}>
          It was added: record it
        </button>
        <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void confirm('failed')}>
          It failed
        </button>
      </div>
    </div>
  );
}

/** What to do now, for the flow's stage: big plain words, the buttons lit on the drawing, live status. */
export function ApplyCoach({ flow }: { flow: ApplyFlow }) {
  const storage = useDevices((s) => s.byId[flow.deviceId]?.storageState);
  const present = useDevices((s) => s.byId[flow.deviceId]?.present ?? false);
  const simPhase = useSim((s) => s.devices.find((d) => d.simId === flow.simId)?.state.phase);
  switch (flow.stage) {
    case 'open-provisioning':
      return (
        <div className="pk-coach pk-coach--picture">
          <div>
            <h4>Open the provisioning page</h4>
            <ol className="pk-coach__steps">
              <li>Turn the HoloLens on and wait for {firstScreen(flow.model)}. Do not go past it.</li>
              <li>Press Volume Down + Power together, then let go.</li>
              <li>The device shows a provisioning page and opens its storage to this PC.</li>
            </ol>
            <p className={`pk-bus pk-bus--${storage === 'available' ? 'seen' : 'waiting'}`}>
              {!present
                ? 'The device is not on the bus: plug it in.'
                : storage === 'available'
                  ? 'Storage seen on the bus: copying starts now.'
                  : 'Watching the bus: no storage yet.'}
            </p>
            <DoItForMe flow={flow} action="volume-down-power" label="press Volume Down + Power" />
          </div>
          <Picture flow={flow} />
        </div>
      );
    case 'unlock':
      return (
        <div className="pk-coach">
          <h4>Sign in on the device</h4>
          <p>
            Put the HoloLens on and sign in. It shows its files to this PC once it is unlocked; the copy starts then.
          </p>
          <DoItForMe flow={flow} action="unlock" label="sign in" />
        </div>
      );
    case 'copying':
      return (
        <div className="pk-coach">
          <h4>Copying {flow.packageName}</h4>
          <p>Leave the cable in. The station reads the copy back to be sure it arrived whole.</p>
          <CopyProgress jobId={flow.jobId} />
        </div>
      );
    case 'confirm-on-device':
      return (
        <div className="pk-coach pk-coach--picture">
          <div>
            <h4>Accept the package on the device</h4>
            <ol className="pk-coach__steps">
              <li>Press Volume Down + Power together again, then let go.</li>
              <li>The device asks whether to trust {flow.packageName}. Confirm on the device: yes, add it.</li>
              <li>Setup carries on with the package applied.</li>
            </ol>
            <p className={`pk-bus pk-bus--${flow.detected ? 'seen' : 'waiting'}`}>
              {flow.detected === 'storage-closed'
                ? 'The device closed its storage. Say below whether it added the package.'
                : 'Watching the device: when it takes the package, the file leaves its storage and this page moves on.'}
            </p>
            <div className="row">
              {simPhase !== 'oobe-trust-prompt' && (
                <DoItForMe flow={flow} action="volume-down-power" label="press Volume Down + Power again" />
              )}
              {simPhase === 'oobe-trust-prompt' && (
                <DoItForMe flow={flow} action="accept-trust-prompt" label="accept on the device" />
              )}
            </div>
            <Confirm question="If the device showed that the package was added, record it:" />
          </div>
          <Picture flow={flow} />
        </div>
      );
    case 'add-in-settings':
      return (
        <div className="pk-coach">
          <h4>Add it in Settings on the device</h4>
          <ol className="pk-coach__steps">
            <li>Open Settings, then Accounts.</li>
            <li>Choose Access work or school.</li>
            <li>Choose Add or remove a provisioning package, then Add a package.</li>
            <li>Pick {flow.packageName} (it is in Documents) and confirm: yes, add it.</li>
          </ol>
          <Confirm question="When the device says the package was added:" />
        </div>
      );
    case 'finished':
      return null;
  }
}
