/**
 * Renders a seed article as a realistic news page (nav, article, related-headlines aside, footer)
 * for fixtures and the demo. Every text goes through escapeHtml: seeds are data, not markup.
 * Usage: npx tsx scripts/render-seed-page.ts SEED_FILE OUT_FILE "Outlet name"
 */
import { readFileSync, writeFileSync } from 'node:fs';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function renderSeedPage(raw: string, outlet: string): string {
  const lines = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const [title = 'Untitled', ...rest] = lines;
  const paragraphs = rest.map((line) => `      <p>${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)} | ${escapeHtml(outlet)}</title>
  <style>
    body { font: 18px/1.6 Georgia, serif; margin: 0; color: #222; background: #fff; }
    nav, footer { font: 14px system-ui, sans-serif; background: #f1f1f1; padding: 10px 24px; }
    nav a { margin-right: 14px; color: #333; }
    .layout { display: flex; gap: 32px; max-width: 1100px; margin: 0 auto; padding: 24px; }
    article { flex: 3; }
    aside { flex: 1; font: 14px system-ui, sans-serif; }
    h1 { font-size: 32px; line-height: 1.2; }
  </style>
</head>
<body>
  <nav><a href="#">Home</a><a href="#">World</a><a href="#">Politics</a><a href="#">Business</a><a href="#">Sport</a></nav>
  <div class="layout">
    <article>
      <h1>${escapeHtml(title)}</h1>
${paragraphs}
    </article>
    <aside>
      <h2>Most read</h2>
      <ul>
        <li><a href="#">Storm warnings issued for the coast</a></li>
        <li><a href="#">Local team wins the cup final</a></li>
        <li><a href="#">New bridge opens after three years of works</a></li>
      </ul>
    </aside>
  </div>
  <footer>© ${escapeHtml(outlet)} · <a href="#">Privacy</a> · <a href="#">Contact</a></footer>
</body>
</html>
`;
}

if (process.argv[1]?.endsWith('render-seed-page.ts')) {
  const [seed, out, outlet] = process.argv.slice(2);
  if (!seed || !out || !outlet) {
    console.error('usage: render-seed-page.ts SEED_FILE OUT_FILE "Outlet name"');
    process.exit(2);
  }
  writeFileSync(out, renderSeedPage(readFileSync(seed, 'utf8'), outlet));
}
