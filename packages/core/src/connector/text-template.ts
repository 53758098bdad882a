import HandlebarsRuntime from 'handlebars/runtime.js';
import { TEMPLATE_HELPERS } from './helpers.js';

/** A precompiled Handlebars template (what `Handlebars.precompile` emits, evaluated as a JS object). */
export type TemplateSpec = object;

/** A text template, ready to render: input in, text out. */
export type TextTemplate = (input: unknown) => string;

interface HandlebarsRuntimeEnv {
  create(): HandlebarsRuntimeEnv;
  registerHelper(name: string, helper: (...args: unknown[]) => unknown): void;
  template(spec: TemplateSpec): (context: unknown, options?: object) => string;
}

/**
 * The Handlebars runtime (no compiler: templates are precompiled at build time) with only ConvoFlow's helpers.
 * Text slots are never HTML-escaped (the compiler precompiles with `noEscape`), prototype access stays off
 * (Handlebars' default since 4.6), and every helper is a plain function of its arguments.
 */
let runtime: HandlebarsRuntimeEnv | undefined;
/** The environment, made on the first render (importing a connector renders nothing). */
function env(): HandlebarsRuntimeEnv {
  if (runtime) return runtime;
  runtime = (HandlebarsRuntime as unknown as HandlebarsRuntimeEnv).create();
  for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) {
    // Handlebars passes an options object last; drop it, so helpers see only their own arguments.
    runtime.registerHelper(name, (...args: unknown[]) => {
      const result = (helper as (...params: unknown[]) => unknown)(...args.slice(0, -1));
      return typeof result === 'object' && result !== null ? JSON.stringify(result) : result;
    });
  }
  return runtime;
}

/**
 * Turns a precompiled template spec into a render function. Called once per template when a connector module
 * loads (no compilation at run time); the template is set up on its first render, so an import does no work for
 * the operations a process never calls.
 */
export function textTemplate(spec: TemplateSpec): TextTemplate {
  let render: ((context: unknown, options?: object) => string) | undefined;
  return (input) => {
    render ??= env().template(spec);
    return render(input, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  };
}
