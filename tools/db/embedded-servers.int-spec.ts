import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { freePort, startFerretDb, startPostgres } from './index.mjs';

// DATABASE_URL, MONGO_URL, SMTP_URL and MAIL_WEB_URL come from the integration globalSetup,
// which starts them with startTestEnvironment().
function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through the integration Jest project`);
  return value;
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function withMongo<T>(url: string, work: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = new MongoClient(url);
  try {
    return await work(client);
  } finally {
    await client.close();
  }
}

describe('embedded servers of the test environment', () => {
  it('PostgreSQL answers select 1 on the operations database as user astro', async () => {
    const url = env('DATABASE_URL');
    expect(url).toMatch(/^postgres:\/\/astro:astro@127\.0\.0\.1:\d+\/operations$/);
    expect(await query(url, 'select 1 as one, current_database() as db')).toEqual([
      { one: 1, db: 'operations' },
    ]);
  });

  it('FerretDB answers ping and rejects a duplicate key on a unique index', async () => {
    await withMongo(env('MONGO_URL'), async (client) => {
      expect(await client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
      const seats = client.db('tools_spec').collection('seats');
      await seats.createIndex({ launchId: 1, seat: 1 }, { unique: true });
      await seats.insertOne({ launchId: 'L1', seat: 1 });
      await expect(seats.insertOne({ launchId: 'L1', seat: 1 })).rejects.toMatchObject({ code: 11000 });
      expect(await seats.countDocuments()).toBe(1);
    });
  });

  it('maildev catches a mail sent over SMTP and lists it on its REST API', async () => {
    const subject = `Booking confirmed ${Date.now()}`;
    const transport = nodemailer.createTransport(env('SMTP_URL'));
    await transport.sendMail({
      from: 'noreply@astrobookings.test',
      to: 'ada@example.test',
      subject,
      text: 'Seat 1A',
    });
    const response = await fetch(`${env('MAIL_WEB_URL')}/api/email`);
    expect(response.status).toBe(200);
    const mails = (await response.json()) as { subject: string; to: { address: string }[] }[];
    expect(mails).toEqual(expect.arrayContaining([expect.objectContaining({ subject })]));
  });
});

describe('persistent embedded servers', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'astro-db-spec-'));
    await chmod(root, 0o755);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('PostgreSQL keeps its data when it is stopped and started again on the same directory', async () => {
    const dataDir = join(root, 'postgres');
    const port = await freePort();
    const first = await startPostgres({ dataDir, port, persistent: true });
    await query(first.url, "create table kept (name text); insert into kept values ('falcon')");
    await first.stop();

    const second = await startPostgres({ dataDir, port, persistent: true });
    try {
      expect(await query(second.url, 'select name from kept')).toEqual([{ name: 'falcon' }]);
    } finally {
      await second.stop();
    }
  });

  it('FerretDB keeps its documents when it is stopped and started again on the same directory', async () => {
    const dataDir = join(root, 'ferretdb');
    const port = await freePort();
    const first = await startFerretDb({ dataDir, port });
    await withMongo(first.url, (client) =>
      client.db('core').collection('kept').insertOne({ name: 'ariane' }),
    );
    await first.stop();

    const second = await startFerretDb({ dataDir, port });
    try {
      const names = await withMongo(second.url, (client) =>
        client
          .db('core')
          .collection('kept')
          .find({}, { projection: { _id: 0 } })
          .toArray(),
      );
      expect(names).toEqual([{ name: 'ariane' }]);
    } finally {
      await second.stop();
    }
  });
});
