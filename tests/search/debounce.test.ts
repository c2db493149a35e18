import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../src/search/client/debounce';

describe('debounce', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, with the last arguments, after input pauses', () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const typed = debounce((value: string) => calls.push(value), 100);
    typed('M');
    vi.advanceTimersByTime(60);
    typed('Me');
    vi.advanceTimersByTime(60);
    typed('Med');
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(calls).toEqual(['Med']);
  });

  it('runs a pending call at once when flushed, and nothing when none is pending', () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const typed = debounce((value: string) => calls.push(value), 100);
    typed('Beslan');
    typed.flush();
    typed.flush();
    vi.advanceTimersByTime(200);
    expect(calls).toEqual(['Beslan']);
  });
});
