// @ts-check
const { Buffer } = require('node:buffer');
const { compileFunction } = require('node:vm');
const JestRuntime = require('jest-runtime').default;

/**
 * jest's module runtime, keeping V8's code cache of each module for the life of a worker.
 *
 * Every test file gets fresh module instances, so each file compiles graphql, @apollo/gateway,
 * ioredis and the rest (some 2,600 modules for a file that starts the system) again. The compiled
 * code can be shared where the instances cannot: the first file of a worker keeps V8's cache of
 * each module it compiles, the next ones compile from it (about 0.3 s less CPU per such file on
 * the 2-core machine, some 15 %). Each file still evaluates its own instances in its own context;
 * V8 refuses a cache made from another source, and the module is then compiled as usual.
 *
 * jest-runtime 30 compiles in its ModuleExecutor (`executor.compile`, in
 * node_modules/jest-runtime/build/index.js); this replaces that one method with the same call plus
 * `cachedData`, and leaves anything it does not expect (core modules, a syntax error) to jest.
 */
/** @type {Map<string, Buffer>} */
const codeCache = new Map();

class CodeCachingRuntime extends JestRuntime {
  /** @param {ConstructorParameters<typeof JestRuntime>} args */
  constructor(...args) {
    super(...args);
    /** @type {any} jest's executor is not part of its typings. */
    const executor = Reflect.get(this, 'executor');
    const jestCompile = executor.compile.bind(executor);
    /**
     * @param {string} source
     * @param {string} filename
     */
    executor.compile = (source, filename) => {
      const vmContext = executor.environment.getVmContext();
      if (vmContext == null || executor.resolution.isCoreModule(filename)) return jestCompile(source, filename);
      const cachedData = codeCache.get(filename);
      let compiled;
      try {
        compiled = compileFunction(source, executor.injectedModuleParameters, {
          filename,
          parsingContext: vmContext,
          ...(cachedData ? { cachedData } : { produceCachedData: true }),
          /** @type {any} */
          importModuleDynamically: (
            /** @type {string} */ specifier,
            /** @type {unknown} */ _script,
            /** @type {unknown} */ importAttributes,
            /** @type {unknown[]} */ ...rest
          ) => executor.dynamicImport(specifier, filename, vmContext, importAttributes, rest[0]),
        });
      } catch {
        // jest's own compile turns a syntax error into its readable report.
        return jestCompile(source, filename);
      }
      const outcome = /** @type {{ cachedData?: Buffer; cachedDataRejected?: boolean }} */ (compiled);
      // A copy: the Buffer V8 hands back belongs to the file's context and would keep that whole
      // context (every module instance of the file) alive for the life of the worker.
      if (!cachedData && outcome.cachedData) codeCache.set(filename, Buffer.from(outcome.cachedData));
      else if (outcome.cachedDataRejected) codeCache.delete(filename);
      return compiled;
    };
  }
}

module.exports = CodeCachingRuntime;
