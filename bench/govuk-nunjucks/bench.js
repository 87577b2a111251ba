// Renders page.njk (GOV.UK Frontend macros) N times and prints one JSON line.
// Usage: npm ci && node bench.js [N] [FILE]    or    node bench.js --rounds
// With --rounds it stays up after the warm-up: each line on stdin is a number of seconds to render
// for, answered with one JSON line, so a caller can interleave it with Eenheid's render-page.
// Copied from the GOV.UK anchor (shared/anchors/govuk-nunjucks); the only change: with FILE, the
// first render (the hostile name, to show escaping) is written there, for the HTML size figures.
const nunjucks = require('nunjucks');
const path = require('path');
const env = nunjucks.configure(
  [__dirname, path.join(__dirname, 'node_modules/govuk-frontend/dist/')],
  { autoescape: true }
);
if (process.argv[2] === '--rounds') {
  for (let i = 0; i < 200; i++) env.render('page.njk', { name: 'Jan ' + i }); // warm-up
  const lines = require('readline').createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const seconds = parseFloat(line);
    const t0 = process.hrtime.bigint();
    let pages = 0;
    let s = 0;
    do {
      for (let i = 0; i < 5; i++) env.render('page.njk', { name: 'Jan ' + pages++ });
      s = Number(process.hrtime.bigint() - t0) / 1e9;
    } while (s < seconds);
    process.stdout.write(JSON.stringify({ engine: 'govuk-frontend+nunjucks', pages, seconds: s, pages_per_s: pages / s }) + '\n');
  });
  return;
}
const N = parseInt(process.argv[2] || '2000', 10);
const first = env.render('page.njk', { name: 'Jan <script>alert(1)</script> Jansen' });
if (process.argv[3]) require('fs').writeFileSync(process.argv[3], first);
for (let i = 0; i < 200; i++) env.render('page.njk', { name: 'Jan ' + i }); // warm-up
const t0 = process.hrtime.bigint();
let bytes = 0;
for (let i = 0; i < N; i++) bytes += env.render('page.njk', { name: 'Jan ' + i }).length;
const s = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({ engine: 'govuk-frontend+nunjucks', pages: N, seconds: s, pages_per_s: N / s, bytes_per_page: first.length }));
