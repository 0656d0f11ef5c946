export function fixtureImage(): { data: Uint8ClampedArray; width: number; height: number };
export interface WorkloadResult { sha256: string; lite: string; liteArgon2: string; liteScrypt: string; blur: string; positions: number[] }
export function workload(libs: { crypto: unknown; imaging: unknown; physics: unknown; lite: unknown; liteArgon2: unknown; liteScrypt: unknown }): Promise<WorkloadResult>;
export const EXPECTED: WorkloadResult;
export function differences(result: unknown): string[];
