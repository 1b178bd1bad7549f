/**
 * Preloaded with `node --import dist/bench/rss-probe.js dist/src/cli.js ...`
 * by the memory case: on exit, writes the process's peak RSS (KB, worker
 * threads included) to stderr as one tagged line.
 */
process.on('exit', () => {
  process.stderr.write(`\nCARECAP_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
