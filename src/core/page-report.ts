/**
 * What a content-script scan found on one page, as sent to the background and stored per tab.
 * Plain JSON only (it crosses contexts); validated with valibot at the receiver.
 */
import * as v from 'valibot';

export const EvidenceSchema = v.object({ start: v.number(), end: v.number(), text: v.string() });

export const DetectedFactSchema = v.object({
  id: v.string(),
  label: v.string(),
  score: v.number(),
  evidence: v.array(EvidenceSchema),
  reportedBy: v.array(v.string()),
  /** Why it matched: the actors, numbers and words shared with the fact's signature. */
  why: v.array(v.string()),
});
export type DetectedFact = v.InferOutput<typeof DetectedFactSchema>;

export const DetectedActorSchema = v.object({
  id: v.string(),
  name: v.string(),
  mentions: v.array(EvidenceSchema),
});
export type DetectedActor = v.InferOutput<typeof DetectedActorSchema>;

export const PageReportSchema = v.object({
  url: v.string(),
  title: v.string(),
  words: v.number(),
  facts: v.array(DetectedFactSchema),
  actors: v.array(DetectedActorSchema),
  /** The corpus source this page is, when it is one (the panel then shows the others). */
  selfSource: v.nullable(v.string()),
  corpusVersion: v.string(),
  scannedAt: v.number(),
});
export type PageReport = v.InferOutput<typeof PageReportSchema>;
