/** The published MatcherIndex in storage.local: written by the background, read by content scripts. */
import { parseMatcherIndex, type MatcherIndex } from '../core/matcher-index';
import { browser } from './browser';

const KEY = 'matcher-index';

export async function publishMatcherIndex(index: MatcherIndex): Promise<void> {
  await browser.storage.local.set({ [KEY]: index });
}

export async function readMatcherIndex(): Promise<MatcherIndex | null> {
  const stored = await browser.storage.local.get(KEY);
  return parseMatcherIndex(stored[KEY]);
}
