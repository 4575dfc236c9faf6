import { loadEnrollment } from '#shared/console/enrollment-load';
import { enrollmentScreen } from '#shared/console/enrollment-screen';
import { showEnrollmentScreen } from '#shared/console/routes';
import { screen } from '#shared/console/screen';

export const handler = screen(showEnrollmentScreen, { permission: 'enrollment:read' }, async (_input, ctx) => {
  const { organization, record } = await loadEnrollment(ctx);
  return enrollmentScreen(ctx, organization, record);
});
