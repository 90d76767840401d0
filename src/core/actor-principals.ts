/**
 * Which organisation a spokesperson speaks for, from the titles the sources gave them: "Kremlin
 * spokesman", "spokeswoman for the Russian Foreign Ministry", "Israeli Foreign Ministry
 * spokesperson". A spokesperson is named with their organisation in nearly every story about
 * anything ("Kremlin spokesman Dmitry Peskov played down the visit"), so the two names together
 * tell no particular claim: detect-rules.ts counts them as one.
 * People are left out: "Peskov said the delegation did not meet Putin" is the claim itself, and on
 * pages in other languages the two names are most of what tells it.
 * Cost: O(titles × actors × forms).
 */
import type { Actor } from './pack-schema';
import { normalizeText } from './names';

const SPOKESPERSON = /\b(?:spokes(?:man|woman|person|people)|press secretary|press officer)\b/;

/** True when `phrase` occurs in `title` as whole words (both normalised). */
function namesIn(title: string, phrase: string): boolean {
  if (phrase.length < 3) return false;
  for (let at = title.indexOf(phrase); at >= 0; at = title.indexOf(phrase, at + 1)) {
    const before = title[at - 1] ?? ' ';
    const after = title[at + phrase.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Spokesperson id → ids of the organisations their titles say they speak for. */
export function principalsOf(actors: Actor[]): Map<string, string[]> {
  const organisations = actors
    .filter((actor) => actor.kind === 'organization')
    .map((actor) => ({
      id: actor.id,
      forms: [...new Set([actor.name, ...actor.aliases].map(normalizeText))],
    }));
  const result = new Map<string, string[]>();
  for (const actor of actors) {
    if (actor.kind !== 'person') continue;
    const titles = (actor.titles ?? [])
      .map((title) => normalizeText(title.title))
      .filter((title) => SPOKESPERSON.test(title));
    const found = organisations
      .filter((organisation) =>
        titles.some((title) => organisation.forms.some((form) => namesIn(title, form))),
      )
      .map((organisation) => organisation.id);
    if (found.length > 0) result.set(actor.id, found);
  }
  return result;
}
