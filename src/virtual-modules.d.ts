declare module 'virtual:parallax-pack' {
  const pack: import('./core/pack-schema').CorpusPack;
  export default pack;
}
