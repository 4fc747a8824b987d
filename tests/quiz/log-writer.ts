/**
 * A drill reduced to its writes, for the concurrency and kill -9 tests: appends `count`
 * reviews to the log in `dir` and prints each review's id on stdout once append() returned
 * (an acknowledged review). Bundled by the test with esbuild and run as a child process.
 */
import { ReviewLog, newId } from '../../src/quiz/log.js';

const [dir, countArg, tag] = process.argv.slice(2);
const count = Number(countArg);
const log = ReviewLog.open(dir!, { sync: false });
for (let i = 0; i < count; i++) {
  const now = new Date(Date.UTC(2026, 0, 1) + i * 1000);
  const id = newId(now);
  log.append({ type: 'review', id, t: now.toISOString(), card: `card-${tag}-${i % 50}`, fact: 'f', grade: 3, correct: true, mode: 'review', session: tag! });
  process.stdout.write(`${id}\n`);
}
log.close();
