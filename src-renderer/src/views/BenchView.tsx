import { useDevices, sortedDevices } from '../stores/devices.ts';
import { useSim } from '../stores/sim.ts';
import { DeviceCard } from '../components/DeviceCard.tsx';

export function BenchView() {
  const byId = useDevices((s) => s.byId);
  const bus = useDevices((s) => s.bus);
  const loaded = useDevices((s) => s.loaded);
  const clearGone = useDevices((s) => s.clearGone);
  const simEnabled = useSim((s) => s.enabled);
  const enableSim = useSim((s) => s.enable);
  const devices = sortedDevices(byId);
  const present = devices.filter((d) => d.present);
  const gone = devices.length - present.length;

  return (
    <section aria-labelledby="bench-title" className="view">
      <div className="view__head">
        <h2 id="bench-title">Devices on the bench</h2>
        <p className="muted" aria-live="polite">
          {present.length === 1 ? '1 device connected' : `${present.length} devices connected`}
          {gone > 0 ? `, ${gone} unplugged` : ''}
        </p>
        {gone > 0 && (
          <button type="button" className="btn btn--secondary" onClick={clearGone}>
            Clear unplugged
          </button>
        )}
      </div>
      {loaded && present.length === 0 && (
        <div className="empty" role="status">
          <h3>No HoloLens connected</h3>
          <p>
            {bus && !bus.usb.available
              ? `${bus.usb.detail}. Real devices cannot be seen from here.`
              : 'Plug a HoloLens into this PC with a USB cable. It appears here within a second.'}
          </p>
          {!simEnabled && (
            <>
              <p>To learn the station without a device, use training mode: it simulates HoloLens devices.</p>
              <button type="button" className="btn btn--primary" onClick={() => void enableSim(true)}>
                Start training mode
              </button>
            </>
          )}
          {simEnabled && <p>Training mode is on: plug in a simulated device from the training panel.</p>}
        </div>
      )}
      <div className="cards">
        {devices.map((d) => (
          <DeviceCard key={d.id} device={d} />
        ))}
      </div>
    </section>
  );
}
