import { api, unwrap } from '../api/client.ts';
import { PasswordChangePage } from './PasswordChangePage.tsx';

/** A staff member's own password change (POST /api/auth/password), the same page in every staff area. */
export function StaffPasswordPage() {
  return <PasswordChangePage submit={async (currentPassword, newPassword) => void (await unwrap(api.POST('/api/auth/password', { body: { currentPassword, newPassword } })))} />;
}
