/** How the content script cuts the page text it sends to the background. */
import { describe, expect, it } from 'vitest';
import {
  MESSAGE_CHARS,
  PartsAssembly,
  messageParts,
  piecesOf,
  type TextPiece,
} from '../../src/core/page-pieces';

const line = (n: number): string => `${'word '.repeat(n / 5 - 1)}end.\n`;

describe('piecesOf', () => {
  it('cuts the ranges at line breaks into pieces that cover them exactly', () => {
    const text = line(3000).repeat(10);
    const pieces = piecesOf(text, [[0, text.length]]);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    for (const piece of pieces) {
      expect(text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
      expect(piece.text.endsWith('\n')).toBe(true);
    }
  });
});

describe('messageParts', () => {
  const piece = (start: number, chars: number): TextPiece => ({ start, text: 'x'.repeat(chars) });

  it('sends a short page in one message, even an empty one', () => {
    expect(messageParts([piece(0, 500), piece(500, 700)])).toEqual([[piece(0, 500), piece(500, 700)]]);
    expect(messageParts([])).toEqual([[]]);
  });

  it('cuts a long page into parts of at most MESSAGE_CHARS, in order, losing nothing', () => {
    const pieces = Array.from({ length: 40 }, (_, i) => piece(i * 8000, 8000));
    const parts = messageParts(pieces);
    expect(parts.length).toBe(Math.ceil((40 * 8000) / MESSAGE_CHARS));
    expect(parts.flat()).toEqual(pieces);
    for (const part of parts) {
      expect(part.reduce((sum, each) => sum + each.text.length, 0)).toBeLessThanOrEqual(MESSAGE_CHARS);
    }
  });

  it('sends a piece longer than a message on its own', () => {
    const parts = messageParts([
      piece(0, 100),
      piece(100, MESSAGE_CHARS + 5),
      piece(MESSAGE_CHARS + 105, 10),
    ]);
    expect(parts.map((part) => part.map((each) => each.start))).toEqual([[0], [100], [MESSAGE_CHARS + 105]]);
  });
});

describe('PartsAssembly', () => {
  const piece = (start: number): TextPiece => ({ start, text: `piece ${start}` });

  it('gives a request’s pieces once its last part is in, in order', () => {
    const parts = new PartsAssembly();
    expect(parts.add(1, [piece(0), piece(10)], true)).toBeNull();
    expect(parts.add(1, [piece(20)], false)).toEqual([piece(0), piece(10), piece(20)]);
    expect(parts.held).toBe(0);
    expect(parts.add(2, [piece(0)], false)).toEqual([piece(0)]);
  });

  it('drops the parts of a request given up mid-send when the next one arrives', () => {
    const parts = new PartsAssembly();
    parts.add(1, [piece(0), piece(10)], true);
    expect(parts.held).toBe(2);
    expect(parts.add(2, [piece(100)], true)).toBeNull();
    expect(parts.held).toBe(1);
    expect(parts.add(2, [piece(200)], false)).toEqual([piece(100), piece(200)]);
  });
});
