/**
 * Watches the page for added or changed text (infinite scroll, live blogs) and hands the changed
 * text nodes over in debounced batches. Our own UI is ignored. Disconnects when the signal aborts.
 */
const DEBOUNCE_MS = 400;

function isOurs(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(element?.closest('parallax-hover-card'));
}

export function watchMutations(root: Node, onChanged: (nodes: Set<Node>) => void, signal: AbortSignal): void {
  let batch = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData' && !isOurs(record.target)) batch.add(record.target);
      for (const node of record.addedNodes) if (!isOurs(node) && node.textContent?.trim()) batch.add(node);
    }
    if (batch.size === 0) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const nodes = batch;
      batch = new Set();
      if (!signal.aborted) onChanged(nodes);
    }, DEBOUNCE_MS);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
