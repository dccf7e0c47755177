/** One named measurement of `npm run bench`. Compare ratios measured in the same run, never absolute times. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
  /** What it is measured against in the same run, e.g. "mtp.raw_pipe_mb_s" or "wimlib-imagex extract". */
  comparedTo?: string;
  goal?: string;
  pass?: boolean;
  note?: string;
}

export type BenchSuite = () => Promise<Metric[]>;
