/**
 * Draws the Parallax icon (two overlapping lenses) as PNGs in extension/icons/.
 * Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function drawIcon(size: number): Buffer {
  const rows: Buffer[] = [];
  const r = size * 0.3;
  const left = { x: size * 0.38, y: size * 0.5 };
  const right = { x: size * 0.62, y: size * 0.5 };
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const inLeft = Math.hypot(px - left.x, py - left.y) <= r;
      const inRight = Math.hypot(px - right.x, py - right.y) <= r;
      const corner = Math.min(px, py, size - px, size - py) < size * 0.04;
      let rgba = [11, 92, 173, 255];
      if (inLeft && inRight) rgba = [255, 196, 0, 255];
      else if (inLeft || inRight) rgba = [255, 255, 255, 255];
      if (corner) rgba = [11, 92, 173, 255];
      row.set(rgba, 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`../extension/icons/icon-${size}.png`, import.meta.url), drawIcon(size));
}
