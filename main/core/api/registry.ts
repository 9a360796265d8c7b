import type { z } from 'zod';
import type { ArgOf, Area, Channel, MethodOf, ResultOf } from '../../../preload/contract';
import { allChannels, channelOf } from '../../../preload/contract';
import { isDatelineError, type ErrorCode, type Result } from '../../../preload/errors';

interface Entry {
  schema: z.ZodType;
  fn: (arg: unknown) => unknown;
}

/** Where each area registers its handlers; the shell exposes them over IPC, tests over a bridge. */
export interface Registrar {
  handle<A extends Area, M extends MethodOf<A>>(
    area: A,
    method: M,
    schema: z.ZodType<ArgOf<A, M>>,
    fn: (arg: ArgOf<A, M>) => ResultOf<A, M> | Promise<ResultOf<A, M>>,
  ): void;
}

/** The handlers by channel, each validating its argument and answering with a Result. */
export class Registry implements Registrar {
  private readonly entries = new Map<string, Entry>();

  handle<A extends Area, M extends MethodOf<A>>(
    area: A,
    method: M,
    schema: z.ZodType<ArgOf<A, M>>,
    fn: (arg: ArgOf<A, M>) => ResultOf<A, M> | Promise<ResultOf<A, M>>,
  ): void {
    const channel = channelOf(area, method);
    if (this.entries.has(channel)) throw new Error(`${channel} is registered twice`);
    this.entries.set(channel, { schema, fn: fn as (arg: unknown) => unknown });
  }

  channels(): Channel[] {
    return [...this.entries.keys()] as Channel[];
  }

  /** Channels of the contract that no area has registered. */
  missing(): Channel[] {
    return allChannels().filter((channel) => !this.entries.has(channel));
  }

  async dispatch(channel: string, arg: unknown): Promise<Result<unknown>> {
    const entry = this.entries.get(channel);
    if (!entry) {
      return fail('UNKNOWN_CHANNEL', `Dateline has no action called ${String(channel).slice(0, 80)}.`);
    }
    const parsed = entry.schema.safeParse(arg);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      return fail('INVALID_ARGUMENT', `Dateline refused a malformed request to ${channel}${where}: ${issue?.message}.`);
    }
    try {
      return { ok: true, value: await entry.fn(parsed.data) };
    } catch (error) {
      if (isDatelineError(error)) return fail(error.code, error.message);
      console.error(`Dateline: ${channel} failed`, error);
      return fail(
        'INTERNAL',
        `Something went wrong inside Dateline (${(error as Error)?.message ?? String(error)}). Your saved work is safe; try again, and restart Dateline if it keeps happening.`,
      );
    }
  }
}

function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
