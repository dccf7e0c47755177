import type { Station } from '../station.ts';
import type { HandlerGroup } from './types.ts';

export function jobHandlers(station: Station): HandlerGroup<'listJobs' | 'cancelJob'> {
  return {
    listJobs: () => Promise.resolve(station.jobs.list()),
    cancelJob: (input) => Promise.resolve({ canceled: station.jobs.cancel(input.jobId) }),
  };
}
