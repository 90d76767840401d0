/**
 * `npm start`: build, then open Chromium with Parallax on a demo article served from 127.0.0.1.
 * With a display: a visible window with the side panel open, until Ctrl+C.
 * Headless: screenshots of the page and of the side panel, their paths printed, then exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumMissingMessage, launchWithExtension } from '../tests/e2e/browser';
import { startFixtureServer } from '../tests/e2e/fixture-server';

const DEMO_PAGE = 'dagens-hamas-moscow.html';
const OUT = resolve('test-results/start');

async function main(): Promise<number> {
  const missing = chromiumMissingMessage();
  if (missing) {
    console.error(missing);
    return 1;
  }
  if (spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0) return 1;
  const headless = !process.env.DISPLAY;
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ headless });
  const page = await browser.context.newPage();
  await page.goto(server.url(DEMO_PAGE));
  const tabId = await browser.tabIdOf(page);
  if (!headless) {
    console.log(
      `Parallax is running on ${server.url(DEMO_PAGE)}. Close the browser or press Ctrl+C to stop.`,
    );
    const opener = await browser.openExtensionPage('options.html');
    await opener.evaluate((id) => chrome.sidePanel.open({ tabId: id }), tabId);
    await opener.close();
    await new Promise<void>((done) => {
      browser.context.on('close', () => done());
      process.on('SIGINT', () => done());
    });
    await server.close();
    return 0;
  }
  mkdirSync(OUT, { recursive: true });
  const pageShot = `${OUT}/page.png`;
  const panelShot = `${OUT}/side-panel.png`;
  await page.waitForTimeout(300);
  await page.screenshot({ path: pageShot });
  const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.setViewportSize({ width: 360, height: 720 });
  await panel.getByTestId('page-status').waitFor();
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: panelShot, fullPage: true });
  await browser.close();
  await server.close();
  console.log(
    `No display: ran headless.\n  page screenshot:       ${pageShot}\n  side panel screenshot: ${panelShot}`,
  );
  return 0;
}

process.exitCode = await main();
