import { Fragment } from 'react';
import type { FileEntryView } from '../../../../src-main/shared/contract/files.ts';

/** Small line icons drawn here, so they show the same on every PC (no emoji font needed). */
export function EntryIcon({ kind }: { kind: FileEntryView['kind'] }) {
  const common = {
    width: 18,
    height: 18,
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 2,
    strokeLinejoin: 'round' as const,
    'aria-hidden': true,
    className: `entry__icon entry__icon--${kind}`,
  };
  if (kind === 'folder') {
    return (
      <svg {...common}>
        <path d="M3 6.5h6l2 2h10v10.5H3z" />
      </svg>
    );
  }
  if (kind === 'storage') {
    return (
      <svg {...common}>
        <rect x="3" y="6" width="18" height="12" rx="2" />
        <path d="M7 14h.01M11 14h6" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <path d="M6 3h8l4 4v14H6z" />
      <path d="M14 3v4h4" />
    </svg>
  );
}

/** A long file name that may wrap after "_", "-" or a space instead of in the middle of a word. */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[_\- ])/);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {p}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </>
  );
}
