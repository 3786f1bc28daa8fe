// chrono.js: the reference the reader's speed is compared with (make bench).
// Runs chrono-node's date extraction (chrono.en.GB, day-first, as UK
// instruments write dates) over each file named on the command line and prints
// "bytes files dates seconds" for the run, timed after one warm-up parse (as
// the other reference and bench/reader.c do). Not part of the product.
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');

const files = process.argv.slice(2);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
let bytes = 0;
for (const t of texts) bytes += Buffer.byteLength(t);
chrono.en.GB.parse('warm up on 1 January 2020');
const t0 = process.hrtime.bigint();
let dates = 0;
for (const t of texts) dates += chrono.en.GB.parse(t).length;
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`${bytes} ${texts.length} ${dates} ${secs.toFixed(3)}`);
