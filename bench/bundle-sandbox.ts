import { readFileSync } from "fs";
import path from "path";
import vm from "vm";

/*
 * The built functions.js run as Excel's shared runtime runs it, in a sandbox: a CustomFunctions
 * stand-in records the functions it registers, and a minimal document lets webpack load a lazy
 * chunk (gazetteer.js) the way the browser does, by a <script> element beside the page.
 */

export type CustomFunction = (...args: unknown[]) => unknown;

export class SandboxError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface LoadedBundle {
  functions: Map<string, CustomFunction>;
  /** The chunk files the bundle asked for, in order. */
  chunksLoaded: string[];
}

interface ScriptElement {
  src: string;
  onload?: (event: unknown) => void;
  onerror?: (event: unknown) => void;
  setAttribute(): void;
  getAttribute(): null;
  parentNode: null;
}

/**
 * Evaluates dir/functions.js (or another entry) in a fresh sandbox, after the webpack runtime
 * (runtime.js) every entry of the page shares, as taskpane.html loads them.
 */
export function loadBundle(dir: string, entry = "functions.js"): LoadedBundle {
  const functions = new Map<string, CustomFunction>();
  const chunksLoaded: string[] = [];
  const CustomFunctions = {
    associate: (id: string, fn: CustomFunction) => functions.set(id, fn),
    Error: SandboxError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  const context: Record<string, unknown> = { CustomFunctions, console, setTimeout, clearTimeout };
  const document = {
    getElementsByTagName: () => [],
    createElement: (): ScriptElement => ({
      src: "",
      setAttribute: () => undefined,
      getAttribute: () => null,
      parentNode: null,
    }),
    head: {
      appendChild(script: ScriptElement) {
        // As a browser does: later, then onload or onerror.
        setImmediate(() => {
          chunksLoaded.push(script.src);
          try {
            vm.runInContext(readFileSync(path.join(dir, script.src), "utf8"), sandbox);
          } catch {
            script.onerror?.({ type: "error", target: script });
            return;
          }
          script.onload?.({ type: "load", target: script });
        });
      },
    },
  };
  context.document = document;
  const sandbox = vm.createContext(context);
  context.self = sandbox;
  for (const file of ["runtime.js", entry]) {
    vm.runInContext(readFileSync(path.join(dir, file), "utf8"), sandbox);
  }
  return { functions, chunksLoaded };
}
