import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../application/app-context.ts';
import { registerErrorHandler } from './error-handler.ts';
import { registerDocumentRoutes } from './routes/documents/document-routes.ts';
import { registerIdempotency } from './idempotency.ts';
import { registerRegistryRoutes } from './routes/registries/registry-routes.ts';
import { registerSupervisionRoutes } from './routes/supervision/supervision-routes.ts';
import { registerCalendarRoutes } from './routes/calendar/calendar-routes.ts';
import { registerNotificationRoutes } from './routes/notifications/notification-routes.ts';
import { registerAuthRoutes } from './routes/auth/sign-in.ts';
import { registerCaseRoutes } from './routes/cases/case-routes.ts';
import { registerCaseSearchRoutes } from './routes/cases/case-search-routes.ts';
import { registerRegistryDataFieldRoutes } from './routes/cases/registry-data-fields-routes.ts';
import { registerJournalRoutes } from './routes/journal/journal-routes.ts';
import { registerHealth } from './routes/health.ts';
import { registerInboxRoutes } from './routes/inbox/inbox-routes.ts';
import { registerProviderRoutes } from './routes/providers/provider-routes.ts';
import { registerRegulationRoutes } from './routes/regulations/regulation-routes.ts';
import { registerHandbookRoutes } from './routes/handbook/handbook-routes.ts';
import { registerStaticWeb } from './static-web.ts';
import { registerPortalRoutes } from './routes/portal/portal-routes.ts';
import { registerDeskRoutes } from './routes/desk/desk-routes.ts';
import { registerPkiRoutes } from './routes/pki/pki-routes.ts';

export async function buildServer(ctx: AppContext, options: { logLevel?: string } = {}) {
  const loggerOptions: FastifyServerOptions['logger'] = options.logLevel === 'silent' ? false : { level: options.logLevel ?? 'info' };
  const app = Fastify({ logger: loggerOptions, bodyLimit: 5 * 1024 * 1024 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Qyzmet API',
        description: 'Executes regulations of state services of the social-labour sphere of Kazakhstan. Errors carry a stable code and kk/ru/en messages.',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
    // Resolves the schemas registered with .meta({ id }) into components, so $refs in /docs/json point somewhere.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  registerIdempotency(app, ctx);
  registerHealth(app, ctx);
  registerAuthRoutes(app, ctx);
  registerRegulationRoutes(app, ctx);
  registerHandbookRoutes(app, ctx);
  registerCaseRoutes(app, ctx);
  registerCaseSearchRoutes(app, ctx);
  registerRegistryDataFieldRoutes(app, ctx);
  registerJournalRoutes(app, ctx);
  registerInboxRoutes(app, ctx);
  registerProviderRoutes(app, ctx);
  registerCalendarRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerSupervisionRoutes(app, ctx);
  registerDocumentRoutes(app, ctx);
  registerPortalRoutes(app, ctx);
  registerDeskRoutes(app, ctx);
  registerPkiRoutes(app, ctx);
  await registerStaticWeb(app);
  registerRegistryRoutes(app, ctx);
  return app;
}
