// `npm run build`: builds openapi, then bff and core (in parallel), then the web apps, each
// only when its sources changed since its last successful build. --force rebuilds everything.
import { STAGES, buildStep } from './build-steps.mjs';

const force = process.argv.includes('--force');
try {
  for (const stage of STAGES) await Promise.all(stage.map((name) => buildStep(name, { force })));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
