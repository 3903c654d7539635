// CLI: builds (or finds in the cache) the FerretDB binary and prints its path.
import { ensureFerretDbBinary } from '../db/ferretdb-binary.mjs';

console.log(await ensureFerretDbBinary());
