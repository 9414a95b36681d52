/**
 * `<option>`s of a phone filter: "All phones", then each org phone (GET /api/phones) by its
 * `phone_name` and number; the value is the number's digits, as the BFF's `phone` parameter takes.
 * Phones without a number yet are left out.
 */
import type { OrgPhoneName } from '@/lib/api-types.ts';
import { formatPhone } from '@/lib/format.ts';

/** An org phone as GET /api/phones lists it (the fields an option shows). */
export type PhoneOption = OrgPhoneName;

export function PhoneOptions({ phones }: { phones: readonly PhoneOption[] | undefined }) {
  return (
    <>
      <option value="">All phones</option>
      {phones?.map((phone) => {
        // A phone not linked to a number yet (`org_phone: null`,
        // docs/periskope-api.md#phone-contact-note) cannot scope a list.
        if (!phone.org_phone) return null;
        const digits = phone.org_phone.replace(/@c\.us$/, '');
        return (
          <option key={digits} value={digits}>
            {phone.phone_name
              ? `${phone.phone_name} · ${formatPhone(digits)}`
              : formatPhone(digits)}
          </option>
        );
      })}
    </>
  );
}
