import { Trans, useTranslation } from 'react-i18next';

/** Shown when the page was opened without the station's address (and token). */
export function Unconnected() {
  const { t } = useTranslation('shell');
  return (
    <main className="unconnected">
      <h1 translate="no">HoloBench</h1>
      <p>
        <Trans t={t} i18nKey="unconnected.how" components={[<code key="cmd" translate="no" />]} />
      </p>
    </main>
  );
}
