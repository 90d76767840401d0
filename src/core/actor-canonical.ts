/**
 * The canonical name of one clustered actor, chosen among its surface forms.
 *
 * Rule:
 *  - a well-known actor keeps its table name;
 *  - a person gets the fullest full name the sources agree on: among the surfaces of at least two
 *    words whose name key (names.ts) is written by two or more sources, the one with the most
 *    words; when no full name is shared, the one with the most words. So a shared "Musa Abu
 *    Marzouk" (two sources, spelled Marzuk/Marzouk) beats one outlet's "Mousa Mohammed Abu
 *    Marzook", "Tomas Adeyemi" beats "Tom Adeyemi", yet a lone "Vladimir Putin" still beats a shared
 *    "Putin";
 *  - organisations, media and places: the form most sources use, then the longest;
 *  - ties: more sources for the exact surface, then the spelling the corpus uses most
 *    (transliteration over a single-source garble: "Marzouk" over "Marzuk"), more mentions, the
 *    longer text ("Tomas" over "Tom"), more capitals, alphabetical; the capitalisation written
 *    most often wins among case variants.
 *
 * Cost: O(mentions · words) per actor.
 */
import type { ActorKind } from './pack-schema';
import type { ActorForm } from './actor-forms';
import { nameKeys } from './name-keys';
import { nameTokens } from './names';

interface Surface {
  text: string;
  /** Name key of the surface ("the" dropped): spelling variants share it. */
  key: string;
  sources: Set<string>;
  mentions: number;
  tokens: number;
}

const withoutArticle = (text: string): string => text.replace(/^the\s+/iu, '');
const capitals = (s: string): number => s.replace(/[^\p{Lu}]/gu, '').length;

function collectSurfaces(forms: ActorForm[]): {
  surfaces: Surface[];
  variants: Map<string, Map<string, number>>;
} {
  const surfaces = new Map<string, Surface>();
  const variants = new Map<string, Map<string, number>>();
  for (const form of forms) {
    for (const { source, candidate } of form.mentions) {
      const text = candidate.text.replace(/\s+/gu, ' ');
      const lower = text.toLowerCase();
      const surface = surfaces.get(lower) ?? {
        text,
        key: nameKeys(withoutArticle(text)).join(' '),
        sources: new Set(),
        mentions: 0,
        tokens: nameTokens(withoutArticle(text)).length,
      };
      surface.sources.add(source);
      surface.mentions++;
      surfaces.set(lower, surface);
      const seen = variants.get(lower) ?? new Map<string, number>();
      seen.set(text, (seen.get(text) ?? 0) + 1);
      variants.set(lower, seen);
    }
  }
  return { surfaces: [...surfaces.values()], variants };
}

/** Picks the canonical name among the surface forms of one actor. */
export function canonicalName(
  forms: ActorForm[],
  kind: ActorKind,
  spellingCount: Map<string, number>,
): string {
  const { surfaces, variants } = collectSurfaces(forms);
  const known = forms.find((f) => f.known)?.known;
  if (known && surfaces.some((s) => s.text.toLowerCase() === known.toLowerCase())) return known;

  let candidates = surfaces;
  if (kind === 'person') {
    const sourcesOfKey = new Map<string, Set<string>>();
    for (const s of surfaces)
      sourcesOfKey.set(s.key, new Set([...(sourcesOfKey.get(s.key) ?? []), ...s.sources]));
    const agreed = surfaces.filter((s) => s.tokens >= 2 && (sourcesOfKey.get(s.key)?.size ?? 0) >= 2);
    if (agreed.length > 0) candidates = agreed;
  }
  const spelling = (s: Surface): number =>
    nameTokens(s.text).reduce((sum, t) => sum + (spellingCount.get(t.toLowerCase()) ?? 0), 0);
  const ranked = [...candidates].sort(
    (a, b) =>
      (kind === 'person' ? b.tokens - a.tokens : 0) ||
      b.sources.size - a.sources.size ||
      b.tokens - a.tokens ||
      spelling(b) - spelling(a) ||
      b.mentions - a.mentions ||
      b.text.length - a.text.length ||
      capitals(b.text) - capitals(a.text) ||
      a.text.localeCompare(b.text),
  );
  const best = ranked[0]?.text ?? '';
  const written = [...(variants.get(best.toLowerCase()) ?? new Map<string, number>()).entries()].sort(
    (a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]),
  );
  return written[0]?.[0] ?? best;
}
