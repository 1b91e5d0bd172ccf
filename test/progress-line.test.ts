import { describe, expect, it } from 'vitest';
import { createProgressLine } from '../src/progress-line.js';

function fakeTerminal() {
  const written: string[] = [];
  return { stream: { write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream, written };
}

describe('createProgressLine', () => {
  it('stays silent for a scan shorter than a second', () => {
    const { stream, written } = fakeTerminal();
    let clock = 0;
    const line = createProgressLine(stream, () => clock);
    clock = 900;
    line.update({ stage: 'reading', done: 64, total: 100 });
    line.finish();
    expect(written).toEqual([]);
  });

  it('rewrites one line in place after a second, then clears it', () => {
    const { stream, written } = fakeTerminal();
    let clock = 0;
    const line = createProgressLine(stream, () => clock);
    clock = 1500;
    line.update({ stage: 'reading', done: 640, total: 10000 });
    line.update({ stage: 'parsing', files: 3012 });
    line.finish();
    expect(written).toEqual(['\r\u001b[2Kws-gap: read 640/10000 files', '\r\u001b[2Kws-gap: analysing 3012 files...', '\r\u001b[2K']);
  });
});
