/**
 * Timing helpers for `npm run bench`: run a piece of work a few times after a warm-up and
 * report the median, so one slow run on a busy machine does not set the figure.
 */

export interface Measurement {
  readonly name: string;
  readonly medianMs: number;
  readonly runs: number;
  readonly note?: string;
}

export async function measure(
  name: string,
  runs: number,
  work: () => unknown,
  note?: string,
): Promise<Measurement> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] ?? 0;
  return note === undefined ? { name, medianMs, runs } : { name, medianMs, runs, note };
}

export function table(rows: readonly Measurement[]): string {
  const lines = ["| what | median | runs | note |", "|---|---:|---:|---|"];
  for (const r of rows)
    lines.push(`| ${r.name} | ${r.medianMs.toFixed(1)} ms | ${r.runs} | ${r.note ?? ""} |`);
  return lines.join("\n");
}
