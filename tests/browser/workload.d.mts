// Types for workload.mjs, which stays plain JS so the browser can load it unbundled.
type Crypto = typeof import('@org/wasm-crypto');
type Imaging = typeof import('@org/wasm-imaging');
type Physics = typeof import('@org/wasm-physics');

export interface Libraries {
  readonly crypto: Crypto;
  readonly imaging: Imaging;
  readonly physics: Physics;
}

export interface WorkloadResult {
  sha256: { abc: string; oneMiB: string; batch: string };
  imaging: { grayscale: number[]; blurred: number[] };
  positions: number[];
  variants: { crypto: string | undefined; imaging: string | undefined; physics: string | undefined };
}

export declare function pseudoRandomBytes(length: number, seed?: number): Uint8Array;
export declare function toHex(bytes: Uint8Array): string;
export declare function runWorkload(libraries: Libraries): WorkloadResult;
