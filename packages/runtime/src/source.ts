/** Turning whatever a user passes to `init()` into a compiled `WebAssembly.Module`. */

declare global {
  // For TypeScript setups without the `dom` lib (Node-only projects), whose WebAssembly types
  // these merge with: the packages' declarations name these two.
  namespace WebAssembly {
    interface Module {}
    interface Memory {}
  }
}

/**
 * Where to load the WebAssembly from: a URL or path string, a `Request`, a `Response` (or a
 * promise of one, as `fetch()` returns), the bytes themselves, or an already compiled module.
 *
 * @example
 * ```ts
 * await init(fetch(wasmUrl)); // or the URL itself, the bytes, a WebAssembly.Module
 * ```
 */
export type InitInput =
  | string
  | URL
  | Request
  | Response
  | PromiseLike<Response>
  | ArrayBuffer
  | ArrayBufferView
  | WebAssembly.Module;

/**
 * The bytes or compiled module accepted by `initSync()`.
 *
 * @example
 * ```ts
 * initSync(new WebAssembly.Module(wasmBytes)); // or the bytes themselves
 * ```
 */
export type SyncInitInput = ArrayBuffer | ArrayBufferView | WebAssembly.Module;

/** The wasm could not be fetched (HTTP error status); see {@link isFetchFailure}. */
class FetchFailure extends Error {
  override readonly name: string = 'FetchFailure';
}

/**
 * True when `error` means the wasm could not be fetched at all: an HTTP error status, or the
 * `TypeError` fetch() rejects with on network failure or an unsupported URL scheme. Not for
 * errors after the bytes arrived (a CompileError, a CSP refusal), which a fallback cannot fix.
 */
export function isFetchFailure(error: unknown): boolean {
  return error instanceof FetchFailure || error instanceof TypeError;
}

/** Compiles `input` asynchronously, streaming from the network when it can. */
export async function compileModule(input: InitInput): Promise<WebAssembly.Module> {
  if (input instanceof WebAssembly.Module) return input;
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return WebAssembly.compile(asBufferSource(input));
  if (typeof input === 'string' || input instanceof URL || isRequest(input)) return compileResponse(fetch(input));
  if (isResponse(input) || isThenable(input)) return compileResponse(input);
  throw new TypeError('init() expects a URL, path, Request, Response, bytes or WebAssembly.Module');
}

/** Compiles `input` synchronously; fine in workers and for small modules on the main thread. */
export function compileModuleSync(input: SyncInitInput): WebAssembly.Module {
  if (input instanceof WebAssembly.Module) return input;
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return new WebAssembly.Module(asBufferSource(input));
  throw new TypeError('initSync() expects the wasm bytes (ArrayBuffer or typed array) or a WebAssembly.Module');
}

async function compileResponse(pending: Response | PromiseLike<Response>): Promise<WebAssembly.Module> {
  const response = await pending;
  if (!response.ok) throw new FetchFailure(`failed to fetch the wasm: HTTP ${response.status} ${response.url}`);
  const streamable =
    typeof WebAssembly.compileStreaming === 'function' &&
    response.headers.get('Content-Type')?.startsWith('application/wasm') === true;
  // compileStreaming insists on the application/wasm MIME type; many dev servers get it wrong.
  if (streamable) return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

function asBufferSource(bytes: ArrayBuffer | ArrayBufferView): BufferSource {
  return bytes instanceof ArrayBuffer ? bytes : new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
}

function isRequest(value: unknown): value is Request {
  return typeof Request === 'function' && value instanceof Request;
}

function isResponse(value: unknown): value is Response {
  return typeof Response === 'function' && value instanceof Response;
}

function isThenable(value: unknown): value is PromiseLike<Response> {
  return typeof (value as PromiseLike<Response> | null)?.then === 'function';
}
