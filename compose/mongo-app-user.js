// Runs once, on an empty data directory, as the root user (the mongo image's docker-entrypoint-initdb.d): the
// services get a user that may read and write their two databases and administer nothing.
db.getSiblingDB('admin').createUser({
  user: process.env.MONGO_APP_USERNAME,
  pwd: process.env.MONGO_APP_PASSWORD,
  roles: [
    { role: 'readWrite', db: 'core' },
    { role: 'readWrite', db: 'customer' },
  ],
});
