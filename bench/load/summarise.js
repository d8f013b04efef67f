// Prints one line a request from a Gatling report's js/stats.js: count, p50, p95, p99 (ms) and requests/s.
// usage: node bench/load/summarise.js bench/load/target/gatling/<run>
const fs = require('fs');
const source = fs.readFileSync(process.argv[2] + '/js/stats.js', 'utf8');
const stats = new Function(source + '; return stats;')();
const line = (name, s) => console.log(
  `| ${name} | ${s.numberOfRequests.total} | ${s.numberOfRequests.ko} | ${s.percentiles2.total} | ${s.percentiles3.total}` +
  ` | ${s.percentiles4.total} | ${s.meanNumberOfRequestsPerSecond.total} |`);
console.log('| request | count | failed | p75 ms | p95 ms | p99 ms | per second |');
console.log('|---|---|---|---|---|---|---|');
line('all', stats.stats);
for (const key of Object.keys(stats.contents)) line(stats.contents[key].name, stats.contents[key].stats);
