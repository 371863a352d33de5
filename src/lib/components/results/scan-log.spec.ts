import { describe, expect, it } from 'vitest';
import { logScan, SCAN_LOG_SIZE, type ScanEntry } from './scan-log';

const entry = (id: number, tone: ScanEntry['tone'] = 'added'): ScanEntry => ({
  id,
  tone,
  text: `code ${id}`,
});

describe('logScan', () => {
  it('puts the newest read on top', () => {
    const log = logScan(logScan([], entry(1)), entry(2, 'bad'));
    expect(log.map((e) => e.id)).toEqual([2, 1]);
    expect(log[0]).toEqual({ id: 2, tone: 'bad', text: 'code 2' });
  });

  it('keeps the newest 50 lines and drops the oldest', () => {
    let log: ScanEntry[] = [];
    for (let id = 1; id <= 53; id++) log = logScan(log, entry(id));
    expect(SCAN_LOG_SIZE).toBe(50);
    expect(log).toHaveLength(50);
    expect(log[0].id).toBe(53);
    expect(log.at(-1)?.id).toBe(4);
  });

  it('leaves the log it was given as it was', () => {
    const before = [entry(1)];
    logScan(before, entry(2), 1);
    expect(before).toEqual([entry(1)]);
    expect(logScan(before, entry(2), 1)).toEqual([entry(2)]);
  });
});
