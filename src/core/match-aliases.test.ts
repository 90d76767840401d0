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
  it('lists names in Arabic and Hebrew script as written, with no sound key', () => {
    const { aliases, keys } = indexAliases(actor('Hamas', 'organization'));
    const forms = aliases.map((alias) => alias.form);
    // Particle forms (وحماس, מחמאס) are the matcher's: match-compiled.ts adds them.
    expect(forms).toEqual(expect.arrayContaining(['hamas', 'حماس', 'חמאס']));
    // A key of a vowel-less spelling (וחמאס → v-h-m-s) would take words like ولم ("and did not").
    expect(keys.map((key) => key.key)).toEqual(['hamas']);
  });
});
