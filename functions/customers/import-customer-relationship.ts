import { relationshipItems } from '#shared/customers/relationships-store';
import { importCustomerRelationship } from '#shared/customers/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { clock } from '#shared/platform/clock';
import { newId } from '#shared/platform/crypto';
import { NotFoundError } from '#shared/platform/errors';
import { keys } from '#shared/platform/keys';
import { putEvent } from '#shared/platform/outbox';
import { tableName, transact } from '#shared/platform/table';
import { getOrganization } from '#shared/users/organizations-store';

/** Seed 000: customers a partner already serves through other channels appear in its customer list. */
export const handler = httpHandler(importCustomerRelationship, async ({ body, correlationId }) => {
  const partner = await getOrganization(body.partnerOrganizationId);
  if (!partner) throw new NotFoundError('No such partner.');
  const customerId = newId();
  const now = clock.nowIso();
  await transact(
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.organization(customerId),
            entity: 'Organization',
            organizationId: customerId,
            legalName: body.customer.legalName,
            country: body.customer.country,
            programs: {},
            globalAdminCount: 0,
            importedBy: partner.organizationId,
            createdAt: now,
            version: 1,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...relationshipItems(
        {
          partnerId: partner.organizationId,
          customerId,
          customerName: body.customer.legalName,
          domain: body.customer.domain,
          country: body.customer.country,
          role: 'Reseller',
          state: 'Active',
          delegatedAdmin: body.delegatedAdmin,
          resellerOfRecord: partner.organizationId,
          since: now,
          via: 'Import',
        },
        partner.legalName,
      ),
      ...(body.delegatedAdmin
        ? [
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...keys.delegatedAdmin(customerId),
                  entity: 'DelegatedAdmin',
                  holderId: partner.organizationId,
                  since: now,
                },
              },
            },
          ]
        : []),
      putEvent(
        'CustomerImported',
        { partnerId: partner.organizationId, customerId },
        { organizationId: partner.organizationId, correlationId },
      ),
    ],
    () => new NotFoundError('Could not import.'),
  );
  return reply.created({ customerId, partnerOrganizationId: partner.organizationId }, `/v1/customers/${customerId}`);
});
