/**
 * Three-valued logic for rules over facts that may be unknown: true, false, or undefined ("can't tell").
 * An unknown must never be read as "fine", so rules combine with these instead of && and ||.
 */
export type Tri = boolean | undefined;

/** Whether an optional fact equals one of `values`; undefined when the fact is unknown. */
export function is<T>(fact: T | undefined, ...values: T[]): Tri {
  return fact === undefined ? undefined : values.includes(fact);
}

/** False as soon as one part is false; otherwise unknown if any part is unknown. */
export function all(...parts: Tri[]): Tri {
  if (parts.includes(false)) return false;
  return parts.includes(undefined) ? undefined : true;
}

/** True as soon as one part is true; otherwise unknown if any part is unknown. */
export function any(...parts: Tri[]): Tri {
  if (parts.includes(true)) return true;
  return parts.includes(undefined) ? undefined : false;
}

export function not(part: Tri): Tri {
  return part === undefined ? undefined : !part;
}
