import { splitLines } from '../../src/sources/split-lines.js';

async function linesOf(chunks: readonly (string | Uint8Array)[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of splitLines((async function* () { yield* chunks; })())) lines.push(line.toString('utf8'));
  return lines;
}

describe('splitLines', () => {
  test.each([
    ['LF endings', ['a\nb\n'], ['a', 'b']],
    ['CRLF endings', ['a\r\nb\r\n'], ['a', 'b']],
    ['a last line without a newline', ['a\nb'], ['a', 'b']],
    ['blank lines kept (the reader skips them)', ['a\n\n\nb\n'], ['a', '', '', 'b']],
    ['a line across three chunks', ['{"te', 'xt":', '"x"}\nnext'], ['{"text":"x"}', 'next']],
    ['a CR and its LF in different chunks', ['a\r', '\nb'], ['a', 'b']],
    ['a lone CR inside a line', ['a\rb\n'], ['a\rb']],
    ['no input', [], []],
    ['only a newline', ['\n'], ['']],
  ])('splits %s', async (_name, chunks, expected) => {
    expect(await linesOf(chunks)).toEqual(expected);
  });

  test('keeps the bytes of a line intact when a multi-byte character spans chunks', async () => {
    const euro = Buffer.from('€', 'utf8'); // e2 82 ac
    expect(await linesOf([euro.subarray(0, 1), euro.subarray(1), Buffer.from('\n')])).toEqual(['€']);
  });
});
