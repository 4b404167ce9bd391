import { markdownTitle } from '../../src/sources/markdown-title.js';

describe('markdownTitle', () => {
  test.each([
    ['# Seoul warns Pyongyang\n\nText.', 'Seoul warns Pyongyang'],
    ['Intro line.\n\n# Later heading\n', 'Later heading'],
    ['## A subheading\n# The title', 'The title'],
    ['```\n# a comment in code\n```\n# Real title', 'Real title'],
    ['# Closed heading ##\n', 'Closed heading'],
    ['   #   Indented and spaced   \n', 'Indented and spaced'],
    ['#NoSpaceIsNotAHeading', undefined],
    ['#\n# Second', 'Second'],
    ['Plain text only.', undefined],
  ])('takes the title of %j as %j', (text, title) => {
    expect(markdownTitle(text)).toBe(title);
  });
});
