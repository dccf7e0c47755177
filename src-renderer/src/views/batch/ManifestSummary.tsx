import { Trans, useTranslation } from 'react-i18next';
import type { ManifestView } from '../../../../src-main/shared/contract/batch.ts';

/** What the manifest import found: how many devices, or every problem by line so the sheet can be fixed. */
export function ManifestSummary({ manifest, onClear }: { manifest: ManifestView; onClear: () => void }) {
  const { t } = useTranslation('batch');
  const name = manifest.path.split(/[\\/]/).pop() ?? manifest.path;
  if (!manifest.ok) {
    return (
      <div className="manifest manifest--bad" role="alert">
        <p>
          <Trans t={t} i18nKey="manifest.bad" values={{ name }} components={[<strong key="n" />]} />
        </p>
        <ul className="manifest__problems">
          {manifest.problems.slice(0, 30).map((p, i) => (
            <li key={i}>
              <Trans
                t={t}
                i18nKey="manifest.line"
                values={{ line: p.line, message: p.message }}
                components={[<strong key="l" />]}
              />
            </li>
          ))}
        </ul>
        {manifest.problems.length > 30 && <p>{t('manifest.more', { count: manifest.problems.length - 30 })}</p>}
        <button type="button" className="btn btn--small" onClick={onClear}>
          {t('setup.remove')}
        </button>
      </div>
    );
  }
  return (
    <div className="manifest manifest--ok">
      <p>
        <Trans
          t={t}
          i18nKey="manifest.ok"
          count={manifest.rows.length}
          values={{ name, count: manifest.rows.length }}
          components={[<strong key="n" translate="no" />]}
        />
        {manifest.ignoredColumns.length > 0 && <> {t('manifest.ignored', { columns: manifest.ignoredColumns })}</>}
      </p>
      <table className="manifest__rows">
        <caption className="visually-hidden">{t('manifest.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('manifest.serial')}</th>
            <th scope="col">{t('manifest.name')}</th>
            <th scope="col">{t('manifest.assetTag')}</th>
            <th scope="col">{t('manifest.user')}</th>
          </tr>
        </thead>
        <tbody translate="no">
          {manifest.rows.slice(0, 5).map((r) => (
            <tr key={r.serial}>
              <td>{r.serial}</td>
              <td>{r.deviceName ?? ''}</td>
              <td>{r.assetTag ?? ''}</td>
              <td>{r.assignedUser ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn--small" onClick={onClear}>
        {t('setup.remove')}
      </button>
    </div>
  );
}
