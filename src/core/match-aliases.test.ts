import { describe, expect, it } from 'vitest';
import { indexAliases } from './match-aliases';
import type { Actor } from './pack-schema';

const actor = (name: string, kind: Actor['kind']): Actor => ({
  id: `actor:${name.toLowerCase()}`,
  name,
  kind,
  aliases: [name],
  mentions: [],
});

describe('indexAliases', () => {
  it('matches names listed in Arabic and Hebrew script as written, particles included, with no sound key', () => {
    const { aliases, keys } = indexAliases(actor('Hamas', 'organization'));
    const forms = aliases.map((alias) => alias.form);
    expect(forms).toEqual(expect.arrayContaining(['hamas', 'حماس', 'وحماس', 'חמאס', 'מחמאס']));
    // A key of a vowel-less spelling (וחמאס → v-h-m-s) would take words like ولم ("and did not").
    expect(keys.map((key) => key.key)).toEqual(['hamas']);
  });
});
