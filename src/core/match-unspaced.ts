/**
 * Alias forms written in Chinese, Japanese or Korean (exonyms such as 以色列, イスラエル, 이스라엘):
 * found by position, since these scripts put no space between words (Chinese, Japanese) or attach
 * particles to them (Korean 이스라엘은), so the whole-word automaton never sees them. A katakana
 * form must be a whole katakana word; a Korean form must start a word; a Chinese form may stand
 * anywhere. A Korean form of one or two syllables (이란 is also a grammatical ending) or a single
 * character counts only with support, like other short names.
 * Cost: one native indexOf scan per form, only over text that has these scripts.
 */
import type { NameCandidate } from './match-keys';
import type { IndexActor } from './matcher-index';

export interface UnspacedForm {
  form: string;
  actor: number;
  ambiguous: boolean;
}

const UNSPACED_CHAR = /[\u30a1-\u30fa\u4e00-\u9fff\uac00-\ud7a3]/;
const isKana = (code: number): boolean => (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc;
const isHangul = (code: number): boolean => code >= 0xac00 && code <= 0xd7a3;

export function unspacedForms(actors: IndexActor[]): UnspacedForm[] {
  const forms: UnspacedForm[] = [];
  actors.forEach((actor, at) => {
    for (const alias of actor.aliases) {
      if (!UNSPACED_CHAR.test(alias.form)) continue;
      const form = alias.form.replace(/ +/g, ' ');
      const korean = isHangul(form.charCodeAt(0));
      const ambiguous = form.length < 2 || (korean && form.length < 3);
      forms.push({ form, actor: at, ambiguous });
    }
  });
  return forms;
}

/** Whether a form found at [start, end) stands on the boundaries its script needs. */
function onBoundaries(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (isKana(first) && isKana(before)) return false;
  if (isHangul(first) && isHangul(before)) return false;
  return !(isKana(text.charCodeAt(end - 1)) && isKana(text.charCodeAt(end)));
}

export function findUnspacedNames(text: string, forms: UnspacedForm[]): NameCandidate[] {
  if (forms.length === 0 || !UNSPACED_CHAR.test(text)) return [];
  const found: NameCandidate[] = [];
  for (const { form, actor, ambiguous } of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      if (onBoundaries(text, at, at + form.length))
        found.push({ actor, start: at, end: at + form.length, ambiguous });
    }
  }
  return found;
}
