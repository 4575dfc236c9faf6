import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { optionalEndpoint, readConfig } from '#shared/platform/config';
import { businessMetrics, count, tracer } from '#shared/platform/observability';
import * as z from '#shared/platform/zod';

const config = readConfig(
  z.object({
    EMAIL_FROM: z.string().min(3),
    SES_CONFIGURATION_SET: z.string().min(1).optional(),
    AWS_REGION: z.string().min(1).default('us-east-1'),
    SES_ENDPOINT: optionalEndpoint,
  }),
);

/**
 * Time limits, so a hanging email service costs an effect seconds, not the consumer's whole timeout: 1 s to
 * connect, 3 s to answer, 3 attempts.
 */
export const ses = tracer.captureAWSv3Client(
  new SESv2Client({
    region: config.AWS_REGION,
    endpoint: config.SES_ENDPOINT,
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000, throwOnRequestTimeout: true },
  }),
);

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends one rendered email through SES v2; counts it sent or failed (EmailsSent, EmailsFailed). */
export async function sendEmail(email: OutgoingEmail): Promise<string | undefined> {
  const result = await ses
    .send(
      new SendEmailCommand({
        FromEmailAddress: config.EMAIL_FROM,
        Destination: { ToAddresses: [email.to] },
        ConfigurationSetName: config.SES_CONFIGURATION_SET,
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
          },
        },
      }),
    )
    .catch((error: unknown) => {
      count(businessMetrics.emailsFailed);
      throw error;
    });
  count(businessMetrics.emailsSent);
  return result.MessageId;
}
