import { z } from 'zod';

/**
 * A stand-in for content/services/<id>.yaml while the services feature is built: the few
 * Open Referral UK (ORUK) Service fields the editor needs now. Replace this with the
 * services feature's own schema when it lands (cmsConfig() then picks it up unchanged).
 */
export const serviceStatuses = ['active', 'inactive', 'defunct', 'temporary'] as const;

export const minimalServiceSchema = z.object({
  id: z.uuid('Use an ID like 3fa85f64-5717-4562-b3fc-2c963f66afa6').meta({ title: 'ID', description: 'Made for you. Do not change it.', cmsWidget: 'uuid' }),
  name: z.string().trim().min(3).meta({ title: 'Name of the service' }),
  description: z.string().trim().min(10).meta({ title: 'Description', description: 'What the service does and who it is for, in plain words.', cmsWidget: 'text' }),
  status: z.enum(serviceStatuses).meta({ title: 'Status', description: 'active: running now. temporary: for a short time. inactive: paused. defunct: closed for good.' }),
});
