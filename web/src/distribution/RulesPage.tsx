import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { useMe } from '../auth/session';
import { ChoiceList, destinationChoices, profileChoices } from './ChoiceList';
import { FieldError, problemsOf } from './FieldError';
import {
  CreateDeliveryRuleMutation,
  DeleteDeliveryRuleMutation,
  DeliveryProfilesQuery,
  DeliveryRulesQuery,
  DeliveryRuleTargetsQuery,
  DestinationsQuery,
  SetDeliveryRuleEnabledMutation,
} from './operations';
import {
  collectionChoices,
  EMPTY_TRIGGER,
  triggerInput,
  triggerProblems,
  valueWords,
  type CollectionChoice,
  type FieldChoice,
  type TriggerDraft,
} from './rule-trigger';
import { RuleTriggerPicker } from './RuleTriggerPicker';

type Rule = Awaited<ReturnType<typeof loadRules>>['deliveryRules'][number];
const loadRules = () => gql(DeliveryRulesQuery);
const useRuleTargets = () =>
  useQuery({ queryKey: ['delivery-rule-targets'], queryFn: () => gql(DeliveryRuleTargetsQuery) });

/** The start of a rule's sentence: what happens, naming the collection or field it watches. */
function TriggerWords({
  rule,
  collections,
  fields,
}: {
  rule: Rule;
  collections: CollectionChoice[];
  fields: FieldChoice[];
}) {
  if (rule.trigger === 'ADDED_TO_COLLECTION') {
    const collection = collections.find((c) => c.id === rule.collectionId);
    return (
      <>
        When an asset is <strong>added to</strong>{' '}
        <span className="dist-token">{collection?.name ?? 'a collection no longer there'}</span>, deliver its current
        version in{' '}
      </>
    );
  }
  if (rule.trigger === 'METADATA_VALUE_SET') {
    const field = fields.find((f) => f.key === rule.metadataField);
    const many = field?.type === 'MULTIPLE_CHOICE';
    return (
      <>
        When an asset’s <span className="dist-token">{field?.label ?? rule.metadataField}</span>{' '}
        <strong>{many ? 'comes to hold' : 'becomes'}</strong>{' '}
        <span className="dist-token">{valueWords(rule.metadataValue)}</span>, deliver its current version in{' '}
      </>
    );
  }
  return (
    <>
      When a version is <strong>approved</strong>, deliver it in{' '}
    </>
  );
}

function RuleRow({ rule, isAdmin }: { rule: Rule; isAdmin: boolean }) {
  const targets = useRuleTargets();
  const client = useQueryClient();
  const [error, setError] = useState<string>();
  const after = {
    onMutate: () => setError(undefined),
    onError: (e: unknown) => setError(errorMessage(e)),
    onSuccess: () => client.invalidateQueries({ queryKey: ['delivery-rules'] }),
  };
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => gql(SetDeliveryRuleEnabledMutation, { id: rule.id, enabled }),
    ...after,
  });
  const remove = useMutation({ mutationFn: () => gql(DeleteDeliveryRuleMutation, { id: rule.id }), ...after });
  return (
    <li className="dist-rule" aria-label={`Rule ${rule.name}`} data-enabled={rule.enabled}>
      <div className="dist-rule-head">
        <strong>{rule.name}</strong>
        {!rule.enabled && <span className="badge-soft">Paused</span>}
        <span className="spacer" />
        {isAdmin && (
          <>
            <label className="check">
              <input
                type="checkbox"
                checked={rule.enabled}
                disabled={toggle.isPending}
                onChange={(e) => toggle.mutate(e.target.checked)}
              />
              Enabled
            </label>
            <button
              className="btn small ghost"
              onClick={() => window.confirm(`Remove the rule ${rule.name}?`) && remove.mutate()}
            >
              Remove
            </button>
          </>
        )}
      </div>
      <p className="dist-rule-sentence">
        <TriggerWords
          rule={rule}
          collections={collectionChoices(targets.data)}
          fields={targets.data?.metadataFields ?? []}
        />
        {rule.profiles.map((p, i) => (
          <span key={p.id}>
            {i > 0 && (i === rule.profiles.length - 1 ? ' and ' : ', ')}
            <span className="dist-token">{p.name}</span>
          </span>
        ))}{' '}
        to{' '}
        {rule.destinations.map((d, i) => (
          <span key={d.id}>
            {i > 0 && (i === rule.destinations.length - 1 ? ' and ' : ', ')}
            <span className="dist-token">{d.name}</span>
          </span>
        ))}
        .
      </p>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

function NewRule() {
  const client = useQueryClient();
  const profiles = useQuery({ queryKey: ['delivery-profiles'], queryFn: () => gql(DeliveryProfilesQuery) });
  const destinations = useQuery({ queryKey: ['destinations'], queryFn: () => gql(DestinationsQuery) });
  const targets = useRuleTargets();
  const fields = targets.data?.metadataFields ?? [];
  const [name, setName] = useState('');
  const [trigger, setTrigger] = useState<TriggerDraft>(EMPTY_TRIGGER);
  const field = fields.find((f) => f.key === trigger.metadataField);
  const [profileIds, setProfileIds] = useState<string[]>([]);
  const [destinationIds, setDestinationIds] = useState<string[]>([]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: () =>
      gql(CreateDeliveryRuleMutation, {
        input: { name: name.trim(), ...triggerInput(trigger, field), profileIds, destinationIds, enabled: true },
      }),
    onMutate: () => setProblems({}),
    onSuccess: () => {
      setName('');
      setTrigger(EMPTY_TRIGGER);
      setProfileIds([]);
      setDestinationIds([]);
      void client.invalidateQueries({ queryKey: ['delivery-rules'] });
    },
    onError: (e) => setProblems(problemsOf(e)),
  });
  const noDestinations = destinations.data?.destinations.length === 0;
  return (
    <form
      className="admin-card"
      aria-labelledby="new-rule-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const p: Record<string, string> = {};
        if (!name.trim()) p.name = 'Give the rule a name';
        Object.assign(p, triggerProblems(trigger, field));
        if (profileIds.length === 0) p.profileIds = 'Choose at least one profile';
        if (destinationIds.length === 0) p.destinationIds = 'Choose at least one destination';
        setProblems(p);
        if (Object.keys(p).length === 0) create.mutate();
      }}
    >
      <h2 id="new-rule-title">New rule</h2>
      <div className="field">
        <label htmlFor="rule-name">Rule name</label>
        <input
          id="rule-name"
          className="input"
          placeholder="Approved masters to playout"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={!!problems.name}
        />
        <FieldError id="rule-name-error" message={problems.name} />
      </div>
      <RuleTriggerPicker
        draft={trigger}
        onChange={(next) => {
          setTrigger(next);
          setProblems({});
        }}
        collections={collectionChoices(targets.data)}
        fields={fields}
        problems={problems}
      />
      <div className="dist-rule-columns">
        <ChoiceList
          id="rule-profiles"
          legend="In these profiles"
          options={profileChoices(profiles.data?.deliveryProfiles ?? [])}
          chosen={profileIds}
          onChange={setProfileIds}
          error={problems.profileIds}
        />
        <ChoiceList
          id="rule-destinations"
          legend="To these destinations"
          options={destinationChoices(destinations.data?.destinations ?? [])}
          chosen={destinationIds}
          onChange={setDestinationIds}
          error={problems.destinationIds}
        />
      </div>
      {noDestinations && (
        <p className="muted">
          Add a <Link to="/distribution/destinations">destination</Link> first.
        </p>
      )}
      <FieldError id="rule-error" message={problems['']} />
      <div className="inline-form">
        <span className="spacer" />
        <button className="btn primary" type="submit" disabled={create.isPending}>
          Create rule
        </button>
      </div>
    </form>
  );
}

/** The workspace's delivery rules: what is delivered where, and on what. */
export function RulesPage() {
  const me = useMe();
  const query = useQuery({ queryKey: ['delivery-rules'], queryFn: loadRules });
  const isAdmin = me.data?.role === 'admin';
  return (
    <div className="admin-page dist-page">
      <div>
        <h1 className="admin-title">Rules</h1>
        <p className="admin-lead">
          A rule delivers on its own, with no one having to ask: when a version is approved, an asset is added to a
          collection, or a metadata field takes a value.
        </p>
      </div>
      <section className="admin-card" aria-labelledby="rules-title">
        <h2 id="rules-title">Rules</h2>
        {query.isPending ? (
          <div className="skeleton" style={{ height: 60 }} />
        ) : query.isError ? (
          <p className="alert" role="alert">
            {errorMessage(query.error)}
          </p>
        ) : query.data.deliveryRules.length === 0 ? (
          <p className="muted">No rules yet: versions are only delivered by hand.</p>
        ) : (
          <ul className="dist-rules">
            {query.data.deliveryRules.map((r) => (
              <RuleRow key={r.id} rule={r} isAdmin={isAdmin} />
            ))}
          </ul>
        )}
      </section>
      {isAdmin ? <NewRule /> : <p className="muted">Workspace admins set up rules.</p>}
    </div>
  );
}
