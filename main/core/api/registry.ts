import type { z } from 'zod';
import type { ArgOf, Area, Channel, MethodOf, ResultOf } from '../../../preload/contract';
import { allChannels, channelOf } from '../../../preload/contract';
import { isDatelineError, isErrorCode, type ErrorCode, type Result } from '../../../preload/errors';
import { excessOf, MAX_NESTING } from '../../../common/model/limits';

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

  /** The schema a channel checks its argument against, for tests of the guards themselves. */
  schemaOf(channel: Channel): z.ZodType | undefined {
    return this.entries.get(channel)?.schema;
  }

  /** Channels of the contract that no area has registered. */
  missing(): Channel[] {
    return allChannels().filter((channel) => !this.entries.has(channel));
  }

  /**
   * Answers one request with a Result and never throws: whatever arrives (any type, any size,
   * any depth) is refused with INVALID_ARGUMENT unless its schema takes it, and a failure that is
   * not a DatelineError becomes INTERNAL with one short line, never a stack trace.
   */
  async dispatch(channel: string, arg: unknown): Promise<Result<unknown>> {
    const entry = typeof channel === 'string' ? this.entries.get(channel) : undefined;
    if (!entry) {
      const name = typeof channel === 'string' ? channel : typeof channel;
      return fail('UNKNOWN_CHANNEL', `Dateline has no action called ${shorten(name, 80)}.`);
    }
    // Schemas recurse: refuse a request nested deeper than any real one before it can overflow the stack.
    const excess = excessOf(arg);
    if (excess) {
      return fail(
        'INVALID_ARGUMENT',
        `Dateline refused a request to ${channel}: it ${excess === 'depth' ? `nests more than ${MAX_NESTING} levels deep` : 'is far too large'}.`,
      );
    }
    let parsed: ReturnType<z.ZodType['safeParse']>;
    try {
      parsed = entry.schema.safeParse(arg);
    } catch {
      return fail('INVALID_ARGUMENT', `Dateline refused a malformed request to ${channel}.`);
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.map((key) => shorten(String(key), 40)).join('.');
      const where = path ? ` (${shorten(path, 120)})` : '';
      return fail(
        'INVALID_ARGUMENT',
        `Dateline refused a malformed request to ${channel}${where}: ${shorten(issue?.message ?? 'not valid', 200)}.`,
      );
    }
    try {
      return { ok: true, value: await entry.fn(parsed.data) };
    } catch (error) {
      if (isDatelineError(error) && isErrorCode(error.code)) return fail(error.code, shorten(error.message, 2000));
      console.error(`Dateline: ${channel} failed`, error);
      return fail(
        'INTERNAL',
        `Something went wrong inside Dateline (${summary(error)}). Your saved work is safe; try again, and restart Dateline if it keeps happening.`,
      );
    }
  }
}

/** At most `max` characters of a text that may come from outside. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One short line about an unexpected failure: its message's first line (a failed check: the first issue), never its stack. */
function summary(error: unknown): string {
  if (!(error instanceof Error)) return 'an unexpected problem';
  const issue = (error as { issues?: { path?: PropertyKey[]; message?: string }[] }).issues?.[0];
  const line = issue
    ? `${issue.path?.map(String).join('.') || 'data'}: ${issue.message ?? 'not valid'}`
    : String(error.message ?? '')
        .split('\n')[0]!
        .trim();
  return line ? shorten(line, 200) : 'an unexpected problem';
}

function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
