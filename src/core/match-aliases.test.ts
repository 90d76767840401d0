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

describe('keys of a name as other scripts spell its sound', () => {
  const keysOf = (name: string, kind: Actor['kind']) =>
    indexAliases(actor(name, kind)).keys.map((key) => key.key);

  it('keys a place whose name ends like its adjective ("Salvenne", "Ostrelle")', () => {
    expect(keysOf('Salvenne', 'place')).toContain('salvini');
    expect(keysOf('Ostrelle', 'place')).toContain('ostrili');
  });

  it('also keys a name without its final silent e, and a Slavic c as ts', () => {
    expect(keysOf('Salvenne', 'place')).toContain('salvin'); // Сальвенн
    expect(keysOf('Lucan Dravec', 'person')).toEqual(expect.arrayContaining(['lukan dravits', 'dravits'])); // Лукан Дравец
    expect(keysOf('Rome', 'place')).not.toContain('rom');
    expect(keysOf('Marcus Holt', 'person')).not.toContain('martsus hult');
  });
});
