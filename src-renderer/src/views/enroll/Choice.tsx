import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface Option<T> {
  value: T;
  label: string;
  /** A product name shown as it is (Intune, AirWatch...): data, not a text to translate. */
  name?: boolean;
}

/**
 * A question with a few answers as radio buttons, plus "Not sure" (the fact stays unknown and the plan says what
 * to check). Arrow keys move between answers, as with any radio group.
 */
export function Choice<T extends string | boolean>({
  legend,
  hint,
  value,
  options,
  onChange,
  allowUnsure = true,
}: {
  legend: string;
  hint?: string;
  value: T | undefined;
  options: readonly Option<T>[];
  onChange: (value: T | undefined) => void;
  allowUnsure?: boolean;
}) {
  const name = useId();
  const { t } = useTranslation('enroll');
  const all: { key: string; value: T | undefined; label: string; name?: boolean }[] = options.map((o) => ({
    key: String(o.value),
    value: o.value,
    label: o.label,
    name: o.name,
  }));
  if (allowUnsure) all.push({ key: 'unsure', value: undefined, label: t('choice.unsure') });
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {hint && <p className="choice__hint">{hint}</p>}
      <div className="choice__options">
        {all.map((o) => (
          <label key={o.key} className={`choice__option ${o.value === value ? 'choice__option--on' : ''}`}>
            <input type="radio" name={name} checked={o.value === value} onChange={() => onChange(o.value)} />
            <span translate={o.name ? 'no' : undefined}>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Yes and No in the current language. */
export function useYesNo(): readonly Option<boolean>[] {
  const { t } = useTranslation('enroll');
  return [
    { value: true, label: t('choice.yes') },
    { value: false, label: t('choice.no') },
  ];
}
