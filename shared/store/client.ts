import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

// One client per process (created at module scope by each handler). The endpoint comes
// from the SDK's own configuration (AWS_ENDPOINT_URL_DYNAMODB in the local runtime), so
// there is no local-only code path.
export const createDocumentClient = (): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
