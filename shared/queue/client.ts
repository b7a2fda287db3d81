import { SQSClient } from '@aws-sdk/client-sqs';

// The SDK sends each call to the host in its QueueUrl unless told otherwise. The endpoint
// the SDK resolves itself (the regional SQS endpoint in AWS; AWS_ENDPOINT_URL_SQS in the
// local runtime, whose queue URLs name a host that does not resolve) is always right, so
// use that.
export const createSqsClient = (): SQSClient => new SQSClient({ useQueueUrlAsEndpoint: false });
