// Decode throughput of the npm package fit-file-parser on the given FIT files, for a side-by-side comparison
// with Pulseport's FitDecodeBenchmark. Install the package outside the repository and point NODE_PATH at it
// (see docs/benchmarks.md). Usage: node fit-decode-bench.cjs FILE...
'use strict';
const fs = require('fs');
const path = require('path');
const FitParser = require('fit-file-parser').default;

const WARMUP_MS = 6000;
const MEASURE_MS = 10000;

function decodeOnce(buffer) {
  let result;
  new FitParser({ force: false, mode: 'list', speedUnit: 'm/s', lengthUnit: 'm' }).parse(buffer, (error, data) => {
    if (error) {
      throw new Error(String(error));
    }
    result = data;
  });
  return result;
}

function run(buffer, millis) {
  let files = 0;
  let records = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < millis) {
    records += decodeOnce(buffer).records.length;
    files += 1;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { files, records, seconds: elapsed / 1000 };
}

for (const file of process.argv.slice(2)) {
  const buffer = fs.readFileSync(file);
  run(buffer, WARMUP_MS);
  const { files, records, seconds } = run(buffer, MEASURE_MS);
  const mbPerSecond = (files * buffer.length) / seconds / 1e6;
  console.log(`${path.basename(file)}: ${buffer.length} bytes, ${records / files} records/file, ` +
    `${(files / seconds).toFixed(2)} files/s, ${mbPerSecond.toFixed(2)} MB/s, ${(records / seconds).toFixed(0)} records/s`);
}
