/**
 * A short neutral label for a fact, made from a source's own words: the passage that shares most
 * with the others, without its attribution ("X said that", "according to X"), datelines
 * ("On October 26,") or report prefixes ("Update:"); when still long, the clause that carries
 * most of what the sources share.
 */
import { attributionRanges } from './attribution';
import { splitClauses } from './sentences';
import { contentTerms } from './terms';

const PREFIX_PATTERNS: RegExp[] = [
  /^(?:update|details|source|background|breaking)\s*:\s*/i,
  /^(?:on|since|by)\s+(?:the\s+)?[^,]{1,30}?\d[^,]{0,20},\s*/i, // "On October 26, " / "On the 26th, "
  /^(?:however|meanwhile|also|later|earlier|in addition|additionally|moreover|in retaliation),\s*/i,
  /^(?:and|but|so|that)\s+/i,
];
const MAX_WORDS = 16;

function clean(text: string): string {
  let label = text.trim().replace(/^[•\-–—\s,;:]+/, '');
  for (let round = 0; round < 2; round++)
    for (const pattern of PREFIX_PATTERNS) label = label.replace(pattern, '');
  label = label
    .replace(/["“”«»]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.!?…]+$/, '')
    .trim();
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * The passage without a leading or trailing attribution ("X said that …", "…, Reuters reports");
 * one in the middle stays, as cutting it would garble the sentence.
 */
function withoutAttribution(passage: string): string {
  let from = 0;
  let to = passage.length;
  for (const [start, end] of attributionRanges(passage)) {
    if (!passage.slice(from, start).replace(/[\s,;:"“”]/g, '')) from = end;
    else if (!passage.slice(end).replace(/[\s,;:.!?"“”]/g, '')) to = Math.min(to, start);
  }
  const result = passage.slice(from, to);
  return result.trim().split(/\s+/).length >= 4 ? result : passage;
}

/**
 * Label for a fact whose central passage is `passage`; `shared` are the content terms the sources
 * have in common (stemmed, as contentTerms gives them), used to pick the telling clause.
 */
export function labelFromPassage(passage: string, shared: string[] = []): string {
  const label = clean(withoutAttribution(passage));
  if (label.split(' ').length <= MAX_WORDS) return label;
  const wanted = new Set(shared);
  const clauses = splitClauses(label, { start: 0, end: label.length, text: label })
    .map((clause) => ({
      text: clean(clause.text),
      hits: contentTerms(clause.text).filter((t) => wanted.has(t)).length,
    }))
    .filter(
      (clause) =>
        clause.text.split(' ').length >= 4 && !/^(which|who|whom|that|where|while)\b/i.test(clause.text),
    );
  clauses.sort((a, b) => b.hits - a.hits || a.text.length - b.text.length);
  const best = clauses[0];
  const chosen = best && best.hits > 0 ? best.text : label;
  const words = chosen.split(' ');
  return words.length <= MAX_WORDS
    ? chosen
    : `${words
        .slice(0, MAX_WORDS)
        .join(' ')
        .replace(/[,;:]$/, '')}…`;
}
