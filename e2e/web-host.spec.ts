import { expect, test } from './fixtures';

test.describe('the web host API over HTTP', () => {
  test('refuses a request without the token, or with a wrong one', async ({ request, host }) => {
    const missing = await request.post(`${host.origin}/api/listWorkspaces`, { data: {} });
    expect(missing.status()).toBe(401);
    expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    const wrong = await request.post(`${host.origin}/api/listWorkspaces`, {
      headers: { Authorization: `Bearer not-${host.token}` },
      data: {},
    });
    expect(wrong.status()).toBe(401);
  });

  test('refuses a request for another host name, even with the token (DNS rebinding)', async ({ request, host }) => {
    const response = await request.post(`${host.origin}/api/listWorkspaces`, {
      headers: { Authorization: `Bearer ${host.token}`, Host: 'cairn.attacker.example' },
      data: {},
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('answers invalid input with 400 and names the field', async ({ request, host }) => {
    const headers = { Authorization: `Bearer ${host.token}` };
    const emptyName = await request.post(`${host.origin}/api/createWorkspace`, { headers, data: { name: '   ' } });
    expect(emptyName.status()).toBe(400);
    const body = (await emptyName.json()) as { error: { message: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'name' } });
    expect(body.error.message).toMatch(/name/);

    const badId = await request.post(`${host.origin}/api/getDecision`, { headers, data: { id: 'not-a-uuid' } });
    expect(badId.status()).toBe(400);
    expect(await badId.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'id' } });
  });

  test('serves the app and answers a valid call', async ({ request, host }) => {
    const index = await request.get(`${host.origin}/`);
    expect(index.status()).toBe(200);
    expect(await index.text()).toContain('<div id="root">');

    const created = await request.post(`${host.origin}/api/createWorkspace`, {
      headers: { Authorization: `Bearer ${host.token}` },
      data: { name: 'Payments platform' },
    });
    expect(created.status()).toBe(200);
    expect(await created.json()).toMatchObject({ ok: true, value: { name: 'Payments platform', decisionCount: 0 } });
  });
});
