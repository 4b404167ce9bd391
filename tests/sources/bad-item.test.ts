import { fileErrorItem } from '../../src/sources/bad-item.js';

function errnoError(code: string): Error {
  return Object.assign(new Error(`${code}: failed`), { code });
}

describe('fileErrorItem', () => {
  test.each([
    ['ENOENT', 'INPUT_NOT_FOUND', 'in/a.txt does not exist; check the path'],
    ['ENOTDIR', 'INPUT_NOT_FOUND', 'in/a.txt does not exist: a part of its path is a file, not a folder'],
    ['EACCES', 'INPUT_UNREADABLE', "in/a.txt cannot be read: permission denied; check its permissions"],
    ['EPERM', 'INPUT_UNREADABLE', "in/a.txt cannot be read: permission denied; check its permissions"],
    ['EIO', 'INPUT_UNREADABLE', 'in/a.txt cannot be read: EIO: failed'],
  ])('reports %s as %s', (errno, code, reason) => {
    expect(fileErrorItem('in/a.txt', errnoError(errno))).toEqual({ kind: 'bad', origin: { file: 'in/a.txt' }, code, reason });
  });
});
