/**
 * Look-up of well-known actors (acronyms, news agencies) by any of their forms, spelling-tolerant
 * through name keys: "Tass" finds TASS, "ISIS" and "Islamic State of Iraq and Syria" find the
 * Islamic State. Cost: one Map look-up after keying the text, O(text length).
 */
import { KNOWN_ACTORS, type KnownActor } from './actor-words';
import { nameKeys } from './name-keys';

const formKey = (text: string): string => nameKeys(text.replace(/\./g, '')).join(' ');

const BY_FORM = new Map<string, KnownActor>();
for (const actor of KNOWN_ACTORS) for (const form of actor.forms) BY_FORM.set(formKey(form), actor);

export function findKnownActor(text: string): KnownActor | undefined {
  const key = formKey(text.replace(/^the\s+/i, ''));
  return key.length > 0 ? BY_FORM.get(key) : undefined;
}
