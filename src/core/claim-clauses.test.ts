import { describe, expect, it } from 'vitest';
import { claimClauses } from './claim-clauses';
import { splitClauses } from './sentences';
import { spanOf } from './span';

const clausesOf = (text: string) =>
  claimClauses(text, spanOf(text, 0, text.length)).map((clause) => clause.text);

describe('claimClauses', () => {
  it('leaves out a closing clause that is only the sentence’s attribution', () => {
    const text =
      'Hamas also issued a statement praising Russian President Vladimir Putin and the foreign ministry for their efforts to end what Hamas calls "Israel\'s crimes supported by the West," as reported by the Russian news agency Ria.';
    const all = splitClauses(text, spanOf(text, 0, text.length)).map((clause) => clause.text);
    expect(all.at(-1)).toContain('Ria');
    const kept = clausesOf(text);
    expect(kept.length).toBe(all.length - 1);
    expect(kept.join(' ')).not.toContain('Ria');
  });

  it('keeps an opening clause that names the source and tells what it did', () => {
    const text =
      'The case began on Monday, when Dagbladet Nord reported that the agency had opened an inquiry into the contract.';
    expect(clausesOf(text)).toEqual(splitClauses(text, spanOf(text, 0, text.length)).map((c) => c.text));
  });
});
