/** The one import of the WebExtension API: Chrome and Firefox through webextension-polyfill. */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
