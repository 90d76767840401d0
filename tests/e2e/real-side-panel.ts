/**
 * The real side panel is not a Playwright Page: reach it through raw CDP (Target.* calls on a
 * page's session, messages routed with Target.sendMessageToTarget) and evaluate in it.
 */
import type { CDPSession, Page } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function findPanelTarget(cdp: CDPSession, timeoutMs: number): Promise<TargetInfo | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const panel = targetInfos.find(
      (target) => target.url.includes('/sidepanel.html') && target.type !== 'service_worker',
    );
    if (panel) return panel;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/** Evaluates `expression` in the open side panel and returns its value (null when no panel is open). */
export async function evaluateInSidePanel(
  anyPage: Page,
  expression: string,
  timeoutMs = 5000,
): Promise<unknown> {
  const cdp = await anyPage.context().newCDPSession(anyPage);
  try {
    const panel = await findPanelTarget(cdp, timeoutMs);
    if (!panel) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: panel.targetId,
      flatten: false,
    })) as {
      sessionId: string;
    };
    const reply = new Promise<unknown>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as {
          id?: number;
          result?: { result?: { value?: unknown } };
        };
        if (message.id === 1) resolve(message.result?.result?.value ?? null);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id: 1,
        method: 'Runtime.evaluate',
        params: { expression, returnByValue: true },
      }),
    });
    return await reply;
  } finally {
    await cdp.detach();
  }
}
