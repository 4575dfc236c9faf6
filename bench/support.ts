/** What the bench's parts share: the figures it prints, statistics, and an API client for the local stack. */

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
  met?: boolean;
  baseline?: number;
  ratio?: number;
}

export const figures: Figure[] = [];

export function add(figure: Figure): void {
  figures.push(figure);
  const mark = figure.met === undefined ? ' ' : figure.met ? '✓' : '✗';
  const baseline = figure.baseline !== undefined ? `base ${figure.baseline}` : '';
  const ratio = figure.ratio !== undefined ? `x${figure.ratio}` : '';
  process.stdout.write(
    `${mark} ${figure.name.padEnd(64)} ${String(figure.value).padStart(9)} ${figure.unit.padEnd(9)} ${baseline.padEnd(14)} ${ratio.padEnd(7)} ${figure.target ?? ''}\n`,
  );
}

export const section = (title: string) => process.stdout.write(`\n${title}\n`);

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: number[]) => percentile(values, 50);

/** An API client of the local stack, with the set-up the bench needs (sign-up through the emailed link). */
export function apiClient(api: string, mail: string) {
  const call = async (
    method: string,
    path: string,
    options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
  ) => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      redirect: 'manual',
    });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: the bench reads a few fields of many shapes
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {}
    return { status: response.status, body, text };
  };
  const expectStatus = (response: { status: number; text: string }, status: number, what: string) => {
    if (response.status !== status) throw new Error(`${what}: ${response.status} ${response.text}`);
  };
  const password = 'Correct-Horse-9!battery';
  const unique = (prefix: string) =>
    `${prefix}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@contoso.example`;

  async function signIn(email: string, secret = password): Promise<string> {
    const response = await call('POST', '/v1/sign-in', { body: { email, password: secret } });
    expectStatus(response, 200, 'sign-in');
    return response.body.tokens.accessToken;
  }

  async function proofToken(email: string): Promise<string> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const { emails } = (await (await fetch(`${mail}/store`)).json()) as {
        emails: { destination: { to: string[] }; body: { text: string } }[];
      };
      const text = emails.filter((e) => e.destination.to.includes(email)).at(-1)?.body.text;
      const token = text && /token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
      if (token) return token;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no email to ${email}`);
  }

  /** A new organization whose global admin confirmed its address and signed in. */
  async function organization(country = 'IT') {
    const email = unique('admin');
    const requested = await call('POST', '/v1/sign-up', {
      body: {
        organization: { legalName: `Bench ${Math.random().toString(36).slice(2, 7)} S.r.l.`, country },
        admin: { fullName: 'Bench Admin', email, language: 'en' },
      },
    });
    expectStatus(requested, 202, 'sign-up');
    const confirmed = await call('POST', '/v1/email-confirmations', {
      body: { token: await proofToken(email), password },
    });
    expectStatus(confirmed, 200, 'email confirmation');
    return { email, organizationId: confirmed.body.organizationId as string, token: await signIn(email) };
  }

  let operatorToken: string | undefined;
  const operator = async () => {
    operatorToken ??= await signIn('operator@csp-partner.local', 'Operator-Local-1!');
    return operatorToken;
  };

  /** An active direct-bill partner (it may order for its own customers) with a PartnerID in the directory. */
  async function directBillPartner() {
    const org = await organization();
    const partnerId = String(Math.floor(1_000_000 + Math.random() * 8_999_999));
    const imported = await call('POST', '/v1/operator/partner-directory', {
      token: await operator(),
      body: { records: [{ partnerId, organizationName: 'Bench Directory Org', country: 'IT', status: 'Active' }] },
    });
    expectStatus(imported, 200, 'directory import');
    const registered = await call('POST', `/v1/operator/organizations/${org.organizationId}/programs`, {
      token: await operator(),
      body: { program: 'DirectBill', partnerId },
    });
    if (registered.status >= 300) throw new Error(`direct-bill registration: ${registered.status} ${registered.text}`);
    return { ...org, partnerId };
  }

  /** A customer that accepted `partner`'s reseller relationship with delegated admin. */
  async function customerOf(partner: { token: string }) {
    const customer = await organization();
    const invited = await call('POST', '/v1/customer-invitations', {
      token: partner.token,
      body: { requestDelegatedAdmin: true },
    });
    expectStatus(invited, 201, 'customer invitation');
    const token = /token=([\w-]+)/.exec(invited.body.link)![1]!;
    const accepted = await call('POST', '/v1/invitations/accept', {
      token: customer.token,
      body: { token, consent: true },
    });
    if (accepted.status >= 300) throw new Error(`acceptance: ${accepted.status} ${accepted.text}`);
    return customer;
  }

  return { call, organization, directBillPartner, customerOf, operator };
}
