import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Waits for the screen a step opened: a screen's chunk is fetched on its first visit (views/screens.tsx), so for a
 * moment the page says "Opening the screen…" in its place. Waits for content, never for a set time.
 */
export async function screenOpened(): Promise<void> {
  await waitFor(() => expect(screen.queryByText('Opening the screen…')).toBeNull());
}
