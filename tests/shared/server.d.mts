// Types for server.mjs, which stays plain JS so the matrix (plain Node) can use it too.
export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** URL path prefixes that may be served; everything else is 404. Default: everything under root. */
  readonly allow?: readonly string[];
  /** Headers added to every response. */
  readonly headers?: Readonly<Record<string, string>>;
}

export declare function serveDirectory(root: string, options?: ServeOptions): Promise<StaticServer>;
