/** Which item the side panel should show for a tab (set by the hover card's "Compare sources"). */
import { PanelFocusSchema, type PanelFocus } from './messages';
import { tabSessionValue } from './tab-session-value';

const focuses = tabSessionValue('panel-focus', PanelFocusSchema);

/** Stored with a time, so asking twice for the same item still counts as a change. */
export const savePanelFocus = (tabId: number, focus: PanelFocus | null): Promise<void> => {
  const stamped: PanelFocus | null = focus ? Object.assign({ at: Date.now() }, focus) : null;
  return focuses.save(tabId, stamped);
};
export const readPanelFocus = focuses.read;
export const removePanelFocus = focuses.remove;
export const watchPanelFocus = focuses.watch;
