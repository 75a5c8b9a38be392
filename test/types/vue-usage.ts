// Type-checked by `tsc -p tsconfig.frameworks.json`: dist/jsx/vue.d.ts gives Vue templates camelCase
// props (Volar camelises org-id to orgId) and onLdc… handlers (Volar's name for @ldc-…) with their details.
import type { GlobalComponents } from 'vue';
import type { LdcStepDetail } from '@local-digital/components';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const badge: Props<'ldc-endorsement-badge'> = {
  orgId: 'E09000007',
  size: 'small',
  timeout: 5000,
  onLdcVerified: (e) => e.detail.listedBy,
};
export const checker: Props<'ldc-blue-badge-checker'> = {
  nation: 'wales',
  onLdcStep: (e: CustomEvent<LdcStepDetail>) => e.detail.index,
};
export const waste: Props<'ldc-waste-lookup'> = { remember: true, onLdcAddressSelected: (e) => e.detail.uprn };
// @ts-expect-error remember is a boolean
export const wrongBoolean: Props<'ldc-waste-lookup'> = { remember: 'yes' };
// @ts-expect-error the detail of ldc-step has no uprn
export const wrongDetail: Props<'ldc-blue-badge-checker'> = { onLdcStep: (e) => e.detail.uprn };
