import type { DirectBillStepName } from '#shared/direct-bill/workflow';
import { defineLifecycle } from '#shared/platform/lifecycle';

/** The states of a direct-bill application. */
export const applicationStates = [
  'EligibilityCheck',
  'AwaitingCreditCheck',
  'CreditCheckPassed',
  'AwaitingSupportPlan',
  'SupportPlanRecorded',
  'AwaitingAssessment',
  'Assessed',
  'Approved',
  'AwaitingAgreement',
  'AgreementSigned',
  'Active',
  'Ineligible',
  'CreditCheckFailed',
  'Rejected',
  'Expired',
  'Failed',
] as const;
export type ApplicationState = (typeof applicationStates)[number];
export const finalApplicationStates: readonly ApplicationState[] = [
  'Active',
  'Ineligible',
  'CreditCheckFailed',
  'Rejected',
  'Expired',
  'Failed',
];

const open = applicationStates.filter((state) => !finalApplicationStates.includes(state));

/** The direct-bill application's transition table (seed 001: gate, credit check, support plan, assessment, agreement). */
export const applicationLifecycle = defineLifecycle({
  name: 'Direct-bill application',
  states: applicationStates,
  transitions: {
    recordGate: { from: ['EligibilityCheck'], to: 'same', why: 'the tenure, revenue and PartnerID gate passed' },
    gateIneligible: { from: ['EligibilityCheck'], to: 'Ineligible', why: 'the gate failed: the application ends' },
    awaitCreditCheck: { from: ['EligibilityCheck'], to: 'AwaitingCreditCheck', why: 'waits for an operator' },
    recordCreditCheck: {
      from: ['AwaitingCreditCheck'],
      to: ['CreditCheckPassed', 'CreditCheckFailed'],
      why: 'an operator records the credit check (the partner is emailed)',
    },
    awaitSupportPlan: {
      from: ['CreditCheckPassed'],
      to: 'AwaitingSupportPlan',
      why: 'only after the credit check passed',
    },
    recordSupportPlan: {
      from: ['AwaitingSupportPlan'],
      to: 'SupportPlanRecorded',
      why: 'the partner records its plan',
    },
    awaitAssessment: { from: ['SupportPlanRecorded'], to: 'AwaitingAssessment', why: 'waits for the assessor' },
    recordAssessment: { from: ['AwaitingAssessment'], to: 'Assessed', why: 'an operator records the assessment' },
    decide: { from: ['Assessed'], to: ['Approved', 'Rejected'], why: 'the policy in force decides on every criterion' },
    awaitAgreement: { from: ['Approved'], to: 'AwaitingAgreement', why: 'waits for a global admin to sign' },
    signAgreement: { from: ['AwaitingAgreement'], to: 'AgreementSigned', why: 'a global admin signed' },
    activate: { from: ['AgreementSigned'], to: 'Active', why: 'the direct-bill program is active' },
    end: { from: open, to: ['Expired', 'Failed'], why: 'a wait timed out, or a step failed for good' },
  },
});

export type ApplicationMove = keyof typeof applicationLifecycle.transitions;

/** The move that parks each callback step, and the one that answers it. */
export const stepMoves: Record<DirectBillStepName, { wait: ApplicationMove; answer: ApplicationMove }> = {
  CreditCheck: { wait: 'awaitCreditCheck', answer: 'recordCreditCheck' },
  SupportPlan: { wait: 'awaitSupportPlan', answer: 'recordSupportPlan' },
  Assessment: { wait: 'awaitAssessment', answer: 'recordAssessment' },
  Agreement: { wait: 'awaitAgreement', answer: 'signAgreement' },
};
