/**
 * The small card shown over a highlighted actor or fact: what it is, how many sources reported it,
 * and a "Compare sources" button that opens the side panel at that item. It lives in a closed
 * shadow root (page CSS and scripts cannot reach into it) and is built from text nodes only.
 */
const CARD_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; }
.card { font: 13px/1.4 system-ui, sans-serif; color: #1b1f24; background: #fff; border: 1px solid #c9d1d9;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px 10px; max-width: 320px; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; }
.title { font-weight: 600; margin: 2px 0 4px; }
.meta { color: #57606a; margin-bottom: 6px; }
button { font: inherit; border: 1px solid #0b5cad; background: #0b5cad; color: #fff; border-radius: 6px; padding: 3px 10px; cursor: pointer; }
button:focus-visible { outline: 3px solid #ffc400; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #1f242a; border-color: #3a424b; }
  .kind, .meta { color: #9da7b1; }
}`;

export interface CardContent {
  kind: 'fact' | 'actor';
  id: string;
  title: string;
  meta: string;
}

interface CardElements {
  host: HTMLElement;
  root: ShadowRoot;
}

export class HoverCard {
  /** Built on the first hover: most pages never show a card, and building it costs ~1.5 ms. */
  private built: CardElements | null = null;
  private current: CardContent | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly onCompare: (content: CardContent) => void,
  ) {}

  private elements(): CardElements {
    if (this.built) return this.built;
    const host = this.doc.createElement('parallax-hover-card');
    host.setAttribute('role', 'dialog');
    host.setAttribute('aria-label', 'Parallax');
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    root.append(style);
    host.addEventListener('mouseenter', () => clearTimeout(this.hideTimer));
    host.addEventListener('mouseleave', () => this.hideSoon());
    host.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide();
    });
    root.addEventListener('click', (event) => {
      const target = event.target as HTMLElement | null;
      // Synchronously inside the click: the gesture must reach sidePanel.open.
      if (target?.tagName === 'BUTTON' && this.current) this.onCompare(this.current);
    });
    this.built = { host, root };
    return this.built;
  }

  show(content: CardContent, x: number, y: number): void {
    clearTimeout(this.hideTimer);
    const { host, root } = this.elements();
    if (this.current?.kind !== content.kind || this.current.id !== content.id) this.render(root, content);
    this.current = content;
    if (!host.isConnected) this.doc.documentElement.append(host);
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    host.style.left = `${Math.max(4, Math.min(x + 12, width - 336))}px`;
    host.style.top = `${y + 18 > height - 120 ? Math.max(4, y - 110) : y + 18}px`;
  }

  hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), 400);
  }

  hide(): void {
    clearTimeout(this.hideTimer);
    this.current = null;
    this.built?.host.remove();
  }

  get visibleItem(): CardContent | null {
    return this.built?.host.isConnected ? this.current : null;
  }

  private render(root: ShadowRoot, content: CardContent): void {
    for (const child of [...root.childNodes]) if (child.nodeName !== 'STYLE') child.remove();
    const card = this.doc.createElement('div');
    card.className = 'card';
    const kind = this.doc.createElement('div');
    kind.className = 'kind';
    kind.textContent = content.kind === 'fact' ? 'Fact in the corpus' : 'Actor in the corpus';
    const title = this.doc.createElement('div');
    title.className = 'title';
    title.textContent = content.title;
    const meta = this.doc.createElement('div');
    meta.className = 'meta';
    meta.textContent = content.meta;
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.textContent = 'Compare sources';
    card.append(kind, title, meta, button);
    root.append(card);
  }
}
