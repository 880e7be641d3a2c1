/** One logged request: path with query, method and headers. */
export interface LoggedRequest {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}
export interface PageServer {
  origin: string;
  url(p: string): string;
  requests: LoggedRequest[];
  close(): Promise<void>;
}
/** Serves `mounts` (URL prefix → folder) and /generated/ on a random port of 127.0.0.1. */
export function startPageServer(mounts: Record<string, string>): Promise<PageServer>;
