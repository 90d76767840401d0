declare module 'virtual:parallax-pack' {
  /** The shipped CorpusPack, parsed on the first call (scripts/corpus-pack-plugin.ts). */
  export default function shippedPack(): import('./core/pack-schema').CorpusPack;
}
