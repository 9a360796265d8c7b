import {
  COMMAND_CHANNEL,
  COMMANDS,
  EVENT_CHANNEL,
  METHODS,
  channelOf,
  type Api,
  type Area,
  type BridgeApi,
  type Channel,
  type AppEvent,
  type Command,
  type Listeners,
  type MethodOf,
} from './contract';
import { DatelineError, isErrorCode, type Result } from './errors';

/** Sends one request to main: ipcRenderer.invoke in the app, a Playwright bridge in tests. */
export type Invoke = (channel: Channel, arg: unknown) => Promise<Result<unknown>>;
/** Listens to one of main's channels; returns a function that stops listening. */
export type Subscribe = (
  channel: typeof COMMAND_CHANNEL | typeof EVENT_CHANNEL,
  listener: (message: unknown) => void,
) => () => void;

type AnyMethods = Record<string, (arg?: unknown) => Promise<unknown>>;

function build(each: (channel: Channel) => (arg?: unknown) => Promise<unknown>) {
  const api: Record<string, AnyMethods> = {};
  for (const area of Object.keys(METHODS) as Area[]) {
    const methods: AnyMethods = {};
    for (const method of Object.keys(METHODS[area])) {
      methods[method] = each(channelOf(area, method as MethodOf<typeof area>));
    }
    api[area] = methods;
  }
  return api;
}

function listenersVia(subscribe: Subscribe): Listeners {
  return {
    onCommand: (listener) =>
      subscribe(COMMAND_CHANNEL, (command) => {
        if ((COMMANDS as readonly unknown[]).includes(command)) listener(command as Command);
      }),
    onEvent: (listener) =>
      subscribe(EVENT_CHANNEL, (event) => {
        if (typeof event === 'object' && event !== null && typeof (event as { type?: unknown }).type === 'string') {
          listener(event as AppEvent);
        }
      }),
  };
}

/** The object the preload exposes; the same factory serves Electron IPC and the test bridge. */
export function createBridgeApi(invoke: Invoke, subscribe: Subscribe): BridgeApi {
  const api = build((channel) => async (arg) => {
    try {
      return await invoke(channel, arg);
    } catch (error) {
      return { ok: false, error: { code: 'INTERNAL', message: String(error) } };
    }
  });
  return { ...api, ...listenersVia(subscribe) } as unknown as BridgeApi;
}

function unwrap(result: Result<unknown>): unknown {
  if (result.ok) return result.value;
  const { code, message } = result.error;
  throw new DatelineError(isErrorCode(code) ? code : 'INTERNAL', message);
}

/** The renderer's API over the bridge: each failure becomes a typed DatelineError. */
export function createApi(bridge: BridgeApi): Api {
  const methods = bridge as unknown as Record<string, AnyMethods>;
  const api = build((channel) => {
    const [area, method] = channel.split(':') as [string, string];
    return async (arg) => unwrap((await methods[area]![method]!(arg)) as Result<unknown>);
  });
  return { ...api, onCommand: bridge.onCommand, onEvent: bridge.onEvent } as unknown as Api;
}
