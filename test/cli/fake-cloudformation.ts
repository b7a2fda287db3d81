// A stand-in for CloudFormation's DescribeStacks (AWS query protocol, XML answers), so the
// CLI's `--stage` resolution can be tested against the local emulators without AWS.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const stackXml = (name: string, outputs: Record<string, string>) =>
  `<DescribeStacksResponse xmlns="${NS}"><DescribeStacksResult><Stacks><member>` +
  `<StackName>${escape(name)}</StackName><StackStatus>CREATE_COMPLETE</StackStatus><CreationTime>2024-01-01T00:00:00Z</CreationTime>` +
  `<Outputs>${Object.entries(outputs)
    .map(([k, v]) => `<member><OutputKey>${escape(k)}</OutputKey><OutputValue>${escape(v)}</OutputValue></member>`)
    .join('')}</Outputs>` +
  `</member></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata></DescribeStacksResponse>`;

const missingXml = (name: string) =>
  `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>ValidationError</Code>` +
  `<Message>Stack with id ${escape(name)} does not exist</Message></Error><RequestId>fake</RequestId></ErrorResponse>`;

export interface FakeCloudFormation {
  endpoint: string;
  stop(): Promise<void>;
}

/** Answers DescribeStacks for the stacks given (name -> outputs); any other name does not exist. */
export const startFakeCloudFormation = async (stacks: Record<string, Record<string, string>>): Promise<FakeCloudFormation> => {
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const params = new URLSearchParams(body);
    const name = params.get('StackName') ?? '';
    const outputs = params.get('Action') === 'DescribeStacks' ? stacks[name] : undefined;
    res.writeHead(outputs ? 200 : 400, { 'content-type': 'text/xml' });
    res.end(outputs ? stackXml(name, outputs) : missingXml(name));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
