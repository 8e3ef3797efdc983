// Shared by the benches that compare variants on one text: the machine may
// be shared, so variants run in interleaved rounds and each keeps its
// fastest round (a burst of load hits them alike), in wall time and in this
// process's CPU time (user + system), the steadier of the two there.

const cpuNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** `{ name: fn }` → `{ name: { wall, cpu } }`, the fastest of `runs` interleaved rounds, in ms. */
export function fastestRounds(variants, runs) {
  const fastest = Object.fromEntries(Object.keys(variants).map((name) => [name, { wall: Infinity, cpu: Infinity }]));
  for (let round = 0; round < runs; round++) {
    for (const [name, fn] of Object.entries(variants)) {
      const wall = performance.now();
      const cpu = cpuNow();
      fn();
      fastest[name].cpu = Math.min(fastest[name].cpu, cpuNow() - cpu);
      fastest[name].wall = Math.min(fastest[name].wall, performance.now() - wall);
    }
  }
  return fastest;
}
