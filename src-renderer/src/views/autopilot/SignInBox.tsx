import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInView } from '../../../../src-main/shared/contract/autopilot.ts';
import { useAutopilot } from '../../stores/autopilot.ts';

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  const { t } = useTranslation('autopilot');
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
      {copied ? t('signIn.copied') : t('signIn.copy')}
    </button>
  );
}

/** The device-code sign-in: the code large and copyable, the address to open on any device. */
export function SignInBox({ signIn }: { signIn: SignInView }) {
  const { signIn: start, cancelSignIn, signOut } = useAutopilot();
  const { t } = useTranslation('autopilot');
  return (
    <section className={`ap-signin ap-signin--${signIn.state}`} aria-labelledby="ap-signin-title">
      <h4 id="ap-signin-title">{t('signIn.title')}</h4>
      {signIn.state === 'code' && signIn.userCode ? (
        <>
          <p>{t('signIn.open')}</p>
          <p className="ap-uri" translate="no">
            {signIn.verificationUri}
          </p>
          <p>{t('signIn.enter')}</p>
          <p
            className="ap-code"
            translate="no"
            aria-label={t('signIn.codeLabel', { code: signIn.userCode.split('').join(' ') })}
          >
            {signIn.userCode}
          </p>
          <div className="row">
            <CopyButton text={signIn.userCode} />
            <button type="button" className="btn btn--small" onClick={() => void cancelSignIn()}>
              {t('signIn.cancel')}
            </button>
          </div>
        </>
      ) : (
        <p role="status">{signIn.message}</p>
      )}
      <div className="row">
        {(signIn.state === 'signed-out' || signIn.state === 'failed') && (
          <button type="button" className="btn btn--secondary" onClick={() => void start()}>
            {signIn.state === 'failed' ? t('signIn.again') : t('signIn.start')}
          </button>
        )}
        {signIn.state === 'signed-in' && (
          <button type="button" className="btn btn--small" onClick={() => void signOut()}>
            {t('signIn.out')}
          </button>
        )}
      </div>
      <p className="muted ap-hint">{signIn.keptWhere}</p>
    </section>
  );
}
