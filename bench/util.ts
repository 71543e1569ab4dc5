/** What every bench shares: how a figure is recorded (bench/run.ts prints and saves it) and a percentile. */
export type Record = (
  metric: string,
  value: number,
  unit: string,
  goal: number | null,
  peer?: string,
  peerValue?: number | null,
) => void;

/** The p-th percentile (nearest rank) of `xs`. */
export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
