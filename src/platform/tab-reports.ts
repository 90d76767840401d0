/** Per-tab page reports: what the content script found on the tab's page (never on disk). */
import { PageReportSchema, type PageReport } from '../core/page-report';
import { tabSessionValue } from './tab-session-value';

const reports = tabSessionValue('tab-report', PageReportSchema);

export const saveTabReport = (tabId: number, report: PageReport): Promise<void> =>
  reports.save(tabId, report);
export const readTabReport = reports.read;
export const removeTabReport = reports.remove;
export const watchTabReport = reports.watch;
