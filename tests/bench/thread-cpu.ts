// CPU time per thread of this process, from /proc/self/task/*/stat (Linux; clock ticks, 10 ms each).
// process.cpuUsage() sums every thread; this tells the main thread, which runs the engine and which a
// typing user waits for, from V8's background threads (its optimising compiler and GC helpers).
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10;

export interface ThreadCpu { main: number; others: number }

export function threadCpu(): ThreadCpu {
  const out: ThreadCpu = { main: 0, others: 0 };
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return out; // not Linux: no per-thread figure
  }
  for (const tid of tasks) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended since the listing
    }
    // The thread's name, in parentheses, may hold spaces: fields count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime
    if (Number(tid) === process.pid) out.main += ms;
    else out.others += ms;
  }
  return out;
}

export const since = (before: ThreadCpu, after: ThreadCpu): ThreadCpu => ({ main: after.main - before.main, others: after.others - before.others });
