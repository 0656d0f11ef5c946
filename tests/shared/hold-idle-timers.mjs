// Holds back the packages' idle timers (setTimeout delays of a second or more) so that a test
// fires them when it chooses instead of waiting; shorter timers run as usual. Used by a browser
// page, and by Node child processes as source text (so it must stay self-contained).

/**
 * Replaces `setTimeout` and `clearTimeout` on `global`. Returns the held timers, `fireIdle()` to
 * run (and drop) them all, and the real `setTimeout`.
 */
export function holdIdleTimers(global) {
  const idle = [];
  const realSetTimeout = global.setTimeout;
  const realClearTimeout = global.clearTimeout;
  global.setTimeout = (fn, ms, ...args) => {
    if (!(ms >= 1000)) return realSetTimeout(fn, ms, ...args);
    const timer = { fire: () => fn(...args), unref: () => timer, ref: () => timer, hasRef: () => false };
    idle.push(timer);
    return timer;
  };
  global.clearTimeout = (timer) => {
    const at = idle.indexOf(timer);
    if (at >= 0) idle.splice(at, 1);
    else realClearTimeout(timer);
  };
  const fireIdle = () => idle.splice(0).forEach((timer) => timer.fire());
  return { idle, fireIdle, realSetTimeout };
}
