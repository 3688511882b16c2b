/**
 * A Chromium CPU profile (CDP Profiler / .cpuprofile) summed by function: self time and
 * inclusive time (each distinct ancestor frame counted once per sample), in milliseconds.
 * Shared by open-profile.ts and profile-top.ts.
 */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `withColumn` names frames file:line:column (minified bundles put many on one line). */
export function summariseProfile(profile: CpuProfile, opts: { withColumn?: boolean } = {}): { totalMs: number; selfBy: Map<string, number>; totalBy: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const name = (n: ProfileNode): string => {
    const at = `${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
    return `${n.callFrame.functionName || '(anon)'} ${opts.withColumn ? `${at}:${(n.callFrame.columnNumber ?? 0) + 1}` : at}`;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of self) {
    totalMs += ms;
    const n = byId.get(id)!;
    selfBy.set(name(n), (selfBy.get(name(n)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  return { totalMs, selfBy, totalBy };
}

/** The n heaviest entries, one per line: "   12.3 ms  name". */
export function topLines(m: Map<string, number>, n: number, pad = 8): string {
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(1).padStart(pad)} ms  ${k}`)
    .join('\n');
}
