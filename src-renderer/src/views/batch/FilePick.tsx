import { useId, useState } from 'react';
import { stationPathFor } from '../../api/files.ts';

/** A file chooser that hands the station a path it can read (the app's own path, or an upload in a browser). */
export function FilePick({
  label,
  accept,
  hint,
  onPath,
}: {
  label: string;
  accept: string;
  hint?: string;
  onPath: (path: string) => Promise<void> | void;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="filepick">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          setError(null);
          stationPathFor(file)
            .then((path) => onPath(path))
            .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
            .finally(() => (input.value = ''));
        }}
      />
      {hint && <p className="muted filepick__hint">{hint}</p>}
      {error && <p className="form-error">{error}</p>}
    </div>
  );
}
