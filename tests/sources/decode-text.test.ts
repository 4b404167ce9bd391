import { decodeFileText, firstInvalidUtf8Offset, lineOfOffset, sniffHead } from '../../src/sources/decode-text.js';
import { bytes } from './temp-files.js';

describe('firstInvalidUtf8Offset', () => {
  test.each([
    ['valid ASCII', bytes('abc'), -1],
    ['valid multi-byte text', Buffer.from('café €', 'utf8'), -1],
    ['a Latin-1 é between letters', bytes('a', [0xe9], 'b'), 1],
    ['a stray continuation byte', bytes('a', [0x80]), 1],
    ['a sequence cut off at the end', bytes('a', [0xc3]), 1],
    ['an invalid byte after a valid é', bytes([0xc3, 0xa9, 0xff]), 2],
    ['a three-byte sequence broken by a letter', bytes([0xe2, 0x82], 'A'), 0],
  ])('finds %s at %i', (_name, input, offset) => {
    expect(firstInvalidUtf8Offset(input)).toBe(offset);
  });
});

describe('lineOfOffset', () => {
  test('counts the newlines before the offset', () => {
    expect(lineOfOffset(bytes('ab\ncd\nef'), 0)).toBe(1);
    expect(lineOfOffset(bytes('ab\ncd\nef'), 2)).toBe(1);
    expect(lineOfOffset(bytes('ab\ncd\nef'), 3)).toBe(2);
    expect(lineOfOffset(bytes('ab\ncd\nef'), 7)).toBe(3);
  });
});

describe('sniffHead', () => {
  test('refuses a NUL byte in the first 8 KB as binary', () => {
    expect(sniffHead(bytes('text', [0], 'more'), 'f.txt')?.code).toBe('INPUT_BINARY');
  });

  test('lets a NUL byte after the first 8 KB through to the decoder', () => {
    expect(sniffHead(bytes('x'.repeat(8192), [0]), 'f.txt')).toBeUndefined();
  });

  test.each([
    ['little-endian', [0xff, 0xfe, 0x68, 0x00]],
    ['big-endian', [0xfe, 0xff, 0x00, 0x68]],
  ])('refuses %s UTF-16 as an encoding problem, not as binary', (_name, head) => {
    expect(sniffHead(bytes(head), 'f.txt')).toEqual({ code: 'INPUT_ENCODING', reason: 'f.txt is UTF-16 text; save it as UTF-8 and try again' });
  });
});

describe('decodeFileText', () => {
  test('drops a UTF-8 byte-order mark', () => {
    expect(decodeFileText(bytes([0xef, 0xbb, 0xbf], 'Hello'), 'f.txt')).toEqual({ ok: true, text: 'Hello' });
  });

  test('refuses invalid UTF-8 naming the file, the line and the byte', () => {
    expect(decodeFileText(bytes('ok\nna', [0xef], 've\n'), 'f.txt')).toEqual({
      ok: false,
      code: 'INPUT_ENCODING',
      reason: 'f.txt is not valid UTF-8 (line 2, byte 5); save it as UTF-8 and try again',
    });
  });
});
