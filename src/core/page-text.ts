/**
 * Visible text of a page with an exact map back to its DOM text nodes.
 * Method: one TreeWalker pass over text nodes, skipping non-content elements; block boundaries
 * become "\n" so sentences do not run across paragraphs. Cost: O(text nodes).
 * The Document is passed in, so this runs on a real page (content script) or a Node DOM (CLI).
 */

/** A text node's slice of the extracted text: `text.slice(start, end) === node.data`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface PageText {
  text: string;
  segments: TextSegment[];
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, as a number so core needs no DOM globals
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
]);
/** Elements that start a line of their own (a paragraph, a list item, a cell, a line break). */
export const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'TR',
  'TD',
  'TH',
  'BR',
  'FIGCAPTION',
  'DT',
  'DD',
  'PRE',
  'MAIN',
  'ASIDE',
  'NAV',
  'UL',
  'OL',
  'TABLE',
]);

/**
 * Page furniture, never reporting: navigation, asides (related stories, promos), footers, the site
 * header, and blocks whose class or id names what they are ("related", "share", "newsletter",
 * "comments", "most-read", "cookie"). Inside an <article> as much as around it: real pages put
 * their "Read more" lists and share rows in the article element.
 */
// A photo's caption describes the picture ("Kremlin spokesman Dmitry Peskov. Photo: Reuters"), not
// the story: its names beside each other are no claim.
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FIGCAPTION']);
/**
 * A short subheading names a section ("پیشینه روابط مسکو و حماس", Background of Moscow and Hamas
 * relations; "Israel's reaction"), it tells nothing; a standfirst set as an <h2> is longer.
 */
const SUBHEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
const SUBHEADING_MAX_WORDS = 8;
const HEADINGS = new Set(['H1', ...SUBHEADINGS]);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search']);
// Matched on the lower-cased name, with no flags: the `i` and `u` flags made this regex, which runs
// cold on every page, about twice as slow.
const CHROME_NAME =
  /(?:^|[-_\s])(?:related|share|sharing|social|newsletter|subscribe|subscription|comments?|promo|advert|adverts|advertisement|ads?|sponsored|outbrain|taboola|recommended|recommendations|read-?more|more-?stories|most-?read|most-?popular|trending|breadcrumbs?|captions?|cookies?|consent|paywall|signup|video|player)(?:[-_\s]|$)/;

/**
 * A byline names who wrote the story, never whom it is about ("Marta Zielińska" read as
 * Zelenskyy's name in Polish). Its date is kept: it dates the page.
 */
const BYLINE_NAME = /(?:^|[-_\s])(?:bylines?|authors?|autor|autore|auteur)(?:[-_\s]|$)/;

function isBylineElement(element: Element): boolean {
  if (element.tagName.toUpperCase() === 'ADDRESS') return true;
  const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return name.trim() !== '' && BYLINE_NAME.test(name.toLowerCase());
}

function isChromeElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return true;
  if (SUBHEADINGS.has(tag)) {
    const words = (element.textContent ?? '').trim().split(/\s+/).length;
    if (words <= SUBHEADING_MAX_WORDS) return true;
  }
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return name.trim() !== '' && CHROME_NAME.test(name.toLowerCase());
}

/**
 * Furniture holds a small part of the text: an element named "share" or "comments" that holds
 * most of the content root's text is a site's odd name for its article, and is read.
 */
const MAX_FURNITURE_SHARE = 0.5;

/** True when an element or an ancestor is hidden, editable, or our own UI. */
function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.tagName.toLowerCase().startsWith('parallax-')) return true;
  if (element.getAttribute('contenteditable') === 'true' || element.getAttribute('contenteditable') === '') {
    return true;
  }
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

function closestBlock(node: Node, root: Node): Node | null {
  for (let current = node.parentNode; current && current !== root; current = current.parentNode) {
    if (current.nodeType === 1 && BLOCK_TAGS.has((current as Element).tagName.toUpperCase())) return current;
  }
  return root;
}

/**
 * Characters of text under a node, as `textContent.length` counts them, without building the
 * string: on a 100,000-word page in Chromium building it took 15-24 ms, adding up the text nodes' lengths
 * under 1 ms (their `length`, not `data`: each first `data` makes a string too). `measure` counts
 * a text node otherwise.
 */
function textLength(node: Node, measure: (text: Text) => number = (text) => text.length): number {
  const doc = node.ownerDocument;
  if (!doc) return node.textContent?.length ?? 0;
  const walker = doc.createTreeWalker(node, SHOW_TEXT);
  let length = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) length += measure(text as Text);
  return length;
}

/** Characters of text under a short element, whitespace left out. */
const visibleLength = (node: Node): number =>
  textLength(node, (text) => text.data.replace(/\s+/g, '').length);

/** Reads a page's text a stretch at a time, so a very long page never blocks it for long. */
export interface PageTextReader {
  /** Reads on until `now()` passes `deadline` (checked every few dozen nodes); true when done. */
  readUntil: (deadline: number, now: () => number) => boolean;
  result: () => PageText;
}

/**
 * A short block that is mostly link text is a pointer to another page, not reporting: "Read
 * also: <a>Putin blames Washington…</a>", "Tags: <a>Kremlin</a>, <a>Hamas</a>", a "most read"
 * list item. Its headline names the corpus's actors in another story.
 */
const LINK_BLOCK_MAX_CHARS = 300;
const LINK_BLOCK_SHARE = 0.6;

function isLinkBlock(block: Element): boolean {
  if (HEADINGS.has(block.tagName.toUpperCase())) return false;
  // Most blocks have no link: they cost one query, not a walk of their text.
  const links = block.querySelectorAll('a[href]');
  if (links.length === 0) return false;
  // A source's line breaks and indentation count for nothing on screen, nor here.
  if (textLength(block) > LINK_BLOCK_MAX_CHARS * 4) return false;
  const total = visibleLength(block);
  if (total === 0 || total > LINK_BLOCK_MAX_CHARS) return false;
  let linked = 0;
  for (const link of links) linked += visibleLength(link);
  return linked >= total * LINK_BLOCK_SHARE;
}

/** Nodes read between two looks at the clock. */
const NODES_PER_CHECK = 25;

export function pageTextReader(doc: Document, root: Node | null = doc.body): PageTextReader {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  if (!root) return { readUntil: () => true, result: () => ({ text: '', segments: [] }) };
  const view = doc.defaultView;
  let rootChars = -1;
  const rootLength = (): number => {
    if (rootChars < 0) rootChars = textLength(root);
    return rootChars;
  };
  // Furniture holds a small part of the root's text (see MAX_FURNITURE_SHARE).
  const isSmallPart = (element: Element): boolean => textLength(element) < rootLength() * MAX_FURNITURE_SHARE;
  const hiddenCache = new WeakMap<Element, boolean>();
  const isHidden = (element: Element): boolean => {
    const cached = hiddenCache.get(element);
    if (cached !== undefined) return cached;
    let hidden = isSkippedElement(element) || (isChromeElement(element) && isSmallPart(element));
    if (!hidden && view?.getComputedStyle) {
      const style = view.getComputedStyle(element);
      hidden = style.display === 'none' || style.visibility === 'hidden';
    }
    if (!hidden && element.parentElement && element.parentElement !== root) {
      hidden = isHidden(element.parentElement);
    }
    hiddenCache.set(element, hidden);
    return hidden;
  };
  const bylineCache = new WeakMap<Element, boolean>();
  const inByline = (element: Element): boolean => {
    const cached = bylineCache.get(element);
    if (cached !== undefined) return cached;
    const parent = element.parentElement;
    const found =
      (isBylineElement(element) && isSmallPart(element)) ||
      (parent !== null && element !== root && parent !== root && inByline(parent));
    bylineCache.set(element, found);
    return found;
  };
  const linkBlockCache = new WeakMap<Node, boolean>();
  // The block of the node the walker last accepted, for readUntil (found once per node).
  let acceptedBlock: Node | null = null;
  const inLinkBlock = (block: Node | null): boolean => {
    if (!block || block === root || block.nodeType !== 1) return false;
    let found = linkBlockCache.get(block);
    if (found === undefined) {
      found = isLinkBlock(block as Element);
      linkBlockCache.set(block, found);
    }
    return found;
  };
  const walker = doc.createTreeWalker(root, SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (parent && isHidden(parent)) return FILTER_REJECT;
      if (parent && inByline(parent) && !parent.closest('time')) return FILTER_REJECT;
      acceptedBlock = closestBlock(node, root);
      if (inLinkBlock(acceptedBlock)) return FILTER_REJECT;
      return FILTER_ACCEPT;
    },
  });
  let length = 0;
  let lastBlock: Node | null = null;
  let spaceBetween = false;
  let done = false;
  return {
    readUntil: (deadline, now) => {
      for (let read = 1; !done; read++) {
        const node = walker.nextNode();
        if (!node) {
          done = true;
          break;
        }
        const textNode = node as Text;
        const data = textNode.data;
        if (!data.trim()) {
          // Whitespace between two inline elements ("</span> <time>") is a space on screen.
          spaceBetween = length > 0;
        } else {
          const block = acceptedBlock;
          if (length > 0 && block !== lastBlock) {
            parts.push('\n');
            length += 1;
          } else if (spaceBetween && !/\s$/u.test(parts[parts.length - 1] ?? '') && !/^\s/u.test(data)) {
            parts.push(' ');
            length += 1;
          }
          spaceBetween = false;
          lastBlock = block;
          segments.push({ node: textNode, start: length, end: length + data.length });
          parts.push(data);
          length += data.length;
        }
        if (read % NODES_PER_CHECK === 0 && now() > deadline) return false;
      }
      return true;
    },
    result: () => ({ text: parts.join(''), segments }),
  };
}

/** Extracts the visible text under `root` (default: the body), in one go. */
export function extractPageText(doc: Document, root: Node | null = doc.body): PageText {
  const reader = pageTextReader(doc, root);
  reader.readUntil(Infinity, () => 0);
  return reader.result();
}

/** Chinese and Japanese: words without spaces between them. */
const UNSPACED_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * Counts words for status lines: a cheap whitespace split, or the built-in word segmenter
 * (Intl.Segmenter, no data to ship) for Chinese and Japanese text, which has no spaces.
 */
export function countWords(text: string): number {
  if (UNSPACED_SCRIPT.test(text)) {
    let words = 0;
    for (const segment of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text))
      if (segment.isWordLike) words++;
    return words;
  }
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}

const MIN_ARTICLE_CHARS = 400;

/**
 * The element holding the article: the largest `<article>`, else `<main>` / `[role=main]`, when it
 * holds enough text; otherwise the body. A cheap heuristic (no Readability on every page) that
 * keeps navigation, footers and headline lists out of detection on most news pages.
 */
export function findContentRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const candidates = [...doc.querySelectorAll('article, main, [role="main"]')];
  const best = candidates.reduce<{ element: Element | null; length: number }>(
    (chosen, candidate) => {
      const length = textLength(candidate);
      if (length < MIN_ARTICLE_CHARS) return chosen;
      // A larger block wins; an inner one (an <article> inside <main>) wins when it keeps most of the text.
      const inner = chosen.element?.contains(candidate) === true && length > chosen.length * 0.6;
      return length > chosen.length * 1.5 || inner ? { element: candidate, length } : chosen;
    },
    { element: null, length: 0 },
  );
  return best.element ?? body;
}

/** The page's own address for knowing a corpus source: its canonical link, else og:url, else `fallback`. */
export function canonicalUrlOf(doc: Document, fallback: string): string {
  return (
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    fallback
  );
}
