/** Maps offsets of the extracted page text back to DOM Ranges (binary search over segments). */
import type { TextSegment } from '../core/page-text';

function segmentIndexAt(segments: TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid];
    if (!segment) break;
    if (offset < segment.start) high = mid - 1;
    else if (offset >= segment.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** A Range over `[start, end)` of the page text, or null when it falls between text nodes. */
export function rangeForOffsets(
  doc: Document,
  segments: TextSegment[],
  start: number,
  end: number,
): Range | null {
  const first = segments[segmentIndexAt(segments, start)];
  const last = segments[segmentIndexAt(segments, Math.max(start, end - 1))];
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}
