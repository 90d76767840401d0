/** Routes incoming messages: validate, check the sender, dispatch to the one handler. */
import type { Runtime } from '../platform/browser';
import { ContentToBackgroundSchema, PageToBackgroundSchema, parseMessage } from '../platform/messages';
import { isContentSender, isExtensionPageSender } from '../platform/messaging';
import { fail, ok, type Result } from '../platform/result';
import { contentHandlers, pageHandlers } from './handlers';

type Dispatch = (message: never, context: { sender: Runtime.MessageSender }) => unknown;

export function routeMessage(
  input: unknown,
  sender: Runtime.MessageSender,
): Promise<Result<unknown>> | undefined {
  if (isContentSender(sender)) {
    const message = parseMessage(ContentToBackgroundSchema, input);
    if (!message) return Promise.resolve(fail('invalid message'));
    const handler = contentHandlers[message.type] as Dispatch;
    return settle(() => handler(message as never, { sender }));
  }
  if (isExtensionPageSender(sender)) {
    const message = parseMessage(PageToBackgroundSchema, input);
    if (!message) return Promise.resolve(fail('invalid message'));
    const handler = pageHandlers[message.type] as Dispatch;
    return settle(() => handler(message as never, { sender }));
  }
  return undefined; // not ours: stay silent
}

/** Runs the handler synchronously (keeps the user gesture) and wraps the outcome as a Result. */
function settle(run: () => unknown): Promise<Result<unknown>> {
  try {
    return Promise.resolve(run()).then(
      (value) => ok(value),
      (error: unknown) => fail(String(error instanceof Error ? error.message : error)),
    );
  } catch (error) {
    return Promise.resolve(fail(String(error instanceof Error ? error.message : error)));
  }
}
