import { useState } from 'react';
import type { SignInView } from '../../../../src-main/shared/contract/autopilot.ts';
import { useAutopilot } from '../../stores/autopilot.ts';

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    const clip = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clip) return;
    void clip.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <button type="button" className="btn btn--secondary" onClick={copy}>
      {copied ? 'Copied' : 'Copy the code'}
    </button>
  );
}

/** The device-code sign-in: the code large and copyable, the address to open on any device. */
export function SignInBox({ signIn }: { signIn: SignInView }) {
  const { signIn: start, cancelSignIn, signOut } = useAutopilot();
  return (
    <section className={`ap-signin ap-signin--${signIn.state}`} aria-labelledby="ap-signin-title">
      <h4 id="ap-signin-title">Sign-in</h4>
      {signIn.state === 'code' && signIn.userCode ? (
        <>
          <p>On any device with a browser, open</p>
          <p className="ap-uri">{signIn.verificationUri}</p>
          <p>and enter this code:</p>
          <p className="ap-code" aria-label={`Sign-in code ${signIn.userCode.split('').join(' ')}`}>
            {signIn.userCode}
          </p>
          <div className="row">
            <CopyButton text={signIn.userCode} />
            <button type="button" className="btn btn--small" onClick={() => void cancelSignIn()}>
              Cancel sign-in
            </button>
          </div>
        </>
      ) : (
        <p role="status">{signIn.message}</p>
      )}
      <div className="row">
        {(signIn.state === 'signed-out' || signIn.state === 'failed') && (
          <button type="button" className="btn btn--secondary" onClick={() => void start()}>
            {signIn.state === 'failed' ? 'Try signing in again' : 'Sign in'}
          </button>
        )}
        {signIn.state === 'signed-in' && (
          <button type="button" className="btn btn--small" onClick={() => void signOut()}>
            Sign out
          </button>
        )}
      </div>
      <p className="muted ap-hint">{signIn.keptWhere}</p>
    </section>
  );
}
