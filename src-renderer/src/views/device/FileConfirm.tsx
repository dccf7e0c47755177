import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Notice } from '../../stores/files.ts';

/** An inline question before something that cannot be undone; the safe answer has the focus. */
export function FileConfirm({
  title,
  detail,
  yes,
  no,
  danger = false,
  onYes,
  onNo,
}: {
  title: string;
  detail: string;
  yes: string;
  no: string;
  danger?: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  const id = useId();
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onNo();
      }}
    >
      <p id={`${id}-t`} className="confirm__title">
        {title}
      </p>
      <p id={`${id}-d`}>{detail}</p>
      <div className="row">
        <button type="button" className={`btn ${danger ? 'btn--danger' : 'btn--primary'}`} onClick={onYes}>
          {yes}
        </button>
        <button ref={safe} type="button" className="btn btn--secondary" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}

/** The outcome of the last action, or why it could not be done. */
export function NoticeBox({ notice, children }: { notice: Notice; children?: ReactNode }) {
  return (
    <div className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <strong>{notice.title}</strong> <span>{notice.message}</span>
      {children}
    </div>
  );
}
