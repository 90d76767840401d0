/**
 * Names of the content scripts' ports to the background, in a module of their own: the
 * document_start wake script (content/wake.ts) must stay a few hundred bytes, without the
 * message schemas.
 */
/** Detection requests and answers (platform/detect-channel.ts ↔ background/page-detection.ts). */
export const DETECT_PORT = 'parallax-detect';
/** "A page is loading": the background warms its detection code; nothing is sent on it. */
export const WAKE_PORT = 'parallax-wake';
