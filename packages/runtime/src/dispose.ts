// `[Symbol.dispose]` for classes whose code may load where the engine has no `Symbol.dispose`
// yet: a class method keyed `[Symbol.dispose]` would then be named "undefined".

declare global {
  // For TypeScript setups without the `esnext.disposable` lib (nor @types/node, which declares
  // the same): the packages' declarations name `Symbol.dispose`.
  interface SymbolConstructor {
    readonly dispose: unique symbol;
  }
}

/**
 * `Symbol.dispose`, or where the engine lacks it the registered symbol that Babel's and
 * esbuild's lowering of `using` fall back to.
 */
export const disposeSymbol: typeof Symbol.dispose = (Symbol.dispose ?? Symbol.for('Symbol.dispose')) as typeof Symbol.dispose;

/**
 * Gives the instances of `type` a `[Symbol.dispose]()` that calls their `dispose()`, so that
 * `using` releases them. Type it by merging an interface into the class:
 * `export interface Type { [Symbol.dispose](): void }`.
 */
export function addDispose(type: { prototype: { dispose(): void } }): void {
  Object.defineProperty(type.prototype, disposeSymbol, {
    value: function dispose(this: { dispose(): void }): void {
      this.dispose();
    },
    writable: true,
    configurable: true,
  });
}
