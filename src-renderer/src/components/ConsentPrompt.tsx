import { useAutopilot } from '../stores/autopilot.ts';

/**
 * While an Intune action waits on a sign-in code (the action needs a permission the technician has not consented
 * to yet), say so where the technician started it, with the station's own line (address, code, what it is for),
 * rather than leave the action looking stuck; the Autopilot tab shows the same code in full.
 */
export function ConsentPrompt({ waiting }: { waiting: boolean }) {
  const signIn = useAutopilot((s) => s.status?.signIn);
  if (!waiting || signIn?.state !== 'code') return null;
  return (
    <p role="note" className="consent-prompt">
      {signIn.message}
    </p>
  );
}
