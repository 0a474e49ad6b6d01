// Preloaded (node --require) into a command the bench runs: reports the process's peak resident
// memory on stderr as it exits, in a line the bench parses.
"use strict";
process.on("exit", () => {
  process.stderr.write(`\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
