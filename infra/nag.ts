import type { Stack } from 'aws-cdk-lib';
import { Validations } from 'aws-cdk-lib';

/**
 * cdk-nag AwsSolutions findings we accept, each with its reason. Anything not listed here fails synth.
 */
export function acknowledgeFindings(stack: Stack): void {
  Validations.of(stack).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      'Lambda roles use AWSLambdaBasicExecutionRole, which only allows writing the function’s own CloudWatch logs.',
  });
  Validations.of(stack).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason:
      'The cursor signing key guards paging cursors only; rotating it would invalidate cursors in flight and nothing else, so it is rotated by a deploy that replaces it, not on a schedule.',
  });
}
