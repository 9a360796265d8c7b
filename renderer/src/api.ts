import { createApi } from '../../preload/api';
import type { Api, BridgeApi } from '../../preload/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or by the test bridge): see preload/index.ts. */
    dateline?: BridgeApi;
  }
}

/** The typed API to main; undefined when the page runs outside Dateline. */
export const api: Api | undefined = window.dateline ? createApi(window.dateline) : undefined;
