import { writeFileSync } from 'node:fs';
import { SUPERGRAPH_FILE, composeSupergraph } from './supergraph';

const result = composeSupergraph();
if ('errors' in result) {
  process.stderr.write(`Composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_FILE, result.supergraphSdl);
process.stdout.write(`Wrote ${SUPERGRAPH_FILE}\n`);
