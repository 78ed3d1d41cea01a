import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { gql } from '../api/client';
import { errorMessage } from '../api/errors';
import { useMe } from '../auth/session';
import type { ApprovalPolicy } from '../gql/graphql';
import { Dialog } from '../ui/Dialog';
import { CreateReviewMutation, ReviewersPickerQuery } from './operations';
import { memberSubject } from './review-labels';
import './review.css';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Starts a review of some assets: named reviewers (members, guests by email), a due date and a policy. */
export function CreateReviewDialog({
  assets,
  onClose,
}: {
  assets: Array<{ id: string; title: string }>;
  onClose: () => void;
}) {
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const members = useQuery({ queryKey: ['reviewers-picker'], queryFn: () => gql(ReviewersPickerQuery), retry: 0 });
  const [title, setTitle] = useState(assets.length === 1 ? `Review: ${assets[0].title}` : '');
  const [subjects, setSubjects] = useState<Set<string>>(() => new Set(me.data ? [memberSubject(me.data)] : []));
  const [emails, setEmails] = useState('');
  const [due, setDue] = useState('');
  const [policy, setPolicy] = useState<ApprovalPolicy>('ALL');
  const [quorum, setQuorum] = useState('2');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const people = (members.data?.workspaceMembers ?? []).filter((m) => m.active && m.kind !== 'api_key');
  const choices = people.length
    ? people.map((m) => ({
        subject: m.subject,
        label: m.subject === memberSubject(me.data) ? 'You' : m.name || m.email || m.subject,
      }))
    : me.data
      ? [{ subject: memberSubject(me.data), label: 'You' }]
      : [];

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const guestEmails = emails
      .split(/[\s,;]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = guestEmails.find((m) => !EMAIL.test(m));
    if (!title.trim()) return setError('Give the review a title');
    if (bad) return setError(`${bad} is not an email address`);
    if (subjects.size + guestEmails.length === 0) return setError('Name at least one reviewer');
    setBusy(true);
    setError(undefined);
    try {
      const result = await gql(CreateReviewMutation, {
        input: {
          title: title.trim(),
          assetIds: assets.map((a) => a.id),
          reviewers: [...[...subjects].map((subject) => ({ subject })), ...guestEmails.map((email) => ({ email }))],
          dueAt: due ? new Date(`${due}T23:59:59`).toISOString() : undefined,
          policy,
          quorum: policy === 'QUORUM' ? Number(quorum) : undefined,
        },
      });
      await client.invalidateQueries({ queryKey: ['reviews'] });
      void navigate(`/reviews/${result.createReview.id}`);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Start a review" onClose={onClose}>
      <form onSubmit={submit}>
        <p className="muted" style={{ marginTop: 0 }}>
          {assets.length === 1 ? assets[0].title : `${assets.length} assets`}
        </p>
        <div className="field">
          <label htmlFor="review-title">Title</label>
          <input id="review-title" className="input" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <fieldset className="field plain">
          <legend>Reviewers</legend>
          <div className="check-group">
            {choices.map((c) => (
              <label key={c.subject} className="check">
                <input
                  type="checkbox"
                  checked={subjects.has(c.subject)}
                  onChange={() => {
                    const next = new Set(subjects);
                    if (next.has(c.subject)) next.delete(c.subject);
                    else next.add(c.subject);
                    setSubjects(next);
                  }}
                />
                {c.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="review-guests">Guest reviewers (emails, optional)</label>
          <input
            id="review-guests"
            className="input"
            placeholder="client@example.com, producer@example.com"
            value={emails}
            onChange={(e) => setEmails(e.target.value)}
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="review-due">Due date</label>
            <input id="review-due" className="input" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="review-policy">Approval</label>
            <select
              id="review-policy"
              className="input"
              value={policy}
              onChange={(e) => setPolicy(e.target.value as ApprovalPolicy)}
            >
              <option value="ALL">Every reviewer approves</option>
              <option value="ANY">Any one reviewer approves</option>
              <option value="QUORUM">A number of reviewers approve</option>
            </select>
          </div>
          {policy === 'QUORUM' && (
            <div className="field" style={{ maxWidth: 110 }}>
              <label htmlFor="review-quorum">Approvals</label>
              <input
                id="review-quorum"
                className="input"
                type="number"
                min={1}
                value={quorum}
                onChange={(e) => setQuorum(e.target.value)}
              />
            </div>
          )}
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn primary" disabled={busy}>
            Start review
          </button>
        </div>
      </form>
    </Dialog>
  );
}
