// Better Auth's own client, as a front end would use it with the bearer flow, against a running
// DBKeep server. Usage: node client-check.mjs <server URL> <admin email>. Exits 1 on the first
// unexpected answer.
import { createAuthClient } from "better-auth/client";
import { adminClient } from "better-auth/client/plugins";

const [base, adminEmail] = process.argv.slice(2);
const unique = Math.random().toString(36).slice(2, 10);

function client() {
  let token;
  const auth = createAuthClient({
    baseURL: base,
    plugins: [adminClient()],
    fetchOptions: {
      auth: { type: "Bearer", token: () => token },
      onSuccess: (ctx) => {
        const header = ctx.response.headers.get("set-auth-token");
        if (header) token = header;
      },
    },
  });
  return { auth, token: () => token };
}

function expect(label, condition, detail) {
  if (!condition) {
    console.error(`FAILED: ${label}: ${JSON.stringify(detail)}`);
    process.exit(1);
  }
  console.log(`ok ${label}`);
}

const { auth: ada, token } = client();
const email = `ada-${unique}@example.com`;
const up = await ada.signUp.email({ name: "Ada", email, password: "correct horse battery" });
expect("sign-up returns the user", up.data?.user?.email === email, up);
expect("sign-up exposes set-auth-token", typeof token() === "string" && token().includes("."), token());

const session = await ada.getSession();
expect("get-session with the bearer token", session.data?.user?.email === email, session);

const wrong = await ada.signIn.email({ email, password: "not the password" });
expect(
  "wrong password is 401 INVALID_EMAIL_OR_PASSWORD",
  wrong.error?.status === 401 && wrong.error?.code === "INVALID_EMAIL_OR_PASSWORD",
  wrong,
);
const duplicate = await ada.signUp.email({ name: "Ada", email, password: "correct horse battery" });
expect(
  "duplicate sign-up is 422",
  duplicate.error?.status === 422 && duplicate.error?.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL",
  duplicate,
);

const signIn = await ada.signIn.email({ email, password: "correct horse battery" });
expect("sign-in", signIn.data?.redirect === false && signIn.data?.token, signIn);
const sessions = await ada.listSessions();
expect("list-sessions", Array.isArray(sessions.data) && sessions.data.length === 2, sessions);
const updated = await ada.updateUser({ name: "Ada L." });
expect("update-user", updated.data?.status === true, updated);
const changed = await ada.changePassword({
  currentPassword: "correct horse battery",
  newPassword: "brand new password",
  revokeOtherSessions: true,
});
expect("change-password with a new session", changed.data?.user?.name === "Ada L." && changed.data?.token, changed);
const afterChange = await ada.listSessions();
expect("only the new session is left", afterChange.data?.length === 1, afterChange);
const reset = await ada.requestPasswordReset({ email, redirectTo: "/reset" });
expect("request-password-reset", reset.data?.status === true, reset);
const notAdmin = await ada.admin.listUsers({ query: { limit: 10 } });
expect("admin routes refuse users", notAdmin.error?.status === 403, notAdmin);

const { auth: admin } = client();
const adminIn = await admin.signIn.email({ email: adminEmail, password: "admin password 1" });
expect("an administrator made by dbkeep admin create signs in", adminIn.data?.user?.role === "admin", adminIn);
const users = await admin.admin.listUsers({ query: { limit: 10, searchValue: unique, searchField: "email" } });
expect("admin list-users", users.data?.total === 1 && users.data.users[0].email === email, users);
const adaId = users.data.users[0].id;
const ban = await admin.admin.banUser({ userId: adaId, banReason: "spam", banExpiresIn: 3600 });
expect("admin ban-user", ban.data?.user?.banned === true, ban);
const gone = await ada.getSession();
expect("a ban ends the sessions", gone.data === null, gone);
const banned = await ada.signIn.email({ email, password: "brand new password" });
expect("a banned user cannot sign in", banned.error?.status === 403 && banned.error?.code === "BANNED_USER", banned);
const unban = await admin.admin.unbanUser({ userId: adaId });
expect("admin unban-user", unban.data?.user?.banned === false, unban);
const role = await admin.admin.setRole({ userId: adaId, role: "admin" });
expect("admin set-role", role.data?.user?.role === "admin", role);
const revoked = await admin.admin.revokeUserSessions({ userId: adaId });
expect("admin revoke-user-sessions", revoked.data?.success === true, revoked);
const out = await admin.signOut();
expect("sign-out", out.data?.success === true, out);
const after = await admin.getSession();
expect("no session after sign-out", after.data === null, after);
const social = await admin.signIn.social({ provider: "nowhere", callbackURL: "/", disableRedirect: true });
expect("unknown provider is 404 PROVIDER_NOT_FOUND", social.error?.status === 404, social);
console.log("Better Auth's client works against DBKeep");
