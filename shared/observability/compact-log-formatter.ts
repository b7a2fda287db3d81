import { LogFormatter, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';

/**
 * Powertools' default line minus what every line of a function's own log group repeats:
 * the function's ARN, name and memory size (the log group already names the function) and
 * the sampling rate. Log ingestion is billed by the byte, and those keys were ~40% of a
 * decision line. The request id stays, so a line still finds its invocation; cold_start
 * appears only on a cold start, and the X-Ray trace id only when X-Ray records the trace
 * (Lambda hands every invocation a trace header, sampled or not).
 */
const traceSampled = (): boolean => /(?:^|;)Sampled=1(?:;|$)/.test(process.env._X_AMZN_TRACE_ID ?? '');

export class CompactLogFormatter extends LogFormatter {
  override formatAttributes(attributes: UnformattedAttributes, additionalLogAttributes: LogAttributes): LogItem {
    const context = attributes.lambdaContext;
    return new LogItem({
      attributes: {
        level: attributes.logLevel,
        message: attributes.message,
        timestamp: this.formatTimestamp(attributes.timestamp),
        service: attributes.serviceName,
        ...(context?.coldStart ? { cold_start: true } : {}),
        ...(context?.awsRequestId ? { function_request_id: context.awsRequestId } : {}),
        ...(attributes.xRayTraceId && traceSampled() ? { xray_trace_id: attributes.xRayTraceId } : {}),
      },
    }).addAttributes(additionalLogAttributes);
  }
}
