import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../stores/settings.ts';

/** Who is at the bench: their name goes into every record of work the station keeps. */
export function TechnicianField() {
  const technician = useSettings((s) => s.settings.technician);
  const update = useSettings((s) => s.update);
  // A draft only while typing; otherwise the field shows the saved name (which may change from elsewhere).
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const { t } = useTranslation('shell');
  const save = () => {
    if (draft !== null && draft.trim() !== technician) void update({ technician: draft.trim() });
    setDraft(null);
  };
  return (
    <div className="tech-field">
      <label htmlFor={id}>{t('technician.label')}</label>
      <input
        id={id}
        value={draft ?? technician}
        placeholder={t('technician.placeholder')}
        maxLength={80}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
    </div>
  );
}
