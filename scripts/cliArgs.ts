/**
 * The scripts' shared command-line handling: parse the options (node:util parseArgs, strict), print the
 * usage on `--help` or on a bad option (parseCli returns the values, or the exit code to stop with), and run
 * a script's main to its exit code (runMain).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O }>>['values'];

export function parseCli<const O extends Options>(options: O, usage: string, args?: string[]): Values<O> | number {
  let values: Values<O> & { help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } } }) as { values: Values<O> & { help?: boolean } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  return values;
}

/** Runs a script's main and exits with its code; an error is printed with its stack and exits 1. */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
