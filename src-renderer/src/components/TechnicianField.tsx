import { useEffect, useId, useState } from 'react';
import { useSettings } from '../stores/settings.ts';

/** Who is at the bench: their name goes into every record of work the station keeps. */
export function TechnicianField() {
  const technician = useSettings((s) => s.settings.technician);
  const update = useSettings((s) => s.update);
  const [draft, setDraft] = useState(technician);
  const id = useId();
  useEffect(() => setDraft(technician), [technician]);
  const save = () => {
    if (draft.trim() !== technician) void update({ technician: draft.trim() });
  };
  return (
    <div className="tech-field">
      <label htmlFor={id}>Technician</label>
      <input
        id={id}
        value={draft}
        placeholder="Your name"
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
