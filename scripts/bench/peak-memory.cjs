// Preloaded into the analyze child process by the scale bench: reports its peak memory and CPU time on exit.
const { writeSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMicros = usage.userCPUTime + usage.systemCPUTime;
  writeSync(2, `\nbench-peak-rss-kb ${usage.maxRSS} bench-cpu-us ${cpuMicros}\n`);
});
