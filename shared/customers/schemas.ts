import { Invitation } from '#shared/partners/schemas';
import { CountryCode, Email, Id, Language, LegalName, OneLine, PersonName } from '#shared/platform/schemas';
import * as z from '#shared/platform/zod';

export const CreateCustomerInvitationRequest = z
  .strictObject({
    recipientEmail: Email.optional().meta({
      description: 'The customer’s email, to send the invitation from here (`send`).',
    }),
    requestDelegatedAdmin: z
      .boolean()
      .default(false)
      .meta({ description: 'Ask for delegated admin privileges (admin agents and global admins).' }),
    includeProviderId: Id.optional().meta({
      description: 'Make it a combined invitation with this indirect provider, which must be actively linked.',
    }),
    customerCountry: CountryCode.optional().meta({
      description: 'If known, checked against the markets of your region now rather than at acceptance.',
    }),
    emailSubject: OneLine(1, 200).optional(),
    emailBody: z
      .string()
      .trim()
      .min(1)
      .max(20_000)
      .optional()
      .meta({ description: 'Your edit of the draft; it must keep the personalized link.' }),
    send: z.boolean().default(false),
  })
  .refine((value) => !value.send || value.recipientEmail, {
    message: 'is required to send the invitation',
    path: ['recipientEmail'],
  });

const shownOnce = 'Shown once: absent from an idempotent replay (its `idempotent-redacted` header names it).';
export const CustomerInvitationCreated = z.object({
  invitation: Invitation,
  link: z
    .string()
    .optional()
    .meta({
      description: `The personalized link: works until the invitation is accepted, revoked or expires. ${shownOnce}`,
    }),
  draftEmail: z
    .object({ subject: z.string(), body: z.string(), language: Language })
    .optional()
    .meta({ description: shownOnce }),
  mailtoUrl: z.string().optional().meta({ description: shownOnce }),
  clipboardText: z.string().optional().meta({ description: shownOnce }),
  sent: z.boolean(),
});

export const CustomerParams = z.strictObject({ customerId: Id });
export const CustomerUserParams = z.strictObject({ customerId: Id, userId: Id });
export const PartnerParams = z.strictObject({ partnerId: Id });

export const ListCustomersQuery = z.object({
  q: z.string().trim().max(128).optional().meta({ description: 'Part of the customer’s name or domain.' }),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(1024).optional(),
});

export const CustomerSummary = z
  .object({
    customerId: Id,
    customerName: z.string(),
    domain: z.string().optional(),
    country: z.string(),
    role: z.enum(['Reseller', 'IndirectProvider']),
    delegatedAdmin: z.boolean(),
    sharedWith: z.string().optional(),
    resellerOfRecord: z.string(),
    since: z.string(),
    note: z.string().optional(),
  })
  .meta({ id: 'CustomerSummary' });
export const CustomerPage = z.object({ items: z.array(CustomerSummary), nextCursor: z.string().optional() });

export const Subscription = z
  .object({
    subscriptionId: Id,
    customerId: Id,
    offerId: z.string(),
    offerName: z.string(),
    quantity: z.number().int(),
    assigned: z.number().int(),
    currency: z.string(),
    resellerOfRecord: z.string(),
    status: z.string(),
    createdAt: z.string(),
    version: z.number().int().meta({
      description:
        'Grows with every change; send it as If-Match (`"3"`) to updateSubscription so a change made meanwhile is not overwritten.',
    }),
  })
  .meta({ id: 'Subscription' });

export const SubscriptionParams = z.strictObject({ customerId: Id, subscriptionId: Id });
export const UpdateSubscriptionRequest = z
  .strictObject({
    quantity: z.number().int().min(1).max(10_000).optional().meta({
      description: 'The new number of licenses: more is an order (revenue); fewer never below those assigned.',
    }),
    status: z.enum(['Active', 'Suspended']).optional().meta({ description: 'Suspend or reactivate.' }),
  })
  .refine((body) => (body.quantity === undefined) !== (body.status === undefined), {
    message: 'give either quantity or status',
    path: ['quantity'],
  });

export const SubscriptionPage = z.object({ items: z.array(Subscription), nextCursor: z.string().optional() });
export const TenantPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(1024).optional(),
});

export const CustomerDetail = CustomerSummary.extend({
  account: z.object({ legalName: z.string(), country: z.string(), currency: z.string().optional() }),
  subscriptions: z.array(Subscription),
  users: z
    .number()
    .int()
    .optional()
    .meta({ description: 'How many users the customer has (shown to the admin partner).' }),
  licenses: z.object({ purchased: z.number().int(), assigned: z.number().int() }),
});

export const CustomerUser = z.object({
  userId: Id,
  fullName: z.string(),
  email: z.string(),
  licenses: z.array(z.string()),
  createdAt: z.string(),
});
export const CustomerUserPage = z.object({ items: z.array(CustomerUser), nextCursor: z.string().optional() });
export const CreateCustomerUserRequest = z.strictObject({
  fullName: PersonName,
  email: Email,
  language: Language.default('en'),
});
export const CreateCustomerUserResponse = z.object({ user: CustomerUser, temporaryPassword: z.string() });

export const AssignLicensesRequest = z.strictObject({
  subscriptionId: Id,
  action: z.enum(['assign', 'remove']),
});

export const OrderRequest = z.strictObject({
  lineItems: z
    .array(
      z.union([
        z.strictObject({ offerId: z.string().min(1).max(64), quantity: z.number().int().min(1).max(10_000) }),
        z.strictObject({ subscriptionId: Id, addQuantity: z.number().int().min(1).max(10_000) }),
      ]),
    )
    .min(1)
    .max(20),
});
export const Order = z
  .object({
    orderId: Id,
    customerId: Id,
    submittedBy: Id,
    resellerOfRecord: Id,
    currency: z.string(),
    total: z.number(),
    totalUsd: z.number(),
    lineItems: z.array(
      z.object({
        subscriptionId: Id,
        offerId: z.string(),
        quantity: z.number().int(),
        unitPrice: z.number(),
        amount: z.number(),
      }),
    ),
    createdAt: z.string(),
  })
  .meta({ id: 'Order' });

export const OffersQuery = z.object({ market: CountryCode });
export const Offers = z.object({
  market: z.string(),
  currency: z.string(),
  items: z.array(z.object({ offerId: z.string(), name: z.string(), unitPrice: z.number(), currency: z.string() })),
});
export const UpsertOfferRequest = z.strictObject({
  offerId: z.string().regex(/^[A-Z0-9-]{2,64}$/),
  name: z.string().min(1).max(200),
  prices: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
  maxQuantity: z.number().int().min(1).max(100_000),
});

export const RevenueQuery = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/, { message: 'must be a month, e.g. 2026-11' }),
  limit: z.coerce.number().int().min(1).max(100).default(100),
  cursor: z.string().max(1024).optional(),
});
export const Revenue = z.object({
  month: z.string(),
  totalUsd: z.number().meta({ description: 'The whole month’s revenue in USD, every page included.' }),
  nextCursor: z.string().optional(),
  items: z.array(
    z.object({
      orderId: z.string(),
      customerId: z.string(),
      amount: z.number(),
      currency: z.string(),
      usd: z.number(),
      date: z.string(),
    }),
  ),
});

export const ConsentLedger = z.object({
  items: z.array(
    z.object({
      partnerId: Id,
      partnerName: z.string(),
      role: z.string(),
      delegatedAdmin: z.boolean(),
      since: z.string(),
      state: z.string(),
      history: z
        .array(
          z.object({
            at: z.string(),
            change: z.enum([
              'RelationshipAccepted',
              'Imported',
              'ProviderAdded',
              'DelegatedAdminGranted',
              'DelegatedAdminRemoved',
              'DelegatedAdminMoved',
            ]),
          }),
        )
        .meta({ description: 'What happened between the customer and this partner, oldest first.' }),
      removeAdminAction: z.string().optional(),
    }),
  ),
  delegatedAdminHolder: z.string().optional(),
});

export const ImportCustomerRequest = z.strictObject({
  partnerOrganizationId: Id,
  customer: z.strictObject({
    legalName: LegalName,
    country: CountryCode,
    domain: z.string().trim().max(253).optional(),
  }),
  delegatedAdmin: z.boolean().default(false),
});

export const LeadRequest = z.strictObject({
  companyName: z.string().trim().min(2).max(256),
  contactName: PersonName,
  contactEmail: Email,
  country: CountryCode,
  source: z.enum(['Marketing', 'Referral', 'Provider']),
  notes: z.string().max(4000).optional(),
});
export const Lead = z.object({
  leadId: Id,
  companyName: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  country: z.string(),
  source: z.string(),
  status: z.enum(['New', 'Assigned', 'Invited']),
  assignedTo: z.string().optional(),
  invitationId: z.string().optional(),
  createdAt: z.string(),
});
export const LeadPage = z.object({ items: z.array(Lead), nextCursor: z.string().optional() });
export const LeadParams = z.strictObject({ leadId: Id });
export const AssignLeadRequest = z.strictObject({ userId: Id });

export const ImportedCustomer = z.object({ customerId: Id, partnerOrganizationId: Id });
export const SharedCustomer = z.object({
  customerId: Id,
  customerName: z.string(),
  domain: z.string().optional(),
  country: CountryCode,
  state: z.enum(['Active', 'Ended']),
  role: z.enum(['Reseller', 'IndirectProvider']),
});
export const SharedCustomerPage = z.object({ items: z.array(SharedCustomer), nextCursor: z.string().optional() });
