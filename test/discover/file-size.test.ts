import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_SIZE, formatFileSize, parseFileSize } from '../../src/discover/file-size.js';

describe('file sizes', () => {
  it('defaults to 1 MB', () => {
    expect(DEFAULT_MAX_FILE_SIZE).toBe(1_048_576);
  });

  it('parses bytes and k/kb/m/mb/g/gb suffixes, in any case', () => {
    expect(parseFileSize('2048')).toBe(2048);
    expect(parseFileSize('500k')).toBe(512_000);
    expect(parseFileSize('2MB')).toBe(2_097_152);
    expect(parseFileSize('1.5 mb')).toBe(1_572_864);
    expect(parseFileSize('1g')).toBe(1_073_741_824);
  });

  it('refuses what is not a positive size', () => {
    expect(parseFileSize('')).toBeUndefined();
    expect(parseFileSize('0')).toBeUndefined();
    expect(parseFileSize('-1')).toBeUndefined();
    expect(parseFileSize('10 parsecs')).toBeUndefined();
    expect(parseFileSize('1e400')).toBeUndefined();
  });

  it('formats sizes the way skip reasons show them', () => {
    expect(formatFileSize(12)).toBe('12 B');
    expect(formatFileSize(1536)).toBe('1.5 kB');
    expect(formatFileSize(1_048_576)).toBe('1 MB');
    expect(formatFileSize(3_500_000)).toBe('3.3 MB');
  });
});
