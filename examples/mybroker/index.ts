import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findDocument } from './documents';
import { downloadDocument, type Downloaded } from './download';
import { GraphClient } from './graphClient';
import { readPortfolio, type PortfolioRead } from './portfolio';
import type { RetrySettings } from './retryPolicy';
import type { Log } from './support';
import { TokenClient } from './tokenClient';

/**
 * A broker's system (MyBroker) on the customer graph: takes a token with client credentials, reads
 * the office's portfolio a page of 50 at a time, prints each customer's contracts and downloads
 * one document. Run it with `npm run -s example:mybroker -- [--search NAME] [--max-pages N]`
 * (README.md beside this file).
 */
export interface MyBrokerSettings {
  /** The gateway, e.g. http://localhost:4000 (its /graphql and /oauth/token are used). */
  graphUrl: string;
  clientId: string;
  clientSecret: string;
  search?: string | undefined;
  maxPages?: number | undefined;
  language?: 'nl' | 'fr' | 'en';
  log: Log;
  fetch?: typeof fetch;
  retry?: { settings?: RetrySettings; random?: () => number };
}

export interface MyBrokerRun {
  portfolio: PortfolioRead;
  download: Downloaded | undefined;
  tokensIssued: number;
}

export async function main(settings: MyBrokerSettings): Promise<MyBrokerRun> {
  const { log } = settings;
  const origin = new URL(settings.graphUrl).origin;
  const shared = {
    log,
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    ...(settings.retry ? { retry: settings.retry } : {}),
  };
  const tokens = new TokenClient({
    origin,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    ...shared,
  });
  const graph = new GraphClient({
    url: new URL('/graphql', origin).toString(),
    tokens,
    ...(settings.language ? { language: settings.language } : {}),
    ...shared,
  });

  const portfolio = await readPortfolio(graph, { search: settings.search, maxPages: settings.maxPages }, log);
  log(
    `read ${portfolio.customers.length} of ${portfolio.totalCount} customers in ${portfolio.pages} page${portfolio.pages === 1 ? '' : 's'}`,
  );

  let download: Downloaded | undefined;
  const document = await findDocument(graph, portfolio.customers, log);
  if (document) {
    // A folder of its own under the system's temporary directory: never the working tree.
    const directory = await mkdtemp(path.join(os.tmpdir(), 'mybroker-'));
    download = await downloadDocument({
      link: document.downloadUrl,
      origin,
      fileName: document.fileName,
      directory,
      tokens,
      ...shared,
    });
    const head = (await readFile(download.file)).subarray(0, 5).toString('latin1');
    log(
      `downloaded ${document.id} to ${download.file}: ${download.bytes} bytes, ${download.contentType ?? 'no content type'}, sha256 ${download.sha256}${head === '%PDF-' ? ', a PDF' : ', NOT a PDF'}`,
    );
  }
  log(`tokens obtained: ${tokens.issued}`);
  return { portfolio, download, tokensIssued: tokens.issued };
}

/** The command line: settings from the environment and argv, lines to stdout, failures to stderr. */
async function cli(): Promise<void> {
  const { values } = parseArgs({
    options: {
      search: { type: 'string' },
      'max-pages': { type: 'string' },
      language: { type: 'string' },
    },
  });
  const clientId = process.env['MYBROKER_CLIENT_ID'];
  const clientSecret = process.env['MYBROKER_CLIENT_SECRET'];
  if (!clientId || !clientSecret)
    throw new Error('Set MYBROKER_CLIENT_ID and MYBROKER_CLIENT_SECRET (npm run -s broker-client -- issue B00001).');
  const maxPages = values['max-pages'] === undefined ? undefined : Number(values['max-pages']);
  if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages > 0))
    throw new Error('--max-pages takes a whole number of pages, 1 or more.');
  const language = values.language;
  if (language !== undefined && language !== 'nl' && language !== 'fr' && language !== 'en')
    throw new Error('--language is nl, fr or en.');
  await main({
    graphUrl: process.env['MYBROKER_GRAPH_URL'] ?? 'http://localhost:4000',
    clientId,
    clientSecret,
    search: values.search,
    maxPages,
    ...(language ? { language } : {}),
    log: (line) => process.stdout.write(`${line}\n`),
  });
}

if (require.main === module)
  cli().catch((error: unknown) => {
    process.stderr.write(`mybroker: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
