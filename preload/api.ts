import {
  COMMANDS,
  METHODS,
  channelOf,
  type Api,
  type Area,
  type BridgeApi,
  type Channel,
  type Command,
  type MethodOf,
} from './contract';
import { DatelineError, isErrorCode, type Result } from './errors';

/** Sends one request to main: ipcRenderer.invoke in the app, a Playwright bridge in tests. */
export type Invoke = (channel: Channel, arg: unknown) => Promise<Result<unknown>>;
/** Listens to commands from main; returns a function that stops listening. */
export type Subscribe = (listener: (command: unknown) => void) => () => void;

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

function onCommandVia(subscribe: Subscribe) {
  return (listener: (command: Command) => void) =>
    subscribe((command) => {
      if ((COMMANDS as readonly unknown[]).includes(command)) listener(command as Command);
    });
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
  return { ...api, onCommand: onCommandVia(subscribe) } as unknown as BridgeApi;
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
  return { ...api, onCommand: bridge.onCommand } as unknown as Api;
}
