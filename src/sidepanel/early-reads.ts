/**
 * The panel's first reads, started before its first render: Preact runs effects only after the
 * browser has painted, so reads begun in effects start ~first paint late. The hooks take these
 * promises for their first value (once), then keep current through their own watchers.
 */
import { buildMatcherIndexFromDb } from '../db/matcher-source';
import type { CorpusPack } from '../core/pack-schema';
import type { PageReport } from '../core/page-report';
import { readTabReport } from '../platform/tab-reports';
import { panelDb } from './panel-db';
import { pinnedTabId } from './use-tab-id';

let report: { tabId: number; promise: Promise<PageReport | null> } | null = null;
let packs: Promise<CorpusPack[]> | null = null;

/** Every stored corpus as packs (db's own order: the shipped ones first, then the user's as added). */
export async function readAllPacks(): Promise<CorpusPack[]> {
  return (await buildMatcherIndexFromDb(panelDb())).packs;
}

/** Starts the reads the first render will need (the pinned tab's report, the corpora). */
export function startEarlyReads(search: string): void {
  const tabId = pinnedTabId(search);
  if (tabId !== null) report = { tabId, promise: readTabReport(tabId) };
  packs = readAllPacks();
  packs.catch(() => undefined); // the hook reports failures
}

/** The early read of `tabId`'s report, handed out once. */
export function takeEarlyReport(tabId: number): Promise<PageReport | null> | null {
  if (report?.tabId !== tabId) return null;
  const { promise } = report;
  report = null;
  return promise;
}

/** The early read of the corpora, handed out once. */
export function takeEarlyPacks(): Promise<CorpusPack[]> | null {
  const promise = packs;
  packs = null;
  return promise;
}
