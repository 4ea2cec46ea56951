import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { NonLifeContractDetailsDocument } from '../../../operations/generated/graphql';
import { AnswerNotices, Loading } from '../components/AnswerNotices';
import { enumText, Facts, paymentText } from '../components/ContractFacts';
import { formatDate, formatMoney, formatPercentage } from '../components/format';
import { useLanguage, useT } from '../i18n/i18n';
import { contracts } from '../i18n/messages/contracts';

/** A non-life contract: what is insured, each guarantee with what it covers and not, deductibles, bonus-malus. */
export function NonLifeContractPage() {
  const t = useT(contracts);
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(NonLifeContractDetailsDocument, { variables: { id } });
  if (loading && !data) return <Loading />;
  const contract = data?.nonLifeContract;
  if (!contract)
    return (
      <>
        <AnswerNotices operation="NonLifeContractDetails" error={error} />
        <p>{t('contractUnavailable')}</p>
        <Link to="/">{t('backToOverview')}</Link>
      </>
    );
  const object = contract.insuredObject;
  return (
    <>
      <p>
        <Link to="/">{t('backToOverview')}</Link>
      </p>
      <h1>{contract.product.label}</h1>
      <AnswerNotices operation="NonLifeContractDetails" error={error} />
      <section className="card" aria-labelledby="contract-facts">
        <h2 id="contract-facts">{t('product')}</h2>
        <Facts
          rows={[
            [t('contractNumber'), contract.contractNumber],
            [t('status'), enumText(t, 'status', contract.status)],
            [t('branch'), contract.product.branch],
            [t('startDate'), formatDate(language, contract.startDate)],
            [t('renewalDate'), contract.renewalDate ? formatDate(language, contract.renewalDate) : null],
            [t('endDate'), contract.endDate ? formatDate(language, contract.endDate) : null],
            [
              t('premium'),
              t('premiumEvery', {
                amount: formatMoney(language, contract.premium),
                frequency: enumText(t, 'frequency', contract.premiumFrequency),
              }),
            ],
            [t('annualPremium'), formatMoney(language, contract.annualPremium)],
            [t('nextDue'), contract.payment?.nextDueDate ? formatDate(language, contract.payment.nextDueDate) : null],
            [t('payment'), contract.payment ? paymentText(t, contract.payment) : null],
            [t('bonusMalus'), contract.bonusMalusDegree ?? null],
          ]}
        />
        {contract.bonusMalusDegree !== null && contract.bonusMalusDegree !== undefined && (
          <p className="hint">{t('bonusMalusHint')}</p>
        )}
      </section>

      {object && (
        <section className="card" aria-labelledby="insured-object">
          <h2 id="insured-object">{t('insuredObject')}</h2>
          {object.__typename === 'InsuredVehicle' && (
            <Facts
              rows={[
                [t('vehicle'), `${object.make} ${object.model}`],
                [t('licensePlate'), object.licensePlate],
                [t('vin'), object.vin],
                [t('firstRegistration'), formatDate(language, object.firstRegistrationDate)],
                [t('use'), enumText(t, 'use', object.use)],
              ]}
            />
          )}
          {object.__typename === 'InsuredBuilding' && (
            <Facts
              rows={[
                [
                  t('address'),
                  `${object.address.street} ${object.address.houseNumber}${object.address.box ? ` bus ${object.address.box}` : ''}, ${object.address.postalCode} ${object.address.municipality}`,
                ],
                [t('buildingType'), enumText(t, 'buildingType', object.buildingType)],
                [t('occupancy'), enumText(t, 'occupancy', object.occupancy)],
                [t('insuredPart'), enumText(t, 'insuredPart', object.insuredPart)],
              ]}
            />
          )}
          {object.__typename === 'InsuredHousehold' && <Facts rows={[[t('persons'), object.numberOfPersons]]} />}
        </section>
      )}

      <section aria-labelledby="contract-guarantees">
        <h2 id="contract-guarantees">{t('guarantees')}</h2>
        <div className="card-grid">
          {contract.guarantees.map((guarantee) => (
            <article key={guarantee.code} className="card">
              <h3>{guarantee.label}</h3>
              <Facts
                rows={[
                  [t('insuredAmount'), guarantee.insuredAmount ? formatMoney(language, guarantee.insuredAmount) : null],
                  [
                    t('deductible'),
                    guarantee.deductible
                      ? `${enumText(t, 'deductible', guarantee.deductible.kind)}: ${
                          guarantee.deductible.amount
                            ? formatMoney(language, guarantee.deductible.amount)
                            : formatPercentage(language, guarantee.deductible.percentage)
                        }`
                      : t('noDeductible'),
                  ],
                ]}
              />
              <h4>{t('covered')}</h4>
              <ul>
                {guarantee.covered.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <h4>{t('notCovered')}</h4>
              <ul>
                {guarantee.notCovered.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </article>
          ))}
        </div>
      </section>
    </>
  );
}
