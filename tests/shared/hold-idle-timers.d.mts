/** A held timer. */
export interface HeldTimer {
  fire(): void;
}
export function holdIdleTimers(global: typeof globalThis): {
  idle: HeldTimer[];
  fireIdle(): void;
  realSetTimeout: typeof setTimeout;
};
