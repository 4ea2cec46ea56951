import { BackendError } from '../../../platform/backend/BackendError';
import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import { toCustomer } from '../backend/mapper';
import { contactChangeNoticeLetter, contactChangeNoticeSms } from '../letters';
import type { ContactField } from '../model';
import type { FlowCall } from './call';

/** The postal gateway's kind for the letter telling the old address of a change. */
export const CONTACT_CHANGE_NOTICE_LETTER = 'CONTACT_CHANGE_NOTICE';

/**
 * Tells the customer of a change of their contact details where the change does not lead: by SMS
 * to the mobile number on file before the change, and by letter to the postal address on file
 * before a change of it. Read from the master before it applies the change, so both still are
 * the old ones. A notice is told, not promised: the change stands when the master cannot be
 * reached for it (the change itself is then applied later), and the log says the notice is missing.
 */
export class ContactChangeNotices {
  constructor(private readonly master: CustomerMasterClient) {}

  async send(customerId: string, fields: readonly ContactField[], call: FlowCall): Promise<void> {
    try {
      const person = (await this.master.persons([customerId], call.requestId)).get(customerId);
      if (!person) return;
      const customer = toCustomer(person);
      // Side by side: the SMS names its number, and the letter is handed over before the master applies the change.
      await Promise.all([
        customer.mobile &&
          this.master.sendSms(
            customer.mobile,
            contactChangeNoticeSms(customer.preferredLanguage, { fields }),
            call.requestId,
          ),
        fields.includes('POSTAL_ADDRESS') &&
          this.master.sendLetter(
            customerId,
            CONTACT_CHANGE_NOTICE_LETTER,
            contactChangeNoticeLetter(customer.preferredLanguage, { fields, changedAt: new Date() }),
            call.requestId,
          ),
      ]);
      call.log.info({ customerId, fields }, 'contact change notice sent to the old details');
    } catch (error) {
      if (!(error instanceof BackendError)) throw error;
      call.log.warn(
        { customerId, fields, reason: error.failure },
        'contact change notice not sent: the customer master could not be reached',
      );
    }
  }
}
