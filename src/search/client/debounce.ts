/**
 * Runs `action` once input has paused for `wait` milliseconds: typing fast starts
 * one search, not one per key. `flush` runs a pending call at once (Enter).
 */
export function debounce<Args extends unknown[]>(action: (...args: Args) => void, wait: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Args | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    const args = pending;
    pending = undefined;
    if (args) action(...args);
  };
  const debounced = (...args: Args) => {
    pending = args;
    clearTimeout(timer);
    timer = setTimeout(run, wait);
  };
  return Object.assign(debounced, { flush: run });
}
