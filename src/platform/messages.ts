/**
 * The typed message protocol: one map per direction, one discriminated union each, validated
 * with valibot at the receiving end. Handlers are one object per map, so a missing handler is a
 * compile error. Payloads are plain JSON.
 */
import * as v from 'valibot';
import { PageReportSchema } from '../core/page-report';
import type { PageResults } from '../core/page-results';

/** Where the side panel should open: an item of the corpus. */
export const PanelFocusSchema = v.object({
  kind: v.picklist(['fact', 'actor', 'source']),
  id: v.string(),
});
export type PanelFocus = v.InferOutput<typeof PanelFocusSchema>;

/** A piece of a page's text with its offset in the page text (core/page-pieces.ts). */
export const TextPieceSchema = v.object({ start: v.number(), text: v.string() });

/**
 * content script → background over the detection port (platform/detect-channel.ts): find the
 * corpus in these pieces of the page. A port, set up while the page is still being read, because
 * a content script's first one-off message costs 15–25 ms of channel set-up.
 */
export { DETECT_PORT } from './port-names';
export const DetectRequestSchema = v.object({
  id: v.number(),
  url: v.string(),
  /** The day the page says it was published (core/page-date.ts), or null. */
  published: v.optional(v.nullable(v.string()), null),
  /** How many facts the page told in earlier scan passes (core/page-corroboration.ts). */
  toldBefore: v.optional(v.number(), 0),
  /** The corpus actors earlier passes found on the page (core/page-corroboration.ts). */
  namedBefore: v.optional(v.array(v.string()), []),
  pieces: v.array(TextPieceSchema),
  /** A long page's text comes in several messages of one id: true on all but the last. */
  more: v.optional(v.boolean()),
});
export type DetectRequest = v.InferOutput<typeof DetectRequestSchema>;
/** The answer; `results` is null when no MatcherIndex is published yet. */
export interface DetectReply {
  id: number;
  results: PageResults | null;
}

/** content script → background */
export const ContentToBackgroundSchema = v.variant('type', [
  v.object({ type: v.literal('page-report'), report: PageReportSchema }),
  v.object({ type: v.literal('open-side-panel'), focus: v.nullable(PanelFocusSchema) }),
]);
export type ContentToBackground = v.InferOutput<typeof ContentToBackgroundSchema>;

/** side panel / options → background */
export const PageToBackgroundSchema = v.variant('type', [
  /** The user added, replaced or deleted a corpus: rebuild the MatcherIndex. */
  v.object({ type: v.literal('corpora-changed') }),
  /** The user marked a match "not the same fact": recount the tab's facts now. */
  v.object({ type: v.literal('fact-dismissed'), tabId: v.number() }),
]);
export type PageToBackground = v.InferOutput<typeof PageToBackgroundSchema>;

/** side panel → content script (in the panel's tab) */
export const PanelToContentSchema = v.variant('type', [
  v.object({
    type: v.literal('focus-item'),
    kind: v.picklist(['fact', 'actor']),
    id: v.string(),
    /** The evidence text to scroll to (the first of the item's ranges when absent or not found). */
    text: v.nullable(v.string()),
  }),
]);
export type PanelToContent = v.InferOutput<typeof PanelToContentSchema>;

/** What each message answers. */
export interface ContentToBackgroundReplies {
  'page-report': { stored: boolean };
  'open-side-panel': { opened: boolean };
}
export interface PanelToContentReplies {
  'focus-item': { found: boolean };
}
export interface PageToBackgroundReplies {
  'corpora-changed': { rebuilt: boolean };
  'fact-dismissed': { facts: number };
}

export type HandlerMap<
  Union extends { type: string },
  Replies extends Record<Union['type'], unknown>,
  Ctx,
> = {
  [K in Union['type']]: (
    message: Extract<Union, { type: K }>,
    context: Ctx,
  ) => Replies[K] | Promise<Replies[K]>;
};

/** Validates `input` against a union schema; null when it is not one of ours. */
export function parseMessage<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> | null {
  const result = v.safeParse(schema, input);
  return result.success ? result.output : null;
}
