import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../platform/paths';

/**
 * Which environment variables source files read, found with the TypeScript type checker (for
 * docs/__tests__/configuration.test.ts). The forms it knows:
 *
 * - a schema given to `loadConfig` (platform/config.ts): the keys of its zod shape, however the shape
 *   is built (object literals, spread shapes, `.extend`, `.refine`), read from the schema's type;
 *   when the schema is a parameter of a generic function (`subgraphPartsFromEnv(…, own)`, the
 *   `configSchema` of `runSubgraph`'s entry), the schemas its callers pass;
 * - `process.env.NAME`, `process.env['NAME']`, `process.env[CONSTANT]`, and the same on any value
 *   typed `NodeJS.ProcessEnv` (`source['NAME']`), destructuring included (`const { NAME } = process.env`);
 * - Vite's `import.meta.env.NAME`.
 *
 * Writes (`process.env.NAME = …`, `delete process.env.NAME`) are not reads. A form it cannot
 * resolve (a computed name, a schema it cannot follow, `loadConfig` passed around as a value) is
 * reported as a problem rather than skipped.
 */
export interface EnvScan {
  /** Variable name → the files (relative to the project root) that read it. */
  variables: Map<string, Set<string>>;
  /** Reads the scanner could not resolve, as `file:line: what`. */
  problems: string[];
}

/** The shipped code: what `npm start`, the build and the developer commands run (tests, benchmarks and generated code are not). */
export const SHIPPED_ROOTS = ['platform', 'gateway', 'subgraphs', 'legacy', 'portal', 'scripts'];
const SKIPPED_FOLDERS = new Set(['__tests__', 'node_modules', 'generated', 'dist', 'test-support', 'bench']);

export function shippedSourceFiles(root = projectRoot): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(full);
      } else if (/\.(m|c)?tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
        files.push(full);
    }
  };
  for (const folder of SHIPPED_ROOTS) walk(path.join(root, folder));
  return files.sort();
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.Node20,
  moduleResolution: ts.ModuleResolutionKind.Node16,
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  esModuleInterop: true,
  types: ['node'],
  noEmit: true,
};

/** The config loader: a function whose first argument is a zod object schema keyed by variable names. */
const LOADER = { file: path.join(projectRoot, 'platform', 'config.ts'), name: 'loadConfig' };

/** Where a dynamic read is the point: loadConfig reads the keys of the schema it is given. */
const DYNAMIC_READ_ALLOWED_IN = new Set([`${LOADER.file}#${LOADER.name}`]);

/**
 * Scans `files` (absolute paths). `sources` gives the text of files that are not on disk (the
 * scanner's own test), keyed by absolute path.
 */
export function scanEnvVariables(files: readonly string[], sources: ReadonlyMap<string, string> = new Map()): EnvScan {
  const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => sources.get(path.resolve(name)) ?? readFile(name);
  host.fileExists = (name) => sources.has(path.resolve(name)) || fileExists(name);
  const folders = new Set([...sources.keys()].map((file) => path.dirname(file)));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) => folders.has(path.resolve(name)) || (directoryExists?.(name) ?? true);
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) => {
    const text = sources.get(path.resolve(name));
    return text === undefined
      ? getSourceFile(name, languageVersion, onError, shouldCreate)
      : ts.createSourceFile(name, text, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: [...files], options: COMPILER_OPTIONS, host });
  const checker = program.getTypeChecker();
  const scanned = new Set(files.map((file) => path.resolve(file)));
  const sourceFiles = program.getSourceFiles().filter((file) => scanned.has(path.resolve(file.fileName)));

  const variables = new Map<string, Set<string>>();
  const problems: string[] = [];
  const where = (node: ts.Node): string => {
    const file = node.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    return `${path.relative(projectRoot, file.fileName)}:${line + 1}`;
  };
  const record = (name: string, node: ts.Node): void => {
    const file = path.relative(projectRoot, node.getSourceFile().fileName);
    let readers = variables.get(name);
    if (!readers) variables.set(name, (readers = new Set()));
    readers.add(file);
  };

  // --- direct reads -----------------------------------------------------------------------------

  const isProcessEnv = (expression: ts.Expression): boolean => {
    const type = checker.getTypeAtLocation(expression);
    const symbol = type.aliasSymbol ?? type.getSymbol();
    return symbol?.getName() === 'ProcessEnv';
  };
  const isImportMetaEnv = (expression: ts.Expression): boolean =>
    ts.isPropertyAccessExpression(expression) &&
    expression.name.text === 'env' &&
    ts.isMetaProperty(expression.expression) &&
    expression.expression.keywordToken === ts.SyntaxKind.ImportKeyword;
  const isWrite = (access: ts.Expression): boolean => {
    let node: ts.Node = access;
    while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
    const parent = node.parent;
    if (ts.isDeleteExpression(parent)) return true;
    return (
      ts.isBinaryExpression(parent) &&
      parent.left === node &&
      parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
      // `x ??= y` and friends read before they write.
      ![
        ts.SyntaxKind.QuestionQuestionEqualsToken,
        ts.SyntaxKind.BarBarEqualsToken,
        ts.SyntaxKind.AmpersandAmpersandEqualsToken,
      ].includes(parent.operatorToken.kind)
    );
  };
  const enclosingFunctionKey = (node: ts.Node): string | undefined => {
    for (let current: ts.Node | undefined = node; current; current = current.parent)
      if (ts.isFunctionDeclaration(current) && current.name)
        return `${path.resolve(current.getSourceFile().fileName)}#${current.name.text}`;
    return undefined;
  };
  /** The literal names an element access's key can be: 'NAME', a constant, a union of literals. */
  const literalNames = (key: ts.Expression): string[] | undefined => {
    if (ts.isStringLiteralLike(key)) return [key.text];
    const type = checker.getTypeAtLocation(key);
    const parts = type.isUnion() ? type.types : [type];
    const names = parts.map((part) => (part.isStringLiteral() ? part.value : undefined));
    return names.every((name): name is string => name !== undefined) ? names : undefined;
  };

  const visitDirect = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const target = node.expression;
      if (isImportMetaEnv(target) || (isEnvCandidate(target) && isProcessEnv(target))) {
        if (!isWrite(node)) {
          if (ts.isPropertyAccessExpression(node)) record(node.name.text, node);
          else {
            const names = literalNames(node.argumentExpression);
            if (names) for (const name of names) record(name, node);
            else {
              const inside = enclosingFunctionKey(node);
              if (inside === undefined || !DYNAMIC_READ_ALLOWED_IN.has(inside))
                problems.push(`${where(node)}: reads a variable whose name is computed (${node.getText()})`);
            }
          }
        }
      }
    } else if (
      ts.isVariableDeclaration(node) &&
      ts.isObjectBindingPattern(node.name) &&
      node.initializer &&
      (isImportMetaEnv(node.initializer) || isProcessEnv(node.initializer))
    ) {
      for (const element of node.name.elements) {
        if (element.dotDotDotToken) continue;
        const key = element.propertyName ?? element.name;
        if (ts.isIdentifier(key) || ts.isStringLiteralLike(key)) record(key.text, element);
        else problems.push(`${where(element)}: destructures a variable whose name is computed`);
      }
    }
    ts.forEachChild(node, visitDirect);
  };
  /** Cheap syntactic filter before asking the checker: what a ProcessEnv value can be written as. */
  const isEnvCandidate = (expression: ts.Expression): boolean =>
    ts.isIdentifier(expression) ||
    ts.isPropertyAccessExpression(expression) ||
    ts.isParenthesizedExpression(expression) ||
    ts.isAsExpression(expression) ||
    ts.isNonNullExpression(expression);

  for (const file of sourceFiles) visitDirect(file);

  // --- schemas given to loadConfig --------------------------------------------------------------

  interface Sink {
    declaration: ts.SignatureDeclaration;
    parameter: number;
    /** Property path from that argument to the schema (`['configSchema']` for runSubgraph's entry). */
    path: readonly string[];
  }
  const loaderFile =
    sourceFiles.find((file) => path.resolve(file.fileName) === LOADER.file) ?? program.getSourceFile(LOADER.file);
  const loaderDeclaration = loaderFile?.statements.find(
    (statement): statement is ts.FunctionDeclaration =>
      ts.isFunctionDeclaration(statement) && statement.name?.text === LOADER.name,
  );
  if (!loaderDeclaration) {
    problems.push(`${path.relative(projectRoot, LOADER.file)}: no function ${LOADER.name}`);
    return { variables, problems };
  }

  const declarationOf = (expression: ts.Expression): ts.Declaration | undefined => {
    let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(expression) ? expression.name : expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  };
  /** `param`, `param.a.b` → the parameter and the path, when `expression` is rooted at a parameter of `fn`. */
  const parameterPath = (
    expression: ts.Expression,
  ): { fn: ts.SignatureDeclaration; parameter: number; path: string[] } | undefined => {
    const pathParts: string[] = [];
    let current = expression;
    while (ts.isPropertyAccessExpression(current)) {
      pathParts.unshift(current.name.text);
      current = current.expression;
    }
    if (!ts.isIdentifier(current)) return undefined;
    const declaration = declarationOf(current);
    if (!declaration || !ts.isParameter(declaration) || !ts.isIdentifier(declaration.name)) return undefined;
    const fn = declaration.parent;
    if (!ts.isFunctionLike(fn)) return undefined;
    return { fn, parameter: fn.parameters.indexOf(declaration), path: pathParts };
  };
  const shapeKeys = (type: ts.Type): string[] | undefined => {
    const shape = checker.getPropertyOfType(type, 'shape');
    if (!shape) return undefined;
    const shapeType = checker.getNonNullableType(checker.getTypeOfSymbol(shape));
    if (shapeType.flags & ts.TypeFlags.TypeParameter) return undefined;
    const keys = checker.getPropertiesOfType(shapeType).map((property) => property.getName());
    return keys.length > 0 ? keys : undefined;
  };

  const sinks: Sink[] = [{ declaration: loaderDeclaration, parameter: 0, path: [] }];
  const seen = new Set<string>();
  const sinkKey = (sink: Sink): string =>
    `${sink.declaration.getSourceFile().fileName}:${sink.declaration.pos}:${sink.parameter}:${sink.path.join('.')}`;
  /** Call sites and other references of every function, once. */
  const references = new Map<ts.Declaration, ts.Identifier[]>();
  const collectReferences = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      let declaration = declarationOf(node);
      // A variable holding a function (`const load = (schema) => loadConfig(schema)`): the function.
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer)
        if (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))
          declaration = declaration.initializer;
      if (declaration && ts.isFunctionLike(declaration)) {
        let list = references.get(declaration);
        if (!list) references.set(declaration, (list = []));
        list.push(node);
      }
    }
    ts.forEachChild(node, collectReferences);
  };
  for (const file of sourceFiles) collectReferences(file);
  while (sinks.length > 0) {
    const sink = sinks.pop() as Sink;
    if (seen.has(sinkKey(sink))) continue;
    seen.add(sinkKey(sink));
    for (const reference of references.get(sink.declaration) ?? []) {
      let callee: ts.Node = reference;
      if (ts.isPropertyAccessExpression(callee.parent) && callee.parent.name === callee) callee = callee.parent;
      const parent = callee.parent;
      if (
        ts.isImportSpecifier(parent) ||
        ts.isExportSpecifier(parent) ||
        ts.isImportClause(parent) ||
        ((ts.isFunctionLike(parent) || ts.isVariableDeclaration(parent)) && parent.name === reference)
      )
        continue;
      if (!ts.isCallExpression(parent) || parent.expression !== callee) {
        problems.push(
          `${where(reference)}: ${reference.text} is used other than called; its schemas cannot be followed`,
        );
        continue;
      }
      const argument = parent.arguments[sink.parameter];
      if (!argument) continue;
      let type: ts.Type | undefined = checker.getTypeAtLocation(argument);
      for (const property of sink.path) {
        const symbol: ts.Symbol | undefined =
          type && checker.getPropertyOfType(checker.getNonNullableType(type), property);
        type = symbol && checker.getTypeOfSymbolAtLocation(symbol, argument);
      }
      const keys = type && shapeKeys(checker.getNonNullableType(type));
      if (keys) {
        for (const key of keys) record(key, parent);
        continue;
      }
      const rooted = parameterPath(argument);
      if (rooted && rooted.parameter >= 0) {
        sinks.push({ declaration: rooted.fn, parameter: rooted.parameter, path: [...rooted.path, ...sink.path] });
        continue;
      }
      problems.push(
        `${where(argument)}: cannot tell which variables the schema given here names (${argument.getText()})`,
      );
    }
  }
  return { variables, problems };
}

/**
 * The variables a configuration document lists: every backticked upper-case name in the first
 * column of its tables (`NAME`, or several in one cell: `A`, `B`).
 */
export function documentedVariables(markdown: string): Set<string> {
  const names = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || !line.trimStart().startsWith('|')) continue;
    const firstCell = line.trim().slice(1).split('|')[0] ?? '';
    if (/^\s*:?-{3,}:?\s*$/.test(firstCell)) continue;
    for (const match of firstCell.matchAll(/`([^`]+)`/g)) {
      const name = match[1] ?? '';
      if (/^[A-Z][A-Z0-9_]*$/.test(name)) names.add(name);
    }
  }
  return names;
}

/**
 * The project's source files `entry` loads, itself included, following static imports (and
 * `export … from`) through TypeScript's module resolution; packages are not followed. What one
 * component's process can read is what these files read: `variablesReadBy(scan, …)`.
 */
export function importClosure(entry: string): Set<string> {
  const closure = new Set<string>();
  const pending = [path.resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (closure.has(file)) continue;
    closure.add(file);
    const { importedFiles } = ts.preProcessFile(ts.sys.readFile(file) ?? '', true, false);
    for (const imported of importedFiles) {
      const { resolvedModule } = ts.resolveModuleName(imported.fileName, file, COMPILER_OPTIONS, ts.sys);
      if (
        resolvedModule &&
        !resolvedModule.isExternalLibraryImport &&
        !resolvedModule.resolvedFileName.endsWith('.d.ts')
      )
        pending.push(path.resolve(resolvedModule.resolvedFileName));
    }
  }
  return closure;
}

/** The variables of `scan` that one of `files` (absolute paths, e.g. an importClosure) reads. */
export function variablesReadBy(scan: EnvScan, files: ReadonlySet<string>): Set<string> {
  const relative = new Set([...files].map((file) => path.relative(projectRoot, file)));
  return new Set(
    [...scan.variables].filter(([, readers]) => [...readers].some((f) => relative.has(f))).map(([name]) => name),
  );
}
