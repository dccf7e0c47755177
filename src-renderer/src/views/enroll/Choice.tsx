import { useId } from 'react';

export interface Option<T> {
  value: T;
  label: string;
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
  const all: { key: string; value: T | undefined; label: string }[] = options.map((o) => ({
    key: String(o.value),
    value: o.value,
    label: o.label,
  }));
  if (allowUnsure) all.push({ key: 'unsure', value: undefined, label: 'Not sure' });
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {hint && <p className="choice__hint">{hint}</p>}
      <div className="choice__options">
        {all.map((o) => (
          <label key={o.key} className={`choice__option ${o.value === value ? 'choice__option--on' : ''}`}>
            <input type="radio" name={name} checked={o.value === value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export const YES_NO: readonly Option<boolean>[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
];
