import { useEffect, useRef, type RefObject } from 'react';

/**
 * After a main action changes what a region shows (a new screen, the next wizard stage, a started harvest or batch),
 * moves focus to the region's first heading so keyboard and screen-reader users land on the new content instead of
 * the page body. Not on first render: opening the page must not steal focus.
 */
export function useFocusOnChange(key: string, region: RefObject<HTMLElement | null>, selector = 'h2, h3'): void {
  const last = useRef(key);
  useEffect(() => {
    if (last.current === key) return;
    last.current = key;
    const heading = region.current?.querySelector<HTMLElement>(selector);
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, [key, region, selector]);
}
