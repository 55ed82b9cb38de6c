import { alertSchemaFor } from '../alerts/schema.ts';
import type { Content } from '../content/load-content.ts';
import { serviceSchema } from '../directory/schema.ts';
import { siteConfigSchema } from '../site/config-schema.ts';
import { updateSchema, updateTranslationSchema } from '../updates/schema.ts';
import { cmsFields, type CmsChoices, type CmsField } from './fields.ts';

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'en');

/**
 * What a service can refer to, from content/directory/ as the build read it: the editor
 * offers these (and only these), as the build checks that every reference exists. Something
 * added to content/directory/ appears in the editor after the next build.
 */
export function serviceChoices({ site, directory }: Pick<Content, 'site' | 'directory'>): CmsChoices {
  const { organisations, locations, categories } = directory;
  return {
    organisations: [...organisations.values()].map((o) => ({ label: o.name, value: o.id })).sort(byLabel),
    locations: [...locations.values()].map((l) => ({ label: `${l.name}, ${l.address_1}`, value: l.id })).sort(byLabel),
    categories: categories.map((c) => ({ label: c.name.en ?? c.id, value: c.id })),
    translationLocales: site.locales.filter((l) => l.code !== 'en').map((l) => ({ label: `${l.name} (${l.code})`, value: l.code })),
  };
}

/**
 * The editor's configuration (served as /admin/config.yml), made from the same zod schemas
 * the build uses. Changing a schema changes the editor with it.
 */
export function cmsConfig(content: Pick<Content, 'site' | 'directory'>) {
  const { site } = content;
  const timeZone = site.contact.timeZone;
  const translated = new Set(Object.keys(updateTranslationSchema.shape));
  const updateFields: CmsField[] = [
    // Title and summary are translated; dates and audience are set once, in English.
    ...cmsFields(updateSchema, timeZone).map((f) => ({ ...f, i18n: translated.has(f.name) })),
    { name: 'body', label: 'Text of the update', widget: 'markdown', required: true, i18n: true, hint: 'Short paragraphs. Use a list for steps or choices.' },
  ];
  return {
    // Where edits are saved when signed in. On this machine, use "Work with Local Repository"
    // instead (see README: "Publish an update in five steps").
    backend: { name: 'github', repo: site.editor.repository, branch: site.editor.branch },
    site_url: site.service.url,
    display_url: site.service.url,
    media_folder: 'content/media',
    // Translations of updates live in content/updates/<locale>/<same file name>.md; English
    // has no locale folder. New updates start in English only; add languages as they come.
    i18n: {
      structure: 'multiple_folders',
      locales: site.locales.map((l) => l.code),
      default_locale: 'en',
      initial_locales: ['en'],
      omit_default_locale_from_file_path: true,
    },
    slug: { maxlength: 60 },
    // An empty optional field is left out of the file, as the schemas expect (not "null").
    output: { omit_empty_optional_fields: true },
    public_folder: '/media',
    collections: [
      {
        name: 'updates',
        label: 'Updates',
        label_singular: 'Update',
        description: 'News for families, professionals and partners. Goes live on its publish date.',
        folder: 'content/updates',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        summary: '{{title}} ({{published}})',
        sortable_fields: ['published', 'title'],
        i18n: true,
        fields: updateFields,
      },
      {
        name: 'alerts',
        label: 'Alerts',
        label_singular: 'Alert',
        description: 'A message at the top of every page, between its start and end times.',
        folder: 'content/alerts',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        slug: '{{slug}}',
        identifier_field: 'message',
        summary: '{{message}} ({{starts}} to {{ends}})',
        fields: cmsFields(alertSchemaFor(site.locales), timeZone),
      },
      {
        name: 'services',
        label: 'Services',
        label_singular: 'Service',
        description: 'The service directory. One file per service; fields follow Open Referral UK (content/services/README.md).',
        folder: 'content/services',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        // A new service's file is named after it; its id (made by the editor) never changes.
        slug: '{{slug}}',
        identifier_field: 'name',
        summary: '{{name}} ({{status}})',
        sortable_fields: ['name', 'assured_date'],
        fields: cmsFields(serviceSchema, timeZone, serviceChoices(content)),
      },
      {
        name: 'settings',
        label: 'Site settings',
        files: [
          {
            name: 'site',
            label: 'Council details, phone numbers and opening hours',
            file: 'content/site.yaml',
            fields: cmsFields(siteConfigSchema, timeZone),
          },
        ],
      },
    ],
  };
}
