/**
 * Turns the Chrome manifest into Firefox's: the side panel becomes a sidebar_action, the service
 * worker a background script, no sidePanel permission, and the gecko id Firefox requires. The
 * keyboard shortcut toggles the sidebar natively (_execute_sidebar_action): it works even while
 * Firefox has suspended the background, when a toolbar click reaches sidebarAction.toggle() too
 * late to count as the user's input.
 */
interface ChromeManifest {
  permissions?: string[];
  background?: { service_worker?: string; type?: string };
  side_panel?: { default_path: string };
  action?: { default_title?: string; default_icon?: Record<string, string> };
  [key: string]: unknown;
}

export function firefoxManifest(manifest: ChromeManifest): Record<string, unknown> {
  const { side_panel: sidePanel, background, commands, ...rest } = manifest;
  const shortcut = (commands as Record<string, { suggested_key?: unknown }> | undefined)?._execute_action;
  return {
    ...rest,
    permissions: (manifest.permissions ?? []).filter((permission) => permission !== 'sidePanel'),
    background: { scripts: background?.service_worker ? [background.service_worker] : [], type: 'module' },
    sidebar_action: {
      default_panel: sidePanel?.default_path,
      default_title: manifest.action?.default_title,
      default_icon: manifest.action?.default_icon,
      open_at_install: false,
    },
    ...(shortcut ? { commands: { _execute_sidebar_action: shortcut } } : {}),
    browser_specific_settings: {
      gecko: {
        id: 'parallax@parallax.example',
        // 140, the current ESR (Debian's firefox-esr), is the first desktop Firefox that knows
        // data_collection_permissions; Firefox for Android knows it from 142.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
