/**
 * `npm run schema`: writes the public data format as JSON Schema (docs/schema/*.schema.json),
 * generated from the one zod schema in src/content/schema.ts. A test checks the files are current.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { jsonSchemaFiles } from './jsonSchemaFiles.ts';

const outDir = new URL('../docs/schema/', import.meta.url);
await mkdir(outDir, { recursive: true });
for (const [name, text] of jsonSchemaFiles()) {
  await writeFile(new URL(name, outDir), text);
  console.log(`docs/schema/${name}`);
}
