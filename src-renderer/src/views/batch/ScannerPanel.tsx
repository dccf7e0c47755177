import { Trans, useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { BAUD_RATES } from '../../../../src-main/shared/contract/batch.ts';
import { useBatch } from '../../stores/batch.ts';

/** The barcode scanner: port and speed, on/off, and every scan with what became of it. */
export function ScannerPanel() {
  const scanner = useBatch((s) => s.scanner);
  const ports = useBatch((s) => s.serialPorts);
  const portsError = useBatch((s) => s.serialPortsError);
  const listPorts = useBatch((s) => s.listSerialPorts);
  const start = useBatch((s) => s.startScanner);
  const stop = useBatch((s) => s.stopScanner);
  const busy = useBatch((s) => s.busy);
  const [path, setPath] = useState(scanner.path ?? '');
  const [baud, setBaud] = useState(scanner.baudRate);
  const { t } = useTranslation('batch');
  useEffect(() => {
    void listPorts();
  }, [listPorts]);
  const on = scanner.state !== 'off' && scanner.state !== 'closed';
  return (
    <section className="scanner" aria-labelledby="scanner-h">
      <h3 id="scanner-h" className="board__section">
        {t('scanner.title')}
      </h3>
      <p className={`scanner__status scanner__status--${scanner.state}`} role="status">
        <strong>{t(`scanner.state.${scanner.state}`)}</strong> {scanner.detail || t('scanner.none')}
      </p>
      <form
        className="scanner__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) void start(path.trim(), baud);
        }}
      >
        <label htmlFor="scanner-port">{t('scanner.port')}</label>
        <input
          id="scanner-port"
          list="scanner-ports"
          value={path}
          placeholder={t('scanner.portPlaceholder')}
          onChange={(e) => setPath(e.target.value)}
          autoComplete="off"
        />
        <datalist id="scanner-ports">
          {ports.map((p) => (
            <option key={p.path} value={p.path} translate="no">
              {p.manufacturer ?? ''}
            </option>
          ))}
        </datalist>
        <label htmlFor="scanner-baud">{t('scanner.baud')}</label>
        <select id="scanner-baud" value={baud} onChange={(e) => setBaud(Number(e.target.value))}>
          {BAUD_RATES.map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </select>
        <div className="row">
          <button type="submit" className="btn btn--secondary" disabled={busy || !path.trim()}>
            {on ? t('scanner.reopen') : t('scanner.on')}
          </button>
          {on && (
            <button type="button" className="btn btn--small" disabled={busy} onClick={() => void stop()}>
              {t('scanner.off')}
            </button>
          )}
        </div>
        {portsError && <p className="muted">{portsError}</p>}
      </form>
      <ScanList />
    </section>
  );
}

export function ScanList() {
  const scans = useBatch((s) => s.scans);
  const { t } = useTranslation('batch');
  if (scans.length === 0) return <p className="muted">{t('scanner.noScans')}</p>;
  return (
    <ol className="scans" aria-label={t('scanner.recent')}>
      {scans.slice(0, 8).map((s, i) => (
        <li key={`${s.at}-${i}`} className={s.ok ? 'scan scan--ok' : 'scan scan--refused'}>
          <span className="scan__text" translate="no">
            {s.text}
          </span>{' '}
          {s.ok ? (
            <span>{t('scanner.applied', { serial: s.serial })}</span>
          ) : (
            <span>
              <Trans t={t} i18nKey="scanner.notUsed" values={{ reason: s.reason }} components={[<strong key="s" />]} />
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
