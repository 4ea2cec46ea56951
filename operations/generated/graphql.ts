/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Beneficiary clauses (Telebib2 list 1910). */
export type BeneficiaryClause =
  /** The insured's children. */
  | 'CHILDREN'
  /** The legal heirs. */
  | 'LEGAL_HEIRS'
  /** The policyholder, or failing that their legal heirs. */
  | 'POLICYHOLDER_OR_LEGAL_HEIRS'
  /** The insured's spouse or legal cohabitant (usually named). */
  | 'SPOUSE_OR_COHABITANT'
  /** The insured person. */
  | 'THE_INSURED'
  /** The policyholder. */
  | 'THE_POLICYHOLDER';

/** When a beneficiary receives the benefit. */
export type BeneficiaryEvent =
  /** On the insured's death before the term. */
  | 'DEATH'
  /** On survival: the insured is alive at the contract's term. */
  | 'SURVIVAL';

/** What came of a webhook delivery attempt. */
export type BrokerWebhookOutcome =
  /** The address could not be reached (name not found, connection refused or reset, TLS failure): retried later. */
  | 'CONNECTION_ERROR'
  /** Answered with a 2xx: the events are delivered and acknowledged. */
  | 'DELIVERED'
  /** Answered with another status (a 3xx is not followed): retried later. */
  | 'HTTP_ERROR'
  /** No answer within 5 seconds: retried later. */
  | 'TIMEOUT';

/** Which part of a building a contract insures. */
export type BuildingInsuredPart =
  /** The building itself, with what is fixed to it (object type 010). */
  | 'BUILDING'
  /** The contents (furniture and belongings) and, for a tenant, their liability towards the owner for damage to the building (object type 011). */
  | 'CONTENTS';

/** Kinds of insured building. */
export type BuildingType =
  /** A flat in a building with several dwellings (V-Connect code APP). */
  | 'FLAT'
  /** A house (V-Connect code HUIS). */
  | 'HOUSE';

/** Changes contact details. */
export type ChangeContactDetailsInput = {
  /** Needed for every change: the code sent by requestContactChangeCode for these same details. */
  confirmation?: OneTimeCodeConfirmationInput | null | undefined;
  /** The new details. */
  details: ContactDetailsInput;
};

/** Where a change of contact details stands. */
export type ContactChangeStatus =
  /** Being applied to the customer master (sent again automatically if it was interrupted). */
  | 'APPLYING'
  /** Every broker office to be told has acknowledged it (or there was none to tell). */
  | 'DELIVERED'
  /** The customer master refused it; nothing was changed there. The contact centre follows up. */
  | 'FAILED'
  /** Applied to the customer master and in the change feed of each broker office to be told; waiting for each to acknowledge it (brokerChanges). */
  | 'PENDING_BROKER';

/** What became of a change of contact details when it was made. */
export type ContactDetailsChangeStatus =
  /** The customer master holds the new details. */
  | 'APPLIED'
  /** Received and kept, but the customer master could not be reached: it is sent again automatically and shows within minutes. */
  | 'APPLYING';

/** New contact details. Leave out what does not change; give at least one. */
export type ContactDetailsInput = {
  /** The new e-mail address (one account per address); also the address to sign in with. Printable ASCII only (no accents, no other scripts, no invisible characters: INVALID_INPUT otherwise; a domain with accents in its xn-- form); full-width forms count as their ASCII letters; case is ignored. */
  email?: string | null | undefined;
  /** The new Belgian mobile number, e.g. 0470 12 34 56 or +32 470 12 34 56; sign-in codes will go to it. */
  mobile?: string | null | undefined;
  /** The new postal address, in Belgium. */
  postalAddress?: PostalAddressInput | null | undefined;
};

/** The contact details a customer can change. */
export type ContactField =
  /** The e-mail address. */
  | 'EMAIL'
  /** The mobile number. */
  | 'MOBILE'
  /** The postal address. */
  | 'POSTAL_ADDRESS';

/** Life or non-life. */
export type ContractDomain =
  /** Life insurance (Life Connect). */
  | 'LIFE'
  /** Non-life insurance (V-Connect). */
  | 'NON_LIFE';

/** Why a contract is not shown in the customer zone. */
export type ContractNotShownReason =
  /** Held in a legacy system the zone does not read. */
  | 'LEGACY_SYSTEM'
  /** A niche product (e.g. hunting liability). */
  | 'NICHE_PRODUCT'
  /** A product kind the zone does not support yet (e.g. standalone death cover). */
  | 'NOT_YET_SUPPORTED';

/** Where a contract stands in its life cycle. */
export type ContractStatus =
  /** Cancelled before its term. */
  | 'CANCELLED'
  /** In force. */
  | 'RUNNING'
  /** Temporarily not in force (e.g. unpaid premiums). */
  | 'SUSPENDED'
  /** Ended at its term or by surrender. */
  | 'TERMINATED';

/** What the contact centre knows of a customer to look them up: exactly one detail, or lastName with birthDate. */
export type CustomerLookupInput = {
  /** The birth date; needs lastName. */
  birthDate?: string | null | undefined;
  /** A contract number the customer holds or is insured on, e.g. L000000010 or V000000013. */
  contractNumber?: string | null | undefined;
  /** An e-mail address: the customer's on file, or the one they sign in with (case ignored). */
  email?: string | null | undefined;
  /** The last name as in the customer master (case and accents ignored); needs birthDate. */
  lastName?: string | null | undefined;
  /** The national register number, 11 digits, with or without dots and dashes. */
  nationalRegisterNumber?: string | null | undefined;
};

/** A decision on a document request. */
export type DecideDocumentRequestInput = {
  /** Send the document by e-mail, or refuse the request. */
  decision: DocumentRequestDecision;
  /** A note for the customer, at most 500 characters: required to refuse (why), optional to send. */
  note?: string | null | undefined;
  /** The request's `id`. */
  requestId: string | number;
};

/** A decision on a paper-delivery request. */
export type DecidePaperDeliveryRequestInput = {
  /** Approve or refuse. */
  decision: PaperDeliveryDecision;
  /** An optional note for the customer (at most 500 characters), e.g. why it was refused. */
  note?: string | null | undefined;
  /** The request's `id`. */
  requestId: string | number;
};

/** Kinds of deductible. */
export type DeductibleKind =
  /** A classic deductible: the customer always pays this part of every claim. */
  | 'CLASSIC'
  /**
   * An English deductible (franchise anglaise): a claim below the amount is not paid at all; a
   * claim above it is paid in full, without deduction.
   */
  | 'ENGLISH'
  /**
   * A young-driver deductible: when a driver under 26 causes an accident, the insurer pays the
   * victims and recovers this amount from the customer.
   */
  | 'YOUNG_DRIVER';

/** Why a delivery channel applies. */
export type DeliveryBasis =
  /** The customer consented to digital documents when registering. */
  | 'DIGITAL_CONSENT'
  /** The customer has no customer-zone account, so no consent to digital documents: paper. */
  | 'NO_DIGITAL_CONSENT'
  /** The contact centre approved the customer's request for paper documents. */
  | 'PAPER_EXCEPTION';

/** Ways documents reach a customer. */
export type DeliveryChannel =
  /** In the customer zone. */
  | 'DIGITAL'
  /** By post. */
  | 'PAPER';

/** Criteria for a customer's documents. */
export type DocumentFilter = {
  /** Only documents of this contract (its `id`, as the contract lists give it). */
  contractId?: string | number | null | undefined;
  /** Only documents of these types; omit for every type. */
  types?: Array<DocumentType> | null | undefined;
  /** Only documents for this tax year or period (e.g. 2025). */
  year?: number | null | undefined;
};

/** What support staff decide on a document request. */
export type DocumentRequestDecision =
  /** The request is refused; the note says why. */
  | 'REFUSE'
  /** The document was sent to the customer by e-mail. */
  | 'SEND_BY_EMAIL';

/** Who asked for a document. */
export type DocumentRequestOrigin =
  /** A broker office managing the contract, on the customer's behalf. */
  | 'BROKER'
  /** The customer, in the customer zone. */
  | 'CUSTOMER'
  /** The contact centre, on the customer's behalf. */
  | 'SUPPORT';

/** Codes of the problems a decision on a document request can meet. */
export type DocumentRequestProblemCode =
  /** The request was already sent or refused the other way. */
  | 'ALREADY_DECIDED'
  /** No request has this id. */
  | 'NOT_FOUND';

/** Where a document request stands. */
export type DocumentRequestStatus =
  /** Waiting for the contact centre. */
  | 'PENDING'
  /** The contact centre refused the request; `decisionNote` says why. It may be asked for again. */
  | 'REFUSED'
  /** The contact centre sent the document to the customer by e-mail. */
  | 'SENT_BY_EMAIL';

/** Kinds of documents in the archive. */
export type DocumentType =
  /** Yearly overview of a life contract. */
  | 'ANNUAL_OVERVIEW'
  /** Claims-history certificate of the last five years (non-life: not offered yet, see `Customer.documents`). */
  | 'CLAIMS_HISTORY_CERTIFICATE'
  /** Green card, the international motor insurance card (non-life: not offered yet, see `Customer.documents`). */
  | 'GREEN_CARD'
  /** The policy or an amendment (non-life: not offered in the customer zone yet, see `Customer.documents`). */
  | 'POLICY'
  /** Certificate of the profit sharing allocated. */
  | 'PROFIT_SHARING_CERTIFICATE'
  /** Proof that premiums were paid. */
  | 'PROOF_OF_PREMIUM_PAYMENT'
  /** Tax certificate (fiscal attest, e.g. for pension savings). */
  | 'TAX_CERTIFICATE';

/** The tax regime of a life contract's premiums (Telebib2 list 1400). */
export type FiscalRegime =
  /** IPT: individual pension commitment paid by a company for its manager. */
  | 'IPT'
  /** Long-term savings (langetermijnsparen): tax reduction, 10 % tax at 60. */
  | 'LONG_TERM_SAVINGS'
  /** No particular tax regime. */
  | 'NONE'
  /** Pension savings (pensioensparen): tax reduction on a capped yearly amount, 8 % anticipatory tax at 60. */
  | 'PENSION_SAVINGS'
  /** POZ: pension agreement for self-employed persons without a company. */
  | 'POZ'
  /** Social VAPZ: a VAPZ that adds death and incapacity cover. */
  | 'SOCIAL_VAPZ'
  /** VAPZ: supplementary pension for the self-employed. */
  | 'VAPZ';

/** What a guarantee covers (Telebib2 A574 codes). */
export type GuaranteeKind =
  /** Collision with animals (557). */
  | 'COLLISION_WITH_ANIMALS'
  /** Driver (532): bodily injury of the driver. */
  | 'DRIVER'
  /** Family civil liability (411). */
  | 'FAMILY_LIABILITY'
  /** Fire (311) of the insured building or contents. */
  | 'FIRE'
  /** Full omnium (540): damage to the vehicle itself, also when the driver is at fault. */
  | 'FULL_OMNIUM'
  /** Glass breakage (350) in the building. */
  | 'GLASS_BREAKAGE'
  /** Legal assistance: civil recovery of damages from a liable third party (960). */
  | 'LEGAL_CIVIL_RECOVERY'
  /** Legal assistance: disputes about contracts (963). */
  | 'LEGAL_CONTRACT_DISPUTES'
  /** Legal assistance: criminal defence (961). */
  | 'LEGAL_CRIMINAL_DEFENCE'
  /** Legal assistance: employment and social-security law (965). */
  | 'LEGAL_EMPLOYMENT'
  /** Legal assistance: family and inheritance law (966). */
  | 'LEGAL_FAMILY_AND_INHERITANCE'
  /** Legal assistance: tax law (964). */
  | 'LEGAL_TAX'
  /** Legal assistance: insolvency of a liable third party (962). */
  | 'LEGAL_THIRD_PARTY_INSOLVENCY'
  /** Mini omnium (550): damage to the vehicle by fire, theft, glass breakage, natural forces and animals. */
  | 'MINI_OMNIUM'
  /** Motor third-party liability (510): damage the vehicle causes to others. */
  | 'MOTOR_LIABILITY'
  /** Natural disasters (317): flooding, earthquake, landslide. */
  | 'NATURAL_DISASTERS'
  /** Natural forces on the vehicle (554): storm, hail, flooding. */
  | 'NATURAL_FORCES'
  /**
   * Occupants (531): bodily injury of the passengers. Found only on old contracts: compulsory motor
   * liability already pays the passengers, so current contracts carry no such cover.
   */
  | 'OCCUPANTS'
  /** A guarantee the portal does not describe yet; `label` then says to see the policy conditions. */
  | 'OTHER'
  /** Accidents in private life (201). */
  | 'PRIVATE_LIFE_ACCIDENT'
  /** Storm and hail (312). */
  | 'STORM_AND_HAIL'
  /** Theft (360) from the building. */
  | 'THEFT'
  /** Vehicle fire (551). */
  | 'VEHICLE_FIRE'
  /** Vehicle glass breakage (553). */
  | 'VEHICLE_GLASS'
  /** Vehicle theft (552). */
  | 'VEHICLE_THEFT'
  /** Water damage (340). */
  | 'WATER_DAMAGE';

/**
 * Whom Contact & Help is written for. Each audience has its own FAQ; question ids are unique within
 * one FAQ only (the same id in the customer FAQ and in the broker FAQ names two different questions).
 */
export type HelpAudience =
  /** Broker users and broker systems: the broker FAQ, about helping their customers and what the broker sees. */
  | 'BROKER'
  /** Customers, and anyone without a token: the customer FAQ, addressed to the customer. */
  | 'CUSTOMER';

/** Languages Contact & Help is written in. */
export type HelpLanguage =
  /** English */
  | 'EN'
  /** French */
  | 'FR'
  /** Dutch */
  | 'NL';

/**
 * Codes of the problems the identity mutations answer with. Stable: clients and the contact
 * centre branch on them.
 */
export type IdentityProblemCode =
  /** The activation code has expired or was used up (by an EMAIL_IN_USE answer); request a new one. */
  | 'ACTIVATION_CODE_EXPIRED'
  /** The activation code is wrong. */
  | 'ACTIVATION_CODE_INVALID'
  /** A newer activation code was requested; only the newest works. */
  | 'ACTIVATION_CODE_SUPERSEDED'
  /** The person already has an account. */
  | 'ALREADY_REGISTERED'
  /** Consent to digital documents is required to register. */
  | 'CONSENT_REQUIRED'
  /** The contact centre: no customer has this id. */
  | 'CUSTOMER_NOT_FOUND'
  /** What the person or the identity provider gave does not match the customer master. */
  | 'DATA_MISMATCH'
  /** The e-mail address is used by another account. Said only after a right code, which it uses up. */
  | 'EMAIL_IN_USE'
  /** The e-mail address or the password is wrong. */
  | 'INVALID_CREDENTIALS'
  /** An input has the wrong format; `field` names it. */
  | 'INVALID_INPUT'
  /** Too many wrong attempts; wait until retryAt. */
  | 'LOCKED_OUT'
  /** The person has no account yet. */
  | 'NOT_REGISTERED'
  /** The contact centre: the customer holds no contract and is insured by none, so cannot register with an activation code. */
  | 'NO_CONTRACT'
  /** The customer master holds no mobile number for the SMS code. */
  | 'NO_MOBILE_NUMBER'
  /** The SMS code expired or was replaced by a newer sign-in; sign in again. */
  | 'ONE_TIME_CODE_EXPIRED'
  /** The SMS code is wrong. */
  | 'ONE_TIME_CODE_INVALID'
  /** Changing contact details needs a code by SMS: request one with requestContactChangeCode. */
  | 'ONE_TIME_CODE_REQUIRED'
  /** The person is in the customer master more than once; the contact centre must merge the records. */
  | 'PERSON_FOUND_SEVERAL_TIMES'
  /** The customer master does not know this person. */
  | 'PERSON_NOT_FOUND'
  /** The identity provider did not accept the authorization code; start again. */
  | 'PROVIDER_SIGN_IN_FAILED'
  /** The refresh token is unknown, expired or from an ended session; sign in again. */
  | 'REFRESH_TOKEN_INVALID'
  /** The refresh token was already used; the session has been ended for safety. Sign in again. */
  | 'REFRESH_TOKEN_REUSED'
  /** The password reset code has expired or was already used; request a new one. */
  | 'RESET_CODE_EXPIRED'
  /** The password reset code is wrong. */
  | 'RESET_CODE_INVALID'
  /** A newer reset code was requested; only the newest works. */
  | 'RESET_CODE_SUPERSEDED';

/** Identity providers a customer can sign in with instead of a password. */
export type IdentityProvider =
  /** The Belgian electronic identity card, through the eID hub. */
  | 'EID'
  /** itsme, the Belgian mobile identity app. */
  | 'ITSME';

/** Languages of correspondence (Belgium's three official languages). */
export type Language =
  /** German */
  | 'DE'
  /** French */
  | 'FR'
  /** Dutch */
  | 'NL';

/** Belgian life insurance branches. */
export type LifeBranch =
  /** Branch 21: capital guaranteed, a guaranteed rate per premium payment, profit sharing not guaranteed. */
  | 'BRANCH_21'
  /** Branch 23: unit-linked; the value follows the funds (units × unit price) and nothing is guaranteed. */
  | 'BRANCH_23'
  /** Branch 26: capitalisation, with no insured person and no beneficiary. */
  | 'BRANCH_26';

/** Life guarantees (Telebib2 A574). */
export type LifeGuaranteeKind =
  /** Debt-balance cover: repays the outstanding loan if the insured dies. */
  | 'DEBT_BALANCE_COVER'
  /** Guaranteed income: an income while the insured cannot work through illness or accident. */
  | 'GUARANTEED_INCOME'
  /** Mixed life: the reserve on survival at the term, a capital on earlier death. */
  | 'MIXED_LIFE'
  /** Temporary death cover: a capital if the insured dies before the term. */
  | 'TEMPORARY_DEATH_COVER';

/** Whether a party is a natural or a legal person. */
export type LifePartyKind =
  /** A company (legal person), e.g. the holder of an IPT. */
  | 'COMPANY'
  /** A natural person. */
  | 'PERSON';

/** How a life contract is set up (Telebib2 A502 policy type). */
export type LifePolicyType =
  /** A capitalisation contract (branch 26): a capital built up to a fixed term, insuring no life. */
  | 'CAPITALISATION'
  /** A guaranteed income (disability) contract: a risk product, which builds no reserve. */
  | 'GUARANTEED_INCOME'
  /** An individual life contract in branch 21. */
  | 'INDIVIDUAL_LIFE'
  /** An individual pension commitment (IPT) a company takes out for its manager. */
  | 'INDIVIDUAL_PENSION_COMMITMENT'
  /** A unit-linked contract in branch 23. */
  | 'UNIT_LINKED'
  /** Universal life: flexible premiums on a branch 21 account. */
  | 'UNIVERSAL_LIFE';

/** Kinds of life product, as the portal groups them. */
export type LifeProductKind =
  /** Cover paying out on death, e.g. temporary death cover or debt-balance cover. */
  | 'DEATH_COVER'
  /** Disability income cover. */
  | 'GUARANTEED_INCOME'
  /** Unit-linked investment products (branch 23). */
  | 'INVESTMENT'
  /** Pension products: pension savings, VAPZ (ordinary or social), IPT, POZ. */
  | 'PENSION'
  /** Savings products with a guaranteed rate (branch 21, long-term savings included) or capitalisation (branch 26). */
  | 'SAVINGS';

/** A customer whose sign-in lockouts the contact centre lifts. */
export type LiftLockoutInput = {
  /** The customer's id (from findCustomer). */
  customerId: string | number;
  /** Why the lockouts are lifted, as the agent writes it: 1 to 500 characters. Kept with the action, for the contact centre; never in the audit trail. */
  reason: string;
};

/** The steps of a customer's sign-in that lock after too many wrong attempts. */
export type LockoutKind =
  /** The code sent by SMS (at sign-in or to confirm a change of contact details): too many wrong codes. */
  | 'ONE_TIME_CODE'
  /** Signing in with e-mail and password: too many wrong passwords. */
  | 'PASSWORD'
  /** Setting a new password with the code from the reset letter: too many wrong codes. */
  | 'PASSWORD_RESET';

/**
 * The insurance branch of a product, as V-Connect codes it (Telebib2 A501 where it defines the
 * code; the other codes are V-Connect's own).
 */
export type NonLifeBranch =
  /** Bodily accident (V-Connect code 12). */
  | 'ACCIDENT'
  /** Bicycles (V-Connect code 13). */
  | 'BICYCLE'
  /** Fire and other damage to property (V-Connect code 11). */
  | 'FIRE'
  /** General and family civil liability (Telebib2 A501 code 41). */
  | 'GENERAL_LIABILITY'
  /** Legal protection (Telebib2 A501 code 96). */
  | 'LEGAL_PROTECTION'
  /** Motor third-party liability (Telebib2 A501 code 51). */
  | 'MOTOR_LIABILITY'
  /** Motor own damage (Telebib2 A501 code 54). */
  | 'MOTOR_OWN_DAMAGE'
  /** Pleasure craft (V-Connect code 14). */
  | 'PLEASURE_CRAFT';

/** Kinds of non-life product shown in the portal. */
export type NonLifeProductKind =
  /** Family civil liability: damage the household causes to others in private life. */
  | 'FAMILY_LIABILITY'
  /** Home insurance (fire and related perils) for an owner or a tenant. */
  | 'FIRE'
  /** Legal assistance: legal costs and advice in disputes. */
  | 'LEGAL_ASSISTANCE'
  /** Car insurance: third-party liability, optionally with own-damage (omnium) and personal covers. */
  | 'MOTOR'
  /** Motorcycle insurance. */
  | 'MOTORCYCLE'
  /** Accidents in private life: bodily injury of the insured outside work. */
  | 'PRIVATE_LIFE_ACCIDENT';

/** The customer's relation to an insured building (Telebib2: 01 owner, 02 tenant). */
export type Occupancy =
  /** The customer owns the building (code 01). */
  | 'OWNER'
  /** The customer rents the building (code 02). */
  | 'TENANT';

/** A code received by SMS and the challenge it belongs to. */
export type OneTimeCodeConfirmationInput = {
  /** The challengeId from OneTimeCodeSent. */
  challengeId: string | number;
  /** The 6-digit code from the SMS. */
  code: string;
};

/** What support staff decide on a paper-delivery request. */
export type PaperDeliveryDecision =
  /** Send the customer's documents on paper. */
  | 'APPROVE'
  /** Keep the customer's documents digital. */
  | 'REFUSE';

/** What the contact centre decided on a paper-delivery request. */
export type PaperDeliveryOutcome =
  /** Approved: the customer's documents are sent on paper. */
  | 'APPROVED'
  /** Refused: the customer's documents stay digital; they (or their broker) may ask again. */
  | 'REFUSED';

/** Codes of the problems a decision can meet. */
export type PaperDeliveryProblemCode =
  /** The request was already approved or refused the other way. */
  | 'ALREADY_DECIDED'
  /** No request has this id. */
  | 'NOT_FOUND';

/** Where a paper-delivery request stands. */
export type PaperDeliveryStatus =
  /** Approved: documents are sent on paper. */
  | 'APPROVED'
  /** Waiting for the contact centre. */
  | 'PENDING'
  /** Refused: documents stay digital; the customer may ask again. */
  | 'REFUSED';

/** Who asked for paper documents. */
export type PaperRequestOrigin =
  /** A broker office managing one of the customer's contracts. */
  | 'BROKER'
  /** The customer, in the customer zone. */
  | 'CUSTOMER';

/** How a premium is paid. */
export type PaymentMethod =
  /** SEPA direct debit (domiciliëring / domiciliation) from the payer's account under a mandate. */
  | 'DIRECT_DEBIT'
  /** The payer transfers each premium themselves, with the contract's structured communication. */
  | 'TRANSFER';

/** A postal address in Belgium. */
export type PostalAddressInput = {
  /** Box number, at most 10 characters; leave out when there is none. */
  box?: string | null | undefined;
  /** Country as ISO 3166-1 alpha-2; only BE is accepted (the contact centre handles addresses abroad). */
  country?: string | null | undefined;
  /** House number, starting with a digit, at most 10 characters, e.g. 12 or 12A. */
  houseNumber: string;
  /** Municipality, at most 100 characters. */
  municipality: string;
  /** Postal code, 4 digits. */
  postalCode: string;
  /** Street name, at most 100 characters. */
  street: string;
};

/** How often a premium is paid (Telebib2 A325). */
export type PremiumFrequency =
  /** Twice a year. */
  | 'HALF_YEARLY'
  /** Every month. */
  | 'MONTHLY'
  /** Four times a year. */
  | 'QUARTERLY'
  /** One single payment. */
  | 'SINGLE'
  /** Once a year. */
  | 'YEARLY';

/** Renews a session. */
export type RefreshSessionInput = {
  /** The refresh token from the last Session. */
  refreshToken: string;
};

/** Registers with the activation code from the letter. */
export type RegisterWithActivationCodeInput = {
  /** The activation code from the letter, e.g. ABCD-EFGH-JKLM; case, spaces and dashes are ignored. */
  activationCode: string;
  /** Must be true: registering means receiving documents digitally. */
  consentToDigitalDocuments: boolean;
  /** The contract number the activation code was requested for. */
  contractNumber: string;
  /** The e-mail address to sign in with; one account per address. Printable ASCII only (no accents, no other scripts, no invisible characters: INVALID_INPUT otherwise; a domain with accents in its xn-- form); full-width forms count as their ASCII letters; case is ignored. */
  email: string;
  /** The password to sign in with: 12 to 128 characters. */
  password: string;
};

/** Registers with an identity provider. */
export type RegisterWithIdentityProviderInput = {
  /** The authorization code the provider returned to the portal (usable once, for a few minutes). */
  authorizationCode: string;
  /** Must be true: registering means receiving documents digitally. */
  consentToDigitalDocuments: boolean;
  /** itsme or eID. */
  provider: IdentityProvider;
};

/** Registration states. */
export type RegistrationStatus =
  /** An activation code was posted but has expired: the customer can request a new one. */
  | 'ACTIVATION_CODE_EXPIRED'
  /** An activation code was posted and can still be used. */
  | 'ACTIVATION_CODE_SENT'
  /** No account and no activation code. */
  | 'NOT_REGISTERED'
  /** The customer has an account. */
  | 'REGISTERED';

/** Asks for an activation code by post. */
export type RequestActivationCodeInput = {
  /** A contract the person holds or is insured by, as printed on the policy, e.g. L000000010. */
  contractNumber: string;
  /** The person's national register number, 11 digits; dots, dashes and spaces are ignored. */
  nationalRegisterNumber: string;
};

/** A document asked for: its contract, type and year. */
export type RequestDocumentInput = {
  /** The contract's number, as the contract lists give it (`contractNumber`), e.g. "L000000010". */
  contractNumber: string;
  /**
   * The customer the document is for. Brokers and support staff must give it; a customer leaves it
   * out (or gives their own id).
   */
  customerId?: string | number | null | undefined;
  /** Anything the contact centre should know, in the asker's own words: at most 500 characters. */
  note?: string | null | undefined;
  /** The kind of document: one of a life contract for a life contract, of a non-life contract for a non-life one. */
  type: DocumentType;
  /** The tax year or period, e.g. 2019: 1990 to 2100. */
  year: number;
};

/** A customer's request for paper documents. */
export type RequestPaperDeliveryInput = {
  /** For a broker: the customer asked for. A customer leaves it out (or gives their own id). */
  customerId?: string | number | null | undefined;
  /** Why they want paper documents, in their own words: 1 to 500 characters. */
  reason: string;
};

/** Asks for a password reset code by post. */
export type RequestPasswordResetInput = {
  /** The e-mail address of the account, in the form SignInInput.email describes. */
  email: string;
};

/** A customer the contact centre sends a new activation code to. */
export type ResendActivationCodeInput = {
  /** The customer's id (from findCustomer). */
  customerId: string | number;
  /** Why the code is sent again, as the agent writes it: 1 to 500 characters. Kept with the action, for the contact centre; never in the audit trail. */
  reason: string;
};

/** Sets a new password. */
export type ResetPasswordInput = {
  /** The e-mail address of the account, in the form SignInInput.email describes. */
  email: string;
  /** The new password: 12 to 128 characters. */
  newPassword: string;
  /** The reset code from the letter; case, spaces and dashes are ignored. */
  resetCode: string;
};

/** Signs in with e-mail and password. */
export type SignInInput = {
  /** The e-mail address chosen at registration. Printable ASCII only (no accents, no other scripts, no invisible characters: INVALID_INPUT otherwise; a domain with accents in its xn-- form); full-width forms count as their ASCII letters; case is ignored. */
  email: string;
  /** The password. */
  password: string;
};

/** Signs in with an identity provider. */
export type SignInWithIdentityProviderInput = {
  /** The authorization code the provider returned to the portal (usable once, for a few minutes). */
  authorizationCode: string;
  /** itsme or eID. */
  provider: IdentityProvider;
};

/** Ends a session. */
export type SignOutInput = {
  /** The refresh token from the last Session. */
  refreshToken: string;
};

/** What an insured vehicle is used for. */
export type VehicleUse =
  /** A motorcycle for private use and commuting (V-Connect code MOTO). */
  | 'MOTORCYCLE'
  /** Private use and commuting between home and work (V-Connect code PRIV). */
  | 'PRIVATE_AND_COMMUTING'
  /** Professional use, e.g. visiting customers (V-Connect code PROF). */
  | 'PROFESSIONAL';

/** Completes a sign-in with the code from the SMS. */
export type VerifyOneTimeCodeInput = {
  /** The challengeId from OneTimeCodeSent. */
  challengeId: string | number;
  /** The 6-digit code from the SMS. */
  code: string;
};

/** How a customer got into the zone. */
export type WayIn =
  /** With the Belgian eID. */
  | 'EID'
  /** With itsme. */
  | 'ITSME'
  /** With personal data: contract number, activation code by post, then e-mail and password. */
  | 'PERSONAL_DATA';

/** Days of the week. */
export type Weekday =
  /** Friday */
  | 'FRIDAY'
  /** Monday */
  | 'MONDAY'
  /** Saturday */
  | 'SATURDAY'
  /** Sunday */
  | 'SUNDAY'
  /** Thursday */
  | 'THURSDAY'
  /** Tuesday */
  | 'TUESDAY'
  /** Wednesday */
  | 'WEDNESDAY';

export type AcknowledgeBrokerChangesMutationVariables = Exact<{
  upTo: string;
}>;


export type AcknowledgeBrokerChangesMutation = { __typename: 'Mutation', acknowledgeBrokerChanges: { __typename: 'BrokerChangesAcknowledged', acknowledgedCursor: string } };

export type BrokerChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type BrokerChangesQuery = { __typename: 'Query', brokerChanges: { __typename: 'BrokerChangePage', endCursor: string | null, hasMore: boolean, acknowledgedCursor: string | null, changes: Array<{ __typename: 'BrokerChange', cursor: string, occurredAt: string, customer: { __typename: 'Customer', id: string, firstName: string, lastName: string }, change:
        | { __typename: 'ContactDetailsUpdate', changedFields: Array<ContactField>, email: string | null, mobile: string | null, postalAddress: { __typename: 'PostalAddress', street: string, houseNumber: string, box: string | null, postalCode: string, municipality: string, country: string } | null }
        | { __typename: 'PaperDeliveryDecided', outcome: PaperDeliveryOutcome, decidedAt: string, requestedByYourOffice: boolean }
       }> } };

export type BrokerCustomerDocumentsQueryVariables = Exact<{
  customerId: string | number;
  contractId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BrokerCustomerDocumentsQuery = { __typename: 'Query', customer: { __typename: 'Customer', id: string, firstName: string, lastName: string, documents: { __typename: 'DocumentConnection', totalCount: number, pageInfo: { __typename: 'DocumentsPageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Document', id: string, type: DocumentType, title: string, year: number, issueDate: string, contentType: string, sizeBytes: number, fileName: string, downloadUrl: string, downloadUrlExpiresAt: string, contract:
          | { __typename: 'LifeContract', id: string, contractNumber: string }
          | { __typename: 'NonLifeContract', id: string, contractNumber: string }
         | null }> } | null } | null };

export type BrokerPortfolioPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type BrokerPortfolioPageQuery = { __typename: 'Query', myBrokerOffice: { __typename: 'Broker', id: string, name: string, portfolio: { __typename: 'BrokerPortfolio', totalCount: number, pageInfo: { __typename: 'PortfolioPageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PortfolioEdge', cursor: string, node: { __typename: 'Customer', id: string, firstName: string, lastName: string, lifeContracts: Array<{ __typename: 'LifeContract', id: string, contractNumber: string, status: ContractStatus, startDate: string, product: { __typename: 'LifeProduct', kind: LifeProductKind, label: string }, premium: { __typename: 'LifePremium', amount: { __typename: 'Money', amount: string, currency: string } }, reserve: { __typename: 'Money', amount: string, currency: string } | null }> | null, nonLifeContracts: Array<{ __typename: 'NonLifeContract', id: string, contractNumber: string, status: ContractStatus, renewalDate: string, premiumFrequency: PremiumFrequency, product: { __typename: 'NonLifeProduct', kind: NonLifeProductKind, label: string }, premium: { __typename: 'Money', amount: string, currency: string } }> | null } }> } | null } | null };

export type BrokerRequestPaperDeliveryMutationVariables = Exact<{
  customerId: string | number;
  reason: string;
}>;


export type BrokerRequestPaperDeliveryMutation = { __typename: 'Mutation', requestPaperDelivery: { __typename: 'RequestPaperDeliveryPayload', alreadyRequested: boolean, request: { __typename: 'PaperDeliveryRequest', id: string, status: PaperDeliveryStatus, requestedBy: PaperRequestOrigin, requestedAt: string, decidedAt: string | null } } };

export type BrokerWebhookStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type BrokerWebhookStatusQuery = { __typename: 'Query', myBrokerOffice: { __typename: 'Broker', id: string, webhook: { __typename: 'BrokerWebhook', url: string, createdAt: string, deliveredCursor: string | null, consecutiveFailures: number, failing: boolean, nextAttemptAt: string | null, lastDelivery: { __typename: 'BrokerWebhookAttempt', attemptedAt: string, outcome: BrokerWebhookOutcome, httpStatus: number | null } | null, attempts: Array<{ __typename: 'BrokerWebhookAttempt', attemptedAt: string, firstCursor: string, lastCursor: string, httpStatus: number | null, durationMs: number, outcome: BrokerWebhookOutcome }> } | null } | null };

export type ChangeContactDetailsMutationVariables = Exact<{
  input: ChangeContactDetailsInput;
}>;


export type ChangeContactDetailsMutation = { __typename: 'Mutation', changeContactDetails:
    | { __typename: 'CodeRejected', attemptsLeft: number | null, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'ContactDetailsChanged', status: ContactDetailsChangeStatus, changedFields: Array<ContactField>, message: string, contractAddresses: string, signedOutEverywhere: boolean, customer: { __typename: 'Customer', id: string, contact: { __typename: 'ContactDetails', email: string | null, mobile: string | null, postalAddress: { __typename: 'PostalAddress', street: string, houseNumber: string, box: string | null, postalCode: string, municipality: string, country: string } } } | null }
    | { __typename: 'EmailInUse', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'InvalidInput', field: string, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'LockedOut', retryAt: string, retryAfterSeconds: number, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'NotRegistered', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'OneTimeCodeRequired', code: IdentityProblemCode, message: string, reference: string }
   };

export type ContractsNotShownQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractsNotShownQuery = { __typename: 'Query', me: { __typename: 'Customer', id: string, contractsNotShown: Array<{ __typename: 'ContractNotShown', contractNumber: string, domain: ContractDomain, productLabel: string, reason: ContractNotShownReason, explanation: string, expectedAvailability: string | null }> | null, brokers: Array<{ __typename: 'Broker', id: string, name: string, contact: { __typename: 'OfficeContact', email: string, phone: string } }> | null } | null };

export type CustomerOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerOverviewQuery = { __typename: 'Query', me: { __typename: 'Customer', id: string, firstName: string, lastName: string, preferredLanguage: Language, lifeContracts: Array<{ __typename: 'LifeContract', id: string, contractNumber: string, status: ContractStatus, startDate: string, reserveValuationDate: string | null, product: { __typename: 'LifeProduct', kind: LifeProductKind, label: string }, premium: { __typename: 'LifePremium', frequency: PremiumFrequency, amount: { __typename: 'Money', amount: string, currency: string } }, reserve: { __typename: 'Money', amount: string, currency: string } | null }> | null, nonLifeContracts: Array<{ __typename: 'NonLifeContract', id: string, contractNumber: string, status: ContractStatus, premiumFrequency: PremiumFrequency, product: { __typename: 'NonLifeProduct', kind: NonLifeProductKind, label: string }, premium: { __typename: 'Money', amount: string, currency: string }, insuredObject:
        | { __typename: 'InsuredBuilding', address: { __typename: 'RiskAddress', street: string, houseNumber: string, box: string | null, postalCode: string, municipality: string } }
        | { __typename: 'InsuredHousehold', numberOfPersons: number }
        | { __typename: 'InsuredVehicle', licensePlate: string, make: string, model: string }
       }> | null, documents: { __typename: 'DocumentConnection', totalCount: number, nodes: Array<{ __typename: 'Document', id: string, type: DocumentType, title: string, year: number, issueDate: string }> } | null } | null };

export type DecideDocumentRequestMutationVariables = Exact<{
  input: DecideDocumentRequestInput;
}>;


export type DecideDocumentRequestMutation = { __typename: 'Mutation', decideDocumentRequest:
    | { __typename: 'DocumentRequestAlreadyDecided', code: DocumentRequestProblemCode, message: string, request: { __typename: 'DocumentRequest', id: string, status: DocumentRequestStatus, decidedAt: string | null } }
    | { __typename: 'DocumentRequestDecided', request: { __typename: 'DocumentRequest', id: string, status: DocumentRequestStatus, decidedAt: string | null, decisionNote: string | null } }
    | { __typename: 'DocumentRequestNotFound', code: DocumentRequestProblemCode, message: string }
   };

export type DecidePaperDeliveryRequestMutationVariables = Exact<{
  input: DecidePaperDeliveryRequestInput;
}>;


export type DecidePaperDeliveryRequestMutation = { __typename: 'Mutation', decidePaperDeliveryRequest:
    | { __typename: 'PaperDeliveryRequestAlreadyDecided', code: PaperDeliveryProblemCode, message: string, request: { __typename: 'PaperDeliveryRequest', id: string, status: PaperDeliveryStatus, decidedAt: string | null } }
    | { __typename: 'PaperDeliveryRequestDecided', request: { __typename: 'PaperDeliveryRequest', id: string, status: PaperDeliveryStatus, decidedAt: string | null, decisionNote: string | null } }
    | { __typename: 'PaperDeliveryRequestNotFound', code: PaperDeliveryProblemCode, message: string }
   };

export type DocumentRequestsQueryVariables = Exact<{
  status?: DocumentRequestStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DocumentRequestsQuery = { __typename: 'Query', documentRequests: { __typename: 'DocumentRequestConnection', pageInfo: { __typename: 'DocumentsPageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'DocumentRequest', id: string, contractNumber: string, type: DocumentType, year: number, status: DocumentRequestStatus, requestedBy: DocumentRequestOrigin, requestedAt: string, note: string | null, decidedAt: string | null, decisionNote: string | null, customer: { __typename: 'Customer', id: string, firstName: string, lastName: string } | null }> } | null };

export type FindCustomerQueryVariables = Exact<{
  lookup: CustomerLookupInput;
}>;


export type FindCustomerQuery = { __typename: 'Query', findCustomer:
    | { __typename: 'CustomerFound', customer: { __typename: 'Customer', id: string, firstName: string, lastName: string, birthDate: string, registration: { __typename: 'Registration', status: RegistrationStatus } | null } }
    | { __typename: 'NoCustomerFound', message: string }
    | { __typename: 'SeveralCustomersFound', count: number, message: string }
   };

export type HelpQueryVariables = Exact<{ [key: string]: never; }>;


export type HelpQuery = { __typename: 'Query', help: { __typename: 'Help', language: HelpLanguage, audience: HelpAudience, brokerFirstContact: string, faq: Array<{ __typename: 'FaqSection', id: string, title: string, questions: Array<{ __typename: 'FaqEntry', id: string, question: string, answer: string, seeAlso: Array<string> }> }>, contactCentre: { __typename: 'ContactCentre', email: string, phone: string, phoneDisplay: string, openingHoursText: string, helpsWith: string, openingHours: Array<{ __typename: 'OpeningHours', days: Array<Weekday>, opens: string, closes: string }> } } };

export type LifeContractDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type LifeContractDetailsQuery = { __typename: 'Query', lifeContract: { __typename: 'LifeContract', id: string, contractNumber: string, status: ContractStatus, startDate: string, endDate: string | null, expiryDate: string | null, reserveValuationDate: string | null, guaranteedRate: string | null, product: { __typename: 'LifeProduct', kind: LifeProductKind, label: string, branch: LifeBranch, policyType: LifePolicyType, fiscalRegime: FiscalRegime }, policyholder: { __typename: 'LifeContractParty', kind: LifePartyKind, name: string, isYou: boolean }, insured: Array<{ __typename: 'LifeContractParty', kind: LifePartyKind, name: string, isYou: boolean }>, premium: { __typename: 'LifePremium', frequency: PremiumFrequency, nextDueDate: string | null, amount: { __typename: 'Money', amount: string, currency: string } }, payment: { __typename: 'PremiumPayment', method: PaymentMethod, debitedAccount: string | null, structuredCommunication: string | null }, reserve: { __typename: 'Money', amount: string, currency: string } | null, surrenderValue: { __typename: 'Money', amount: string, currency: string } | null, profitSharing: { __typename: 'ProfitSharing', rate: string, acquired: { __typename: 'Money', amount: string, currency: string }, thisYear: { __typename: 'Money', amount: string, currency: string } } | null, funds: Array<{ __typename: 'FundHolding', code: string, name: string, units: string, share: string, unitPrice: { __typename: 'FundUnitPrice', amount: string, currency: string, date: string }, value: { __typename: 'Money', amount: string, currency: string } }>, beneficiaries: Array<{ __typename: 'LifeBeneficiary', event: BeneficiaryEvent, clause: BeneficiaryClause, clauseLabel: string, rank: number, share: string, name: string | null, nameWithheld: boolean }>, guarantees: Array<{ __typename: 'LifeGuarantee', kind: LifeGuaranteeKind, label: string, isMain: boolean, insuredAmount: { __typename: 'Money', amount: string, currency: string } | null }>, documents: { __typename: 'DocumentConnection', totalCount: number, nodes: Array<{ __typename: 'Document', id: string, type: DocumentType, title: string, issueDate: string }> } | null } | null };

export type LiftLockoutMutationVariables = Exact<{
  input: LiftLockoutInput;
}>;


export type LiftLockoutMutation = { __typename: 'Mutation', liftLockout:
    | { __typename: 'CustomerNotFound', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'LockoutLifted', lifted: boolean, kinds: Array<LockoutKind>, message: string, customer: { __typename: 'Customer', id: string, lockouts: Array<{ __typename: 'Lockout', kind: LockoutKind, until: string }> | null } }
   };

export type MyDocumentDeliveryQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDocumentDeliveryQuery = { __typename: 'Query', me: { __typename: 'Customer', id: string, documentDelivery: { __typename: 'DocumentDelivery', channel: DeliveryChannel, basis: DeliveryBasis, digitalConsentAt: string | null, paperRequest: { __typename: 'PaperDeliveryRequest', id: string, status: PaperDeliveryStatus, reason: string | null, requestedAt: string, decidedAt: string | null, decisionNote: string | null } | null } | null } | null };

export type MyDocumentRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDocumentRequestsQuery = { __typename: 'Query', me: { __typename: 'Customer', id: string, documentRequests: Array<{ __typename: 'DocumentRequest', id: string, contractNumber: string, type: DocumentType, year: number, status: DocumentRequestStatus, requestedBy: DocumentRequestOrigin, requestedAt: string, note: string | null, decidedAt: string | null, decisionNote: string | null }> } | null };

export type MyDocumentsQueryVariables = Exact<{
  filter?: DocumentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyDocumentsQuery = { __typename: 'Query', me: { __typename: 'Customer', id: string, documents: { __typename: 'DocumentConnection', totalCount: number, pageInfo: { __typename: 'DocumentsPageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Document', id: string, type: DocumentType, title: string, year: number, issueDate: string, contentType: string, sizeBytes: number, fileName: string, downloadUrl: string, downloadUrlExpiresAt: string, contract:
          | { __typename: 'LifeContract', id: string, contractNumber: string }
          | { __typename: 'NonLifeContract', id: string, contractNumber: string }
         | null }> } | null } | null };

export type MyLifeContractsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLifeContractsQuery = { __typename: 'Query', me: { __typename: 'Customer', id: string, lifeContracts: Array<{ __typename: 'LifeContract', id: string, contractNumber: string, status: ContractStatus, reserveValuationDate: string | null, product: { __typename: 'LifeProduct', kind: LifeProductKind, label: string, branch: LifeBranch, fiscalRegime: FiscalRegime, fiscalRegimeLabel: string }, policyholder: { __typename: 'LifeContractParty', kind: LifePartyKind, name: string, isYou: boolean }, premium: { __typename: 'LifePremium', frequency: PremiumFrequency, nextDueDate: string | null, amount: { __typename: 'Money', amount: string, currency: string } }, reserve: { __typename: 'Money', amount: string, currency: string } | null }> | null } | null };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { __typename: 'Query', me: { __typename: 'Customer', id: string, firstName: string, lastName: string, birthDate: string, nationalRegisterNumber: string, preferredLanguage: Language, contact: { __typename: 'ContactDetails', email: string | null, mobile: string | null, postalAddress: { __typename: 'PostalAddress', street: string, houseNumber: string, box: string | null, postalCode: string, municipality: string, country: string } }, brokers: Array<{ __typename: 'Broker', id: string, name: string, fsmaNumber: string, contact: { __typename: 'OfficeContact', email: string, phone: string, postalAddress: { __typename: 'PostalAddress', street: string, houseNumber: string, box: string | null, postalCode: string, municipality: string, country: string } } }> | null, registration: { __typename: 'Registration', status: RegistrationStatus, registeredWith: WayIn | null, registeredAt: string | null, signInEmail: string | null, passwordSignIn: boolean, lastSignInAt: string | null } | null } | null };

export type NonLifeContractDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type NonLifeContractDetailsQuery = { __typename: 'Query', nonLifeContract: { __typename: 'NonLifeContract', id: string, contractNumber: string, status: ContractStatus, startDate: string, endDate: string | null, renewalDate: string, premiumFrequency: PremiumFrequency, bonusMalusDegree: number | null, product: { __typename: 'NonLifeProduct', kind: NonLifeProductKind, label: string, branch: NonLifeBranch }, premium: { __typename: 'Money', amount: string, currency: string }, annualPremium: { __typename: 'Money', amount: string, currency: string } | null, payment: { __typename: 'PremiumPayment', method: PaymentMethod, nextDueDate: string | null, debitedAccount: string | null, structuredCommunication: string | null }, insuredObject:
      | { __typename: 'InsuredBuilding', occupancy: Occupancy, buildingType: BuildingType, insuredPart: BuildingInsuredPart, address: { __typename: 'RiskAddress', street: string, houseNumber: string, box: string | null, postalCode: string, municipality: string, country: string } }
      | { __typename: 'InsuredHousehold', numberOfPersons: number }
      | { __typename: 'InsuredVehicle', licensePlate: string, vin: string, make: string, model: string, firstRegistrationDate: string, use: VehicleUse }
    , guarantees: Array<{ __typename: 'NonLifeGuarantee', code: string, kind: GuaranteeKind, label: string, covered: Array<string>, notCovered: Array<string>, insuredAmount: { __typename: 'Money', amount: string, currency: string } | null, deductible: { __typename: 'Deductible', kind: DeductibleKind, percentage: string | null, amount: { __typename: 'Money', amount: string, currency: string } | null } | null }> } | null };

export type PaperDeliveryRequestsQueryVariables = Exact<{
  status?: PaperDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaperDeliveryRequestsQuery = { __typename: 'Query', paperDeliveryRequests: { __typename: 'PaperDeliveryRequestConnection', pageInfo: { __typename: 'DocumentsPageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'PaperDeliveryRequest', id: string, status: PaperDeliveryStatus, reason: string | null, requestedAt: string, decidedAt: string | null, decisionNote: string | null, customer: { __typename: 'Customer', id: string, firstName: string, lastName: string } | null }> } | null };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { __typename: 'Mutation', refreshSession:
    | { __typename: 'RefreshTokenRejected', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'Session', accessToken: string, tokenType: string, expiresIn: number, refreshToken: string, refreshTokenExpiresIn: number, customerId: string }
   };

export type RegisterBrokerWebhookMutationVariables = Exact<{
  url: string;
}>;


export type RegisterBrokerWebhookMutation = { __typename: 'Mutation', registerBrokerWebhook: { __typename: 'BrokerWebhookRegistered', secret: string, webhook: { __typename: 'BrokerWebhook', url: string, createdAt: string, deliveredCursor: string | null } } };

export type RegisterWithActivationCodeMutationVariables = Exact<{
  input: RegisterWithActivationCodeInput;
}>;


export type RegisterWithActivationCodeMutation = { __typename: 'Mutation', registerWithActivationCode:
    | { __typename: 'AlreadyRegistered', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'CodeRejected', attemptsLeft: number | null, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'ConsentRequired', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'EmailInUse', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'InvalidInput', field: string, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'LockedOut', retryAt: string, retryAfterSeconds: number, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'Registered', customerId: string, consentedToDigitalDocumentsAt: string }
   };

export type RegisterWithIdentityProviderMutationVariables = Exact<{
  input: RegisterWithIdentityProviderInput;
}>;


export type RegisterWithIdentityProviderMutation = { __typename: 'Mutation', registerWithIdentityProvider:
    | { __typename: 'ConsentRequired', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'DataMismatch', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'NotRegistered', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'PersonFoundSeveralTimes', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'PersonNotFound', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'ProviderSignInFailed', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'Session', accessToken: string, tokenType: string, expiresIn: number, refreshToken: string, refreshTokenExpiresIn: number, customerId: string }
   };

export type RemoveBrokerWebhookMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoveBrokerWebhookMutation = { __typename: 'Mutation', removeBrokerWebhook: { __typename: 'BrokerWebhookRemoved', removed: boolean } };

export type RequestActivationCodeMutationVariables = Exact<{
  input: RequestActivationCodeInput;
}>;


export type RequestActivationCodeMutation = { __typename: 'Mutation', requestActivationCode:
    | { __typename: 'ActivationCodeSent', message: string, validUntil: string }
    | { __typename: 'InvalidInput', field: string, code: IdentityProblemCode, message: string, reference: string }
   };

export type RequestContactChangeCodeMutationVariables = Exact<{
  input: ContactDetailsInput;
}>;


export type RequestContactChangeCodeMutation = { __typename: 'Mutation', requestContactChangeCode:
    | { __typename: 'InvalidInput', field: string, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'LockedOut', retryAt: string, retryAfterSeconds: number, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'MobileNumberMissing', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'NotRegistered', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'OneTimeCodeSent', challengeId: string, maskedMobileNumber: string, validUntil: string }
   };

export type RequestDocumentMutationVariables = Exact<{
  input: RequestDocumentInput;
}>;


export type RequestDocumentMutation = { __typename: 'Mutation', requestDocument: { __typename: 'RequestDocumentPayload', alreadyRequested: boolean, request: { __typename: 'DocumentRequest', id: string, contractNumber: string, type: DocumentType, year: number, status: DocumentRequestStatus, requestedBy: DocumentRequestOrigin, requestedAt: string, note: string | null } } };

export type RequestPaperDeliveryMutationVariables = Exact<{
  input: RequestPaperDeliveryInput;
}>;


export type RequestPaperDeliveryMutation = { __typename: 'Mutation', requestPaperDelivery: { __typename: 'RequestPaperDeliveryPayload', alreadyRequested: boolean, request: { __typename: 'PaperDeliveryRequest', id: string, status: PaperDeliveryStatus, reason: string | null, requestedAt: string, decidedAt: string | null, decisionNote: string | null } } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename: 'Mutation', requestPasswordReset:
    | { __typename: 'InvalidInput', field: string, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'PasswordResetRequested', message: string }
   };

export type ResendActivationCodeMutationVariables = Exact<{
  input: ResendActivationCodeInput;
}>;


export type ResendActivationCodeMutation = { __typename: 'Mutation', resendActivationCode:
    | { __typename: 'ActivationCodeResent', contractNumber: string, validUntil: string, message: string, customer: { __typename: 'Customer', id: string, registration: { __typename: 'Registration', status: RegistrationStatus, activationCodeSentAt: string | null, activationCodeValidUntil: string | null } | null } }
    | { __typename: 'AlreadyRegistered', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'CustomerNotFound', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'NoContractToRegister', code: IdentityProblemCode, message: string, reference: string }
   };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename: 'Mutation', resetPassword:
    | { __typename: 'CodeRejected', attemptsLeft: number | null, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'InvalidInput', field: string, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'LockedOut', retryAt: string, retryAfterSeconds: number, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'PasswordChanged', message: string }
   };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename: 'Mutation', signIn:
    | { __typename: 'InvalidCredentials', attemptsLeft: number | null, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'InvalidInput', field: string, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'LockedOut', retryAt: string, retryAfterSeconds: number, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'MobileNumberMissing', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'OneTimeCodeSent', challengeId: string, maskedMobileNumber: string, validUntil: string }
   };

export type SignInAsStaffMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInAsStaffMutation = { __typename: 'Mutation', signInAsStaff:
    | { __typename: 'InvalidCredentials', attemptsLeft: number | null, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'InvalidInput', field: string, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'LockedOut', retryAt: string, retryAfterSeconds: number, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'OneTimeCodeSent', challengeId: string, maskedMobileNumber: string, validUntil: string }
   };

export type SignInWithIdentityProviderMutationVariables = Exact<{
  input: SignInWithIdentityProviderInput;
}>;


export type SignInWithIdentityProviderMutation = { __typename: 'Mutation', signInWithIdentityProvider:
    | { __typename: 'ConsentRequired', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'DataMismatch', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'NotRegistered', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'PersonFoundSeveralTimes', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'PersonNotFound', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'ProviderSignInFailed', code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'Session', accessToken: string, tokenType: string, expiresIn: number, refreshToken: string, refreshTokenExpiresIn: number, customerId: string }
   };

export type SignOutMutationVariables = Exact<{
  input: SignOutInput;
}>;


export type SignOutMutation = { __typename: 'Mutation', signOut: { __typename: 'SignedOut', signedOut: boolean } };

export type SupportCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type SupportCustomerQuery = { __typename: 'Query', customer: { __typename: 'Customer', id: string, firstName: string, lastName: string, birthDate: string, nationalRegisterNumber: string, preferredLanguage: Language, contact: { __typename: 'ContactDetails', email: string | null, mobile: string | null, postalAddress: { __typename: 'PostalAddress', street: string, houseNumber: string, box: string | null, postalCode: string, municipality: string, country: string } }, registration: { __typename: 'Registration', status: RegistrationStatus, registeredWith: WayIn | null, registeredAt: string | null, signInEmail: string | null, passwordSignIn: boolean, lastSignInAt: string | null, activationCodeSentAt: string | null, activationCodeValidUntil: string | null } | null, contactChanges: Array<{ __typename: 'ContactChange', id: string, requestedAt: string, changedFields: Array<ContactField>, status: ContactChangeStatus, appliedAt: string | null, brokerIds: Array<string> }> | null, lockouts: Array<{ __typename: 'Lockout', kind: LockoutKind, until: string }> | null, brokers: Array<{ __typename: 'Broker', id: string, name: string, contact: { __typename: 'OfficeContact', email: string, phone: string } }> | null } | null };

export type VerifyOneTimeCodeMutationVariables = Exact<{
  input: VerifyOneTimeCodeInput;
}>;


export type VerifyOneTimeCodeMutation = { __typename: 'Mutation', verifyOneTimeCode:
    | { __typename: 'CodeRejected', attemptsLeft: number | null, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'InvalidInput', field: string, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'LockedOut', retryAt: string, retryAfterSeconds: number, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'Session', accessToken: string, tokenType: string, expiresIn: number, refreshToken: string, refreshTokenExpiresIn: number, customerId: string }
   };

export type VerifyStaffOneTimeCodeMutationVariables = Exact<{
  input: VerifyOneTimeCodeInput;
}>;


export type VerifyStaffOneTimeCodeMutation = { __typename: 'Mutation', verifyStaffOneTimeCode:
    | { __typename: 'CodeRejected', attemptsLeft: number | null, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'InvalidInput', field: string, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'LockedOut', retryAt: string, retryAfterSeconds: number, code: IdentityProblemCode, message: string, reference: string }
    | { __typename: 'StaffSession', accessToken: string, tokenType: string, expiresIn: number, staffId: string }
   };


export const AcknowledgeBrokerChangesDocument = {"__meta__":{"hash":"sha256:1c21cfd61ddb423512aef57ff0649b1ee24c6442a0fc0e9541096ef115b1564e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeBrokerChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBrokerChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedCursor"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeBrokerChangesMutation, AcknowledgeBrokerChangesMutationVariables>;
export const BrokerChangesDocument = {"__meta__":{"hash":"sha256:cc30525827d3e68d085fe45ef440a28adfb704bcc3fce1cc5164d08e0d3db9aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrokerChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"brokerChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDetailsUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"houseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"box"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaperDeliveryDecided"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByYourOffice"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedCursor"}}]}}]}}]} as unknown as DocumentNode<BrokerChangesQuery, BrokerChangesQueryVariables>;
export const BrokerCustomerDocumentsDocument = {"__meta__":{"hash":"sha256:31d62fbcdcc1cb4a7931355fcfa8f723d9d56404ba7437e3fadf414386136248"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrokerCustomerDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrlExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifeContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NonLifeContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BrokerCustomerDocumentsQuery, BrokerCustomerDocumentsQueryVariables>;
export const BrokerPortfolioPageDocument = {"__meta__":{"hash":"sha256:df1b4b4ea322b59f033293c8a48859428669dbb32ac42bf2c9c97cf91ab61072"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrokerPortfolioPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myBrokerOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"lifeContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"premium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonLifeContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDate"}},{"kind":"Field","name":{"kind":"Name","value":"premium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premiumFrequency"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BrokerPortfolioPageQuery, BrokerPortfolioPageQueryVariables>;
export const BrokerRequestPaperDeliveryDocument = {"__meta__":{"hash":"sha256:311d4cb41947d0596ff55aa1eb1314fbda0f74325af75b1c0b44301a0ea0c858"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrokerRequestPaperDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPaperDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyRequested"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<BrokerRequestPaperDeliveryMutation, BrokerRequestPaperDeliveryMutationVariables>;
export const BrokerWebhookStatusDocument = {"__meta__":{"hash":"sha256:222a09cfb60a7ab1c9a1d2c423638aab8aedd48c063fc11104a0ccdf377b0f07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrokerWebhookStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myBrokerOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredCursor"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstCursor"}},{"kind":"Field","name":{"kind":"Name","value":"lastCursor"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BrokerWebhookStatusQuery, BrokerWebhookStatusQueryVariables>;
export const ChangeContactDetailsDocument = {"__meta__":{"hash":"sha256:39d5d75465c3fd999b3e58c28d5771803b85fd92646fedab91bfda59d088aab1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeContactDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeContactDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeContactDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDetailsChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"contractAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"signedOutEverywhere"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"houseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"box"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LockedOut"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OneTimeCodeRequired"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailInUse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotRegistered"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeContactDetailsMutation, ChangeContactDetailsMutationVariables>;
export const ContractsNotShownDocument = {"__meta__":{"hash":"sha256:30d7feab67ed578911daf78dc6fc703e5c758b65b2d2322d8f4ce5d45e8266e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsNotShown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractsNotShown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"productLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAvailability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractsNotShownQuery, ContractsNotShownQueryVariables>;
export const CustomerOverviewDocument = {"__meta__":{"hash":"sha256:a6e5b73bcbdc93577aa5618452ccf32d29d164249c4a7ed7b64162b252cd0ade"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"lifeContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"premium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserveValuationDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonLifeContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"premium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premiumFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"insuredObject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredVehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"licensePlate"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredBuilding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"houseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"box"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredHousehold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfPersons"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerOverviewQuery, CustomerOverviewQueryVariables>;
export const DecideDocumentRequestDocument = {"__meta__":{"hash":"sha256:6fe6893e62a5677b6b048bf2e10dde366e0c57c38ce884d8a35ede769e92b714"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideDocumentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideDocumentRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideDocumentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentRequestDecided"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentRequestProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentRequestAlreadyDecided"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecideDocumentRequestMutation, DecideDocumentRequestMutationVariables>;
export const DecidePaperDeliveryRequestDocument = {"__meta__":{"hash":"sha256:216cff2f499b9cf904e42cc241bdd86ee80a2343492d2e9b71af0bd24d810633"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidePaperDeliveryRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecidePaperDeliveryRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decidePaperDeliveryRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaperDeliveryRequestDecided"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaperDeliveryProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaperDeliveryRequestAlreadyDecided"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecidePaperDeliveryRequestMutation, DecidePaperDeliveryRequestMutationVariables>;
export const DocumentRequestsDocument = {"__meta__":{"hash":"sha256:3e6d7a7af4e775029922abb72436a54ad56036a36b2816e54f6362a664c53ddb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentRequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"documentRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentRequestsQuery, DocumentRequestsQueryVariables>;
export const FindCustomerDocument = {"__meta__":{"hash":"sha256:a47ee9afe85c1158b22f645d3c9de39b830e486a31baa3f73c3ba40e9870b87c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lookup"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerLookupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"findCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lookup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeveralCustomersFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCustomerFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FindCustomerQuery, FindCustomerQueryVariables>;
export const HelpDocument = {"__meta__":{"hash":"sha256:134763e866eb68213e5fbf86776499aa5ad39a8b24e519f9e6bead8b79122272"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"seeAlso"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openingHoursText"}},{"kind":"Field","name":{"kind":"Name","value":"helpsWith"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokerFirstContact"}}]}}]}}]} as unknown as DocumentNode<HelpQuery, HelpQueryVariables>;
export const LifeContractDetailsDocument = {"__meta__":{"hash":"sha256:94240b509851ae65a5f1df354f575038b463ed7401e245a8f71c973fee580225"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifeContractDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lifeContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalRegime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"policyholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insured"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"debitedAccount"}},{"kind":"Field","name":{"kind":"Name","value":"structuredCommunication"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserveValuationDate"}},{"kind":"Field","name":{"kind":"Name","value":"surrenderValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guaranteedRate"}},{"kind":"Field","name":{"kind":"Name","value":"profitSharing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acquired"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thisYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"clauseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameWithheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guarantees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isMain"}},{"kind":"Field","name":{"kind":"Name","value":"insuredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LifeContractDetailsQuery, LifeContractDetailsQueryVariables>;
export const LiftLockoutDocument = {"__meta__":{"hash":"sha256:894e0f173fbd6e927d66f2dc1bba867d57ff697f6b53f2007abf8ba0e48c7a94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiftLockout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiftLockoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"liftLockout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LockoutLifted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lifted"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lockouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<LiftLockoutMutation, LiftLockoutMutationVariables>;
export const MyDocumentDeliveryDocument = {"__meta__":{"hash":"sha256:de2316f8d26f1305acdc4e57581d01c78509f5fbac69d1c2fdf6bef50a7e29b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDocumentDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"digitalConsentAt"}},{"kind":"Field","name":{"kind":"Name","value":"paperRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyDocumentDeliveryQuery, MyDocumentDeliveryQueryVariables>;
export const MyDocumentRequestsDocument = {"__meta__":{"hash":"sha256:dcc6ecb3745dbced58c3cc4a754845e712229bbe51408cf34328a3ee5940b668"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDocumentRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]}}]} as unknown as DocumentNode<MyDocumentRequestsQuery, MyDocumentRequestsQueryVariables>;
export const MyDocumentsDocument = {"__meta__":{"hash":"sha256:de6522315c7a0056d27865c38fdfc7d18e70d6cf7292894cca69135c2e652e43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrlExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifeContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NonLifeContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyDocumentsQuery, MyDocumentsQueryVariables>;
export const MyLifeContractsDocument = {"__meta__":{"hash":"sha256:868e298c5e765c9150a38b6305e2abe91df05c3401c7101c2af66026f4495f21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLifeContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifeContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalRegime"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalRegimeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policyholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserveValuationDate"}}]}}]}}]}}]} as unknown as DocumentNode<MyLifeContractsQuery, MyLifeContractsQueryVariables>;
export const MyProfileDocument = {"__meta__":{"hash":"sha256:b44245cf1f4018c9d9152956e5ac7951a55c82000b3d637df75cc4a03ec94c11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"nationalRegisterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"houseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"box"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fsmaNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"houseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"box"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWith"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInEmail"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSignIn"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const NonLifeContractDetailsDocument = {"__meta__":{"hash":"sha256:19913b528e2bc54b9e2c7ca4411b8414f7904f05c58853dacd5afb0975a5f3af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NonLifeContractDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nonLifeContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDate"}},{"kind":"Field","name":{"kind":"Name","value":"premium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premiumFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"annualPremium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"debitedAccount"}},{"kind":"Field","name":{"kind":"Name","value":"structuredCommunication"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insuredObject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredVehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"licensePlate"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"firstRegistrationDate"}},{"kind":"Field","name":{"kind":"Name","value":"use"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredBuilding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"houseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"box"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"buildingType"}},{"kind":"Field","name":{"kind":"Name","value":"insuredPart"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredHousehold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfPersons"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guarantees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"insuredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deductible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"notCovered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusMalusDegree"}}]}}]}}]} as unknown as DocumentNode<NonLifeContractDetailsQuery, NonLifeContractDetailsQueryVariables>;
export const PaperDeliveryRequestsDocument = {"__meta__":{"hash":"sha256:7fc1cb09d8d95b53ec48972246df146c426a05adc61e7613fb389152e3735f17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaperDeliveryRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaperDeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paperDeliveryRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaperDeliveryRequestsQuery, PaperDeliveryRequestsQueryVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"sha256:142b92e48ca0aed9b8b05b34111a3f8ee0cd3c90d276f12e10a7b945badabc23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const RegisterBrokerWebhookDocument = {"__meta__":{"hash":"sha256:6d95f1fec9704a55e78d586f8ee8d6589d710f84424d1d478f5656a018da0119"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterBrokerWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registerBrokerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterBrokerWebhookMutation, RegisterBrokerWebhookMutationVariables>;
export const RegisterWithActivationCodeDocument = {"__meta__":{"hash":"sha256:8092ba1f43d4150b98dd752b11c5483626d603f4b3c01d9fae4c653b9fe31ca3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWithActivationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWithActivationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registerWithActivationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registered"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"consentedToDigitalDocumentsAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LockedOut"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRequired"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailInUse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlreadyRegistered"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterWithActivationCodeMutation, RegisterWithActivationCodeMutationVariables>;
export const RegisterWithIdentityProviderDocument = {"__meta__":{"hash":"sha256:65cd8b32c6071a69a5e9056f8529d7556482867228e40dc087e738493957fe8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWithIdentityProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWithIdentityProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registerWithIdentityProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterWithIdentityProviderMutation, RegisterWithIdentityProviderMutationVariables>;
export const RemoveBrokerWebhookDocument = {"__meta__":{"hash":"sha256:ae4dfc2c45cdd38e637c2bd331a834e35efa90cbe4d50a41594fd8bbdd58655a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveBrokerWebhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeBrokerWebhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}}]}}]} as unknown as DocumentNode<RemoveBrokerWebhookMutation, RemoveBrokerWebhookMutationVariables>;
export const RequestActivationCodeDocument = {"__meta__":{"hash":"sha256:4f5a5f4c2ac1e45c608596ef5289a9b8428bf24e328e8dc33980fc03fd792fb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestActivationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestActivationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestActivationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivationCodeSent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<RequestActivationCodeMutation, RequestActivationCodeMutationVariables>;
export const RequestContactChangeCodeDocument = {"__meta__":{"hash":"sha256:563e922b176d60df7585794e9515e713d2bb79703d55c4b7bab1c20626ab7cac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestContactChangeCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestContactChangeCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OneTimeCodeSent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMobileNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LockedOut"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotRegistered"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MobileNumberMissing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<RequestContactChangeCodeMutation, RequestContactChangeCodeMutationVariables>;
export const RequestDocumentDocument = {"__meta__":{"hash":"sha256:98d909bd6e3726be406bce05d94b6c87956667eadf52ccaef3db09ec22d04794"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyRequested"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<RequestDocumentMutation, RequestDocumentMutationVariables>;
export const RequestPaperDeliveryDocument = {"__meta__":{"hash":"sha256:9c1f0d5fb69d65809d3f2c3e6b0b8fcdd68a187f5c782f1c88281efba89359d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPaperDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPaperDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPaperDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyRequested"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPaperDeliveryMutation, RequestPaperDeliveryMutationVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"sha256:88a7374d8e682da2d705bd19514553fe0bc9b017338bb9e46d83b45edaa9438b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequested"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResendActivationCodeDocument = {"__meta__":{"hash":"sha256:68f9830e06b7a34bd798aacbb509fd48e89026d74c4f73c58d715e2836d32a31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendActivationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendActivationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resendActivationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivationCodeResent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activationCodeSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"activationCodeValidUntil"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<ResendActivationCodeMutation, ResendActivationCodeMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"sha256:e072320d9a8e96a6ec3c17b5e539cb6247df9b7f5941614d3ae304d687ed150f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LockedOut"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignInDocument = {"__meta__":{"hash":"sha256:484c33b96eb8e2fdd54672f6a53deb459ea3eafebb3df540f05d8a37f30c179c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OneTimeCodeSent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMobileNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCredentials"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LockedOut"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MobileNumberMissing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignInAsStaffDocument = {"__meta__":{"hash":"sha256:02ba51414b5888c5ecc06b3d07cae4bbdb0ebd5f7c66214b358af26980b6428b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInAsStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signInAsStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OneTimeCodeSent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMobileNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCredentials"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LockedOut"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<SignInAsStaffMutation, SignInAsStaffMutationVariables>;
export const SignInWithIdentityProviderDocument = {"__meta__":{"hash":"sha256:8e6f0dec4797d7edef4770e6f9b3ca6e749fc8792bf145c3c657c1f72f6b2f07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInWithIdentityProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInWithIdentityProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signInWithIdentityProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<SignInWithIdentityProviderMutation, SignInWithIdentityProviderMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"sha256:2c296be60c1372b15d0870e0c44255aed4f5856f632472adc14760df0583b0f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SupportCustomerDocument = {"__meta__":{"hash":"sha256:23e9c43e78cd5b31946562c9be95c6e6e24b5252807a70c81b3a416914918244"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"nationalRegisterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"houseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"box"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWith"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInEmail"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSignIn"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"activationCodeSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"activationCodeValidUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"brokerIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lockouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportCustomerQuery, SupportCustomerQueryVariables>;
export const VerifyOneTimeCodeDocument = {"__meta__":{"hash":"sha256:75a7fe7d85056ab9f6bf425c8e4c8509bea16203ae2f5680f60c56d763bee5ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyOneTimeCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyOneTimeCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verifyOneTimeCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LockedOut"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyOneTimeCodeMutation, VerifyOneTimeCodeMutationVariables>;
export const VerifyStaffOneTimeCodeDocument = {"__meta__":{"hash":"sha256:6d5092d0fe14e513878dc1470ded61fc6d70b1fe00fa8e873fa577c4532fce5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyStaffOneTimeCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyOneTimeCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verifyStaffOneTimeCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LockedOut"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyStaffOneTimeCodeMutation, VerifyStaffOneTimeCodeMutationVariables>;