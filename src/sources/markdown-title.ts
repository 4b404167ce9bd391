// The title of a Markdown article: its first level-1 ATX heading ("# Title"), outside fenced code blocks.

const FENCE = /^ {0,3}(```|~~~)/;
const HEADING = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

export function markdownTitle(text: string): string | undefined {
  let inFence = false;
  for (const line of text.split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) continue;
    const title = HEADING.exec(line)?.[1]?.trim();
    if (title !== undefined && title !== '') return title;
  }
  return undefined;
}
