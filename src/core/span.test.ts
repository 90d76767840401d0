import { describe, expect, it } from 'vitest';
import { spanOf } from './span';

describe('spanOf', () => {
  it('keeps UTF-16 offsets with emoji and combining marks', () => {
    const text = 'a 👍 Zacharová e\u0301';
    const start = text.indexOf('Zach');
    const span = spanOf(text, start, start + 'Zacharová'.length);
    expect(span.text).toBe('Zacharová');
    expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
